"""Handwritten annotations: ``[Handwritten across the top of the text: "I agree …"]``.

The annotation's words become an ``<add>`` in another hand, placed where the editor says
(``top``, ``margin``, ``bottom`` …); the editor's description is kept as the annotation's
``<label>``.  Each annotation gets a hand in the header; annotations signed with the same name
(``… Molotov``) share it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..lexicon import is_common_word
from ..rendering import bracketed, content, has_rend, render, renders
from ..tei import append, el
from .base import BracketSite, described, description_end, render_described, text_of

#: Handwriting, a note in the margin (``[Note in margin: approved]``, ``[Marginalia]``), or — with
#: their colon (``[Resolution No. 5 follows]`` is a part of the document, ``delivered [by hand]``
#: words supplied) — a leader's resolution or visa written on the document (``[Resolution: Agree.
#: Stalin]``, ``[Stalin's resolution: …]``, ``[Visa: Molotov]``), words written by hand (``[Written
#: by hand: …]``, ``[In Stalin's hand: …]``, ``[Pencilled note: …]``, ``[Manuscript note: …]``).
_HANDWRITTEN = re.compile(r"\s*(?:hand-?written|(?:note|notation|inscription|annotation)s? (?:in|on) (?:the )?"
                          r"(?:\w+ )?margins?|marginal (?:note|notation|inscription)s?|marginalia"
                          r"|(?:(?:[A-Z][\w-]*['\u2019]s )?(?:resolution|visa)"
                          r"|(?:written |added )?by hand|in (?:[A-Z][\w-]*['\u2019]s )?hand(?:writing)?"
                          r"|(?:manuscript|pencil(?:l)?ed|ink) (?:note|notation|annotation|inscription)s?)(?= ?:))\b",
                          re.IGNORECASE)

#: Words in the editor's description → ``add/@place``, first match wins.
PLACES = (
    ("top", re.compile(r"\btop\b", re.I)),
    ("bottom", re.compile(r"\bbottom\b|\bbelow the text\b", re.I)),
    ("margin", re.compile(r"\bmargins?\b", re.I)),
    ("above", re.compile(r"\babove\b", re.I)),
    ("below", re.compile(r"\bbelow\b", re.I)),
)

_SCRIBE_IN_DESCRIPTION = re.compile(r"\bby ([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)"
                                    r"|\b([A-Z][\w-]+)['\u2019]s (?:hand|handwriting|resolution|visa)\b")
_SIGNATURE_AT_END = re.compile(r"(?:^|[./]\s*)([A-Z][a-z'\u2019-]+)\W*$")


def place_of(description: str) -> str | None:
    for place, pattern in PLACES:
        if pattern.search(description):
            return place
    return None


def scribe_of(description: str, words: str) -> str | None:
    """Who wrote it: named by the editor (``by Molotov``, ``In Stalin's hand``) or signed at the end
    (``… Molotov``; a common word alone, ``Agreed``, says what was decided, not who)."""
    named = _SCRIBE_IN_DESCRIPTION.search(description)
    if named:
        return named.group(1) or named.group(2)
    signed = _SIGNATURE_AT_END.search(words.strip())
    if signed is None or (signed.start() == 0 and is_common_word(signed.group(1))):
        return None
    return signed.group(1)


def annotation(site: BracketSite) -> etree._Element | None:
    if not _HANDWRITTEN.match(site.inner):
        return None
    end = description_end(site)
    description = site.ctx.slice(site.bracket.inner_start, end).strip()
    words = text_of(site.encode_range(end, site.bracket.inner_end))
    if not words.strip() and site.bracket.closed:
        return _labelling(site, description)
    return described(site, "annotation", _addition(site, description, words))


def _addition(site: BracketSite, description: str, words: str) -> etree._Element:
    hand = site.ctx.hand_for(description.rstrip(":"), scribe_of(description, words))
    return el("add", {"xml:id": site.ctx.next_id("add"), "hand": f"#{hand.xml_id}",
                      "place": place_of(description)})


def _labelling(site: BracketSite, description: str) -> etree._Element:
    """``[Handwritten:] Copy A``: the bracket labels the words after it on its line."""
    label = el("label", {"type": "editorial"}, site.inner)
    seg = el("seg", {"type": "annotation", "rend": site.rend(LABEL_ONLY)}, label)
    separator, words = site.take_rest_of_line()
    if words:
        append(seg, [*separator, append(_addition(site, description, text_of(words)), words)])
    return seg


LABEL_ONLY = "label-only"


@renders("seg", lambda e: e.get("type") == "annotation" and has_rend(LABEL_ONLY)(e))
def _label_and_words(element: etree._Element) -> str:
    label = element[0]
    return bracketed(element, content(label)) + (label.tail or "") + "".join(
        render(child) + (child.tail or "") for child in element[1:])


renders("seg", lambda e: e.get("type") == "annotation")(render_described)
