"""Abbreviations completed inside a word: ``Com[munist]``, ``Sov[iet]``, ``I[van]``, ``G[roup?]``.

The letters the source wrote (``Com``) and those the translator completed (``munist``) are one
word, encoded as TEI encodes an expanded abbreviation whose supplied letters are marked:
``<expan>Com<ex resp="#translator">munist</ex></expan>``.  A question mark closing the bracket is
the translator's doubt about the completion: ``ex cert="low"``.  The form is enough to tell it:
letters in brackets glued to the letters before them.  Letters in brackets *before* a word's
letters (``[W]ith``) are not an abbreviation but a restoration (:mod:`.supplied`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, content, renders
from ..tei import el
from .base import BracketSite, run_at_end

#: Letters, and the apostrophe a transliteration writes for a soft sign inside them (``T[sentral'nyi]``).
_COMPLETION = re.compile(r"(?P<letters>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)(?P<doubt>\?)?")
_LETTER = r"[^\W\d_]"
DOUBT = "low"


def completion(site: BracketSite) -> etree._Element | None:
    match = _COMPLETION.fullmatch(site.inner)
    if not match or not site.bracket.closed or site.bracket.double:
        return None
    previous = site.out[-1] if site.out else None
    if not isinstance(previous, str):
        return None
    written = run_at_end(previous, _LETTER)
    if written is None or not previous.endswith(site.ctx.slice(site.bracket.start - 1, site.bracket.start)):
        return None
    site.out[-1] = previous[: written[0]]
    ex = el("ex", {"resp": "#translator", "cert": DOUBT if match.group("doubt") else None}, match.group("letters"))
    return el("expan", None, previous[written[0]:written[1]], ex)


@renders("ex")
def _completed_letters(element: etree._Element) -> str:
    doubt = "?" if element.get("cert") == DOUBT else ""
    return bracketed(element, content(element) + doubt)
