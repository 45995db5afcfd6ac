"""The edition as one ``teiCorpus``: a corpus header, then every document's own TEI.

The corpus header is built from the edition's declaration (title, editors, version) and from
the documents' headers: the list of documents (title, date, id), the languages they use, and the
editorial conventions, which are the edition's and the same in every document.

Each document keeps its header and text.  Its ``xml:id``s are made unique across the corpus by
prefixing them with the document's id (``translator`` becomes ``wcda-209093.translator``) and its
local pointers (``#translator``) follow, so the corpus is valid against tei_all, which requires
an xml:id to be unique in the whole file.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from .. import __version__
from ..edition import Edition
from ..schema_location import TEI_ALL_URL
from .documents import NS, TEI_NS, EditionDocument

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: The corpus title when the project declares none: said plainly, not made up.
UNTITLED = "Untitled edition (no title declared)"
#: Attributes whose "#id" tokens point inside the document.
POINTER_ATTRIBUTES = ("hand", "resp", "ref", "corresp", "target", "ana", "scheme", "who")
_NCNAME_START = re.compile(r"^[A-Za-z_]")
#: The corpus is checked against the whole TEI (our customisation has no teiCorpus): the TEI
#: Consortium's published tei_all, which XML editors fetch and cache.
TEI_ALL_MODEL = (f'<?xml-model href="{TEI_ALL_URL}" '
                 'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n')


def _el(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", attributes)
    element.text = text
    return element


def document_key(document: EditionDocument) -> str:
    """The document's xml:id in the corpus and the prefix of its own ids: its id, made an NCName."""
    return document.doc_id if _NCNAME_START.match(document.doc_id) else f"d{document.doc_id}"


def _member(document: EditionDocument) -> etree._Element:
    """A copy of the document's TEI whose ids and local pointers carry the document's key."""
    member = copy.deepcopy(document.root)
    key = document_key(document)
    ids = {element.get(XML_ID) for element in member.iter() if element.get(XML_ID)}
    for element in member.iter(etree.Element):
        if element.get(XML_ID):
            element.set(XML_ID, f"{key}.{element.get(XML_ID)}")
        for name in POINTER_ATTRIBUTES:
            if element.get(name):
                element.set(name, " ".join(f"#{key}.{token[1:]}" if token[1:] in ids and token.startswith("#") else token
                                           for token in element.get(name).split()))
    member.set(XML_ID, key)
    return member


def _title_statement(file_desc: etree._Element, declaration: Edition) -> None:
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", declaration.title or UNTITLED)
    for editor in declaration.editors:
        _el(title_stmt, "editor", editor)
    resp_stmt = _el(title_stmt, "respStmt")
    _el(resp_stmt, "resp", "TEI corpus exported by")
    _el(resp_stmt, "name", f"teiconv {__version__}")


def _source_description(file_desc: etree._Element, documents: list[EditionDocument]) -> None:
    source_desc = _el(file_desc, "sourceDesc")
    listing = _el(source_desc, "listBibl")
    for document in documents:
        bibl = _el(listing, "bibl")
        _el(bibl, "title", document.title)
        if document.when:
            _el(bibl, "date", document.when, **document.dating)
        _el(bibl, "idno", document.doc_id, type="teiconv")
        _el(bibl, "ptr", target=f"#{document_key(document)}")


def _languages(documents: list[EditionDocument]) -> list[etree._Element]:
    """One ``language`` per code the documents use, with the first document's words for it."""
    seen: dict[str, etree._Element] = {}
    for document in documents:
        for language in document.root.iterfind("tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language", NS):
            code = language.get("ident")
            if code not in seen:
                entry = etree.Element(f"{{{TEI_NS}}}language", ident=code)
                entry.text = " ".join("".join(language.itertext()).split())
                seen[code] = entry
    return [seen[code] for code in sorted(seen)]


def corpus_header(declaration: Edition, documents: list[EditionDocument]) -> etree._Element:
    header = etree.Element(f"{{{TEI_NS}}}teiHeader")
    file_desc = _el(header, "fileDesc")
    _title_statement(file_desc, declaration)
    if declaration.version:
        _el(_el(file_desc, "editionStmt"), "edition", f"Version {declaration.version}", n=declaration.version)
    extent = _el(file_desc, "extent")
    _el(extent, "measure", f"{len(documents)} documents", unit="documents", quantity=str(len(documents)))
    _el(_el(file_desc, "publicationStmt"), "p",
        "Exported by teiconv from the edition's TEI documents; each document's header states its own "
        "publication and rights.")
    _source_description(file_desc, documents)
    conventions = next((d.root.find("tei:teiHeader/tei:encodingDesc/tei:editorialDecl", NS) for d in documents
                        if d.root.find("tei:teiHeader/tei:encodingDesc/tei:editorialDecl", NS) is not None), None)
    if conventions is not None:
        _el(header, "encodingDesc").append(copy.deepcopy(conventions))
    languages = _languages(documents)
    if languages:
        _el(_el(header, "profileDesc"), "langUsage").extend(languages)
    return header


def build_corpus(declaration: Edition, documents: list[EditionDocument]) -> bytes:
    """The teiCorpus file of ``documents`` (in the order given), UTF-8, indented header."""
    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS})
    corpus.set(XML_LANG, documents[0].root.get(XML_LANG, "en") if documents else "en")
    header = corpus_header(declaration, documents)
    etree.indent(header, space="  ", level=1)
    corpus.append(header)
    for document in documents:
        corpus.append(_member(document))
    header.tail = "\n  "
    for member in corpus[1:]:
        member.tail = "\n  "
    corpus[-1].tail = "\n"
    corpus.text = "\n  "
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n' + TEI_ALL_MODEL.encode()
            + etree.tostring(corpus, encoding="UTF-8") + b"\n")
