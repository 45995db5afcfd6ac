"""Signatures the transcription marks but does not give: ``[signed]``, ``[signature]``.

- ``[signed]``, ``[Sgd.]`` — the editor's word that the original bears a signature here: an editorial note
  of subtype ``signed``;
- ``[signature]``, ``[Chinese signature]``, ``[signature of the head of department]``,
  ``[initials]``, ``[Molotov's initials]`` — a signature described, not transcribed: ``<gap reason="untranscribed">`` with the editor's words as
  its ``desc`` (an illegible one, ``[illegible signature]``, is an illegible gap: :mod:`.gaps`).

The structure stage puts a line that starts or ends with either in ``<signed>``
(:func:`marks_signature`), so the signature is marked as signed where it stands.
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import el
from .base import BracketSite

_SIGNED = re.compile(r"signed|sgd\.?", re.IGNORECASE)
#: A short description naming a signature or initials, without a colon (``[Signature: …]`` quotes one).
_SIGNATURE = re.compile(r"(?:[\w.'\u2019-]+ ){0,3}(?:signatures?|initials)(?: [\w.'\u2019-]+){0,5}", re.IGNORECASE)
_MARK = rf"\[(?:{_SIGNED.pattern}|{_SIGNATURE.pattern})\]"
_MARK_AT_EDGE = re.compile(rf"^{_MARK}|{_MARK}$", re.IGNORECASE)


def signed_mark(site: BracketSite) -> etree._Element | None:
    if not _SIGNED.fullmatch(site.inner):
        return None
    return el("note", {"type": "editorial", "subtype": "signed", "rend": site.rend()}, site.inner)


def signature(site: BracketSite) -> etree._Element | None:
    if not _SIGNATURE.fullmatch(site.inner):
        return None
    return el("gap", {"reason": "untranscribed", "rend": site.rend()}, el("desc", None, site.inner))


def is_signed_mark(element: etree._Element) -> bool:
    return element.get("subtype") == "signed"


def marks_signature(line: str) -> bool:
    """The line starts or ends with ``[signed]`` or a signature's description."""
    line = line.strip()
    # a line that neither starts nor ends with a bracket is not searched: the expression's
    # second branch (a mark at the end) would be tried at every position of it
    return (line.startswith("[") or line.endswith("]")) and bool(_MARK_AT_EDGE.search(line))
