"""Gaps: what the transcription could not give.

- ``[illegible word/name]``, ``[[illegible letters]]`` — an editor's note of illegible text:
  ``<gap reason="illegible">`` with the editor's words as ``<desc>`` and the unit they name;
- ``Illegible signature`` written without brackets — the same, ``rend="bare"``;
- ``????`` — illegible characters, one per question mark;
- ``[...]`` / ``[…]`` — an omission: ``<gap reason="omitted">``;
- ``□□□`` — glyphs the export could not render: ``<gap reason="unrendered" unit="chars">``
  with their count, so the number of lost glyphs is kept.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, has_rend, renders
from ..tei import el
from ..brackets import Text
from .base import BracketSite
from .patterns import TextPattern

UNRENDERED_GLYPH = "\u25a1"

_ILLEGIBLE = re.compile(r"\s*illegible\b", re.IGNORECASE)
_OMISSION = re.compile(r"\.\.\.|\u2026")
_UNITS = (
    ("chars", re.compile(r"\b(letters?|characters?|chars?)\b", re.I)),
    ("words", re.compile(r"\bwords?\b", re.I)),
    ("lines", re.compile(r"\blines?\b", re.I)),
)


def unit_of(description: str) -> str | None:
    for unit, pattern in _UNITS:
        if pattern.search(description):
            return unit
    return None


def illegible_gap(description: str, rend: str | None) -> etree._Element:
    return el("gap", {"reason": "illegible", "unit": unit_of(description), "rend": rend},
              el("desc", None, description))


def illegible(site: BracketSite) -> etree._Element | None:
    plain = len(site.children) == 1 and isinstance(site.children[0], Text)
    if not plain or not _ILLEGIBLE.match(site.inner):
        return None
    return illegible_gap(site.inner, site.rend())


def omission(site: BracketSite) -> etree._Element | None:
    if not _OMISSION.fullmatch(site.inner):
        return None
    return el("gap", {"reason": "omitted", "rend": site.rend()}, el("desc", None, site.inner))


UNRENDERED = TextPattern(
    "unrendered", f"{UNRENDERED_GLYPH}+",
    lambda match, ctx: el("gap", {"reason": "unrendered", "unit": "chars",
                                  "quantity": str(len(match.group()))}),
)
QUESTION_MARKS = TextPattern(
    "question_marks", r"\?{2,}",
    lambda match, ctx: el("gap", {"reason": "illegible", "unit": "chars",
                                  "quantity": str(len(match.group()))}),
)
ILLEGIBLE_SIGNATURE = TextPattern(
    "illegible_signature", r"\b[Ii]llegible signatures?\b",
    lambda match, ctx: illegible_gap(match.group(), "bare"),
)


@renders("gap")
def _gap(element: etree._Element) -> str:
    desc = element.find("{*}desc")
    if desc is None:
        glyph = UNRENDERED_GLYPH if element.get("reason") == "unrendered" else "?"
        return glyph * int(element.get("quantity", "1"))
    text = desc.text or ""
    if has_rend("bare")(element):
        return text
    return bracketed(element, text)
