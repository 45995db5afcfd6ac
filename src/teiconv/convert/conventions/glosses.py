"""Words explained in brackets: abbreviations, glosses, and original-language terms.

- ``IKKI [Executive Committee of the Communist International]`` — an acronym and its expansion:
  ``<choice><abbr>IKKI</abbr><expan>…</expan></choice>``;
- ``fedai [militia]`` — a foreign term and its English gloss: ``<term>`` then ``<gloss>``;
- ``customs cordons [kordony]`` — the original-language word behind a translation: the
  translator's gloss on their own word, ``<gloss><foreign xml:lang="ru-Latn">kordony</foreign></gloss>``.

Which is which is decided by the words themselves (:mod:`teiconv.convert.lexicon`): an acronym before
English words is an abbreviation; a foreign word before English words is a glossed term; foreign
words after English text are the original's term.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from lxml import etree

from ..lexicon import FOREIGN_BELOW, frequency, is_acronym, is_cyrillic, is_english, is_foreign_term, last_word, words
from ..rendering import bracketed, content, renders
from ..tei import append, el, local
from .base import BracketSite, take_host_word, text_of

#: A short capitalised word and its full stop: ``Cde.``, ``Gen.``, ``Dept.``.
_ABBREVIATED = re.compile(r"[A-Z][a-z]{1,3}\.")
#: At most this many words make a gloss or a term (longer brackets are descriptions).
MAX_WORDS = 8
#: A transliterated cognate spells at least this much like its translation (kordony/cordons).
COGNATE = 0.6


def _plain(site: BracketSite) -> bool:
    return site.plain and site.bracket.closed


@lru_cache(maxsize=4096)
def _english(text: str) -> bool:
    """A few English words (remembered: an abbreviation's and a gloss's convention both ask)."""
    found = words(text)
    return bool(found) and len(found) <= MAX_WORDS and all(is_english(w) for w in found)


def _host_if(site: BracketSite, accept) -> list | None:
    """Take the host word if ``accept(its text)``; leave the content untouched otherwise."""
    text = site.host_text
    if text is None or not accept(text):
        return None
    return take_host_word(site.out)


def _separator(site: BracketSite) -> str:
    """The white space between a host word and its bracket, as the source has it."""
    text, end = site.ctx.text, site.bracket.start
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return text[start:end] or " "


def abbreviation(site: BracketSite) -> etree._Element | None:
    """``IKKI [Executive Committee …]``; one word only when it starts as the acronym does
    (``GMD [Guomindang]``); ``Cde. [Comrade]``, ``Dept. [Department]``: a short capitalised word
    with its full stop, spelled out from its first letter.  Words in small letters are not an
    expansion (``CC [of the] VKP(b)``: supplied)."""
    inner = site.inner.strip()
    if not _plain(site) or not _english(inner) or not inner[:1].isupper():
        return None
    one_word = len(words(inner)) < 2
    host = _host_if(site, lambda text: (is_acronym(text) and (not one_word or text[:1] == inner[:1]))
                    or (_ABBREVIATED.fullmatch(text) is not None and text[:1] == inner[:1]))
    if host is None:
        return None
    expan = el("expan", {"resp": "#translator"}, site.inner)
    return el("choice", {"rend": site.rend()}, append(el("abbr"), host), expan)


def gloss(site: BracketSite) -> list | None:
    if not _plain(site) or not _english(site.inner):
        return None
    host = _host_if(site, lambda text: bool(words(text)) and all(is_foreign_term(w) for w in words(text)))
    if host is None:
        return None
    term = append(el("term", {"xml:lang": site.ctx.original_language}), host)
    return [term, _separator(site), el("gloss", {"resp": "#translator", "rend": site.rend()}, site.inner)]


def original_term(site: BracketSite) -> etree._Element | None:
    found = words(site.inner)
    if not _plain(site) or not found or len(found) > MAX_WORDS:
        return None
    if not (all(is_foreign_term(w) for w in found) or _cognate(site, found)):
        return None
    if not _after_words(site.out):
        return None
    foreign = el("foreign", {"xml:lang": _language(site)}, site.inner)
    return el("gloss", {"resp": "#translator", "rend": site.rend()}, foreign)


def _cognate(site: BracketSite, found: list[str]) -> bool:
    """``cooperatives [Kooperatsiya]``: one word English does not use, capitalised or not, that
    spells like the lower-case translation before it (a transliterated cognate; after a name it
    is another form of the name: :mod:`.names`)."""
    if len(found) != 1 or frequency(found[0].lower()) >= FOREIGN_BELOW:
        return False  # asked first: the text before the bracket is not needed to say no
    before = last_word(text_of(site.out[-3:]))
    if not before or not before.islower():
        return False
    return SequenceMatcher(None, before.lower(), found[0].lower()).ratio() >= COGNATE


def _after_words(out: list) -> bool:
    """The bracket follows words of the text, after a space or a line break."""
    previous = out[-1] if out else None
    if isinstance(previous, etree._Element) and local(previous) == "lb":
        return len(out) >= 2 and isinstance(out[-2], str) and bool(out[-2].strip())
    return isinstance(previous, str) and previous[-1:].isspace() and bool(previous.strip())


def _language(site: BracketSite) -> str:
    """The original's language, transliterated (``ru-Latn``) unless written in its own script."""
    if is_cyrillic(site.inner):
        return site.ctx.original_language.removesuffix("-Latn")
    return site.ctx.original_language


@renders("choice", lambda e: [local(c) for c in e] == ["abbr", "expan"])
def _abbreviation(element: etree._Element) -> str:
    abbr, expan = element
    return f"{content(abbr)} " + bracketed(element, content(expan))


@renders("gloss")
def _gloss(element: etree._Element) -> str:
    return bracketed(element, content(element))
