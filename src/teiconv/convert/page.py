"""Reading an export page: which flavour it is, and where its parts are.

The archive exports a document in three flavours — a plain page dump, a Markdown export
(``## **date**``, ``### **title**``, ``#### **Citation:**``) and a page with plain ``Citation:`` /
``Summary:`` labels — and lists collections on pages of their own.  All share one shape, which
this module finds without being told the flavour:

    date line, title, [credits line], [labelled front sections], body,
    [unlabelled summary], [trailing fields: labels with values, or a bare classification]

Everything is kept as offsets into the source (:class:`Region`), so later stages can quote it
exactly and report line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .brackets import line_breaks_in_brackets
from .conventions.marks import is_classification_line
from .conventions.routing import document_date

#: Labels of the sections before the document (compared without case and trailing colon).
FRONT_LABELS = ("citation", "summary", "credits", "original language", "contents")
#: Labels of the archive record's fields after the document.
BACK_LABELS = (
    "author(s)", "authors", "associated places", "associated topics", "associated people",
    "associated people & organizations", "associated people and organizations",
    "document information", "source", "original archive", "rights", "original uploaded date",
    "type", "language", "record id", "original classification", "keywords", "subjects discussed",
    "related documents", "collections", "record number",
)
_CREDITS = re.compile(r"This document was made possible\b")
_CONTENTS_ITEM = re.compile(r"(Translation|Transcript|Original|Scan)\b.*")
_HEADING = re.compile(r"#{1,6}\s+")
_BOLD = "**"
#: A summary is prose of at least this many words.
SUMMARY_MIN_WORDS = 8


@dataclass(frozen=True)
class Region:
    """``text[start:end]`` of the source."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Section:
    """A labelled part of the page: ``label`` (None for an unlabelled field) and its blocks."""

    name: str
    label: Region | None
    blocks: list[Region] = field(default_factory=list)


@dataclass
class Page:
    flavour: str
    date: Region | None = None
    date_iso: str | None = None
    title: Region | None = None
    credits: Region | None = None
    front: list[Section] = field(default_factory=list)
    body: list[Region] = field(default_factory=list)
    summary: Region | None = None
    back: list[Section] = field(default_factory=list)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    lines = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        lines.append(Line(position, stop, text[position:stop]))
        position = stop + 1
    return lines


def undecorate(text: str, line: Line) -> Region:
    """The line without Markdown heading marks, bold markers and surrounding space."""
    start, end = line.start, line.end
    heading = _HEADING.match(line.text)
    if heading:
        start += heading.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text.startswith(_BOLD, start):
        start += len(_BOLD)
    if text.endswith(_BOLD, start, end) and end - start >= len(_BOLD):
        end -= len(_BOLD)
    return Region(start, end)


def label_name(text: str, line: Line, labels: tuple[str, ...]) -> str | None:
    words = undecorate(text, line).of(text).strip().rstrip(":").strip().lower()
    return words if words in labels else None


def blocks_of(text: str, lines: list[Line]) -> list[Region]:
    """The blocks (paragraphs, routing lines …) of a stretch of lines.

    Where the stretch separates its paragraphs by blank lines, a block runs from one blank line
    to the next; where it has none (plain page dumps), every line is a block.  Either way a
    block does not end inside an open bracket: an annotation that spans lines stays whole.
    """
    inner = lines[_nonblank(lines, 0):]
    while inner and inner[-1].blank:
        inner = inner[:-1]
    by_line = not any(line.blank for line in inner)
    blocks: list[Region] = []
    current: list[Line] = []
    depth = 0
    in_brackets = line_breaks_in_brackets(text, inner[0].start, inner[-1].end) if inner else set()
    for line in [*inner, None]:
        boundary = line is None or (depth == 0 and (line.blank or (by_line and current)))
        if boundary and current:
            first, last = undecorate(text, current[0]), undecorate(text, current[-1])
            blocks.append(Region(first.start, last.end))
            current = []
        if line is not None and not (line.blank and depth == 0):
            current.append(line)
            depth = int(line.end in in_brackets)
    return blocks


def _nonblank(lines: list[Line], index: int) -> int:
    while index < len(lines) and lines[index].blank:
        index += 1
    return index


def is_collection(text: str, lines: list[Line]) -> bool:
    """A collection page lists several documents, each under a date line, and has no labels.

    A document page starts with its date; a collection page starts with its title.
    """
    dated = [document_date(undecorate(text, line).of(text)) is not None for line in lines if not line.blank]
    labelled = any(label_name(text, line, FRONT_LABELS + BACK_LABELS) for line in lines)
    return sum(dated) >= 2 and not dated[0] and not labelled


def _title(text: str, lines: list[Line], index: int) -> tuple[Region, int]:
    """The title: one line, or a bold span over several lines (``**Telegram … [Central\\nCommittee]**``)."""
    first = lines[index]
    start = undecorate(text, first).start
    stripped = _HEADING.sub("", first.text).strip()
    if stripped.startswith(_BOLD) and not (stripped.endswith(_BOLD) and len(stripped) > 2):
        for last in range(index + 1, len(lines)):
            if lines[last].text.rstrip().endswith(_BOLD):
                return Region(start, undecorate(text, lines[last]).end), last + 1
    return Region(start, undecorate(text, first).end), index + 1


def read_page(text: str) -> Page:
    """Find the parts of an export page (see the module's docstring)."""
    lines = split_lines(text)
    if is_collection(text, lines):
        return Page("collection")
    markdown = any(_HEADING.match(line.text) or line.text.lstrip().startswith(_BOLD) for line in lines)
    page = Page("markdown" if markdown else "plain")
    index = _nonblank(lines, 0)
    if index < len(lines):
        date_region = undecorate(text, lines[index])
        iso = document_date(date_region.of(text))
        if iso:
            page.date, page.date_iso = date_region, iso
            index = _nonblank(lines, index + 1)
    if index < len(lines):
        page.title, index = _title(text, lines, index)
        index = _nonblank(lines, index)
    if index < len(lines) and _CREDITS.match(lines[index].text.strip()):
        page.credits = undecorate(text, lines[index])
        index = _nonblank(lines, index + 1)
    index = _read_front(text, lines, index, page)
    back_at = _read_back(text, lines, index, page)
    body_lines = lines[index:back_at]
    if page.back and not any(section.name == "summary" for section in page.front):
        body_lines = _take_summary(text, body_lines, page)
    page.body = blocks_of(text, body_lines)
    return page


def _read_front(text: str, lines: list[Line], index: int, page: Page) -> int:
    """Labelled sections before the body; returns the index of the body's first line."""
    while index < len(lines):
        name = label_name(text, lines[index], FRONT_LABELS)
        if name is None:
            break
        if page.flavour == "plain":
            page.flavour = "citation"
        section = Section(name, undecorate(text, lines[index]))
        index += 1
        stop = index
        if name == "contents":
            stop = _nonblank(lines, stop)
            while stop < len(lines) and _CONTENTS_ITEM.fullmatch(lines[stop].text.strip()):
                stop = _nonblank(lines, stop + 1)
        else:
            while stop < len(lines) and not label_name(text, lines[stop], FRONT_LABELS):
                stop += 1
        section.blocks = blocks_of(text, lines[index:stop])
        page.front.append(section)
        index = _nonblank(lines, stop)
    return index


def _read_back(text: str, lines: list[Line], index: int, page: Page) -> int:
    """Trailing fields; returns the index where the body ends."""
    for first in range(index, len(lines)):
        if label_name(text, lines[first], BACK_LABELS):
            break
    else:
        last = len(lines) - 1
        while last >= index and lines[last].blank:
            last -= 1
        if last > index and is_classification_line(lines[last].text.strip()):
            page.back.append(Section("original classification", None, blocks_of(text, lines[last:last + 1])))
            return last
        return len(lines)
    current: Section | None = None
    for line in lines[first:]:
        name = label_name(text, line, BACK_LABELS)
        if name:
            current = Section(name, undecorate(text, line))
            page.back.append(current)
        elif current is not None and not line.blank:
            current.blocks.append(undecorate(text, line))
    return first


def _take_summary(text: str, body_lines: list[Line], page: Page) -> list[Line]:
    """The archive's unlabelled summary is the last prose block before the trailing fields."""
    blocks = blocks_of(text, body_lines)
    if len(blocks) < 2:
        return body_lines
    candidate = blocks[-1]
    words = candidate.of(text).split()
    if len(words) < SUMMARY_MIN_WORDS or "[" in candidate.of(text):
        return body_lines
    page.summary = candidate
    return [line for line in body_lines if line.end <= candidate.start]
