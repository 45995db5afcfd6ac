"""Stamps: ``[Stamp: draft and cipher text destroyed]``, ``[CPSU CC stamp: 20593 11 June 1955]``.

The stamp's words become ``<stamp>``; the editor's description (``Stamp:``, ``Stamp of the
Secretariat:``, ``CPSU CC stamp:``) is kept as its ``<label>``.  Without a colon the stamp's words
are the quotation in the bracket (``["NOT SECRET" Stamped]``); a bracket that only names a stamp
(``[stamp]``) is its label alone.
"""

from __future__ import annotations

import re

from lxml import etree

from ..brackets import Quote, Text
from ..rendering import renders
from ..tei import append, el
from .base import BracketSite, described, description_end, render_described

#: The description names a stamp or a seal (before its colon, if it has one).
_STAMP = re.compile(r"\b(?:stamp(?:ed|s)?|seal(?:ed)?)\b", re.IGNORECASE)


def stamp(site: BracketSite) -> etree._Element | None:
    if not _STAMP.search(site.inner):
        return None  # the description is the bracket's start: without the word in the bracket, not in it
    end = description_end(site)
    if not _STAMP.search(site.ctx.slice(site.bracket.inner_start, end)):
        return None
    if end < site.bracket.inner_end or not any(isinstance(child, Quote) for child in site.children):
        return described(site, "stamp", el("stamp"))
    return _quoted(site)


def _quoted(site: BracketSite) -> etree._Element:
    """``["NOT SECRET" Stamped]``: the quotation is the stamp, the other words its label."""
    seg = el("seg", {"type": "stamp", "rend": site.rend()})
    for child in site.children:
        encoded = site.encode_nodes([child])
        if isinstance(child, Quote):
            append(seg, [append(el("stamp"), encoded)])
        elif isinstance(child, Text) and site.ctx.slice(child.start, child.end).strip():
            text = site.ctx.slice(child.start, child.end)
            core = text.strip()
            lead, trail = text[: text.index(core)], text[text.index(core) + len(core):]
            append(seg, [lead, el("label", {"type": "editorial"}, core), trail])
        else:
            append(seg, encoded)
    return seg


renders("seg", lambda e: e.get("type") == "stamp")(render_described)
