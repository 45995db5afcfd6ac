"""Rendering TEI back into the transcription's own notation: the inverse of every convention.

Each convention module registers, next to the code that encodes a bracket form, the function that
writes it back (``@renders("sic")``).  :func:`render` walks a TEI element and asks the registry
how to write each element; an element with no renderer contributes its content, so text is never
dropped.  This is what ``teiconv totext`` runs, and what the round-trip tests compare with the
source.
"""

from __future__ import annotations

from typing import Callable

from lxml import etree

from .tei import local

Renderer = Callable[[etree._Element], str]
_Predicate = Callable[[etree._Element], bool]

_RENDERERS: dict[str, list[tuple[_Predicate, Renderer]]] = {}

#: Elements written on lines of their own.
BLOCKS = frozenset(
    """p ab head item docDate titlePart opener closer list div
    floatingText postscript bibl trailer""".split()
)


def renders(tag: str, when: _Predicate | None = None) -> Callable[[Renderer], Renderer]:
    """Register ``function`` as the way to write ``tag`` elements (those for which ``when`` holds)."""

    def register(function: Renderer) -> Renderer:
        _RENDERERS.setdefault(tag, []).append((when or (lambda _: True), function))
        return function

    return register


def has_rend(token: str) -> _Predicate:
    """A predicate: the element's ``@rend`` contains ``token``."""
    return lambda element: token in (element.get("rend") or "").split()


def bracketed(element: etree._Element, inner: str) -> str:
    """``inner`` in the brackets the source used: ``[…]``, ``[[…]]``, or never closed."""
    double = has_rend("double-brackets")(element)
    opening, closing = ("[[", "]]") if double else ("[", "]")
    return opening + inner + ("" if has_rend("unclosed")(element) else closing)


def content(element: etree._Element) -> str:
    """The rendering of an element's children and text, without the element's own notation."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(render(child))
        parts.append(child.tail or "")
    return "".join(parts)


def render(element: etree._Element) -> str:
    """The transcription text that ``element`` encodes."""
    for predicate, function in _RENDERERS.get(local(element), ()):
        if predicate(element):
            return function(element)
    text = content(element)
    return f"\n{text}\n" if local(element) in BLOCKS else text


@renders("lb")
def _line_break(_: etree._Element) -> str:
    return "\n"


@renders("q")
def _quotation(element: etree._Element) -> str:
    text = content(element)
    if element.find("{*}floatingText") is not None:
        text = text.strip()  # the letter's own layout, not the quotation's words
    if has_rend("curly-quotes")(element):
        return f"\u201c{text}\u201d"
    return f'"{text}"'


@renders("item", lambda element: element.get("n") is not None
         and (element.getprevious() is None or local(element.getprevious()) != "label"))
def _numbered_item(element: etree._Element) -> str:
    return f"\n{element.get('n')}. {content(element)}\n"
