"""The bracket parser: editorial brackets and quotations as a tree, with their places in the source.

Translators and editors mark their interventions with square brackets.  Brackets nest
(``[... "... [illegible word/name]" ...]``), contain quotations, span lines, come doubled
(``[[illegible letters]]``) and, on pages cut off mid-text, are never closed.  A chain of regular
expressions cannot tell these apart; this module tokenises a stretch of text into brackets,
quotations and plain text and builds a tree of :class:`Node` objects that remember their source
offsets, so every later message can name a line and column.

Quotation marks are only parsed *inside* brackets, where they delimit quoted material in an
editor's description; in running text a quotation mark is ordinary text (the structure stage
handles letters quoted whole).  A quotation that is not closed before its bracket ends stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN, CLOSE = "[", "]"
QUOTE_MARKS = {'"': '"', "\u201c": "\u201d"}
_BRACKETS = re.compile(r"[\[\]]")
_BRACKETS_AND_QUOTES = re.compile('[\\[\\]"\u201c\u201d]')


@dataclass
class Text:
    """A run of source text between brackets: ``source[start:end]``."""

    start: int
    end: int


@dataclass
class Bracket:
    """``[…]`` (or ``[[…]]`` when ``double``) with its parsed content.

    ``end`` is the offset after the closing bracket, or the end of the parsed stretch when the
    bracket was never closed (``closed`` is then false).
    """

    start: int
    end: int
    children: list["Node"] = field(default_factory=list)
    closed: bool = True
    double: bool = False

    @property
    def inner_start(self) -> int:
        return self.start + (2 if self.double else 1)

    @property
    def inner_end(self) -> int:
        if not self.closed:
            return self.end
        return self.end - (2 if self.double else 1)


@dataclass
class Quote:
    """A quotation inside a bracket, its marks at ``start`` and ``end - 1``."""

    start: int
    end: int
    children: list["Node"] = field(default_factory=list)
    mark: str = '"'


Node = Text | Bracket | Quote


@dataclass
class StrayClose:
    """A closing bracket with no opening bracket before it (kept as text, reported)."""

    offset: int


@dataclass
class ParseResult:
    nodes: list[Node]
    stray_closes: list[StrayClose]
    unclosed: list[Bracket]


class _Parser:
    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.pos = start
        self.end = end
        self.stray_closes: list[StrayClose] = []
        self.unclosed: list[Bracket] = []

    def skip_to(self, pattern: re.Pattern[str]) -> None:
        """Move to the next character that matters here (or to the end)."""
        found = pattern.search(self.text, self.pos, self.end)
        self.pos = found.start() if found else self.end

    def parse_top(self) -> list[Node]:
        nodes: list[Node] = []
        text_start = self.pos
        while True:
            self.skip_to(_BRACKETS)
            if self.pos >= self.end:
                break
            if self.text[self.pos] == OPEN:
                _flush(nodes, text_start, self.pos)
                nodes.append(self.parse_bracket())
                text_start = self.pos
            else:
                self.stray_closes.append(StrayClose(self.pos))
                self.pos += 1
        _flush(nodes, text_start, self.pos)
        return _merge_text(nodes)

    def parse_bracket(self) -> Bracket:
        bracket = Bracket(self.pos, self.pos)
        self.pos += 1
        bracket.children, bracket.closed = self.parse_inside(closer=CLOSE)
        bracket.end = self.pos
        if not bracket.closed:
            self.unclosed.append(bracket)
        return _fold_double(bracket)

    def parse_inside(self, closer: str) -> tuple[list[Node], bool]:
        """Parse up to ``closer``; return the children and whether the closer was found."""
        nodes: list[Node] = []
        text_start = self.pos
        while True:
            self.skip_to(_BRACKETS_AND_QUOTES)
            if self.pos >= self.end:
                break
            char = self.text[self.pos]
            if char == closer:
                _flush(nodes, text_start, self.pos)
                self.pos += 1
                return _merge_text(nodes), True
            if char == OPEN:
                _flush(nodes, text_start, self.pos)
                nodes.append(self.parse_bracket())
                text_start = self.pos
            elif char in QUOTE_MARKS and closer == CLOSE:
                quote = self.try_quote(char)
                if quote is None:
                    self.pos += 1
                    continue
                _flush(nodes, text_start, quote.start)
                nodes.append(quote)
                text_start = self.pos
            elif char == CLOSE:
                # A closing bracket inside a quotation ends the bracket around it: the
                # quotation was not closed after all, so give up on it (see try_quote).
                _flush(nodes, text_start, self.pos)
                return _merge_text(nodes), False
            else:
                self.pos += 1
        _flush(nodes, text_start, self.pos)
        return _merge_text(nodes), False

    def try_quote(self, mark: str) -> Quote | None:
        """Parse a quotation starting here, or return None (and rewind) if it is not closed."""
        start = self.pos
        saved_unclosed = len(self.unclosed)
        saved_strays = len(self.stray_closes)
        self.pos += 1
        children, closed = self.parse_inside(closer=QUOTE_MARKS[mark])
        if closed:
            return Quote(start, self.pos, children, mark)
        self.pos = start
        del self.unclosed[saved_unclosed:]
        del self.stray_closes[saved_strays:]
        return None


def _flush(nodes: list[Node], start: int, end: int) -> None:
    if end > start:
        nodes.append(Text(start, end))


def _merge_text(nodes: list[Node]) -> list[Node]:
    merged: list[Node] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text) and merged[-1].end == node.start:
            merged[-1] = Text(merged[-1].start, node.end)
        else:
            merged.append(node)
    return merged


def _fold_double(bracket: Bracket) -> Bracket:
    """``[[x]]``: a bracket whose only content is a bracket directly inside it is doubled."""
    if (
        len(bracket.children) == 1
        and isinstance(inner := bracket.children[0], Bracket)
        and not inner.double
        and inner.start == bracket.start + 1
        and bracket.closed
        and inner.closed
        and inner.end == bracket.end - 1
    ):
        return Bracket(bracket.start, bracket.end, inner.children, True, True)
    return bracket


def parse(text: str, start: int = 0, end: int | None = None) -> ParseResult:
    """Parse ``text[start:end]`` into bracket/quote/text nodes (offsets into ``text``)."""
    parser = _Parser(text, start, len(text) if end is None else end)
    nodes = parser.parse_top()
    return ParseResult(nodes, parser.stray_closes, parser.unclosed)


def bracket_depths(text: str, start: int, end: int) -> list[int]:
    """The bracket depth before each offset in ``text[start:end]`` (for bracket-aware splitting).

    An unclosed bracket keeps its depth to the end of the stretch: a page cut off inside a
    bracket leaves everything after it inside the bracket.
    """
    depths = []
    depth = 0
    for offset in range(start, end):
        depths.append(depth)
        char = text[offset]
        if char == OPEN:
            depth += 1
        elif char == CLOSE and depth > 0:
            depth -= 1
    return depths
