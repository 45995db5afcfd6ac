"""Encode a snippet as the converter would inside a paragraph, and write it back."""

from __future__ import annotations

import re

from lxml import etree

from teiconv import normalise
from teiconv.convert.context import Context
from teiconv.convert.inline import InlineEncoder
from teiconv.convert.rendering import content
from teiconv.convert.tei import append, el

_NAMESPACE = re.compile(r' xmlns="[^"]+"')


def encode(text: str, routing: bool = False, year: int | None = 1941):
    """``(the <p> as a string without the namespace declaration, the context)``."""
    ctx = Context(text, "snippet.txt", year=year)
    paragraph = append(el("p"), InlineEncoder(ctx, routing).encode_range(0, len(text)))
    return _NAMESPACE.sub("", etree.tostring(paragraph, encoding=str)), ctx


def round_trips(text: str, routing: bool = False) -> bool:
    ctx = Context(text, "snippet.txt", year=1941)
    paragraph = append(el("p"), InlineEncoder(ctx, routing).encode_range(0, len(text)))
    return normalise(content(paragraph)) == normalise(text)
