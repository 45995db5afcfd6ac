"""Routing lines and administrative notes: dates, times and registry numbers made machine-readable.

Cables carry their history in short lines: ``sent at 2325 9 December 1941``, ``Received at
0450,``, ``Incoming №: 4202/sh``, ``Spets. № 484-487``, ``Deciphered at 1220 10 December 1941``.
In those lines (and only there: running prose keeps its dates as text) dates and times become
``<date when>``/``<time when>`` with ISO values, and numbers become typed ``<idno>``s.  A date
without a year takes the year of the document.
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
_MONTH = "(?:" + "|".join(MONTHS) + ")"

#: The word before ``№`` → ``idno/@type``.
NUMBER_KINDS = {"incoming": "incoming", "outgoing": "outgoing", "spets.": "spets", "copy": "copy",
                "form": "form"}


def year_of(text: str | None, ctx: Context) -> int | None:
    if text is None:
        return ctx.year
    value = int(text)
    return value + 1900 if len(text) == 2 else value


def iso_date(year: int | None, month: str, day: str) -> str | None:
    """``--12-09`` style when the year is unknown; None when the date does not exist."""
    try:
        value = date(year or 2000, MONTHS[month], int(day))
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


def _clock(match: re.Match[str], ctx: Context) -> Mixed:
    when = iso_time(match.group())
    return el("time", {"when": when}, match.group()) if when else match.group()


def _number(match: re.Match[str], ctx: Context) -> list[Mixed]:
    kind = (match.group("num_kind") or "").lower()
    number = match.group("num_value")
    prefix = match.group()[: match.start("num_value") - match.start()]
    return [prefix, el("idno", {"type": NUMBER_KINDS.get(kind, "reference")}, number)]


PATTERNS = (
    TextPattern("timestamp",
                rf"\b(?P<ts_time>\d{{4}})\s+(?P<ts_day>\d{{1,2}})\s+(?P<ts_month>{_MONTH})\s+(?P<ts_year>\d{{4}})\b",
                _timestamp),
    TextPattern("day_month_year",
                rf"\b(?P<dmy_day>\d{{1,2}})\s+(?P<dmy_month>{_MONTH})(?:\s+(?P<dmy_year>\d{{4}}|\d{{2}})\b(?![-/]))?",
                _day_month_year),
    TextPattern("month_day_year",
                rf"\b(?P<mdy_month>{_MONTH})\s+(?P<mdy_day>\d{{1,2}}),\s+(?P<mdy_year>\d{{4}})\b",
                _month_day_year),
    TextPattern("clock", r"(?<=\bat )\d{4}\b", _clock),
    TextPattern("number",
                r"(?:(?P<num_kind>Incoming|Outgoing|Spets\.|Copy|Form)\s+)?(?:\u2116|N\u00ba|No\.?)\s*:?\s*"
                r"(?P<num_value>\d[\w/-]*[\w]|\d)",
                _number),
)


def document_date(text: str, year_hint: int | None = None) -> str | None:
    """The ISO date of a date line such as ``December 9, 1941`` or ``9 December 1941``."""
    text = text.strip()
    match = re.fullmatch(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})", text)
    if match:
        return iso_date(int(match["y"]), match["m"], match["d"])
    match = re.fullmatch(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\s+(?P<y>\d{{4}})", text)
    if match:
        return iso_date(int(match["y"]), match["m"], match["d"])
    return None


def is_date_element(item: Mixed) -> bool:
    return isinstance(item, etree._Element) and item.get("when") is not None
