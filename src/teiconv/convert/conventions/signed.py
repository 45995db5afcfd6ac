"""``[signed]``: the editor's word that the original bears a signature here.

Encoded as an editorial note of subtype ``signed``; the structure stage puts the line that ends
with it in ``<signed>``, so the signature is marked as signed where it stands.
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import el
from .base import BracketSite

_SIGNED = re.compile(r"signed", re.IGNORECASE)


def signed_mark(site: BracketSite) -> etree._Element | None:
    if not _SIGNED.fullmatch(site.inner):
        return None
    return el("note", {"type": "editorial", "subtype": "signed", "rend": site.rend()}, site.inner)


def is_signed_mark(element: etree._Element) -> bool:
    return element.get("subtype") == "signed"
