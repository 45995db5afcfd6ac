"""Alternative readings: ``[bribed or threatened]``.

The translator could not decide between two words and gives both: ``<choice resp="#translator">``
of two ``<seg>``s, written back as ``[A or B]``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, content, renders
from ..tei import el, local
from .base import BracketSite

_ALTERNATIVES = re.compile(r"(?P<first>\w+(?: \w+)?) or (?P<second>\w+(?: \w+)?)")


def alternatives(site: BracketSite) -> etree._Element | None:
    match = _ALTERNATIVES.fullmatch(site.inner)
    if not match or not site.plain:
        return None
    return el("choice", {"resp": "#translator", "rend": site.rend()},
              el("seg", None, match.group("first")), el("seg", None, match.group("second")))


@renders("choice", lambda e: [local(child) for child in e] == ["seg", "seg"])
def _alternatives(element: etree._Element) -> str:
    first, second = element
    return bracketed(element, f"{content(first)} or {content(second)}")
