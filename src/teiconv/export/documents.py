"""The edition's TEI documents, read safely; a file that is not a TEI document is reported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from ..files import tei_files
from ..validation.safe_xml import XmlDocument, XmlRefused, parse_file

TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI_NS}


@dataclass
class EditionDocument:
    """One TEI document of the edition and what its header says first."""

    path: Path
    xml: XmlDocument

    @property
    def root(self) -> etree._Element:
        return self.xml.tree.getroot()

    def text(self, xpath: str) -> str:
        found = self.root.xpath(f"normalize-space(({xpath})[1])", namespaces=NS)
        return str(found)

    @property
    def doc_id(self) -> str:
        return self.text("tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'teiconv']") or self.path.stem

    @property
    def title(self) -> str:
        return self.text("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title")

    @property
    def dating(self) -> dict[str, str]:
        """The attributes that date the document (``when``; ``from`` and ``to``; ``cert`` ...)."""
        found = self.root.find("tei:teiHeader/tei:profileDesc/tei:creation/tei:date", NS)
        return dict(found.attrib) if found is not None else {}

    @property
    def when(self) -> str:
        """The document's date, or where the span or the decade it is dated by begins: what
        orders the edition."""
        dating = self.dating
        return next((dating[name] for name in ("when", "from", "notBefore") if name in dating), "")

    @property
    def is_collection(self) -> bool:
        return bool(self.root.xpath("tei:text/tei:body/tei:div[@type = 'collection']", namespaces=NS))


def read_documents(paths: Iterable[Path], purpose: str) -> tuple[list[EditionDocument], list[Diagnostic]]:
    """The TEI documents under ``paths``, in date order (undated last, then by id), and a
    diagnostic for each file left out."""
    documents, diagnostics = [], []
    for path in tei_files(paths, purpose):
        try:
            xml = parse_file(path)
        except XmlRefused as refused:
            diagnostics.append(refused.diagnostic)
            continue
        root = xml.tree.getroot()
        if root.tag != f"{{{TEI_NS}}}TEI":
            diagnostics.append(Diagnostic(str(path), root.sourceline or 1, 1, Severity.ERROR, "export",
                                          f"not a TEI document (root element {etree.QName(root).localname}); left out"))
            continue
        documents.append(EditionDocument(path, xml))
    documents.sort(key=lambda d: (not d.when, d.when, d.doc_id))
    return documents, diagnostics
