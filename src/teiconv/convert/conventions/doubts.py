"""``arrested[?]``: the translator's doubt about the word the mark is glued to.

A question mark alone in brackets right after a word queries that word's reading; it adds no
text.  It is an editorial note of subtype ``doubt`` where it stands.  (``[?]`` after a space is
a question mark the sentence needs: :mod:`.supplied`.)
"""

from __future__ import annotations

from lxml import etree

from ..tei import el
from .base import BracketSite

QUERY = "?"


def doubt(site: BracketSite) -> etree._Element | None:
    before = site.ctx.slice(site.bracket.start - 1, site.bracket.start)
    if site.inner != QUERY or not before.isalnum():
        return None
    return el("note", {"type": "editorial", "subtype": "doubt", "rend": site.rend()}, QUERY)
