"""TEI to print-ready HTML: the print driver (xslt/print/print.xsl) compiled once per run.

Files are read through the safe parser (:mod:`teiconv.validation.safe_xml`: no DTD, no entity,
no network, bounded size and depth) and Saxon is handed the checked tree, never the file, so a
refusal is a diagnostic with ``file:line:col`` and one broken file is skipped, not fatal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from ..edition import Edition, load_edition
from ..files import PUBLISHABLE_ROOTS
from ..resources import data_dir
from ..validation.safe_xml import PUBLISHING, Policy, parse_file

TEI_NS = "http://www.tei-c.org/ns/1.0"

# What a parsed file is, decided by its shape rather than its name: the converter's collection
# file is a TEI whose body lists documents (listBibl) instead of holding one.
_KIND_XPATH = """
  if (/tei:TEI/tei:text/tei:body//tei:listBibl
           and not(/tei:TEI/tei:text/tei:body//tei:div[@type = 'document'])) then 'collection'
  else 'document'
"""


# The order of the edition (as xslt/print/book.xsl sorts it): dated documents first, by date,
# then by id.
_ORDER_XPATH = """
  let $tei := /*,
      $when := ($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date/(@when, @from, @notBefore),
                ($tei/self::tei:text, $tei/tei:text)[1]/tei:front/tei:docDate/@when)[1] ! string()
  return (string(empty($when)), string($when),
          string(($tei/tei:teiHeader//tei:publicationStmt/tei:idno[@type = 'teiconv'])[1] ! normalize-space()))
"""


class Kind(str, Enum):
    DOCUMENT = "document"
    COLLECTION = "collection"


@dataclass(frozen=True)
class TeiSource:
    """A parsed TEI file: where it came from, what it is, and Saxon's tree of it."""

    path: Path
    kind: Kind
    node: PyXdmNode


class PrintStylesheet:
    """The compiled print driver and the Saxon processor that owns the parsed documents."""

    def __init__(self, edition: Edition | None = None, policy: Policy = PUBLISHING,
                 labels: Mapping[str, str] | None = None) -> None:
        """``edition``: the project's declaration (default: the current folder's, load_edition);
        ``policy``: what the safe parser accepts (e.g. a larger ``max_bytes`` for a huge document);
        ``labels``: the names the index of names files register entries under
        (:func:`teiconv.registers.model.entry_labels`; without them, the documents' own forms)."""
        self._edition = edition or load_edition()
        self._labels = json.dumps(dict(labels or {}), sort_keys=True, ensure_ascii=False)
        self.policy = policy
        self._processor = PySaxonProcessor(license=False)
        driver = data_dir("xslt") / "print" / "print.xsl"
        try:
            self._executable = self._processor.new_xslt30_processor().compile_stylesheet(
                stylesheet_file=str(driver))
        except PySaxonApiError as error:
            raise TeiconvError(f"{driver}: the print stylesheet does not compile: {error}") from None
        self._builder = self._processor.new_document_builder()
        self._xpath = self._processor.new_xpath_processor()
        self._xpath.declare_namespace("tei", TEI_NS)
        self._declare_edition()

    def _declare_edition(self) -> None:
        """Give the stylesheet the edition's declaration (title page, citations, archive URLs)."""
        values = {"edition-title": self._edition.title,
                  "edition-archive-record-url": self._edition.archive_record_url,
                  "register-labels": self._labels, **self._edition.as_parameters()}
        for name, value in values.items():
            self._executable.set_parameter(name, self._processor.make_string_value(value))

    def parse(self, path: Path) -> TeiSource:
        """Parse ``path``; raise :class:`InputError` pointing at the problem if it is not TEI
        (a root the HTML edition would not publish either)."""
        xml = parse_file(path, policy=self.policy)
        root = xml.tree.getroot()
        if root.tag not in PUBLISHABLE_ROOTS:
            raise InputError(Diagnostic(str(path), root.sourceline or 1, 1, Severity.ERROR, "pdf-not-tei",
                                        "expected a TEI document (a root element TEI, teiCorpus, text, surface, "
                                        f"facsimile or sourceDoc in the TEI namespace), found {root.tag}"))
        self._builder.set_base_uri(path.resolve().as_uri())  # the title of a file that names none
        node = self._builder.parse_xml(xml_text=xml.serialized())
        self._xpath.set_context(xdm_item=node)
        kind = self._xpath.evaluate_single(_KIND_XPATH).get_string_value()
        return TeiSource(path, Kind(kind), node)

    def edition_order(self, source: TeiSource) -> tuple[str, ...]:
        """Where ``source`` comes in the edition: the key the book sorts its documents by."""
        self._xpath.set_context(xdm_item=source.node)
        return tuple(item.get_string_value() for item in self._xpath.evaluate(_ORDER_XPATH))

    def document_html(self, source: TeiSource) -> str:
        """One document as a standalone HTML page."""
        try:
            return self._executable.transform_to_string(xdm_node=source.node)
        except PySaxonApiError as error:
            raise InputError(Diagnostic(str(source.path), 1, 1, Severity.ERROR, "pdf-render",
                                        f"cannot render the document: {error}")) from None

    def edition_html(self, documents: list[TeiSource], collection: TeiSource | None) -> str:
        """The whole edition as one HTML book (the stylesheet orders documents by date)."""
        sequence = self._processor.empty_sequence()
        for source in documents:
            sequence.add_xdm_item(source.node)
        self._executable.set_parameter("documents", sequence)
        if collection is not None:
            self._executable.set_parameter("collection", collection.node)
        try:
            return self._executable.call_template_returning_string(
                "{urn:teiconv:print}edition")
        except PySaxonApiError as error:
            raise TeiconvError(f"cannot assemble the edition: {error}") from None
        finally:
            self._executable.clear_parameters()
            self._declare_edition()
