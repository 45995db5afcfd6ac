"""Footnotes: a marker ``[1]`` in the text whose text the page lists after the document.

The archive's web page prints footnote markers as ``[1]`` and their texts after the document
(``[1] BArch, B 136/59748, 376-385.``).  The note belongs where its marker is: the marker becomes
``<note place="foot" n="1">`` holding the footnote's text, and the list after the document keeps a
pointer to each note (``<ptr type="footnote" target="#fn-1"/>``), so the transcription is written
back with the marker in the text and the footnote's text in its place after it.  A bracket of
digits with no footnote text of that number is left to the other conventions.
"""

from __future__ import annotations

from lxml import etree

from ..rendering import content, renders
from ..tei import el
from .base import BracketSite


def footnote(site: BracketSite) -> etree._Element | None:
    note = site.ctx.footnotes.get(site.inner.strip())
    if note is None or note.placed or site.bracket.double or not site.bracket.closed:
        return None
    note.placed = True
    return el("note", {"place": "foot", "n": note.n, "xml:id": note.xml_id}, *note.content)


def pointer(n: str, xml_id: str) -> etree._Element:
    """The place of a footnote's text in the list after the document."""
    return el("ptr", {"type": "footnote", "n": n, "target": f"#{xml_id}"})


@renders("note", lambda e: e.get("place") == "foot")
def _marker(element: etree._Element) -> str:
    return f"[{element.get('n')}]"


@renders("ptr", lambda e: e.get("type") == "footnote")
def _footnote_text(element: etree._Element) -> str:
    target = element.get("target", "").lstrip("#")
    notes = element.getroottree().xpath("//*[@xml:id = $id]", id=target)
    return f"\n[{element.get('n')}] {content(notes[0]) if notes else ''}\n"
