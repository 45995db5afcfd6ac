"""What an export page says about its document, as plain values for the header.

The page states its metadata in prose and labelled fields: the citation names the repository and
shelfmark (``RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072``) and the translator, the rights
paragraph is the source's licence, the record's fields name the classification and places.  This
module reads them into a :class:`Metadata`; :mod:`teiconv.convert.header` writes the TEI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .archref import ArchivalReference, parse_reference
from .conventions import marks
from .correspondence import Correspondence, read_correspondence
from .dateline import DocumentDate
from .doctype import document_type
from .knowledge import Repository, find_repository, language_tag
from .page import Page, Section

DEFAULT_PUBLISHER = "Wilson Center Digital Archive"
#: The archive's canonical address of a record, whatever host an export was taken from.
CANONICAL_URL = "https://digitalarchive.wilsoncenter.org/document/{}"

_URL = re.compile(r"https?://[^\s<>]+")
_RECORD = re.compile(r"/document/(?:[\w-]*?-)?(\d+)(?:[/?#]|$)")
#: A person's name as a citation writes it: capitalised words, initials.
_NAME = r"(?:[A-Z]\.\s*)*[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s*)*(?:(?:de|van|von|der|al)\s+)?[A-Z][\w'\u2019-]+)*"
#: A title or a degree that a name in a citation may carry (``Dr. Jane Doe``, ``Jane Doe, Ph.D.``):
#: not part of the name, so read past.
_TITLE_OR_DEGREE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+(?=[A-Z])|,?\s+(?:Ph\.\s?D\.|PhD|M\.A\.)")
#: "Translated by X", "translated for CWIHP by X and Y", "Contributed, transcribed, and translated by X",
#: "English translation by X", "English translation provided by X", "Trans. by X", "Translated by: X",
#: "Translation: X", "Translator: X".
_TRANSLATOR = re.compile(
    rf"(?:\b[Tt]ranslated\b[^.]*?\bby|\b[Tt]ranslation\s+(?:provided\s+)?by|\b[Tt]rans\.\s+by"
    rf"|\b[Tt]ranslat(?:ion|ors?)(?=\s*:)):?\s+"
    rf"(?P<names>{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*)"
)
_NAME_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
#: "Translation from Farsi", "translated from the Chinese".
_TRANSLATED_FROM = re.compile(r"\b[Tt]ranslat(?:ed|ion) from (?:the )?(?P<language>[A-Z][a-z]+)")
_CITED_TITLE = re.compile(r'["\u201c](?P<title>[^"\u201d]+)["\u201d],\s*(?P<rest>.*)', re.S)
#: The citation's archive, then the reference: "… Digital Archive, APRF: F. 39, …".
_CITED_ARCHIVE = re.compile(r"\bArchive,\s+(?P<reference>.*)", re.S)
#: Where a reference stops: "published in …", "reprinted in …".
_REFERENCE_END = re.compile(r",\s+(?:published|reprinted|cited|quoted|in)\b", re.IGNORECASE)
#: Words ending with a full stop that do not end a sentence (``No. 5``, ``vol. 2``, ``F. 39``).
_ABBREVIATIONS = {"no", "nos", "vol", "vols", "ed", "eds", "cf", "ibid", "doc", "docs", "cde", "cdes", "st"}
_SENTENCE_END = re.compile(r"\.(?:\s+|$)")
#: "This document was made possible with support from the X Foundation."
_FUNDER = re.compile(r"\bsupport from (?:the )?(?P<funder>.+?)\.?$", re.IGNORECASE)
#: What separates the languages of a value that names several.
_LANGUAGE_SEPARATOR = re.compile(r"\s*(?:[,;/\n]|\band\b)\s*")
#: "German Federal Archives (BArch)".
_NAME_AND_SIGLUM = re.compile(r"(?P<name>.+?)\s*\((?P<siglum>[^()]+)\)$")


@dataclass
class Metadata:
    title: str = ""
    dating: DocumentDate | None = None
    date_text: str | None = None
    doc_type: str = "document"
    summary: str | None = None
    credits: str | None = None
    funders: list[str] = field(default_factory=list)
    citation: str | None = None
    url: str | None = None
    record_id: str | None = None
    archive: str | None = None
    reference: ArchivalReference | None = None
    translators: list[str] = field(default_factory=list)
    correspondence: Correspondence | None = None
    original_language: tuple[str, str] | None = None
    translation_language: tuple[str, str] = ("en", "English")
    rights: str | None = None
    classifications: list[str] = field(default_factory=list)
    keywords: dict[str, list[str]] = field(default_factory=dict)

    @property
    def canonical_url(self) -> str | None:
        return CANONICAL_URL.format(self.record_id) if self.record_id else None

    @property
    def foreign_tag(self) -> str:
        """The BCP 47 tag of transliterated original-language words (``ru-Latn``)."""
        code = self.original_language[0] if self.original_language else "und"
        return f"{code}-Latn" if code not in ("und", "en") else "ru-Latn"


def flat(text: str) -> str:
    """Text with Markdown decoration gone and white space collapsed, for header values."""
    text = text.replace("**", "")
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    return " ".join(text.split())


def _section_text(text: str, section: Section | None) -> str | None:
    if section is None or not section.blocks:
        return None
    return flat(" ".join(block.of(text) for block in section.blocks))


def _section(sections: list[Section], name: str) -> Section | None:
    return next((s for s in sections if s.name == name), None)


def first_sentence(text: str) -> str:
    """Text up to its first full stop that ends a sentence (not ``No.``, ``F.`` or ``Ll.``)."""
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"(\w+)$", text[: match.start()])
        if word and word.group(1).isalpha() and (len(word.group(1)) <= 2 or word.group(1).lower() in _ABBREVIATIONS):
            continue
        return text[: match.start()]
    return text


def translators(text: str) -> list[str]:
    """Every translator a sentence of the page names, in order (none where none is named)."""
    names: list[str] = []
    for match in _TRANSLATOR.finditer(_TITLE_OR_DEGREE.sub("", text)):
        for name in _NAME_SEPARATOR.split(match.group("names")):
            if name and name not in names and not language_tag(name):  # "Translation: English"
                names.append(name.strip())
    return names


def reference_in(text: str) -> ArchivalReference | None:
    """The archival reference a citation or source field opens with, if it is one."""
    reference = _REFERENCE_END.split(first_sentence(text), maxsplit=1)[0]
    parsed = parse_reference(reference)
    return parsed if parsed.is_archival else None


def parse_citation(citation: str, meta: Metadata) -> None:
    """Reference, translators, URL and record number from the citation."""
    url = _URL.search(citation)
    if url:
        meta.url = url.group().rstrip(".,")
    meta.translators = meta.translators or translators(citation)
    cited = _CITED_TITLE.match(citation)
    rest = cited.group("rest") if cited else citation
    archive = _CITED_ARCHIVE.search(rest)
    if archive:
        meta.archive = rest[: archive.start("reference")].rstrip(", ").split(", ")[-1]
        meta.reference = meta.reference or reference_in(archive.group("reference"))


def language(name: str) -> tuple[str, str]:
    """The tag of the (first) language ``name`` names, and the name as the page writes it."""
    name = name.strip()
    tags = language_tags_in(name)
    return tags[0] if tags else "und", flat(name)


def language_tags_in(name: str) -> list[str]:
    """The tags of the languages a page's value names: one (``Russian``), or several
    (``Russian, Chinese``, ``Chinese; Russian``, ``Russian and Chinese``, one a line), a name in
    parentheses after another read too (``Persian (Farsi)``)."""
    whole = language_tag(name)
    if whole:
        return [whole]
    tags: list[str] = []
    for part in _LANGUAGE_SEPARATOR.split(name):
        found = language_tag(part) or language_tag(part.split("(")[0])
        # names the page set one a line, which its sections' text joined by a space: every word one
        words = [language_tag(word) for word in part.split()]
        for tag in [found] if found else words if all(words) else []:
            if tag and tag not in tags:
                tags.append(tag)
    return tags


def read_metadata(text: str, page: Page) -> Metadata:
    """Everything :mod:`teiconv.convert.header` needs, from the page's parts."""
    meta = Metadata()
    if page.title:
        meta.title = flat(page.title.of(text))
        meta.doc_type = document_type(meta.title)
        meta.correspondence = read_correspondence(meta.title, meta.doc_type)
    if page.date:
        meta.dating, meta.date_text = page.dating, flat(page.date.of(text))
    meta.credits = flat(page.credits.of(text)) if page.credits else _section_text(text, _section(page.front, "credits"))
    meta.summary = (flat(" ".join(region.of(text) for region in page.summary)) if page.summary
                    else _section_text(text, _section(page.front, "summary")))
    if meta.credits:
        funder = _FUNDER.search(meta.credits)
        meta.funders = [funder.group("funder")] if funder else []
    meta.citation = _section_text(text, _section(page.front, "citation"))
    if meta.citation:
        parse_citation(meta.citation, meta)
    original = _section_text(text, _section(page.front, "original language"))
    if original:
        meta.original_language = language(original)
    contents = _section_text(text, _section(page.front, "contents"))
    if contents and " - " in contents:
        meta.translation_language = language(contents.split(" - ", 1)[1])
    _read_record_fields(text, page.back, meta)
    _read_classifications(text, page, meta)
    if not meta.original_language:
        meta.original_language = _translated_from(meta.citation, meta.credits, contents)
    if meta.url and not meta.record_id:
        record = _RECORD.search(meta.url)
        meta.record_id = record.group(1) if record else None
    return meta


def _translated_from(*statements: str | None) -> tuple[str, str] | None:
    """The original's language where the page says what the translation was made from."""
    for statement in statements:
        match = _TRANSLATED_FROM.search(statement or "")
        if match and language_tag(match.group("language")):
            return language(match.group("language"))
    return None


def _read_source_fields(text: str, back: list[Section], meta: Metadata) -> None:
    """The web page's ``Source`` (reference, translators) and ``Original Archive`` (repository)."""
    source = _section_text(text, _section(back, "source"))
    if source:
        meta.translators = meta.translators or translators(source)
        meta.reference = meta.reference or reference_in(source)
    archive = _section_text(text, _section(back, "original archive"))
    if archive:
        named = _NAME_AND_SIGLUM.match(archive)
        name, siglum = (named.group("name"), named.group("siglum")) if named else (archive, None)
        stated = find_repository(siglum or name) or find_repository(name) or Repository(siglum, name)
        if meta.reference is None:
            meta.reference = ArchivalReference(archive, stated)
        elif meta.reference.repository is None or meta.reference.repository.name is None:
            meta.reference.repository = stated


def _read_record_fields(text: str, back: list[Section], meta: Metadata) -> None:
    _read_source_fields(text, back, meta)
    meta.rights = _section_text(text, _section(back, "rights"))
    record = _section_text(text, _section(back, "record id"))
    if record:
        meta.record_id = record.strip()
    if not meta.original_language:
        stated = _section_text(text, _section(back, "language"))
        if stated:
            meta.original_language = language(stated)
    for name in ("associated places", "associated topics", "associated people & organizations",
                 "associated people and organizations", "associated people", "keywords",
                 "subjects discussed"):
        section = _section(back, name)
        if section and section.blocks:
            values = [flat(block.of(text)) for block in section.blocks]
            meta.keywords[name] = [v for value in values for v in value.split(", ") if v]


def _read_classifications(text: str, page: Page, meta: Metadata) -> None:
    """The original classification, from the record and from the marks at the head of the text."""
    found: list[str] = []
    stated = _section_text(text, _section(page.back, "original classification"))
    if stated:
        found.append(stated)
    for block in page.body:
        mark = marks.split_mark(block.of(text))
        if mark and mark[0] == "classification":
            found.append(block.of(text)[: mark[1]])
    for value in found:
        canonical = marks.canonical(value)
        if canonical not in meta.classifications:
            meta.classifications.append(canonical)
