"""Collection pages: a titled description and a list of documents with dates and summaries.

The page becomes the edition's collection file: a TEI document whose body holds the
description and a ``<listBibl>`` with one ``<bibl>`` per listed document (its date with an ISO
value, its title, its summary).  Navigation left over from the web page (``Skip to content``)
is kept in the front as what it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .context import Context
from .dateline import DocumentDate, read_date_line
from .inline import InlineEncoder
from .page import Region, blocks_of, split_lines
from .tei import Mixed, el, sub

#: Words of the web page's navigation, not of the collection.
NAVIGATION = ("skip to content", "menu", "search", "share", "back to top")
#: A list heading is short (``Popular Documents``).
HEADING_MAX_CHARS = 60


@dataclass
class Entry:
    date: Region
    dating: DocumentDate
    title: Region
    summary: list[Region]


def _text(ctx: Context, region: Region) -> str:
    return region.of(ctx.text).strip()


def _inline(ctx: Context, region: Region) -> list[Mixed]:
    return InlineEncoder(ctx).encode_range(region.start, region.end)


def _entries(ctx: Context, blocks: list[Region]) -> tuple[list[Region], list[Entry]]:
    """Split blocks into those before the first dated entry and the entries."""
    datings = [read_date_line(_text(ctx, block)) for block in blocks]
    first = next((i for i, dating in enumerate(datings) if dating), len(blocks))
    entries: list[Entry] = []
    index = first
    while index < len(blocks):
        date_block = blocks[index]
        end = next((j for j in range(index + 1, len(blocks)) if datings[j]), len(blocks))
        title = blocks[index + 1] if index + 1 < end else Region(date_block.end, date_block.end)
        entries.append(Entry(date_block, datings[index] or DocumentDate(), title, blocks[index + 2:end]))
        index = end
    return blocks[:first], entries


def build_collection(ctx: Context) -> tuple[str, etree._Element, etree._Element | None, str]:
    """The collection's title, its ``<body>``, its ``<front>`` (navigation, if any), its summary."""
    blocks = blocks_of(ctx.text, split_lines(ctx.text))
    navigation = [b for b in blocks[:2] if _text(ctx, b).lower() in NAVIGATION]
    blocks = blocks[len(navigation):]
    before, entries = _entries(ctx, blocks)
    heading = None
    if before and len(_text(ctx, before[-1])) <= HEADING_MAX_CHARS and len(before) > 1:
        heading = before.pop()
    title_region, description = (before[0], before[1:]) if before else (None, [])
    title = " ".join(_text(ctx, title_region).split()) if title_region else "Collection"

    div = el("div", {"type": "collection"})
    if title_region:
        sub(div, "head", None, *_inline(ctx, title_region))
    for block in description:
        sub(div, "p", None, *_inline(ctx, block))
    if entries:
        div.append(_listing(ctx, heading, entries))
    elif heading:
        sub(div, "p", None, *_inline(ctx, heading))
    front = None
    if navigation:
        front = el("front", None, el("div", {"type": "navigation"},
                                     *(el("p", None, _text(ctx, b)) for b in navigation)))
    summary = " ".join(" ".join(_text(ctx, b).split()) for b in description)
    return title, el("body", None, div), front, summary


def _listing(ctx: Context, heading: Region | None, entries: list[Entry]) -> etree._Element:
    """``<listBibl>``: one ``<bibl>`` per listed document."""
    listing = el("listBibl")
    if heading:
        sub(listing, "head", None, *_inline(ctx, heading))
    for entry in entries:
        bibl = sub(listing, "bibl", {"type": "document"})
        sub(bibl, "date", entry.dating.attributes, _text(ctx, entry.date))
        bibl.append(el("lb"))
        sub(bibl, "title", None, *_inline(ctx, entry.title))
        for block in entry.summary:
            bibl.append(el("lb"))
            sub(bibl, "note", {"type": "summary"}, *_inline(ctx, block))
    return listing

