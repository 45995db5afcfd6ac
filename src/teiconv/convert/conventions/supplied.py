"""Text the translator supplied: ``[needs to be]``, ``[their]``, ``[Ehsanullah]``, ``[W]ith``.

Short English (or a name) in brackets, with nothing else inside, is text the translation needed
and the original does not have; letters in brackets at the start of a word were restored.  Both
are ``<supplied resp="#translator">``.  A question mark closing the words (``[return?]``) makes
them the translator's conjecture: ``cert="low"``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..lexicon import is_acronym, is_english, words
from ..rendering import bracketed, content, renders
from ..tei import el
from .base import BracketSite, capitalised_word_follows

#: Supplied text is short; longer brackets are descriptions ...
MAX_WORDS = 5
#: ... except a title or an institution's name supplied before or within a name.
MAX_TITLE_WORDS = 10
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
#: ``[return?]``: words, then the translator's question mark.
_CONJECTURE = re.compile(r"(.*\w)\?", re.DOTALL)
DOUBT = "low"
#: Punctuation the sentence needs: ``Ningxia[.]``, ``["]``.
_PUNCTUATION = re.compile(r"[.,;:!?\"'\u201c\u201d\u2018\u2019()\-]{1,3}")


def restored_letters(site: BracketSite) -> etree._Element | None:
    """``[W]ith``: letters in brackets joined to the letters after them (a word's start restored).

    Letters joined to the letters *before* them complete an abbreviation (:mod:`.expansions`).
    """
    after = site.ctx.slice(site.bracket.end, site.bracket.end + 1)
    if not after.isalpha() or not site.inner.isalpha() or not site.bracket.closed:
        return None
    return el("supplied", {"resp": "#translator", "reason": "restored", "rend": site.rend()}, site.inner)


def supplied(site: BracketSite) -> etree._Element | None:
    if not site.plain:
        return None
    if _PUNCTUATION.fullmatch(site.inner):
        return el("supplied", {"resp": "#translator", "rend": site.rend()}, site.inner)
    conjecture = _CONJECTURE.fullmatch(site.inner)
    text = conjecture.group(1) if conjecture else site.inner
    found = words(text)
    longest = MAX_TITLE_WORDS if _titles_a_name(site) else MAX_WORDS
    if not found or len(found) > longest or not all(is_english(w) or is_acronym(w) for w in found):
        return None
    return el("supplied", {"resp": "#translator", "cert": DOUBT if conjecture else None, "rend": site.rend()}, text)


def _titles_a_name(site: BracketSite) -> bool:
    """``[former CCP CC Politburo member] Bo Gu``, ``Northeast [Bureau of the … Party]``: words
    supplied before a name, or continuing one, may be a longer title."""
    before = site.ctx.slice(max(0, site.bracket.start - 40), site.bracket.start)
    continues = bool(_CAPITALISED_WORD_BEFORE.search(before)) and site.inner[:1].isupper()
    return capitalised_word_follows(site) or continues


@renders("supplied")
def _supplied(element: etree._Element) -> str:
    return bracketed(element, content(element) + ("?" if element.get("cert") == DOUBT else ""))
