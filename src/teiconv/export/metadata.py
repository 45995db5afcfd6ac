"""The documents' bibliographic records, for reference managers and harvesters.

Each record is what the HTML edition's "Cite this document" uses (``xslt/html/metadata.xsl``
read through :class:`~teiconv.html.stylesheets.SiteStylesheets`) with the project's
:class:`~teiconv.edition.Edition`, so every export cites the same thing.  Collection pages are not documents and have no record here.

- ``csl-json``: a CSL-JSON array, one item per document (Zotero, citeproc-js, citeproc-py, pandoc);
- ``dc``: simple Dublin Core, one ``oai_dc:dc`` per document (the OAI-PMH metadata format).
"""

from __future__ import annotations

import json
from typing import Callable

from lxml import etree

from ..edition import Edition
from ..html.citations import Citation, citation, csl_item
from ..html.site import page_id
from ..html.stylesheets import Record, SiteStylesheets
from .documents import EditionDocument

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"


def records(documents: list[EditionDocument]) -> list[Record]:
    """The record of each document (not of collection pages), in the documents' order, with the
    address of its page in the HTML edition (what a declared base URL cites)."""
    stylesheets = SiteStylesheets(edition_title="")
    found = [stylesheets.record(stylesheets.parse(d.xml)) for d in documents if not d.is_collection]
    for record in found:
        record["page"] = f"{page_id(record['id'])}.html"
    return found


def csl_json(found: list[Citation]) -> str:
    items = [csl_item(cited) for cited in found]
    return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _dc_fields(cited: Citation) -> list[tuple[str, str]]:
    record = cited.record
    fields = [("title", record["title"])]
    fields += [("creator", name) for name in record["authors"]]
    fields += [("contributor", f"{name} (translator)") for name in record["translators"]]
    fields += [("subject", word) for word in record["keywords"]]
    fields += [("description", record["summary"]), ("publisher", record["archive"]),
               ("date", record["date"]), ("type", "Text"), ("type", record["type-label"]),
               ("format", "application/tei+xml"), ("identifier", record["id"]),
               ("identifier", cited.url or record["archive-url"]), ("source", cited.original),
               ("language", record["language"]),
               ("language", record["original-language-code"] if record["original-language-code"] != "und" else ""),
               ("rights", record["rights"])]
    return [(name, value) for name, value in fields if value]


def dublin_core(found: list[Citation]) -> str:
    root = etree.Element("records", nsmap={"oai_dc": OAI_DC, "dc": DC})
    for cited in found:
        dc = etree.SubElement(root, f"{{{OAI_DC}}}dc")
        for name, value in _dc_fields(cited):
            etree.SubElement(dc, f"{{{DC}}}{name}").text = value
    etree.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


FORMATS: dict[str, Callable[[list[Citation]], str]] = {"csl-json": csl_json, "dc": dublin_core}


def export_metadata(documents: list[EditionDocument], format_: str, edition: Edition = Edition()) -> str:
    """The records of ``documents`` in ``format_`` (a key of :data:`FORMATS`), cited in ``edition``
    (its base URL, when declared, is the address cited; else the archive's)."""
    return FORMATS[format_]([citation(record, edition) for record in records(documents)])
