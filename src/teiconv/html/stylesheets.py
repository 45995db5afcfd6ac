"""The HTML edition's stylesheets (xslt/html/), compiled once and applied to every document.

Four entry points share one Saxon processor: ``record.xsl`` reads a document's metadata as JSON
(the Python side orders, indexes and cites documents with it), ``document.xsl`` renders a
document page, ``index.xsl`` and ``about.xsl`` render the collection and "About" pages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXsltExecutable

from ..diagnostics import TeiconvError
from ..edition import Edition
from ..resources import data_dir
from ..validation.safe_xml import XmlDocument

HTML_NS = "urn:teiconv:html"

Record = dict[str, Any]


class SiteStylesheets:
    """Compiled HTML drivers plus the processor that owns the parsed documents."""

    def __init__(self, *, edition_title: str, edition: Edition = Edition()) -> None:
        #: The edition's name shown on every page; may change between builds.
        self.edition_title = edition_title
        self.edition = edition
        self.processor = PySaxonProcessor(license=False)
        compiler = self.processor.new_xslt30_processor()
        folder = data_dir("xslt") / "html"
        self._record = _compile(compiler, folder / "record.xsl")
        self._document = _compile(compiler, folder / "document.xsl")
        self._index = _compile(compiler, folder / "index.xsl")
        self._about = _compile(compiler, folder / "about.xsl")
        self._shared: tuple[str, dict] = ("", {})  # the edition title and the values below, for it

    def parse(self, document: XmlDocument) -> PyXdmNode:
        """Saxon's tree of a document the safe parser accepted (Saxon never reads the file; it is
        given the file's own text where that holds nothing to fetch or expand, :meth:`XmlDocument.text`)."""
        return self.processor.parse_xml(xml_text=document.text())

    def record(self, node: PyXdmNode) -> Record:
        """The document's metadata (metadata.xsl, h:record) as a dict."""
        return json.loads(self._run(self._record, {}, lambda: self._record.transform_to_string(xdm_node=node)))

    def document_page(self, node: PyXdmNode, params: Mapping[str, str | bool]) -> str:
        """The HTML page of one document; ``params`` are document.xsl's parameters."""
        return self._run(self._document, params,
                         lambda: self._document.transform_to_string(xdm_node=node))

    def index_page(self, records: Sequence[Record], page: int = 1, pages: int = 1, total: int | None = None,
                   labels: Mapping[str, str] | None = None,
                   filters: Mapping[str, Mapping[str, str]] | None = None) -> str:
        """Collection page ``page`` of ``pages``, listing ``records`` in the given order;
        ``total``: the edition's documents on all pages (default: those listed); ``labels``:
        the names of the register entries its filters offer (``person:stalin`` → the name);
        ``filters``: the edition's values of each filter and their lists of documents
        (:func:`teiconv.html.filters.write_filter_lists`; without them the filters offer and
        find what this page lists)."""
        listed = sum(1 for record in records if record["kind"] == "document")
        return self._run(self._index, {"records": _records_json(records), "page-number": str(page),
                                       "page-count": str(pages), "document-total": str(total or listed),
                                       "register-labels": json.dumps(dict(labels or {}), sort_keys=True),
                                       "filters": json.dumps(filters or {}, sort_keys=True)},
                         lambda: self._index.call_template_returning_string(f"{{{HTML_NS}}}index"))

    def about_page(self, nodes: Sequence[PyXdmNode], records: Sequence[Record]) -> str:
        """The "About this edition" page, from the documents' headers and the records."""
        sequence = self.processor.empty_sequence()
        for node in nodes:
            sequence.add_xdm_item(node)
        self._about.set_parameter("documents", sequence)
        return self._run(self._about, {"records": _records_json(records)},
                         lambda: self._about.call_template_returning_string(f"{{{HTML_NS}}}about"))

    def _run(self, executable: PyXsltExecutable, params: Mapping[str, str | bool],
             transform: Callable[[], str]) -> str:
        """Run ``transform`` with the site's and the call's parameters set, then clear them."""
        for name, value in self._site_parameters().items():
            executable.set_parameter(name, value)
        for name, value in params.items():
            executable.set_parameter(name, self._value(value))
        try:
            return transform()
        finally:
            executable.clear_parameters()

    def _site_parameters(self) -> dict:
        """The parameters every page shares, as Saxon values: made once for each edition title
        (a site writes thousands of pages with the same ones)."""
        title, values = self._shared
        if title != self.edition_title or not values:
            site = {"edition-title": self.edition_title, "base-url": self.edition.base_url,
                    "edition-archive-record-url": self.edition.archive_record_url, **self.edition.as_parameters()}
            values = {name: self._value(value) for name, value in site.items()}
            self._shared = (self.edition_title, values)
        return values

    def _value(self, value: str | bool):
        if isinstance(value, bool):
            return self.processor.make_boolean_value(value)
        return self.processor.make_string_value(value)


#: What a record holds for search alone: the index and about pages never read it, and it is most
#: of a record's size (a document's vocabulary, encoded here and parsed again in Saxon).
_SEARCH_ONLY = frozenset({"words"})


def _records_json(records: Sequence[Record]) -> str:
    """The records as the index and about pages take them: JSON, without the search-only fields."""
    return json.dumps([{key: value for key, value in record.items() if key not in _SEARCH_ONLY}
                       for record in records])


def _compile(compiler, path: Path) -> PyXsltExecutable:
    try:
        return compiler.compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as error:
        raise TeiconvError(f"{path}: the stylesheet does not compile: {error}") from None
