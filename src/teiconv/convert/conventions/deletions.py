"""Deletions: ``[crossed out: the army]``, ``[Struck out in the original: …]``.

Words the original struck out, which the editor gives after describing them, become ``<del>``;
the description (``crossed out:``) is kept as its ``<label>``, as an annotation's or a stamp's
is.  A bracket that only says something was struck out (``[passage crossed out]``) gives no
words: it is the editor's note.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import renders
from ..tei import el
from .base import BracketSite, described, description_end, render_described

#: The description says the words were struck out (before its colon).
_STRUCK_OUT = re.compile(r"\b(?:crossed|struck|scored|lined) (?:out|through)\b|\bdeleted\b", re.IGNORECASE)


def deletion(site: BracketSite) -> etree._Element | None:
    if not _STRUCK_OUT.search(site.inner):
        return None  # most brackets are passed over at once
    end = description_end(site)
    if end == site.bracket.inner_end or not _STRUCK_OUT.search(site.ctx.slice(site.bracket.inner_start, end)):
        return None  # no colon, no words after it
    if not site.ctx.slice(end, site.bracket.inner_end).strip():
        return None
    return described(site, "deletion", el("del"))


renders("seg", lambda e: e.get("type") == "deletion")(render_described)
