"""``[page break]``, ``[page 2]``: the editor's mark where a page of the original ends or begins.

A page boundary is a milestone, not words of the text: ``<pb/>``, with the number of the page
that begins as ``@n`` (``[page 2]``, ``[p. 3]``).  The mark's words are kept in ``@rend`` when they
are not ``page break`` (``Page-break``, ``PAGE-BREAK``; ``Page``, ``p.`` before a number) so the
mark is written back as the source has it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import renders
from ..tei import el
from .base import BracketSite

MARK = "page break"
_PAGE_BREAK = re.compile(r"page[ -]break", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"(?P<word>[Pp]age|PAGE|[Pp]\.) (?P<n>\d{1,4})")


def page_break(site: BracketSite) -> etree._Element | None:
    if site.rend():
        return None
    numbered = _PAGE_NUMBER.fullmatch(site.inner)
    if numbered:
        return el("pb", {"n": numbered["n"], "rend": numbered["word"]})
    if not _PAGE_BREAK.fullmatch(site.inner):
        return None
    return el("pb", {"rend": site.inner.replace(" ", "-") if site.inner != MARK else None})


@renders("pb")
def _page_break(element: etree._Element) -> str:
    if element.get("n") is not None:
        return f"[{element.get('rend')} {element.get('n')}]"
    return f"[{element.get('rend', MARK).replace('-', ' ')}]"
