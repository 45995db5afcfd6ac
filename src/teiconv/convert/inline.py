"""Inline encoding: a parsed stretch of text becomes TEI mixed content.

Text runs are scanned for the conventions written without brackets (and, in routing lines, for
dates and numbers); line breaks become ``<lb/>``; quotations inside brackets become ``<q>``;
each bracket is offered to the conventions in order (:data:`teiconv.convert.conventions.BRACKET_CONVENTIONS`)
and the first that recognises it encodes it.
"""

from __future__ import annotations

import re

from .brackets import MAX_DEPTH, Bracket, Node, Quote, Text, parse
from .context import Context
from .conventions import BRACKET_CONVENTIONS, ENDNOTE_PATTERNS, ROUTING_PATTERNS, TEXT_PATTERNS, BracketSite
from .conventions.patterns import TextPattern, compile_patterns
from .tei import Mixed, el

#: A line break, with the Markdown hard-break spaces before it (decoration, not text).
_LINE_BREAK = TextPattern("line_break", r"[ \t]*\n", lambda match, ctx: el("lb"), "\n", opens=r"[ \t]*\n")
#: A web address, with or without the Markdown autolink's angle brackets (decoration).
_LINK = TextPattern(
    "link", r"<?(?P<url>https?://[^\s<>]+[^\s<>.,;:)])>?",
    lambda match, ctx: el("ref", {"target": match.group("url")}, match.group("url")),
    "://", opens="[<h]",
)


class _Scanners:
    """The patterns of one kind of text (running text, routing lines) and the expressions that
    scan for some of them: a text is scanned for the patterns whose trigger it holds.  Each
    distinct trigger is looked for once (the routing patterns share one), and the expression for
    each combination of triggers found is made once."""

    def __init__(self, patterns: tuple[TextPattern, ...]):
        self.patterns = patterns
        self.triggers = tuple(dict.fromkeys(p.trigger for p in patterns if p.trigger is not None))
        self._by_found: dict[int, re.Pattern[str] | None] = {}

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The expression for the patterns ``text`` may hold; None if it holds none."""
        found = 0
        for bit, trigger in enumerate(self.triggers):
            if trigger in text if isinstance(trigger, str) else trigger.search(text) is not None:
                found |= 1 << bit
        try:
            return self._by_found[found]
        except KeyError:
            scanner = self._by_found[found] = self._scanner(found)
            return scanner

    def _scanner(self, found: int) -> re.Pattern[str] | None:
        present = {trigger for bit, trigger in enumerate(self.triggers) if found >> bit & 1}
        patterns = tuple(p for p in self.patterns if p.trigger is None or p.trigger in present)
        return compile_patterns(patterns) if patterns else None


#: The patterns of running text, and of routing lines, in the order they are tried, by (routing
#: line?, endnotes?): a document's text is scanned for endnotes' numbers only where the page lists
#: endnotes after it (most list none, and a number after a word is common enough to cost).
_PATTERNS = {(routing, endnotes): (_LINE_BREAK, _LINK, *TEXT_PATTERNS, *(ROUTING_PATTERNS if routing else ()),
                                   *(ENDNOTE_PATTERNS if endnotes else ()))
             for routing in (False, True) for endnotes in (False, True)}
#: Each alternative of a scanner is a named group: the name of the one that matched is its pattern's.
_BY_NAME: dict[str | None, TextPattern] = {pattern.name: pattern for pattern in _PATTERNS[True, True]}
_SCANNERS = {key: _Scanners(patterns) for key, patterns in _PATTERNS.items()}


class InlineEncoder:
    """Encodes the nodes of one stretch of text for one context."""

    def __init__(self, ctx: Context, routing: bool = False):
        self.ctx = ctx
        self.routing = routing
        endnotes = bool(ctx.footnotes) and any(note.place == "end" for note in ctx.footnotes.values())
        self._scanners = _SCANNERS[routing, endnotes]

    def encode_range(self, start: int, end: int) -> list[Mixed]:
        """Parse and encode ``ctx.text[start:end]``, reporting bracket problems."""
        result = parse(self.ctx.text, start, end)
        for stray in result.stray_closes:
            self.ctx.warn(stray.offset, "bracket-unopened",
                          "a closing bracket ']' without an opening '[' before it; kept as text")
        for bracket in result.unclosed:
            spans_lines = self.ctx.text.find("\n", bracket.start, bracket.end) >= 0
            reach = "the end of the passage" if spans_lines else "the end of its line"
            self.ctx.warn(bracket.start, "bracket-unclosed", f"this '[' is never closed; its bracket runs to {reach}")
        if result.too_deep:
            self.ctx.warn(result.too_deep[0], "bracket-too-deep",
                          f"brackets nested more than {MAX_DEPTH} deep are kept as text")
        return self.encode(result.nodes)

    def encode(self, nodes: list[Node]) -> list[Mixed]:
        out: list[Mixed] = []
        pending = list(reversed(nodes))  # a convention may take the nodes that follow its bracket
        while pending:
            node = pending.pop()
            if isinstance(node, Text):
                out.extend(self.encode_text(node.start, node.end))
            elif isinstance(node, Quote):
                inner = Text(node.start + 1, node.end - 1)
                content = self.encode([inner] if not node.children else node.children)
                rend = None if node.mark == '"' else "curly-quotes"
                out.append(el("q", {"rend": rend}, *content))
            else:
                out.extend(self.encode_bracket(node, out, pending))
        return out

    def encode_bracket(self, bracket: Bracket, out: list[Mixed], pending: list[Node]) -> list[Mixed]:
        site = BracketSite(bracket, self.ctx, out, self.encode, pending)
        for convention in BRACKET_CONVENTIONS:
            encoded = convention(site)
            if encoded is not None:
                return encoded if isinstance(encoded, list) else [encoded]
        raise AssertionError("the last convention accepts every bracket")

    def encode_text(self, start: int, end: int) -> list[Mixed]:
        """The text with its conventions encoded; no empty strings.  The pattern that matched is
        the match's ``lastgroup``: the top-level group closes after any group inside it."""
        text = self.ctx.text[start:end]
        scanner = self._scanners.for_text(text)
        if scanner is None:
            return [text] if text else []
        out: list[Mixed] = []
        position = 0
        for match in scanner.finditer(text):
            if match.start() > position:
                out.append(text[position:match.start()])
            built = _BY_NAME[match.lastgroup].build(match, self.ctx)
            for item in built if isinstance(built, list) else (built,):
                if not (isinstance(item, str) and item == ""):
                    out.append(item)
            position = match.end()
        if position < len(text):
            out.append(text[position:])
        return out
