"""Stamps: ``[Stamp: draft and cipher text destroyed]``.

The stamp's words become ``<stamp>``; the editor's description (``Stamp:``, or ``Stamp of the
Secretariat:``) is kept as its ``<label>``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import renders
from ..tei import el
from .base import BracketSite, described, render_described

_STAMP = re.compile(r"\s*stamp\b", re.IGNORECASE)


def stamp(site: BracketSite) -> etree._Element | None:
    if not _STAMP.match(site.inner):
        return None
    return described(site, "stamp", el("stamp"))


renders("seg", lambda e: e.get("type") == "stamp")(render_described)
