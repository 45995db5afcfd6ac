"""``[sic]``: the translator vouches that an odd word is what the original says.

- ``sovietists [SIC]`` — the word before the bracket becomes ``<sic>``; ``rend="SIC"`` records an
  upper-case marker;
- ``[voyen - SIC]`` — the flagged word is the original-language word in the bracket:
  ``<sic><foreign xml:lang="ru-Latn">voyen</foreign></sic>``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, content, renders
from ..tei import append, el, local
from .base import BracketSite, take_host_word

_MARKER = re.compile(r"(sic)", re.IGNORECASE)
_COMMENTED = re.compile(r"sic[:,] .+", re.IGNORECASE | re.DOTALL)
_ORIGINAL_FLAGGED = re.compile(r"(?P<word>[^\s\[\]\-][^\[\]\-]*?[^\s\[\]\-]|[^\s\[\]\-]) - (?P<marker>sic)", re.IGNORECASE)


def _marker_rend(marker: str) -> str | None:
    return None if marker == "sic" else marker


def sic(site: BracketSite) -> etree._Element | None:
    flagged = _ORIGINAL_FLAGGED.fullmatch(site.inner)
    if flagged:
        foreign = el("foreign", {"xml:lang": site.ctx.original_language}, flagged.group("word"))
        return el("sic", {"rend": _join(_marker_rend(flagged.group("marker")), site.rend())}, foreign)
    if _COMMENTED.fullmatch(site.inner):
        return _commented(site)
    marker = _MARKER.fullmatch(site.inner)
    if not marker:
        return None
    host = take_host_word(site.out)
    if host is None:
        return None
    return append(el("sic", {"rend": _join(_marker_rend(marker.group(1)), site.rend())}), host)


def _commented(site: BracketSite) -> list | None:
    """``word [sic: comment]``: the word is ``<sic>``, the bracket a note on it, right after it."""
    host = take_host_word(site.out)
    if host is None:
        return None
    note = el("note", {"type": "sic", "resp": "#translator", "rend": site.rend()},
              *site.encoded_children())
    return [append(el("sic"), host), note]


def _join(*tokens: str | None) -> str | None:
    return " ".join(t for t in tokens if t) or None


def _marker(element: etree._Element) -> str:
    tokens = (element.get("rend") or "").split()
    return next((t for t in tokens if t.lower() == "sic"), "sic")


def _is_original_flagged(element: etree._Element) -> bool:
    return len(element) == 1 and local(element[0]) == "foreign" and not (element.text or "").strip()


@renders("sic", _is_original_flagged)
def _original_flagged(element: etree._Element) -> str:
    return bracketed(element, f"{content(element)} - {_marker(element)}")


def _is_commented(element: etree._Element) -> bool:
    following = element.getnext()
    return following is not None and following.get("type") == "sic" and not (element.tail or "")


@renders("sic", _is_commented)
def _word_commented(element: etree._Element) -> str:
    """The word and, from the note after it, the bracket with the comment."""
    note = element.getnext()
    return f"{content(element)} " + bracketed(note, content(note))


@renders("note", lambda e: e.get("type") == "sic")
def _comment_written_with_its_word(_: etree._Element) -> str:
    return ""


@renders("sic")
def _word_flagged(element: etree._Element) -> str:
    return f"{content(element)} " + bracketed(element, _marker(element))
