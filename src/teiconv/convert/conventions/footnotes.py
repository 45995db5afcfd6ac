"""Footnotes: a marker in the text whose text the page lists after the document.

The archive's web page prints footnote markers as ``[1]`` and their texts after the document
(``[1] BArch, B 136/59748, 376-385.``).  The note belongs where its marker is: the marker becomes
``<note place="foot" n="1">`` holding the footnote's text, and the list after the document keeps a
pointer to each note (``<ptr type="footnote" target="#fn-1"/>``), so the transcription is written
back with the marker in the text and the footnote's text in its place after it.  A bracket of
digits with no footnote text of that number is left to the other conventions.

A PDF export prints the number of an endnote raised after a word, which a copy sets right after
it (``comprador1 capital``, ``us.3``), and the notes after the text (``1. Intermediary between
…``): the same, with ``place="end"``, where the page found such notes (:mod:`..page`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..context import Context
from ..rendering import content, renders
from ..tei import Mixed, el
from .base import BracketSite
from .patterns import TextPattern


def footnote(site: BracketSite) -> etree._Element | None:
    note = site.ctx.footnotes.get(site.inner.strip())
    if note is None or note.placed or site.bracket.double or not site.bracket.closed:
        return None
    note.placed = True
    return el("note", {"place": "foot", "n": note.n, "xml:id": note.xml_id}, *note.content)


#: What may stand between a word and a note's number set after it (``us.3``).
_CLOSING = frozenset(".,;:!?\u201d\u2019\")")


def after_word(text: str, position: int) -> bool:
    """Whether a number at ``position`` is set right after a word (``comprador1``) or after the
    punctuation that ends one (``us.3``)."""
    before = text[position - 1:position]
    if before in _CLOSING:
        before = text[position - 2:position - 1]
    return before.isalpha()


@lru_cache(maxsize=64)
def number_pattern(number: str) -> re.Pattern[str]:
    """The number ``number`` standing alone on its right (``1`` in ``comprador1 capital``, not
    in ``1952``); what stands on its left is for :func:`after_word` to say.  The expression opens
    with the digits, which the expression engine jumps to."""
    return re.compile(rf"{number}(?!\w)")


def endnote(match: re.Match[str], ctx: Context) -> Mixed:
    """A number after a word: its endnote, if the page lists a note of that number not yet
    placed (else the number, as it stands)."""
    note = ctx.footnotes.get(match.group())
    if note is None or note.placed or note.place != "end" or not after_word(match.string, match.start()):
        return match.group()
    note.placed = True
    return el("note", {"place": "end", "n": note.n, "xml:id": note.xml_id}, *note.content)


ENDNOTE = TextPattern("endnote", r"\d{1,2}(?!\w)", endnote,
                      trigger=re.compile(r"[^\W\d_][.,;:!?\u201d\u2019\")]?\d"), opens=r"\d")


def pointer(n: str, xml_id: str) -> etree._Element:
    """The place of a footnote's text in the list after the document."""
    return el("ptr", {"type": "footnote", "n": n, "target": f"#{xml_id}"})


@renders("note", lambda e: e.get("place") == "foot")
def _marker(element: etree._Element) -> str:
    return f"[{element.get('n')}]"


@renders("note", lambda e: e.get("place") == "end")
def _endnote_number(element: etree._Element) -> str:
    return element.get("n")


@renders("ptr", lambda e: e.get("type") == "footnote")
def _footnote_text(element: etree._Element) -> str:
    target = element.get("target", "").lstrip("#")
    notes = element.getroottree().xpath("//*[@xml:id = $id]", id=target)
    if notes and notes[0].get("place") == "end":
        return f"\n{element.get('n')}. {content(notes[0])}\n"
    return f"\n[{element.get('n')}] {content(notes[0]) if notes else ''}\n"
