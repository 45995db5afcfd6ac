"""Print HTML to PDF with WeasyPrint, fonts and CSS loaded once per run.

The same HTML always gives the same bytes: WeasyPrint writes no creation date unless the HTML
asks for one (the driver never does), no file identifier is written, and font subsets are named
after their content.
"""

from __future__ import annotations

from dataclasses import dataclass

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from ..diagnostics import TeiconvError
from ..resources import data_dir

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
            document = HTML(string=html, base_url=self._base_url).render(
                stylesheets=[self._css], font_config=self._fonts, **_OPTIONS)
            return Typeset(document.write_pdf(**_OPTIONS), len(document.pages))
        except Exception as error:  # noqa: BLE001 - any layout failure is one document's problem
            raise TeiconvError(f"WeasyPrint cannot lay out the page: {error!r}") from None
