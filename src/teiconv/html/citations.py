"""How a document of the edition is cited: Chicago, BibTeX, RIS and CSL-JSON, from one model.

A reader cites *this edition's* document: its author and title, the edition (title, editors,
version, publisher) and the page's address; beside it, the archive's record of the same document
(repository and shelfmark of the original, the archive that published the translation, its record
number and canonical address). :func:`citation` gathers those facts once from the document's
record (metadata.xsl) and the project's :class:`~teiconv.edition.Edition`; every format is a
rendering of that one :class:`Citation`, so they never disagree.

Names are kept as written (CSL ``literal``, BibTeX braces): archival names such as
"I. V. Stalin" or an office are not reliably split into given and family names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..edition import Edition
from .stylesheets import Record

_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
_BIBTEX_REPLACEMENT = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


@dataclass(frozen=True)
class Citation:
    """The facts every citation format renders."""

    record: Record
    edition: Edition
    url: str  #: the document's page in the edition ('' when the site's address is unknown)

    @property
    def archive_record(self) -> str:
        """The archive's record in words: "Wilson Center Digital Archive, record 209093"."""
        record = self.record
        return ", ".join(part for part in (record["archive"], record["record"] and f"record {record['record']}")
                         if part)

    @property
    def original(self) -> str:
        """Where the original is kept: repository and shelfmark."""
        return ", ".join(part for part in (self.record["repository"], self.record["shelfmark"]) if part)

    @property
    def archive_note(self) -> str:
        """The archive's record and the original's place, as one sentence for a note field."""
        parts = [f"Original: {self.original}" if self.original else "",
                 "Archive record: " + ", ".join(p for p in (self.archive_record, self.record["archive-url"]) if p)
                 if self.archive_record or self.record["archive-url"] else ""]
        return ". ".join(part for part in parts if part)


def citation(record: Record, edition: Edition) -> Citation:
    return Citation(record, edition, edition.page_url(record["page"]))


def chicago(c: Citation) -> str:
    """Chicago notes-bibliography, for a document in an edited online edition:
    Author. “Title.” Date. Translated by X. In *Edition*, edited by E, version V. Publisher. URL.
    Original: repository, shelfmark. Archive record: archive, record N, URL."""
    record, edition = c.record, c.edition
    in_edition = ""
    if edition.title:
        in_edition = "In " + edition.title
        if edition.editors:
            in_edition += ", edited by " + edition.editor_names
        if edition.version:
            in_edition += ", version " + edition.version
    parts = [_names(record["authors"]), f"“{_sentence(record['title'])}”", record["date-text"],
             _names(record["translators"]) and "Translated by " + _names(record["translators"]),
             in_edition, edition.publisher, c.url]
    if c.original:
        parts.append("Original: " + c.original)
    archive = ", ".join(p for p in (c.archive_record, record["archive-url"]) if p)
    if archive:
        parts.append("Archive record: " + archive)
    return " ".join(_sentence(part) for part in parts if part.strip()).replace("”.", ".”")


def bibtex(c: Citation) -> str:
    """A biblatex-compatible ``@misc`` entry."""
    record, edition = c.record, c.edition
    fields = [
        ("title", "{" + _tex(record["title"]) + "}"),
        ("author", " and ".join("{" + _tex(a) + "}" for a in record["authors"])),
        ("translator", " and ".join("{" + _tex(t) + "}" for t in record["translators"])),
        ("date", record["date"]),
        ("year", record["year"]),
        ("booktitle", _tex(edition.title)),
        ("editor", " and ".join("{" + _tex(e) + "}" for e in edition.editors)),
        ("version", _tex(edition.version)),
        ("publisher", _tex(edition.publisher)),
        ("url", c.url or record["archive-url"]),
        ("howpublished", _tex(c.archive_record)),
        ("note", _tex(c.archive_note)),
        ("abstract", _tex(record["summary"])),
        ("keywords", _tex(", ".join(record["classification"] + record["keywords"]))),
        ("langid", record["language"]),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{_key(record['id'])},\n{body}\n}}\n"


def ris(c: Citation) -> str:
    """An RIS record (type MANSCPT: an archival document, here in an edition)."""
    record, edition = c.record, c.edition
    lines = [("TY", "MANSCPT"), ("TI", record["title"])]
    lines += [("AU", author) for author in record["authors"]]
    lines += [("A4", translator) for translator in record["translators"]]
    lines += [("ED", editor) for editor in edition.editors]
    lines += [("PY", record["year"]), ("DA", record["date"].replace("-", "/")),
              ("T2", edition.title), ("ET", edition.version), ("PB", edition.publisher),
              ("UR", c.url or record["archive-url"]), ("AV", c.archive_record), ("N1", c.archive_note),
              ("AB", record["summary"])]
    lines += [("KW", word) for word in record["classification"] + record["keywords"]]
    lines += [("LA", record["language"]), ("ID", record["id"])]
    text = "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value)
    return text + "ER  - \r\n"


def csl_json(c: Citation) -> str:
    """A one-item CSL-JSON array (type manuscript, with archive and archive_location)."""
    return json.dumps([csl_item(c)], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def csl_item(c: Citation) -> dict[str, object]:
    """The document as one CSL-JSON item; empty fields are left out."""
    record, edition = c.record, c.edition
    item: dict[str, object] = {
        "id": record["id"],
        "type": "manuscript",
        "title": record["title"],
        "author": [{"literal": name} for name in record["authors"]],
        "translator": [{"literal": name} for name in record["translators"]],
        "editor": [{"literal": name} for name in edition.editors],
        "issued": _date_parts(record["date"]),
        "container-title": edition.title,
        "version": edition.version,
        "publisher": edition.publisher,
        "archive": record["repository"],
        "archive_location": record["shelfmark"],
        "source": ", ".join(p for p in (c.archive_record, record["archive-url"]) if p),
        "URL": c.url or record["archive-url"],
        "note": c.archive_note,
        "abstract": record["summary"],
        "keyword": ", ".join(record["classification"] + record["keywords"]),
        "language": record["language"],
    }
    return {key: value for key, value in item.items() if value}


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _sentence(text: str) -> str:
    return text if re.search(r"[.!?]”?$", text) else text + "."


def _date_parts(date: str) -> dict[str, list[list[int]]] | None:
    parts = [int(part) for part in date.split("-") if part.isdigit()]
    return {"date-parts": [parts]} if parts else None


def _tex(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENT.get(m.group(1), "\\" + m.group(1)), text)


def _key(identifier: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", identifier) or "document"
