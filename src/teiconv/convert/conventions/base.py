"""What a bracket convention sees, and the helpers conventions share.

A convention is a function that looks at one bracket in its place (:class:`BracketSite`) and
either returns the TEI for it or ``None`` to let the next convention try.  Conventions that
annotate the word before the bracket (``them [sic]``, ``IKKI [Executive Committee …]``) take that
word out of the content encoded so far with :func:`take_host_word`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable

from lxml import etree

from ..brackets import Bracket, Node, Text
from ..context import Context
from ..rendering import bracketed, content
from ..tei import Mixed, append, el, local

#: A character of a word that a bracket can annotate: no spaces, quotes or brackets; an opening
#: parenthesis only inside the word (``VKP(b)``), the word being read backwards from the bracket
#: (:func:`run_at_end`), so that what follows the parenthesis there precedes it in the text.
_WORD_CHARACTER = r"(?:[^\s\"\u201c\u201d(\[\]]|\((?=\w))"
#: Elements that can stand inside an annotated word (``Perepeilisina???? [SIC]``).
_WORD_INTERNAL = frozenset({"gap", "g"})


@dataclass
class BracketSite:
    """A bracket with what surrounds it."""

    bracket: Bracket
    ctx: Context
    out: list[Mixed]
    encode_nodes: Callable[[list[Node]], list[Mixed]]
    #: The nodes after the bracket, last first (see :meth:`take_rest_of_line`).
    following: list[Node] = field(default_factory=list)

    @cached_property
    def inner(self) -> str:
        """The raw text between the brackets (asked by one convention after another)."""
        return self.ctx.slice(self.bracket.inner_start, self.bracket.inner_end)

    @property
    def children(self) -> list[Node]:
        return self.bracket.children

    @cached_property
    def plain(self) -> bool:
        """Nothing but text between the brackets: no bracket or quotation inside."""
        return all(isinstance(child, Text) for child in self.bracket.children)

    @cached_property
    def host_text(self) -> str | None:
        """The text of the word before the bracket that :func:`take_host_word` would take, or
        ``None``: conventions that annotate a word ask in turn, and only the one that accepts
        the bracket takes the word (the content encoded so far is the same for each until one
        does, since a convention that declines changes nothing)."""
        host = take_host_word(list(self.out))
        return None if host is None else text_of(host)

    def encoded_children(self) -> list[Mixed]:
        return self.encode_nodes(self.bracket.children)

    def encode_range(self, start: int, end: int) -> list[Mixed]:
        """Encode the part of the bracket's content between two source offsets."""
        return self.encode_nodes(_clip(self.bracket.children, start, end))

    def take_rest_of_line(self) -> tuple[list[Mixed], list[Mixed]]:
        """Take the words after the bracket up to the end of their line: (what separates them, them).

        For a bracket that only labels what follows it (``[Handwritten:] Copy A``); when nothing
        follows it on its own line, the words are those of the next line.  The nodes taken are no
        longer encoded by the caller; the line break after the words stays.
        """
        end = self._words_end()
        taken: list[Node] = []
        while self.following and self.following[-1].start < end:
            node = self.following.pop()
            if isinstance(node, Text) and node.end > end:
                taken.append(Text(node.start, end))
                self.following.append(Text(end, node.end))
                break
            taken.append(node)
        items = self.encode_nodes(taken)
        separator: list[Mixed] = []
        while items and (isinstance(items[0], str) and not items[0].strip()
                         or isinstance(items[0], etree._Element) and local(items[0]) == "lb"):
            separator.append(items.pop(0))
        if items and isinstance(items[0], str):
            stripped = items[0].lstrip()
            separator.append(items[0][: len(items[0]) - len(stripped)])
            items[0] = stripped
        return separator, items

    def _words_end(self) -> int:
        """Where the words after the bracket end: with its line, or with the next one if its own
        line has none; before the line's trailing spaces.  No words: the bracket's end."""
        text, start = self.ctx.text, self.bracket.end
        limit = self.following[0].end if self.following else start
        end = _line_end(text, start, limit)
        if not text[start:end].strip():
            if end >= limit or not text[end + 1:_line_end(text, end + 1, limit)].strip():
                return start
            end = _line_end(text, end + 1, limit)
        while text[end - 1] in " \t":
            end -= 1
        return end

    def rend(self, *extra: str) -> str | None:
        """``@rend`` tokens recording how the source wrote this bracket, if not the usual way."""
        tokens = list(extra)
        if self.bracket.double:
            tokens.append("double-brackets")
        if not self.bracket.closed:
            tokens.append("unclosed")
        return " ".join(tokens) or None


BracketConvention = Callable[[BracketSite], "Mixed | None"]


def _clip(nodes: list[Node], start: int, end: int) -> list[Node]:
    """The nodes between two offsets; text nodes are cut, other nodes kept whole if inside."""
    clipped: list[Node] = []
    for node in nodes:
        if node.end <= start or node.start >= end:
            continue
        if isinstance(node, Text):
            clipped.append(Text(max(node.start, start), min(node.end, end)))
        else:
            clipped.append(node)
    return clipped


def take_host_word(out: list[Mixed]) -> list[Mixed] | None:
    """Remove and return the word before a bracket (and the space after it), or ``None``.

    The word must be separated from the bracket by white space; it may contain gaps and glyphs
    (``Perepeilisina????``).  The separating space is dropped: the convention's renderer writes
    it back.
    """
    if not out or not isinstance(out[-1], str) or not out[-1][-1:].isspace():
        return None
    items = out[:-1]
    last = out[-1].rstrip()
    if last:
        items.append(last)
    host: list[Mixed] = []
    while items:
        item = items[-1]
        if isinstance(item, str):
            word = run_at_end(item, _WORD_CHARACTER)
            if not word:
                break
            host.insert(0, item[word[0]:word[1]])
            items[-1] = item[: word[0]]
            if items[-1]:
                break
            items.pop()
        elif local(item) in _WORD_INTERNAL:
            host.insert(0, items.pop())
        else:
            break
    if not any(isinstance(part, str) for part in host):
        return None
    out[:] = items
    return host


def run_at_end(text: str, characters: str) -> tuple[int, int] | None:
    """The run of ``characters`` (a character class without the line break, or an expression of
    one character read on the reversed text) that ends ``text``,
    as (start, end): what ``re.search(characters + "+$", text)`` finds (``$`` matches before a
    final line break too), looked for from the end: that search tries every position of a text
    that can be a whole paragraph, at every bracket after it."""
    match = _run_from_end(characters).match(text[::-1])
    if match is None:
        return None
    return len(text) - match.end(), len(text) - match.start(1)


@lru_cache(maxsize=None)
def _run_from_end(characters: str) -> re.Pattern[str]:
    return re.compile(rf"\n?({characters}+)")


def _line_end(text: str, position: int, limit: int) -> int:
    newline = text.find("\n", position, limit)
    return limit if newline < 0 else newline


#: A capitalised word right after a bracket, on its line or at the start of the next.
_CAPITALISED_NEXT = re.compile(r"[ \t]*\n?[ \t]*[A-Z]")


def capitalised_word_follows(site: BracketSite) -> bool:
    """``[Patrick] Hurley``, ``[former CCP CC member] Bo Gu``: a name follows the bracket."""
    return bool(_CAPITALISED_NEXT.match(site.ctx.text, site.bracket.end))


def text_of(items: list[Mixed]) -> str:
    """The plain text of encoded items (for classifying a host word)."""
    return "".join(item if isinstance(item, str) else "".join(item.itertext()) for item in items)



def description_end(site: BracketSite) -> int:
    """Where the editor's description ends in ``[Description: words]``: after the first colon.

    Without a colon the whole bracket is description (``[stamp]``).
    """
    first = site.children[0] if site.children else None
    if isinstance(first, Text):
        colon = site.ctx.slice(first.start, first.end).find(":")
        if colon >= 0:
            return first.start + colon + 1
    return site.bracket.inner_end


def described(site: BracketSite, kind: str, words_element: etree._Element) -> etree._Element:
    """``[Description: words]`` as ``<seg type=kind><label>Description:</label> words</seg>``.

    ``words_element`` (an ``add`` or ``stamp``) receives the encoded words after the colon.
    """
    end = description_end(site)
    label = el("label", {"type": "editorial"}, site.ctx.slice(site.bracket.inner_start, end))
    words = site.encode_range(end, site.bracket.inner_end)
    seg = el("seg", {"type": kind, "rend": site.rend()}, label)
    if not text_of(words).strip() and not any(isinstance(w, etree._Element) for w in words):
        return append(seg, words)
    leading, words, trailing = _split_edges(words)
    return append(seg, [leading, append(words_element, words), trailing])


def _split_edges(items: list[Mixed]) -> tuple[str, list[Mixed], str]:
    """Mixed content as (white space before, the content, white space after)."""
    items = list(items)
    leading = trailing = ""
    if items and isinstance(items[0], str):
        leading = items[0][: len(items[0]) - len(items[0].lstrip())]
        items[0] = items[0].lstrip()
    if items and isinstance(items[-1], str):
        stripped = items[-1].rstrip()
        trailing = items[-1][len(stripped):]
        items[-1] = stripped
    return leading, items, trailing


def render_described(element: etree._Element) -> str:
    """``[Description: words]``: the inverse of :func:`described`."""
    return bracketed(element, content(element))
