"""``[sic]``: the translator vouches that an odd word is what the original says.

- ``sovietists [SIC]`` — the word before the bracket becomes ``<sic>``; ``rend="SIC"`` records an
  upper-case marker, ``exclaimed`` an exclamation mark after it (``[sic!]``), ``exclamation`` one
  instead of it (``accepted [!]``);
- ``[voyen - SIC]`` — the flagged word is the original-language word in the bracket:
  ``<sic><foreign xml:lang="ru-Latn">voyen</foreign></sic>``;
- ``cannot [sic, probably "can"]``, ``[sic, should be Nosaka Sanzo]``, ``[sic; ed. note— perhaps
  X]`` — the translator's comment on the flagged word is a ``note type="sic"`` after it, and the
  reading it proposes is marked in it as ``corr``;
- ``MVD [Ministry of Internal Affairs, sic, in fact NKVD]`` — an expansion whose comment flags the
  abbreviation: the comment (with its ``corr``) closes the ``expan``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..rendering import bracketed, content, renders
from ..tei import append, el, local
from .base import BracketSite, take_host_word

_MARKER = re.compile(r"(sic)(!?)|!", re.IGNORECASE)
#: ``[!]``: the exclamation mark alone flags the word as ``[sic!]`` does.
EXCLAMATION = "!"
_SIC = re.compile(r"sic", re.IGNORECASE)
_COMMENTED = re.compile(r"sic(?:[:,;]| [-\u2013\u2014]) .+", re.IGNORECASE | re.DOTALL)
#: The words that introduce the translator's correction; what follows them is the ``corr``.
_CORRECTION = re.compile(r"\b(?:should (?:be|read)|perhaps|probably|possibly|i\.\s?e\.|in fact|correctly|read)"
                         r"[\s,:]+(?P<corr>\S.*?)[\s.]*$", re.IGNORECASE | re.DOTALL)
#: ``Ministry of Internal Affairs, sic, in fact NKVD``: an expansion, then the comment.
_EXPANDED_THEN_FLAGGED = re.compile(r"(?P<expansion>[^\[\]]+?),\s*(?P<comment>sic\b.*)", re.IGNORECASE | re.DOTALL)
_ORIGINAL_FLAGGED = re.compile(r"(?P<word>[^\s\[\]\-][^\[\]\-]*?[^\s\[\]\-]|[^\s\[\]\-]) - (?P<marker>sic)", re.IGNORECASE)


def _marker_rend(marker: str) -> str | None:
    return None if marker == "sic" else marker


def sic(site: BracketSite) -> etree._Element | None:
    if site.inner != EXCLAMATION and not _SIC.search(site.inner):
        return None  # every other form of the convention has the word: most brackets are passed over at once
    flagged = _ORIGINAL_FLAGGED.fullmatch(site.inner)
    if flagged:
        foreign = el("foreign", {"xml:lang": site.ctx.original_language}, flagged.group("word"))
        return el("sic", {"rend": _join(_marker_rend(flagged.group("marker")), site.rend())}, foreign)
    if _COMMENTED.fullmatch(site.inner):
        return _commented(site)
    flagged_expansion = _EXPANDED_THEN_FLAGGED.fullmatch(site.inner)
    if flagged_expansion:
        return _expansion_flagged(site, flagged_expansion)
    marker = _MARKER.fullmatch(site.inner)
    if not marker:
        return None
    host = take_host_word(site.out)
    if host is None:
        return None
    if marker.group(1) is None:
        return append(el("sic", {"rend": _join(EXCLAMATION_ONLY, site.rend())}), host)
    exclaimed = "exclaimed" if marker.group(2) else None
    return append(el("sic", {"rend": _join(_marker_rend(marker.group(1)), exclaimed, site.rend())}), host)


#: ``@rend`` of a word flagged ``[!]``.
EXCLAMATION_ONLY = "exclamation"


def _commented(site: BracketSite) -> list | None:
    """``word [sic: comment]``: the word is ``<sic>``, the bracket a note on it, right after it."""
    host = take_host_word(site.out)
    if host is None:
        return None
    note = _comment(site, site.bracket.inner_start, site.bracket.inner_end, site.rend())
    return [append(el("sic"), host), note]


def _comment(site: BracketSite, start: int, end: int, rend: str | None = None) -> etree._Element:
    """The translator's comment ``text[start:end]`` as ``note type="sic"``, its correction ``corr``."""
    note = el("note", {"type": "sic", "resp": "#translator", "rend": rend})
    correction = _CORRECTION.search(site.ctx.slice(start, end))
    if correction is None:
        return append(note, site.encode_range(start, end))
    corr_start, corr_end = start + correction.start("corr"), start + correction.end("corr")
    corr = append(el("corr", {"resp": "#translator"}), site.encode_range(corr_start, corr_end))
    return append(note, [*site.encode_range(start, corr_start), corr, *site.encode_range(corr_end, end)])


def _expansion_flagged(site: BracketSite, match: re.Match[str]) -> etree._Element | None:
    """``MVD [Ministry of Internal Affairs, sic, in fact NKVD]``."""
    if not site.plain:
        return None
    host = take_host_word(site.out)
    if host is None:
        return None
    start = site.bracket.inner_start
    expan = el("expan", {"resp": "#translator"}, *site.encode_range(start, start + match.end("expansion")))
    append(expan, [site.ctx.slice(start + match.end("expansion"), start + match.start("comment")),
                   _comment(site, start + match.start("comment"), site.bracket.inner_end)])
    return el("choice", {"rend": site.rend()}, append(el("abbr"), host), expan)


def _join(*tokens: str | None) -> str | None:
    return " ".join(t for t in tokens if t) or None


def _marker(element: etree._Element) -> str:
    """``sic`` as the bracket wrote it: its capitals, and ``!`` after it (``[sic!]``), or ``!`` alone."""
    tokens = (element.get("rend") or "").split()
    if EXCLAMATION_ONLY in tokens:
        return EXCLAMATION
    return next((t for t in tokens if t.lower() == "sic"), "sic") + ("!" if "exclaimed" in tokens else "")


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


@renders("note", lambda e: e.get("type") == "sic" and local(e.getparent()) == "expan")
def _comment_in_its_expansion(element: etree._Element) -> str:
    return content(element)


@renders("note", lambda e: e.get("type") == "sic")
def _comment_written_with_its_word(_: etree._Element) -> str:
    return ""


@renders("sic")
def _word_flagged(element: etree._Element) -> str:
    return f"{content(element)} " + bracketed(element, _marker(element))
