"""The state one conversion carries: the source, where things are in it, ids, hands, messages.

Stages receive a :class:`Context` instead of globals, so converting many files in one process (or
in parallel) never mixes their ids, hands or diagnostics.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, Severity

_NEWLINE = re.compile("\n")


class Locator:
    """Turns offsets into 1-based line and column numbers.

    The line starts are found on the first message, not before (many documents have none), and
    by the regular expression engine, not character by character in Python."""

    def __init__(self, text: str):
        self._text = text
        self._line_starts: list[int] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [match.end() for match in _NEWLINE.finditer(self._text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass
class Hand:
    """A hand other than the typist's, as the transcription reveals it."""

    xml_id: str
    description: str
    scribe: str | None = None


@dataclass
class Footnote:
    """A note's text, listed after the document, to be placed at its marker: ``[n]`` on the web
    page (``place`` "foot"), a number set after a word in a PDF export (``comprador1``: "end")."""

    n: str
    xml_id: str
    content: list = field(default_factory=list)
    placed: bool = False
    place: str = "foot"


@dataclass
class Context:
    """Everything a conversion needs to know besides the node at hand."""

    text: str
    name: str
    original_language: str = "ru-Latn"
    year: int | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    hands: list[Hand] = field(default_factory=list)
    #: Footnote texts listed after the document, by number, encoded (see conventions.footnotes).
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.locator = Locator(self.text)

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def report(self, offset: int, severity: Severity, rule: str, message: str) -> None:
        line, column = self.locator.position(offset)
        self.diagnostics.append(Diagnostic(self.name, line, column, severity, rule, message))

    def warn(self, offset: int, rule: str, message: str) -> None:
        self.report(offset, Severity.WARNING, rule, message)

    def next_id(self, prefix: str) -> str:
        """Deterministic ids in document order: ``add-1``, ``add-2``, ``note-1`` …"""
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}-{self._counters[prefix]}"

    def hand_for(self, description: str, scribe: str | None) -> Hand:
        """The hand of an annotation: one per named scribe, else one per annotation."""
        for hand in self.hands:
            if scribe and hand.scribe == scribe:
                return hand
        hand = Hand(self.next_id("hand"), description, scribe)
        self.hands.append(hand)
        return hand
