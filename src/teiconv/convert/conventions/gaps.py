"""Gaps: what the transcription could not give.

- ``[illegible word/name]``, ``[[illegible letters]]`` — an editor's note of illegible text:
  ``<gap reason="illegible">`` with the editor's words as ``<desc>`` and the unit they name;
- ``Illegible signature`` written without brackets — the same, ``rend="bare"``;
- ``????`` — illegible characters, one per question mark;
- ``[...]`` / ``[…]`` / ``[…redacted]`` — an omission: ``<gap reason="omitted">`` (``redacted``:
  withheld when the document was declassified);
- ``on [date] in Moscow``, ``No. [number]`` — a placeholder: the kind of words the original has
  here, named instead of given: ``<gap reason="untranscribed">`` with the word as ``<desc>``;
- ``[one word missing]``, ``[one line missing]``, ``[one or two words unclear]``, ``[first page
  missing]``, ``[redacted]``, ``[not translated]`` — text the source lacks, could not read, or
  withheld, or the translator left out, described by its extent: ``reason`` (lost, illegible,
  redacted, omitted), ``unit``, and how much (``quantity``, or ``atLeast``/``atMost`` for "one or
  two");
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

_ILLEGIBLE = re.compile(r"\s*illeg(?:ible\b|\.)", re.IGNORECASE)
_OMISSION = re.compile(r"(?:(?:\. ?){2}\.|\u2026)\s*(?P<redacted>redacted)?", re.IGNORECASE)
_UNITS = (
    ("chars", re.compile(r"\b(letters?|characters?|chars?)\b", re.I)),
    ("words", re.compile(r"\bwords?\b", re.I)),
    ("lines", re.compile(r"\blines?\b", re.I)),
    ("pages", re.compile(r"\bpages?\b", re.I)),
)
_NUMBERS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER = r"(?:\d+|" + "|".join(_NUMBERS) + r"|an?|several|a few)"
#: What became of the text → ``gap/@reason``.
REASONS = (
    ("illegible", r"unclear|illegible|not legible|unreadable|indecipherable|unintelligible|indistinct"),
    ("inaudible", r"inaudible|not audible"),
    ("lost", r"missing|lost|cut off|torn(?: off)?|damaged|not preserved|faded|breaks off|broken off"),
    ("omitted", r"omitted|left out|not translated|untranslated"),
    ("redacted", r"redacted|withheld|sanitized|not declassified|excised"),
)
_REASON_WORDS = "|".join(words for _, words in REASONS)
#: What the gap is of: a unit of text, a kind of word (``date``, ``place name``), a part of the
#: document (``rest of the sentence``, ``the original``).
_UNIT_WORDS = (r"(?:the )?(?:(?:first|last|next|following|preceding|remaining) )?"
               r"(?:(?:rest|remainder)(?: of)?(?: the)? )?"
               r"(?:letters?|characters?|words?|lines?|pages?|text|passages?|parts?|sentences?|paragraphs?"
               r"|(?:place |family |first |personal )?(?:names?|surnames?)|numbers?|figures?|digits?|signatures?"
               r"|dates?|years?|months?|days?|times?|sums?|amounts?|original|document|rest|remainder)"
               r"(?: of (?:the )?(?:text|document|original|letter|report|telegram|cable|record))?")
#: ``one word missing``, ``one or two words unclear``, ``text missing``, ``unclear``, ``missing text``,
#: ``line missing in the original``, ``the original is damaged here``.
_DESCRIBED_GAP = re.compile(
    rf"(?:(?:(?P<least>{_NUMBER})(?: (?:or|to|-) (?P<most>{_NUMBER}))? )?"
    rf"(?:(?P<unit>{_UNIT_WORDS}) (?:(?:is|are) )?)?(?P<reason>{_REASON_WORDS})"
    rf"|(?P<reason_first>{_REASON_WORDS}) (?P<unit_after>{_UNIT_WORDS}))"
    r"(?: in the (?:original|text|document)| here)?",
    re.IGNORECASE,
)


#: A kind of words alone in brackets, in small letters: a placeholder (:func:`placeholder`).
_PLACEHOLDER = re.compile(r"date|time|number|name|surname|sum|amount|figure|address")
#: Where a placeholder stands: after a preposition or ``No.``, or where a line or a clause begins.
_SLOT_BEFORE = re.compile(r"(?:^|[\n(,:]|\b(?i:on|at|by|from|until|till|to|dated|of|for|No\.?)|\u2116)[ \t]*$")
#: Enough of the text before a bracket for the longest of them and its space.
SLOT_MAX_CHARS = 8


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
    match = _OMISSION.fullmatch(site.inner)
    if not match:
        return None
    reason = "redacted" if match.group("redacted") else "omitted"
    return el("gap", {"reason": reason, "rend": site.rend()}, el("desc", None, site.inner))


def described(site: BracketSite) -> etree._Element | None:
    """``[one word missing]``: a gap the editor describes by its extent and cause."""
    match = _DESCRIBED_GAP.fullmatch(site.inner.strip())
    if not match or not site.plain:
        return None
    cause = match.group("reason") or match.group("reason_first")
    reason = next(name for name, words in REASONS if re.fullmatch(words, cause, re.I))
    least, most = _count(match.group("least")), _count(match.group("most"))
    unit = unit_of(match.group("unit") or match.group("unit_after") or "")
    if unit is None:  # "two paragraphs": a count of what TEI has no unit for stays in the description
        least = most = None
    extent = {"quantity": least} if most is None else {"atLeast": least, "atMost": most}
    return el("gap", {"reason": reason, "unit": unit, **extent, "rend": site.rend()}, el("desc", None, site.inner))


def placeholder(site: BracketSite) -> etree._Element | None:
    """``on [date] in Moscow``, ``No. [number]``: the kind of words that stand here in the original,
    which the translation names instead of giving them — where such words stand: after a
    preposition or ``No.``, or at the start of a line or a clause.  After another word (``at the
    same [time]``, ``for a long [time]``), or before ``of`` (``to [number] of``), it is a word the
    translator supplied."""
    if not _PLACEHOLDER.fullmatch(site.inner) or site.ctx.text.startswith(" of ", site.bracket.end):
        return None
    before = site.out[-1] if site.out and isinstance(site.out[-1], str) else "" if site.out else "\n"
    if not _SLOT_BEFORE.search(before[-SLOT_MAX_CHARS:]):
        return None
    return el("gap", {"reason": "untranscribed", "rend": site.rend()}, el("desc", None, site.inner))


def _count(word: str | None) -> str | None:
    """``one`` → ``"1"``; vague amounts (``several``) and none → None."""
    if word is None:
        return None
    if word.isdigit():
        return str(int(word)) if int(word) > 0 else None
    value = _NUMBERS.get(word.lower()) or (1 if word.lower() in ("a", "an") else None)
    return str(value) if value else None


UNRENDERED = TextPattern(
    "unrendered", f"{UNRENDERED_GLYPH}+",
    lambda match, ctx: el("gap", {"reason": "unrendered", "unit": "chars",
                                  "quantity": str(len(match.group()))}),
    UNRENDERED_GLYPH, opens=UNRENDERED_GLYPH,
)
QUESTION_MARKS = TextPattern(
    "question_marks", r"\?{2,}",
    lambda match, ctx: el("gap", {"reason": "illegible", "unit": "chars",
                                  "quantity": str(len(match.group()))}),
    "??", opens=r"\?",
)
ILLEGIBLE_SIGNATURE = TextPattern(
    "illegible_signature", r"\b[Ii]llegible signatures?\b",
    lambda match, ctx: illegible_gap(match.group(), "bare"),
    "llegible signature", opens="[Ii]",
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
