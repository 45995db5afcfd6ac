"""Conventions written without brackets: a pattern in running text and the TEI it becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..context import Context
from ..tei import Mixed


@dataclass(frozen=True)
class TextPattern:
    """``pattern`` found in text becomes what ``build`` makes of the match."""

    name: str
    pattern: str
    build: Callable[[re.Match[str], Context], Mixed | list[Mixed]]
    #: What every match contains: a string (looked for as it is, the fastest way) or an
    #: expression; a text without it is not scanned for the pattern.  Scanning with an
    #: alternation costs at every position of the text, for every alternative; most stretches of
    #: text hold none of the conventions, or only line breaks.  ``None``: always scanned.
    trigger: str | re.Pattern[str] | None = None
    #: What every match opens with, as an expression (``\d``, ``[Ii]``): see
    #: :func:`compile_patterns`.  ``None``: not said.
    opens: str | None = None


def compile_patterns(patterns: tuple[TextPattern, ...]) -> re.Pattern[str]:
    """One alternation with a named group per pattern, tried in the given order.

    The expression engine tries an alternation of groups at every position of the text, entering
    each alternative in turn (it can skip ahead only to a character an expression opens with,
    and an expression opening with a group opens with none).  Where every pattern says what its
    matches open with, the alternation is guarded by a look-ahead for any of those openings, so
    that the positions where none can start are passed over at the cost of one test."""
    alternation = "|".join(f"(?P<{p.name}>{p.pattern})" for p in patterns)
    openings = [p.opens for p in patterns if p.opens is not None]
    if len(openings) == len(patterns):
        alternation = f"(?=(?:{'|'.join(dict.fromkeys(openings))}))(?:{alternation})"
    return re.compile(alternation)
