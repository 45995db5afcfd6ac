"""``[page break]``: the editor's mark where a page of the original ends.

A page boundary is a milestone, not words of the text: ``<pb/>``.  The editor's capitals, when
not lower case, are kept in ``@rend`` (``Page-break``, ``PAGE-BREAK``) so the mark is written back
as the source has it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, renders
from ..tei import el
from .base import BracketSite

MARK = "page break"
_PAGE_BREAK = re.compile(r"page[ -]break", re.IGNORECASE)


def page_break(site: BracketSite) -> etree._Element | None:
    if not _PAGE_BREAK.fullmatch(site.inner):
        return None
    spelling = site.inner.replace(" ", "-") if site.inner != MARK else None
    return el("pb", {"rend": " ".join(filter(None, (spelling, site.rend()))) or None})


@renders("pb")
def _page_break(element: etree._Element) -> str:
    spelling = next((t for t in (element.get("rend") or "").split() if t.lower() == "page-break"), None)
    return bracketed(element, spelling.replace("-", " ") if spelling else MARK)
