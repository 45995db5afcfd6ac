"""A page copied as one line: finding the line ends a copy ran together.

Some copies of an export arrive as one line, every line end turned into a space:
``Digital Archive … June 05, 1958 Report, … Citation: “…” … Summary: … Contents: English
Translation With regard to …``.  The page's shape is still there in the order of its parts, so
:func:`run_on_spans` cuts the line where a part begins — at the first date, at each front label
(``Citation:``, ``Summary:``, …, each the first of its kind after the previous cut), after the items
of ``Contents:``, and before a footnote's text (``[1]`` met a second time) — and leaves the
document's text whole.  Spans are offsets into the source: nothing is rewritten.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterable

from .dateline import read_date_line

#: A line at least this long holding front labels is a run-together page.
RUN_ON_MIN_CHARS = 1000
_DATE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}"
)
_CONTENTS_ITEM = re.compile(
    r"\s*(?P<item>(?:[A-Z][a-z]+\s+)?(?:Translation|Transcript(?:ion)?)"
    r"|Scan of (?:the )?Original(?: Document)?|Original(?: Document| Scan))"
)
_FOOTNOTE_MARK = re.compile(r"\[(\d{1,3})\]")
#: A web address, as the export's banner names the site before the date.
WEB_ADDRESS = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:org|com|net|edu|gov|int|info)\b", re.IGNORECASE)
_ADDRESS = re.compile(WEB_ADDRESS.pattern + r"\S*", re.IGNORECASE)
_WORD = re.compile(r"\S+")
#: A date line the archive writes when it cannot date a document exactly is a few words at most.
DATE_LINE_MAX_WORDS = 6


def _label_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\S)" + re.escape(label.title()) + r":(?=\s)")


def is_run_on(lines: Iterable[str], labels: tuple[str, ...]) -> bool:
    """One long line holds the page: two or more front labels inside it.  ``lines`` (the page's
    lines) are read only up to the fourth with words: a page with more is not run together."""
    filled = list(islice((line for line in lines if line.strip()), 4))
    if not filled or len(filled) > 3:
        return False
    longest = max(filled, key=len)
    return len(longest) >= RUN_ON_MIN_CHARS and sum(bool(_label_pattern(l).search(longest)) for l in labels) >= 2


def run_on_spans(text: str, labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line the copy ran together (see the module docstring)."""
    cuts: set[int] = set()
    position = 0
    date = _date_span(text)
    if date:
        cuts.update(date)
        position = date[1]
    for label in labels:
        match = _label_pattern(label).search(text, position)
        if not match:
            continue
        cuts.update((match.start(), match.end()))
        position = match.end()
        while label == "contents" and (item := _CONTENTS_ITEM.match(text, position)):
            cuts.update((item.start("item"), item.end("item")))
            position = item.end()
    seen: set[str] = set()
    for mark in _FOOTNOTE_MARK.finditer(text, position):
        if mark.group(1) in seen and text[mark.start() - 1: mark.start()].isspace():
            cuts.add(mark.start())
        seen.add(mark.group(1))
    return _spans(text, sorted(cuts))


def _date_span(text: str) -> tuple[int, int] | None:
    """Where the date line is: the first day the page names, or, right after the banner's web
    address, the longest run of a few words that reads as a date line (``c. 1950``, ``December
    20-21, 1949``, ``Undated``: :mod:`teiconv.convert.dateline`)."""
    exact = _DATE.search(text, 0, 400)
    address = _ADDRESS.search(text, 0, 400)
    if address:
        words = list(islice(_WORD.finditer(text, address.end()), DATE_LINE_MAX_WORDS))
        if words and not (exact and exact.start() == words[0].start()):
            for last in reversed(words):
                if read_date_line(text[words[0].start():last.end()]):
                    return words[0].start(), last.end()
    return (exact.start(), exact.end()) if exact else None


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for cut in [*cuts, len(text)]:
        segment = text[start:cut]
        if segment.strip():
            left = start + len(segment) - len(segment.lstrip())
            right = start + len(segment.rstrip())
            spans.append((left, right))
        start = cut
    return spans
