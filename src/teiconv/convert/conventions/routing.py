"""Routing lines and administrative notes: dates, times and registry numbers made machine-readable.

Cables carry their history in short lines: ``sent at 2325 9 December 1941``, ``Received at
0450,``, ``Incoming №: 4202/sh``, ``Spets. № 484-487``, ``Deciphered at 1220 10 December 1941``.
In those lines (and only there: running prose keeps its dates as text) dates and times become
``<date when>``/``<time when>`` with ISO values, and numbers become typed ``<idno>``s.  Dates come
in the forms clerks wrote: ``9 December 1941``, ``December 9, 1941``, ``21 Nov 1945``, Roman
months (``30.XII.1948``, ``14. IV-46``), day first in figures (``10.1.1949``, ``13/5-50``), the
American month first with a time (``10/14/50 at 03:15 a.m.``).  A date without a year takes the
year of the document; a date with its own year (two digits are the 1900s) keeps it.
"""

from __future__ import annotations

import re
from datetime import date, time

from lxml import etree

from ..context import Context
from ..tei import Mixed, el
from .patterns import TextPattern

MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
#: Abbreviated month names (``21 Nov 1945``, ``3 Sept. 1949``).
MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"Sept": 9}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_MONTH_ABBREVIATION = "(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.?"
#: Months in Roman numerals, as Russian and Central European clerks write them (``30.XII.1948``).
ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    "I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_ROMAN_MONTH = "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"

#: The word before ``№`` → ``idno/@type``.
NUMBER_KINDS = {"incoming": "incoming", "outgoing": "outgoing", "spets.": "spets", "copy": "copy",
                "form": "form"}


def year_of(text: str | None, ctx: Context) -> int | None:
    if text is None:
        return ctx.year
    value = int(text)
    return value + 1900 if len(text) == 2 else value


def iso_date(year: int | None, month: str | int, day: str) -> str | None:
    """``--12-09`` style when the year is unknown; None when the date does not exist.

    ``month`` is a month's name (full or abbreviated), a Roman numeral or a number."""
    if isinstance(month, str):
        month = MONTHS.get(month) or MONTH_ABBREVIATIONS.get(month.rstrip(".")) or ROMAN_MONTHS.get(month, 0)
    try:
        value = date(year or 2000, month, int(day))
    except ValueError:
        return None
    return value.isoformat() if year else value.strftime("--%m-%d")


def iso_time(hhmm: str) -> str | None:
    try:
        return time(int(hhmm[:2]), int(hhmm[2:])).isoformat()
    except ValueError:
        return None


def _date_element(text: str, when: str | None) -> Mixed:
    return el("date", {"when": when}, text) if when else text


def _timestamp(match: re.Match[str], ctx: Context) -> Mixed:
    day = iso_date(year_of(match.group("ts_year"), ctx), match.group("ts_month"), match.group("ts_day"))
    clock = iso_time(match.group("ts_time"))
    when = f"{day}T{clock}" if day and clock and not day.startswith("--") else day
    return _date_element(match.group(), when)


def _day_month_year(match: re.Match[str], ctx: Context) -> Mixed:
    when = iso_date(year_of(match.group("dmy_year"), ctx), match.group("dmy_month"), match.group("dmy_day"))
    return _date_element(match.group(), when)


def _month_day_year(match: re.Match[str], ctx: Context) -> Mixed:
    when = iso_date(int(match.group("mdy_year")), match.group("mdy_month"), match.group("mdy_day"))
    return _date_element(match.group(), when)


def _abbreviated(match: re.Match[str], ctx: Context) -> Mixed:
    when = iso_date(year_of(match.group("ab_year"), ctx), match.group("ab_month"), match.group("ab_day"))
    return _date_element(match.group(), when)


def _roman(match: re.Match[str], ctx: Context) -> Mixed:
    """``30.XII.1948``, ``14. IV-46``: day, Roman month, the text's own year."""
    when = iso_date(year_of(match.group("rm_year"), ctx), match.group("rm_month"), match.group("rm_day"))
    return _date_element(match.group(), when)


def _day_month_numeric(match: re.Match[str], ctx: Context) -> Mixed:
    """``10.1.1949``, ``13/5-50``: day first, as in European and Russian usage."""
    when = iso_date(year_of(match.group("dm_year"), ctx), int(match.group("dm_month")), match.group("dm_day"))
    return _date_element(match.group(), when)


def _month_day_numeric(match: re.Match[str], ctx: Context) -> Mixed:
    """``10/14/50 at 03:15 a.m.``: American order (day first where the month cannot be the first)."""
    first, second = int(match.group("us_first")), int(match.group("us_second"))
    month, day = (second, first) if first > 12 else (first, second)
    when = iso_date(year_of(match.group("us_year"), ctx), month, str(day))
    clock = match.group("us_hour")
    if when and clock and not when.startswith("--"):
        hour = int(clock) % 12 + (12 if match.group("us_half").lower().startswith("p") else 0)
        when = f"{when}T{hour:02d}:{match.group('us_minute')}:00"
    return _date_element(match.group(), when)


def _clock(match: re.Match[str], ctx: Context) -> Mixed:
    when = iso_time(match.group())
    return el("time", {"when": when}, match.group()) if when else match.group()


def _number(match: re.Match[str], ctx: Context) -> list[Mixed]:
    kind = (match.group("num_kind") or "").lower()
    number = match.group("num_value")
    prefix = match.group()[: match.start("num_value") - match.start()]
    return [prefix, el("idno", {"type": NUMBER_KINDS.get(kind, "reference")}, number)]


#: Every routing pattern's match holds a digit: a line without one is not scanned for them.
_DIGIT = re.compile(r"\d")
#: What the routing patterns' matches open with (see :func:`~.patterns.compile_patterns`): a
#: day, a year or a time; a month's name; a registry number's kind or its sign.
_OPENS_DIGIT = r"\d"
_OPENS_MONTH = "[" + "".join(sorted({name[0] for name in MONTHS})) + "]"
_OPENS_NUMBER = "[IOSCF\u2116N]"
PATTERNS = (
    TextPattern("timestamp",
                rf"\b(?P<ts_time>\d{{4}})\s+(?P<ts_day>\d{{1,2}})\s+(?P<ts_month>{_MONTH})\s+(?P<ts_year>\d{{4}})\b",
                _timestamp, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("day_month_year",
                rf"\b(?P<dmy_day>\d{{1,2}})\s+(?P<dmy_month>{_MONTH})(?:\s+(?P<dmy_year>\d{{4}}|\d{{2}})\b(?![-/]))?",
                _day_month_year, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("month_day_year",
                rf"\b(?P<mdy_month>{_MONTH})\s+(?P<mdy_day>\d{{1,2}}),\s+(?P<mdy_year>\d{{4}})\b",
                _month_day_year, _DIGIT, opens=_OPENS_MONTH),
    TextPattern("abbreviated",
                rf"\b(?P<ab_day>\d{{1,2}})\s+(?P<ab_month>{_MONTH_ABBREVIATION})\s+(?P<ab_year>\d{{4}})\b",
                _abbreviated, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("roman",
                rf"\b(?P<rm_day>\d{{1,2}})\.\s?(?P<rm_month>{_ROMAN_MONTH})[.-]\s?(?P<rm_year>\d{{4}}|\d{{2}})\b",
                _roman, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("month_day_numeric",
                r"\b(?P<us_first>\d{1,2})/(?P<us_second>\d{1,2})/(?P<us_year>\d{4}|\d{2})\b"
                r"(?:\s+at\s+(?P<us_hour>\d{1,2}):(?P<us_minute>\d{2})\s*(?P<us_half>[ap]\.?m\.?))?",
                _month_day_numeric, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("day_month_numeric",
                r"\b(?P<dm_day>\d{1,2})(?:\.(?P<dm_month_dot>)|/)(?P<dm_month>\d{1,2})(?(dm_month_dot)\.|-)"
                r"(?P<dm_year>\d{4}|\d{2})\b(?![./-]\d)",
                _day_month_numeric, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("clock", r"(?<=\bat )\d{4}\b", _clock, _DIGIT, opens=_OPENS_DIGIT),
    TextPattern("number",
                r"(?:(?P<num_kind>Incoming|Outgoing|Spets\.|Copy|Form)\s+)?(?:\u2116|N\u00ba|No\.?)\s*:?\s*"
                r"(?P<num_value>\d[\w/-]*[\w]|\d)",
                _number, _DIGIT, opens=_OPENS_NUMBER),
)


#: A line that is a date and nothing else, in any of the forms the patterns above read.
_DATE_LINE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in PATTERNS
                                 if pattern.name not in ("clock", "number")))


def is_date_line(text: str) -> bool:
    """``10.1.1949``, ``11 June 1949``, ``12.XII.46``: the text is a date (a full stop after it
    allowed), as a closer's last line is."""
    return bool(_DATE_LINE.fullmatch(text.strip().removesuffix(".")))


def is_date_element(item: Mixed) -> bool:
    return isinstance(item, etree._Element) and item.get("when") is not None
