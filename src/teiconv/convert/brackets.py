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

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterator

OPEN, CLOSE = "[", "]"
QUOTE_MARKS = {'"': '"', "\u201c": "\u201d"}
_QUOTES = re.compile('["\u201c\u201d]')


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


#: A bracket's span: where it opens, where it ends, whether it was closed.
Span = tuple[int, int, bool]

#: Brackets nested deeper than this are kept as text: real editions nest two or three deep, and
#: the TEI written for each level must stay within what XML tools (Saxon) accept.
MAX_DEPTH = 12


@dataclass
class ParseResult:
    nodes: list[Node]
    stray_closes: list[StrayClose]
    unclosed: list[Bracket]
    #: Offsets of opening brackets nested deeper than :data:`MAX_DEPTH` (kept as text).
    too_deep: list[int] = field(default_factory=list)


def _pair(text: str, start: int, end: int) -> tuple[list[Span], list[int]]:
    """Pair the brackets of ``text[start:end]``: ``(open, end, closed)`` spans and stray closes.

    Each ``]`` closes the nearest open ``[`` (the balanced reading of nested brackets).  A ``[``
    never closed ends with its line when words follow it there (``[handwritten: coordinate
    [[in SChS]]`` does not swallow the letter after it); one whose line ends after it or after a
    description's colon (a page cut off after ``[handwritten:``) runs to the end of the stretch,
    or of the closed bracket around it.  Spans never cross: an unclosed bracket ends before a
    bracket that would straddle its end.  Linear in the text but for sorting, whatever its brackets.
    """
    closed: list[Span] = []
    strays: list[int] = []
    stack: list[int] = []
    for offset, mark in _brackets(text, start, end):
        if mark == OPEN:
            stack.append(offset)
        elif stack:
            closed.append((stack.pop(), offset + 1, True))
        else:
            strays.append(offset)
    closed.sort()
    return closed + _unclosed_spans(text, start, end, closed, stack), strays


def _brackets(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The brackets of ``text[start:end]`` in order: (offset, ``[`` or ``]``).  Found with
    ``str.find``, which jumps to the next of one character several times faster than an
    expression engine tests a class at every character (the stretch is often a whole body)."""
    opening, closing = text.find(OPEN, start, end), text.find(CLOSE, start, end)
    while opening >= 0 or closing >= 0:
        if closing < 0 or 0 <= opening < closing:
            yield opening, OPEN
            opening = text.find(OPEN, opening + 1, end)
        else:
            yield closing, CLOSE
            closing = text.find(CLOSE, closing + 1, end)


def _unclosed_spans(text: str, start: int, end: int, closed: list[Span], openings: list[int]) -> list[Span]:
    """Where each opening bracket never closed ends (see :func:`_pair`)."""
    if not openings:
        return []
    lines = _Lines(text, start, end, closed)
    limits = _enclosing_limits(closed, openings, end)
    #: line → the first unclosed bracket on it that runs past the line's end
    runners: dict[int, int] = {}
    spans: list[Span] = []
    for opening in reversed(openings):  # innermost first
        limit = limits[opening]
        line = lines.index(opening)
        line_end = lines.end(line)
        if line_end < limit and lines.words_after(line, opening):
            stop = min(line_end, lines.first_crosser_after(line, opening), runners.get(line, line_end))
        else:
            stop = limit
            if stop > line_end:
                runners[line] = opening
        spans.append((opening, stop, False))
    return spans


class _Lines:
    """The lines of a stretch of text: where they end, their last words, the brackets crossing them."""

    def __init__(self, text: str, start: int, end: int, closed: list[Span]):
        self.text = text
        self.stretch_end = end
        self.newlines = [m.start() for m in re.finditer("\n", text[start:end])]
        self.newlines = [start + offset for offset in self.newlines]
        self._last_character: dict[int, int] = {}
        #: line → starts of the closed brackets that open on it and close on a later line
        self.crossers: dict[int, list[int]] = {}
        for span_start, span_end, _ in closed:
            line = self.index(span_start)
            if span_end > self.end(line):
                self.crossers.setdefault(line, []).append(span_start)

    def index(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset)

    def end(self, line: int) -> int:
        return self.newlines[line] if line < len(self.newlines) else self.stretch_end

    def words_after(self, line: int, offset: int) -> bool:
        """Something follows ``offset`` on its line, and it does not end with a colon."""
        if line not in self._last_character:
            begin = self.newlines[line - 1] + 1 if line else 0
            self._last_character[line] = begin + len(self.text[begin:self.end(line)].rstrip()) - 1
        last = self._last_character[line]
        return last > offset and self.text[last] != ":"

    def first_crosser_after(self, line: int, offset: int) -> int:
        """The first closed bracket opening after ``offset`` on its line and closing on a later one."""
        starts = self.crossers.get(line, [])
        position = bisect.bisect_right(starts, offset)
        return starts[position] if position < len(starts) else self.stretch_end


def _enclosing_limits(closed: list[Span], openings: list[int], end: int) -> dict[int, int]:
    """For each opening, where the innermost closed bracket around it closes (or the stretch ends)."""
    limits: dict[int, int] = {}
    around: list[Span] = []
    index = 0
    for opening in sorted(openings):
        while index < len(closed) and closed[index][0] < opening:
            while around and around[-1][1] <= closed[index][0]:
                around.pop()
            around.append(closed[index])
            index += 1
        while around and around[-1][1] - 1 <= opening:
            around.pop()
        limits[opening] = around[-1][1] - 1 if around else end
    return limits


def _tree(text: str, spans: list[Span], start: int, end: int) -> tuple[list[Node], list[Bracket], list[int]]:
    """Nest the bracket spans (without recursion), fill the text between them, fold doubles."""
    top: list[Node] = []
    unclosed: list[Bracket] = []
    too_deep: list[int] = []
    stack: list[Bracket] = []
    every: list[Bracket] = []
    for span_start, span_end, closed in sorted(spans, key=lambda s: (s[0], -s[1])):
        while stack and stack[-1].end <= span_start:
            stack.pop()
        if len(stack) >= MAX_DEPTH:
            too_deep.append(span_start)
            continue
        bracket = Bracket(span_start, span_end, closed=closed)
        (stack[-1].children if stack else top).append(bracket)
        stack.append(bracket)
        every.append(bracket)
        if not closed:
            unclosed.append(bracket)
    for bracket in every:
        bracket.children = _with_text(bracket.children, bracket.start + 1, bracket.inner_end)
    for bracket in reversed(every):  # innermost first, so [[[x]]] folds from inside
        _fold_double(bracket)
        bracket.children = _quotations(text, bracket.children)
    return _with_text(top, start, end), unclosed, too_deep


def _with_text(brackets: list[Node], start: int, end: int) -> list[Node]:
    """Children in order, with the text between them."""
    nodes: list[Node] = []
    position = start
    for child in brackets:
        _flush(nodes, position, child.start)
        nodes.append(child)
        position = child.end
    _flush(nodes, position, end)
    return nodes


def _flush(nodes: list[Node], start: int, end: int) -> None:
    if end > start:
        nodes.append(Text(start, end))


def _fold_double(bracket: Bracket) -> None:
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
        bracket.children, bracket.double = inner.children, True


def _quotations(text: str, children: list[Node]) -> list[Node]:
    """Quotations inside a bracket: a mark and its closing mark at the bracket's own level.

    Brackets between the marks belong to the quotation; a mark never closed is text.
    """
    marks: list[int] = []
    for child in children:
        if isinstance(child, Text):
            marks.extend(m.start() for m in _QUOTES.finditer(text, child.start, child.end))
    pairs = _quotation_pairs(text, marks)
    if not pairs:
        return children
    cuts = sorted(offset for s, e in pairs for offset in (s, s + 1, e - 1, e))
    pieces: list[Node] = []
    for child in children:
        pieces.extend(_cut_text(child, cuts) if isinstance(child, Text) else [child])
    nodes: list[Node] = []
    pair = iter(pairs)
    quote: Quote | None = None
    current = next(pair, None)
    for piece in pieces:
        while current is not None and piece.start >= current[1]:
            current = next(pair, None)
        if current is None or piece.end <= current[0]:
            nodes.append(piece)
            continue
        if quote is None or quote.start != current[0]:
            quote = Quote(current[0], current[1], mark=text[current[0]])
            nodes.append(quote)
        if current[0] < piece.start and piece.end < current[1]:
            quote.children.append(piece)
    for node in nodes:
        if isinstance(node, Quote):
            node.children = _merge_text(node.children)
    return _merge_text(nodes)


def _quotation_pairs(text: str, marks: list[int]) -> list[tuple[int, int]]:
    """Each opening mark with the next closing mark of its kind; an opening never closed is text."""
    following: list[dict[str, int]] = [{}] * (len(marks) + 1)
    for index in range(len(marks) - 1, -1, -1):
        following[index] = {**following[index + 1], text[marks[index]]: index}
    pairs: list[tuple[int, int]] = []
    index = 0
    while index < len(marks):
        closer = QUOTE_MARKS.get(text[marks[index]])
        match = following[index + 1].get(closer) if closer else None
        if match is None:
            index += 1
            continue
        pairs.append((marks[index], marks[match] + 1))
        index = match + 1
    return pairs


def _cut_text(node: Text, cuts: list[int]) -> list[Node]:
    """A text node cut at the quotation marks inside it (each mark its own piece)."""
    inside = cuts[bisect.bisect_right(cuts, node.start): bisect.bisect_left(cuts, node.end)]
    bounds = [node.start, *inside, node.end]
    return [Text(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _merge_text(nodes: list[Node]) -> list[Node]:
    merged: list[Node] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text) and merged[-1].end == node.start:
            merged[-1] = Text(merged[-1].start, node.end)
        else:
            merged.append(node)
    return merged


def parse(text: str, start: int = 0, end: int | None = None) -> ParseResult:
    """Parse ``text[start:end]`` into bracket/quote/text nodes (offsets into ``text``)."""
    end = len(text) if end is None else end
    if text.find(OPEN, start, end) < 0 and text.find(CLOSE, start, end) < 0:
        return ParseResult([Text(start, end)] if end > start else [], [], [])  # most lines: text only
    spans, strays = _pair(text, start, end)
    nodes, unclosed, too_deep = _tree(text, spans, start, end)
    return ParseResult(nodes, [StrayClose(offset) for offset in strays], unclosed, too_deep)


def line_breaks_in_brackets(text: str, start: int, end: int) -> set[int]:
    """The offsets of the line breaks of ``text[start:end]`` that fall inside a bracket, read as
    :func:`parse` reads them: a block of text must not end there (a bracket spanning lines stays
    whole, an unclosed one ends with its line)."""
    inside: set[int] = set()
    reached = start
    for span_start, span_end, _ in sorted(_pair(text, start, end)[0]):
        position = max(span_start, reached)
        while (newline := text.find("\n", position, span_end)) >= 0:
            inside.add(newline)
            position = newline + 1
        reached = max(reached, span_end)
    return inside
