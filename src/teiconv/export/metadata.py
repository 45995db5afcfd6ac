"""The documents' bibliographic records, for reference managers and harvesters.

Each record is what the HTML edition's "Cite this document" uses (``xslt/html/metadata.xsl``
read through :class:`~teiconv.html.stylesheets.SiteStylesheets`), so every export cites the
same thing.  Collection pages are not documents and have no record here.

- ``csl-json``: a CSL-JSON array, one item per document (Zotero, citeproc-js, citeproc-py, pandoc);
- ``dc``: simple Dublin Core, one ``oai_dc:dc`` per document (the OAI-PMH metadata format).
"""

from __future__ import annotations

import json
from typing import Callable

from lxml import etree

from ..html.citations import csl_item, stable_url
from ..html.stylesheets import Record, SiteStylesheets
from .documents import EditionDocument

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"


def records(documents: list[EditionDocument]) -> list[Record]:
    """The record of each document (not of collection pages), in the documents' order."""
    stylesheets = SiteStylesheets(edition_title="")
    return [stylesheets.record(stylesheets.parse(d.path)) for d in documents if not d.is_collection]


def csl_json(found: list[Record], base_url: str = "") -> str:
    items = [csl_item(record, stable_url(record, base_url)) for record in found]
    return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _dc_fields(record: Record, url: str) -> list[tuple[str, str]]:
    shelfmark = ", ".join(part for part in (record["repository"], record["shelfmark"]) if part)
    fields = [("title", record["title"])]
    fields += [("creator", name) for name in record["authors"]]
    fields += [("contributor", f"{name} (translator)") for name in record["translators"]]
    fields += [("subject", word) for word in record["keywords"]]
    fields += [("description", record["summary"]), ("publisher", record["publisher"]),
               ("date", record["date"]), ("type", "Text"), ("type", record["type-label"]),
               ("format", "application/tei+xml"), ("identifier", record["id"]), ("identifier", url),
               ("source", shelfmark), ("language", record["language"]),
               ("language", record["original-language-code"] if record["original-language-code"] != "und" else ""),
               ("rights", record["rights"])]
    return [(name, value) for name, value in fields if value]


def dublin_core(found: list[Record], base_url: str = "") -> str:
    root = etree.Element("records", nsmap={"oai_dc": OAI_DC, "dc": DC})
    for record in found:
        dc = etree.SubElement(root, f"{{{OAI_DC}}}dc")
        for name, value in _dc_fields(record, stable_url(record, base_url)):
            etree.SubElement(dc, f"{{{DC}}}{name}").text = value
    etree.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


FORMATS: dict[str, Callable[[list[Record], str], str]] = {"csl-json": csl_json, "dc": dublin_core}


def export_metadata(documents: list[EditionDocument], format_: str, base_url: str = "") -> str:
    """The records of ``documents`` in ``format_`` (a key of :data:`FORMATS`)."""
    return FORMATS[format_](records(documents), base_url)
