"""The page's date line: the document's date as the archive gives it, exact or not.

The archive dates a document on the line before its title (``January 10, 1949``, ``August
1949``, ``1936``).  Where it knows less, the line says what it knows, and it must still be read
as the date line: the page reader finds the title, and everything after it, from there.  Each
form becomes the TEI attributes that say the same, no more:

- a day, a month or a year (``December 9, 1941``, ``9 December 1941``, ``Dec. 9, 1941``,
  ``1941-12-09``, ``August 1949``, ``1936``) → ``when``;
- approximate (``c. 1950``, ``ca. December 1949``, ``circa 1950``, ``1949?``, ``December 20, 1949
  (approx.)``) → ``when`` with ``cert="low"``;
- a part of a year (``Spring 1950``, ``Early 1950``, ``Mid-1950``) → the year: ``when`` at the
  precision of a year is true of any part of it;
- a decade (``1950s``) → ``notBefore`` and ``notAfter``;
- a span (``December 20-21, 1949``, ``20-21 December 1949``, ``December 1949 - January 1950``,
  ``1949-1950``, ``December 30, 1949 to January 3, 1950``, ``December 30 - January 3, 1950``)
  → ``from`` and ``to``;
- no date (``Undated``, ``n.d.``, ``No date``) → a date line without a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .conventions.routing import MONTH_ABBREVIATIONS, MONTHS, iso_date

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_MONTH_ABBREVIATION = "(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.?"
_YEAR = r"1[0-9]{3}|20[0-9]{2}"
#: The archive's own forms, compiled once: the page reader tries them on the first lines of every
#: document, and a collection page on each of its blocks.
_YEAR_LINE = re.compile(_YEAR)
_MONTH_YEAR_LINE = re.compile(rf"(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})")
_MONTH_DAY_YEAR_LINE = re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})")
_DAY_MONTH_YEAR_LINE = re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\s+(?P<y>\d{{4}})")
#: ``Dec. 9, 1941``, ``December 9 1941``, ``1941-12-09``: a day in a form the archive's own line does not use.
_ABBREVIATED_DAY = re.compile(rf"(?P<m>{_MONTH}|{_MONTH_ABBREVIATION})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})")
_ISO_DAY = re.compile(rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])")
#: A day and month without the year, which the other end of a span gives.
_DAY_MONTH = re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})")

_DIGIT = re.compile(r"\d")
_UNDATED = re.compile(r"(?i:undated|n\.\s?d\.|no date|not dated|date unknown)")
_APPROXIMATE_BEFORE = re.compile(r"(?i:c\.|ca\.|circa|approx(?:\.|imately)|about|around)\s*(?P<date>.+)")
_APPROXIMATE_AFTER = re.compile(r"(?P<date>.+?)\s*(?:\?|\((?i:approx(?:\.|imate(?:ly)?)|estimated?|circa|\?)\))")
_PART_OF_YEAR = re.compile(rf"(?i:early|mid|late|spring|summer|autumn|fall|winter|(?:first|second) half of)"
                           rf"[\s-]+(?P<y>{_YEAR})")
_DECADE = re.compile(r"(?P<y>1[0-9]{2}0|20[0-9]0)['\u2019]?s")
#: ``December 20-21, 1949`` and ``20-21 December 1949``: two days of one month.
_DAYS = re.compile(rf"(?P<m>{_MONTH})\s+(?P<d1>\d{{1,2}})\s*[-\u2013]\s*(?P<d2>\d{{1,2}}),?\s+(?P<y>{_YEAR})"
                   rf"|(?P<e1>\d{{1,2}})\s*[-\u2013]\s*(?P<e2>\d{{1,2}})\s+(?P<n>{_MONTH})\s+(?P<z>{_YEAR})")
#: ``1949-50``, ``1949-1950``: two years.
_YEARS = re.compile(rf"(?P<y1>{_YEAR})\s*[-\u2013/]\s*(?P<y2>\d{{2}}|{_YEAR})")
#: What joins the two ends of a span.
_SPAN = re.compile(r"\s+(?:[-\u2013\u2014]|to|until|through)\s+|\s*[\u2013\u2014]\s*")

LOW = "low"
#: A date line is short (the longest form, a span of two days written out, is under 40
#: characters): longer lines are not tried, and the page reader asks of every line of a page.
DATE_LINE_MAX_CHARS = 60


@dataclass(frozen=True)
class DocumentDate:
    """A document's date as TEI states it (all ``None``: the line says there is none)."""

    when: str | None = None
    start: str | None = None
    end: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    cert: str | None = None

    @property
    def attributes(self) -> dict[str, str | None]:
        """The attributes of a TEI ``date`` (or ``docDate``) that say it."""
        return {"when": self.when, "from": self.start, "to": self.end, "notBefore": self.not_before,
                "notAfter": self.not_after, "cert": self.cert}

    @property
    def day_attributes(self) -> dict[str, str | None]:
        """The attributes of a ``docDate``, which TEI gives a day, a month or a year, not a span."""
        return {"when": self.when, "cert": self.cert}

    @property
    def earliest(self) -> str | None:
        """The earliest day, month or year the date allows: what sorts it and names an undated id."""
        return self.when or self.start or self.not_before


def read_date_line(text: str) -> DocumentDate | None:
    """The date a date line gives, or ``None`` if the line is not a date line (see the module's doc)."""
    text = text.strip()
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    if not _DIGIT.search(text):  # only the line that says there is no date has no figure
        return DocumentDate() if _UNDATED.fullmatch(text) else None
    point = _point(text)
    if point:
        return DocumentDate(when=point)
    approximate = _APPROXIMATE_BEFORE.fullmatch(text) or _APPROXIMATE_AFTER.fullmatch(text)
    if approximate:
        point = _point(approximate["date"]) or _part_of_year(approximate["date"])
        return DocumentDate(when=point, cert=LOW) if point else None
    point = _part_of_year(text)
    if point:
        return DocumentDate(when=point)
    decade = _DECADE.fullmatch(text)
    if decade:
        return DocumentDate(not_before=decade["y"], not_after=str(int(decade["y"]) + 9))
    return _span(text)


def _point(text: str) -> str | None:
    """A day, a month or a year, in any form the archive writes one, at the precision it gives:
    ``December 9, 1941`` → ``1941-12-09``, ``August 1949`` → ``1949-08``, ``1936`` → ``1936``."""
    text = text.strip()
    if _YEAR_LINE.fullmatch(text):
        return text
    match = _MONTH_YEAR_LINE.fullmatch(text)
    if match:
        return f"{match['y']}-{MONTHS[match['m']]:02d}"
    match = (_MONTH_DAY_YEAR_LINE.fullmatch(text) or _DAY_MONTH_YEAR_LINE.fullmatch(text)
             or _ABBREVIATED_DAY.fullmatch(text) or _ISO_DAY.fullmatch(text))
    if not match:
        return None
    month = match["m"]
    return iso_date(int(match["y"]), int(month) if month.isdigit() else month, match["d"])


def _part_of_year(text: str) -> str | None:
    match = _PART_OF_YEAR.fullmatch(text)
    return match["y"] if match else None


def _span(text: str) -> DocumentDate | None:
    days = _DAYS.fullmatch(text)
    if days:
        month, year = days["m"] or days["n"], int(days["y"] or days["z"])
        start, end = iso_date(year, month, days["d1"] or days["e1"]), iso_date(year, month, days["d2"] or days["e2"])
        return DocumentDate(start=start, end=end) if start and end and start < end else None
    years = _YEARS.fullmatch(text)
    if years:
        first, last = years["y1"], years["y2"]
        last = first[:2] + last if len(last) == 2 else last
        return DocumentDate(start=first, end=last) if first < last else None
    ends = _SPAN.split(text)
    if len(ends) != 2:
        return None
    end = _point(ends[1])
    start = _point(ends[0]) or (_before(ends[0], end) if end else None)
    return DocumentDate(start=start, end=end) if start and end and start < end else None


def _before(text: str, end: str) -> str | None:
    """``December 30`` before ``1950-01-03``: the day in the end's year, or the year before."""
    match = _DAY_MONTH.fullmatch(text)
    if not match or len(end) < 4:
        return None
    month, day = match["m"] or match["m2"], match["d"] or match["d2"]
    start = iso_date(int(end[:4]), month, day)
    return start if start is None or start < end else iso_date(int(end[:4]) - 1, month, day)
