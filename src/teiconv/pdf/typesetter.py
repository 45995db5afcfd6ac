"""Print HTML to PDF with WeasyPrint, fonts and CSS loaded once per run.

The same HTML always gives the same bytes: WeasyPrint writes no creation date unless the HTML
asks for one (the driver never does), no file identifier is written, and font subsets are named
after their content.

A book with an index of names is laid out twice over its index pages: see
:mod:`teiconv.pdf.index`.
"""

from __future__ import annotations

from dataclasses import dataclass

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from ..diagnostics import TeiconvError
from ..resources import data_dir
from .index import INDEX_ID, anchor_pages, index_alone

_OPTIONS = {
    "pdf_tags": True,          # tagged PDF: structure for screen readers and reflow
    "pdf_identifier": False,   # an /ID would differ between runs
}


@dataclass(frozen=True)
class Typeset:
    """A finished PDF and its page count."""

    pdf: bytes
    pages: int


class Typesetter:
    """The print CSS with its @font-face fonts, parsed once and applied to every page."""

    def __init__(self) -> None:
        folder = data_dir("xslt") / "print"
        self._fonts = FontConfiguration()
        self._css = CSS(filename=str(folder / "print.css"), font_config=self._fonts)
        self._base_url = folder.as_uri() + "/"

    def typeset(self, html: str) -> Typeset:
        """Lay out ``html`` and return the PDF.

        WeasyPrint's own failures become a :class:`TeiconvError`, so one document it cannot
        lay out is reported and the batch goes on.
        """
        try:
            document = self._render(html)
            document = self._with_index_pages_once(document, html)
            return Typeset(document.write_pdf(**_OPTIONS), len(document.pages))
        except Exception as error:  # noqa: BLE001 - any layout failure is one document's problem
            raise TeiconvError(f"WeasyPrint cannot lay out the page: {error!r}") from None

    def _render(self, html: str, *stylesheets: CSS):
        return HTML(string=html, base_url=self._base_url).render(
            stylesheets=[self._css, *stylesheets], font_config=self._fonts, **_OPTIONS)

    def _with_index_pages_once(self, document, html: str):
        """``document`` with its index of names (if any) laid out again, each page once."""
        start = next((number for number, page in enumerate(document.pages) if INDEX_ID in page.anchors), None)
        alone = index_alone(html, anchor_pages(document.pages)) if start is not None else None
        if alone is None:
            return document
        index = self._render(alone, CSS(string=f"@page :first {{ counter-reset: page {start + 1} }}"))
        return document.copy(document.pages[:start] + index.pages)
