"""The export page's own matter around the document: ``<front>`` and ``<back>``.

The site's banner, the date line, the title, the credits, the citation and summary sections before the document,
and the footnotes and the archive record's fields after it are part of the source, so they are transcribed too —
as they stand, labels included, even when a field is empty.  The header holds the same
information parsed into structure (:mod:`teiconv.convert.header`); these divisions hold the words.
"""

from __future__ import annotations

import re

from lxml import etree

from .context import Context, Footnote
from .conventions import footnotes
from .inline import InlineEncoder
from .page import NOTE_NUMBER, Page, Region, Section
from .reflow import unwrap
from .tei import Mixed, el, sub


def _inline(ctx: Context, regions: list[Region]) -> list[Mixed]:
    """The regions' text, encoded, one ``<lb/>`` between regions."""
    items: list[Mixed] = []
    for index, region in enumerate(regions):
        if index:
            items.append(el("lb"))
        encoded = InlineEncoder(ctx).encode_range(region.start, region.end)
        items.extend(unwrap(encoded) if region.reflowed else encoded)
    return items


def _section_div(ctx: Context, section: Section) -> etree._Element:
    div = el("div", {"type": section.name.replace(" ", "-")})
    if section.label:
        sub(div, "head", None, section.label.of(ctx.text))
    for block in section.blocks:
        sub(div, "p", None, *_inline(ctx, [block]))
    return div


def _number(page: Page, text: str, region: Region) -> re.Match[str] | None:
    return NOTE_NUMBER[page.notes_place].match(text, region.start, region.end)


def read_footnotes(page: Page, ctx: Context) -> dict[str, Footnote]:
    """The notes listed after the document, encoded, ready to be placed at their markers."""
    notes: dict[str, Footnote] = {}
    for region in page.footnotes:
        number = _number(page, ctx.text, region)
        if number and number.group("n") not in notes:
            encoded = InlineEncoder(ctx).encode_range(number.end(), region.end)
            notes[number.group("n")] = Footnote(number.group("n"), f"fn-{number.group('n')}", encoded,
                                                place=page.notes_place)
    return notes


def build_front(page: Page, ctx: Context) -> etree._Element | None:
    front = el("front")
    if page.banner:
        sub(front, "docImprint", None, *_inline(ctx, page.banner))
    if page.date:
        sub(front, "docDate", page.dating.day_attributes if page.dating else None, page.date.of(ctx.text))
    if page.title:
        title = el("titlePart", {"type": "main"}, *_inline(ctx, [page.title]))
        sub(front, "docTitle", None, title)
    if page.credits:
        sub(front, "div", {"type": "credits"}, el("p", None, *_inline(ctx, [page.credits])))
    for section in page.front:
        front.append(_section_div(ctx, section))
    return front if len(front) else None


def build_back(page: Page, ctx: Context) -> etree._Element | None:
    back = el("back")
    if page.footnotes:
        notes = sub(back, "div", {"type": "notes"})
        for region in page.footnotes:
            number = _number(page, ctx.text, region)
            note = ctx.footnotes.get(number.group("n")) if number else None
            if note is not None and note.placed:
                sub(notes, "p", None, footnotes.pointer(note.n, note.xml_id))
            else:
                sub(notes, "p", None, *_inline(ctx, [region]))
    if page.summary:
        summary = sub(back, "div", {"type": "summary"})
        for region in page.summary:
            sub(summary, "p", None, *_inline(ctx, [region]))
    if page.back:
        record = el("list", {"type": "gloss"})
        for section in page.back:
            label = section.label.of(ctx.text) if section.label else None
            sub(record, "label", {"n": section.name} if label is None else None, label)
            sub(record, "item", None, *_inline(ctx, section.blocks))
        sub(back, "div", {"type": "archive-record"}, record)
    return back if len(back) else None
