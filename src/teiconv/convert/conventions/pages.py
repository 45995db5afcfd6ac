"""``[page break]``: the editor's mark where a page of the original ends.

A page boundary is a milestone, not words of the text: ``<pb/>``.  The editor's capitals, when
not lower case, are kept in ``@rend`` (``Page-break``, ``PAGE-BREAK``) so the mark is written back
as the source has it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import renders
from ..tei import el
from .base import BracketSite

MARK = "page break"
_PAGE_BREAK = re.compile(r"page[ -]break", re.IGNORECASE)


def page_break(site: BracketSite) -> etree._Element | None:
    if not _PAGE_BREAK.fullmatch(site.inner) or site.rend():
        return None
    return el("pb", {"rend": site.inner.replace(" ", "-") if site.inner != MARK else None})


@renders("pb")
def _page_break(element: etree._Element) -> str:
    return f"[{element.get('rend', MARK).replace('-', ' ')}]"
