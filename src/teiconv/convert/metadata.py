"""What an export page says about its document, as plain values for the header.

The page states its metadata in prose and labelled fields: the citation names the repository and
shelfmark (``RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072``) and the translator, the rights
paragraph names the publisher, the record's fields name the classification and places.  This
module reads them into a :class:`Metadata`; :mod:`teiconv.convert.header` writes the TEI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .conventions import marks
from .page import Page, Section

DEFAULT_PUBLISHER = "Wilson Center Digital Archive"

#: Language names as the archive writes them → BCP 47.
LANGUAGES = {"russian": "ru", "persian": "fa", "farsi": "fa", "azerbaijani": "az", "azeri": "az",
             "english": "en", "german": "de", "french": "fr", "chinese": "zh", "georgian": "ka",
             "armenian": "hy", "turkish": "tr", "arabic": "ar", "kurdish": "ku"}
#: Kinds of document named by the first word of a title.
DOCUMENT_TYPES = ("cable", "telegram", "letter", "memo", "memorandum", "report", "decree",
                  "resolution", "instructions", "minutes", "note", "record", "directive", "order",
                  "protocol", "statement", "speech", "diary", "message", "ciphered telegram")

_URL = re.compile(r"https?://[^\s<>]+")
_RECORD = re.compile(r"/document/(\d+)")
_SHELFMARK = {
    "fond": re.compile(r"\bf\.\s?[\w-]+"),
    "opis": re.compile(r"\bop\.\s?[\w-]+"),
    "delo": re.compile(r"\bd\.\s?[\w-]+"),
    "folios": re.compile(r"\bll?\.\s?[\w-]+"),
}
_TRANSLATOR = re.compile(r"Translated (?:by|for [^.]*? by) (?P<name>[^.<]+?)\.(?:\s|$)")
_CITED_TITLE = re.compile(r'["\u201c](?P<title>[^"\u201d]+)["\u201d],\s*(?P<rest>.*)', re.S)
_PUBLISHER_IN_RIGHTS = re.compile(r"^The (?P<name>.+?) welcomes\b")


@dataclass
class Shelfmark:
    repository: str | None = None
    parts: dict[str, str] = field(default_factory=dict)


@dataclass
class Metadata:
    title: str = ""
    date_iso: str | None = None
    date_text: str | None = None
    doc_type: str = "document"
    summary: str | None = None
    credits: str | None = None
    citation: str | None = None
    url: str | None = None
    record_id: str | None = None
    archive: str | None = None
    shelfmark: Shelfmark = field(default_factory=Shelfmark)
    translator: str | None = None
    original_language: tuple[str, str] | None = None
    translation_language: tuple[str, str] = ("en", "English")
    rights: str | None = None
    publisher: str = DEFAULT_PUBLISHER
    classifications: list[str] = field(default_factory=list)
    keywords: dict[str, list[str]] = field(default_factory=dict)

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


def parse_citation(citation: str, meta: Metadata) -> None:
    """Repository, shelfmark, translator, URL and record number from the citation."""
    url = _URL.search(citation)
    if url:
        meta.url = url.group().rstrip(".,")
    translator = _TRANSLATOR.search(citation)
    if translator:
        meta.translator = translator.group("name").strip()
    cited = _CITED_TITLE.match(citation)
    rest = cited.group("rest") if cited else citation
    fields = [part.strip() for part in re.split(r",\s*", rest.split(". Translated")[0])]
    archive_at = next((i for i, part in enumerate(fields) if "Archive" in part), None)
    if archive_at is not None:
        meta.archive = fields[archive_at]
        following = fields[archive_at + 1:]
        if following and not any(p.match(following[0]) for p in _SHELFMARK.values()):
            meta.shelfmark.repository = following[0].rstrip(".")
    tail = ", ".join(fields)
    for name, pattern in _SHELFMARK.items():
        match = pattern.search(tail)
        if match:
            meta.shelfmark.parts[name] = match.group().rstrip(".")


def language(name: str) -> tuple[str, str]:
    name = name.strip()
    return LANGUAGES.get(name.lower(), "und"), name


def document_type(title: str) -> str:
    lowered = title.lower()
    for kind in sorted(DOCUMENT_TYPES, key=len, reverse=True):
        if lowered.startswith(kind):
            return kind.replace(" ", "-")
    return "document"


def read_metadata(text: str, page: Page) -> Metadata:
    """Everything :mod:`teiconv.convert.header` needs, from the page's parts."""
    meta = Metadata()
    if page.title:
        meta.title = flat(page.title.of(text))
        meta.doc_type = document_type(meta.title)
    if page.date:
        meta.date_iso, meta.date_text = page.date_iso, flat(page.date.of(text))
    meta.credits = flat(page.credits.of(text)) if page.credits else _section_text(text, _section(page.front, "credits"))
    meta.summary = flat(page.summary.of(text)) if page.summary else _section_text(text, _section(page.front, "summary"))
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
    if meta.url and not meta.record_id:
        record = _RECORD.search(meta.url)
        meta.record_id = record.group(1) if record else None
    return meta


def _read_record_fields(text: str, back: list[Section], meta: Metadata) -> None:
    meta.rights = _section_text(text, _section(back, "rights"))
    if meta.rights:
        publisher = _PUBLISHER_IN_RIGHTS.match(meta.rights)
        if publisher:
            meta.publisher = publisher.group("name")
    elif meta.archive:
        meta.publisher = meta.archive
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
