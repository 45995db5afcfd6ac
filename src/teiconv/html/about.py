"""Which documents "About this edition" needs: those that add something to it.

The About page takes, for each convention, the first example in reading order, and each
distinct editorial principle once.  A document none of whose features is new (no earlier
document has all of them) cannot supply a first example or a new principle, so the page is made
from the documents that add a feature: the same page, holding a bounded number of documents in
memory instead of all of them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from lxml import etree

NS = "{http://www.tei-c.org/ns/1.0}"
_DIGITS = re.compile(r"\d+")
Item = TypeVar("Item")


def about_features(root: etree._Element) -> list[str]:
    """What a document could contribute to the About page, as short hashes: each element of its
    text with its parent, its neighbours and its attributes (numbers in their values made 0:
    dates, record numbers and note ids vary from document to document and no example depends on
    them), and each editorial principle.  (A superset of what the page looks at: more features
    only means more documents read.)"""
    features = set()
    text = root.find(f"{NS}text")
    for element in text.iter(etree.Element) if text is not None else ():
        attributes = element.attrib  # most elements have none or one: sort only what is there
        features.add((element.getparent().tag, element.tag, _kind(element.getprevious()), _kind(element.getnext()),
                      tuple(sorted((k, _DIGITS.sub("0", v)) for k, v in attributes.items())) if attributes else ()))
    for paragraph in root.iterfind(f".//{NS}encodingDesc/{NS}editorialDecl//{NS}p"):
        features.add(("principle", " ".join("".join(paragraph.itertext()).split())))
    return sorted(map(_digest, features))


def _kind(node: etree._Element | None) -> str:
    """A neighbour's name: its tag, "comment" or "pi" for those (whose lxml tag is a function,
    printed with its address, which would differ from process to process), "None" for none."""
    if node is None:
        return "None"
    return node.tag if isinstance(node.tag, str) else "pi" if isinstance(node, etree._ProcessingInstruction) else "comment"


@lru_cache(maxsize=1 << 16)
def _digest(feature: tuple) -> str:
    """A feature's short hash; an edition's documents share most features, so each is hashed once."""
    return hashlib.blake2b(repr(feature).encode(), digest_size=8).hexdigest()


def contributors(documents: Iterable[tuple[Item, Iterable[str]]]) -> list[Item]:
    """The documents (given in reading order, each with its features) that add a feature no
    earlier one has."""
    seen: set[str] = set()
    chosen = []
    for document, features in documents:
        new = set(features) - seen
        if new:
            chosen.append(document)
            seen |= new
    return chosen


class FeatureTable:
    """Features of many documents held compactly: each distinct feature is stored once, and a
    document's features are a tuple of small numbers shared with every document that has the
    same ones (an edition's documents mostly do)."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._sets: dict[tuple[int, ...], tuple[int, ...]] = {}

    def add(self, features: Iterable[str]) -> tuple[int, ...]:
        numbers = tuple(sorted(self._numbers.setdefault(f, len(self._numbers)) for f in features))
        return self._sets.setdefault(numbers, numbers)
