"""Citation downloads of a document: BibTeX, RIS and CSL-JSON, from its record.

The record is what metadata.xsl reads from the teiHeader (the same fields the page's Chicago
citation and citation_* tags use), so every format cites the same thing. Names are kept as
written (CSL ``literal``, BibTeX braces): archival names such as "I. V. Stalin" or an
office are not reliably split into given and family names.
"""

from __future__ import annotations

import json
import re

from .stylesheets import Record

_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
_BIBTEX_REPLACEMENT = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def stable_url(record: Record, base_url: str) -> str:
    """The address to cite: the edition's page when the site's address is known, else the archive's."""
    if base_url:
        return base_url.rstrip("/") + "/" + record["page"]
    return record["archive-url"]


def bibtex(record: Record, url: str) -> str:
    """A biblatex-compatible ``@misc`` entry."""
    fields = [
        ("title", "{" + _tex(record["title"]) + "}"),
        ("author", " and ".join("{" + _tex(a) + "}" for a in record["authors"])),
        ("translator", " and ".join("{" + _tex(t) + "}" for t in record["translators"])),
        ("date", record["date"]),
        ("year", record["year"]),
        ("publisher", _tex(record["publisher"])),
        ("howpublished", _tex(_archive(record))),
        ("url", url),
        ("abstract", _tex(record["summary"])),
        ("keywords", _tex(", ".join(record["classification"] + record["keywords"]))),
        ("langid", record["language"]),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{_key(record['id'])},\n{body}\n}}\n"


def ris(record: Record, url: str) -> str:
    """An RIS record (type MANSCPT: an unpublished archival document)."""
    lines = [("TY", "MANSCPT"), ("TI", record["title"])]
    lines += [("AU", author) for author in record["authors"]]
    lines += [("A4", translator) for translator in record["translators"]]
    lines += [("PY", record["year"]), ("DA", record["date"].replace("-", "/")),
              ("PB", record["publisher"]), ("AV", _archive(record)), ("UR", url),
              ("AB", record["summary"])]
    lines += [("KW", word) for word in record["classification"] + record["keywords"]]
    lines += [("LA", record["language"]), ("ID", record["id"])]
    text = "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value)
    return text + "ER  - \r\n"


def csl_json(record: Record, url: str) -> str:
    """A one-item CSL-JSON array (type manuscript, with archive and archive_location)."""
    return json.dumps([csl_item(record, url)], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def csl_item(record: Record, url: str) -> dict[str, object]:
    """The document as one CSL-JSON item; empty fields are left out."""
    item: dict[str, object] = {
        "id": record["id"],
        "type": "manuscript",
        "title": record["title"],
        "author": [{"literal": name} for name in record["authors"]],
        "translator": [{"literal": name} for name in record["translators"]],
        "issued": _date_parts(record["date"]),
        "publisher": record["publisher"],
        "archive": record["repository"],
        "archive_location": record["shelfmark"],
        "URL": url,
        "abstract": record["summary"],
        "keyword": ", ".join(record["classification"] + record["keywords"]),
        "language": record["language"],
    }
    return {key: value for key, value in item.items() if value}


def _archive(record: Record) -> str:
    return ", ".join(part for part in (record["repository"], record["shelfmark"]) if part)


def _date_parts(date: str) -> dict[str, list[list[int]]] | None:
    parts = [int(part) for part in date.split("-") if part.isdigit()]
    return {"date-parts": [parts]} if parts else None


def _tex(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENT.get(m.group(1), "\\" + m.group(1)), text)


def _key(identifier: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", identifier) or "document"
