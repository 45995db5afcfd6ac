"""Forms: ``[ ]`` for an empty box printed on a form, ``[left blank]`` for a field left empty.

An empty box is a glyph of the form, ``<g ref="#form-box"/>``, declared once in the header's
``charDecl``; a blank is ``<space>`` with the editor's words as ``<desc>``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, renders
from ..tei import el
from .base import BracketSite

FORM_BOX_ID = "form-box"
_BLANK = re.compile(r"(?:(?:space|line|field|place) )?left blank|blank|(?:\w+ )?not filled in|empty", re.IGNORECASE)


def form_box(site: BracketSite) -> etree._Element | None:
    if not site.inner or site.inner.strip() or not site.bracket.closed or site.bracket.double:
        return None
    return el("g", {"ref": f"#{FORM_BOX_ID}"})


def blank(site: BracketSite) -> etree._Element | None:
    if not _BLANK.fullmatch(site.inner):
        return None
    return el("space", {"rend": site.rend()}, el("desc", None, site.inner))


@renders("g", lambda e: e.get("ref") == f"#{FORM_BOX_ID}")
def _form_box(_: etree._Element) -> str:
    return "[ ]"


@renders("space")
def _space(element: etree._Element) -> str:
    desc = element.find("{*}desc")
    return bracketed(element, desc.text if desc is not None else "")
