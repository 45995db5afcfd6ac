"""Reading an export page: which flavour it is, and where its parts are.

The archive exports a document in three flavours — a plain page dump, a Markdown export
(``## **date**``, ``### **title**``, ``#### **Citation:**``) and a page with plain ``Citation:`` /
``Summary:`` labels — and lists collections on pages of their own.  All share one shape, which
this module finds without being told the flavour:

    [banner], date line, title, [credits line], [labelled front sections], body, [footnotes],
    [unlabelled summary], [trailing fields: labels with values, or a bare classification]

The same shape holds for a PDF export copied as text (a banner of the site's name before the
date, a title wrapped over lines up to ``Citation:``, the text hard-wrapped: see
:mod:`teiconv.convert.reflow`), for such a copy run together on one line (see
:mod:`teiconv.convert.runon`) and for the archive's current web page (an unlabelled summary after
the text, then fields: a label line and its values, groups separated by blank lines).

Everything is kept as offsets into the source (:class:`Region`), so later stages can quote it
exactly and report line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Collection, NamedTuple

from . import reflow
from .brackets import line_breaks_in_brackets
from .conventions.footnotes import after_word, number_pattern
from .conventions.marks import is_classification_line
from .dateline import DocumentDate, read_date_line
from .knowledge import language_tag
from .runon import WEB_ADDRESS, is_run_on, run_on_spans

#: Labels of the sections before the document (compared without case and trailing colon).
FRONT_LABELS = ("citation", "summary", "credits", "original language", "contents")
#: Labels of the archive record's fields after the document.
BACK_LABELS = (
    "author(s)", "authors", "associated places", "associated topics", "associated people",
    "associated people & organizations", "associated people and organizations",
    "document information", "source", "original archive", "rights", "original uploaded date",
    "type", "language", "record id", "original classification", "keywords", "subjects discussed",
    "related documents", "collections", "record number", "donors", "document contributors",
)
_CREDITS = re.compile(r"This document was made possible\b")
_CONTENTS_ITEM = re.compile(r"(?:[A-Z][a-z]+ )?(Translation|Transcript|Original|Scan)\b.*")
#: A banner (the site's name, its address) is a few short lines before the date.
BANNER_MAX_LINES = 5
BANNER_LINE_MAX_CHARS = 100
#: A title wrapped over lines runs into the first front label within this many lines.
TITLE_MAX_LINES = 8
#: Between one field's label and the next, at most this many lines longer than this.
FIELD_LINE_MAX_CHARS = 60
FIELD_LONG_LINES_MAX = 2
#: A field's label (on the web page) is a short line: at most this many words.
FIELD_LABEL_MAX_WORDS = 5
#: How a note's text after the document opens, by where the source printed its notes: the web
#: page's footnote ``[1] BArch, …``, the PDF export's endnote ``1. Intermediary between …``.
NOTE_NUMBER = {"foot": re.compile(r"\s*\[(?P<n>\d{1,3})\](?:\s+|$)"),
               "end": re.compile(r"\s*(?P<n>\d{1,2})\.(?:\s+|$)")}
_HEADING = re.compile(r"#{1,6}\s+")
_BOLD = "**"
#: A summary is prose of at least this many words.
SUMMARY_MIN_WORDS = 8
#: … and runs over at most this many paragraphs.
SUMMARY_MAX_PARAGRAPHS = 3


class Region(NamedTuple):
    """``text[start:end]`` of the source (a tuple: the page reader makes one for nearly every
    line, where a frozen dataclass costs a call per field)."""

    start: int
    end: int
    #: Its line ends are a PDF's, not the document's (see :mod:`teiconv.convert.reflow`).
    reflowed: bool = False

    def of(self, text: str) -> str:
        return text[self.start:self.end]


class Line:
    """A line of the source (``text[start:end]`` of one text), with what the passes over the page
    ask of every line worked out once, when it is made: whether it is blank, the character it
    opens with, and the words it would be compared by as a label (see :func:`label_name`).  Its
    undecorated region is worked out when first asked for (see :func:`undecorate`): few lines
    are ever asked.

    A plain class with slots, not a dataclass: the page reader makes one for every line."""

    __slots__ = ("start", "end", "text", "blank", "opening", "label_words", "undecorated")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        words = text.strip()
        #: Nothing but white space.
        self.blank = not words
        #: Its first character after white space ("" if blank): the passes looking for lines
        #: that open with a mark (a footnote's ``[1]``, an endnote's ``1.``, a heading's ``#``)
        #: test it before their expression, which costs far more, on every line.
        self.opening = words[:1]
        #: Its words without anything that can stand around a label, in small letters (None if
        #: too long to be a label: lowering a line of prose costs more than the rest).
        self.label_words = _label_words(words)
        #: The line without its decoration, once asked for.
        self.undecorated: Region | None = None


@dataclass
class Section:
    """A labelled part of the page: ``label`` (None for an unlabelled field) and its blocks."""

    name: str
    label: Region | None
    blocks: list[Region] = field(default_factory=list)


@dataclass
class Page:
    flavour: str
    wrapped: bool = False
    banner: list[Region] = field(default_factory=list)
    date: Region | None = None
    dating: DocumentDate | None = None
    title: Region | None = None
    credits: Region | None = None
    front: list[Section] = field(default_factory=list)
    body: list[Region] = field(default_factory=list)
    footnotes: list[Region] = field(default_factory=list)
    #: Where the source printed its notes: "foot" (the web page's ``[n]``), "end" (a PDF
    #: export's notes after the text, their numbers set after words of it).
    notes_place: str = "foot"
    summary: list[Region] = field(default_factory=list)
    back: list[Section] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, without their line ends (a final line end opens no line)."""
    lines = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        lines.append(Line(start, end, piece))
        start = end + 1
    if lines and not lines[-1].text:
        lines.pop()
    return lines


def undecorate(text: str, line: Line) -> Region:
    """The line without Markdown heading marks, bold markers and surrounding space."""
    if line.undecorated is None:
        line.undecorated = _undecorate(text, line)
    return line.undecorated


def _undecorate(text: str, line: Line) -> Region:
    start, end = line.start, line.end
    heading = _HEADING.match(line.text) if line.opening == "#" else None
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


def label_name(text: str, line: Line, labels: Collection[str]) -> str | None:
    """The label (one of ``labels``, some or all of :data:`_LABELS`) the line is, if it is one: its
    undecorated words are.  Those are its :attr:`Line.label_words` wherever they are a label
    (what undecorating takes off a label's ends is what can stand around one), so most lines
    (prose) are told apart without being undecorated."""
    if line.label_words not in labels:
        return None
    words = undecorate(text, line).of(text).strip().rstrip(":").strip().lower()
    return words if words in labels else None


#: Every label the page reads.
_LABELS = frozenset(FRONT_LABELS + BACK_LABELS)
#: What can stand around a label's words on its line, besides white space: heading marks, bold
#: markers, the colon (no label opens or closes with one of them).
_AROUND_LABEL = "#*:"
#: No label is longer: a line's words are lowered to be compared only up to this length.
_LONGEST_LABEL = max(map(len, _LABELS))


def _label_words(words: str) -> str | None:
    """The line's words with everything that can stand around a label taken off their ends, in
    small letters; None if they are longer than any label (lowering never shortens a text)."""
    while (stripped := words.strip(_AROUND_LABEL).strip()) != words:
        words = stripped
    return words.lower() if len(words) <= _LONGEST_LABEL else None


def blocks_of(text: str, lines: list[Line], wrapped: bool | None = None) -> list[Region]:
    """The blocks (paragraphs, routing lines …) of a stretch of lines.

    Where the stretch is hard-wrapped (a PDF's lines), a block ends where a line end is the
    document's own (see :mod:`teiconv.convert.reflow`) and blank lines (page boundaries) do not
    end it; where it separates its paragraphs by blank lines, a block runs from one blank line to
    the next; where it has none (plain page dumps), every line is a block.  Either way a block does
    not end inside an open bracket: an annotation that spans lines stays whole.  ``wrapped`` says
    whether the page is hard-wrapped (None: judge from these lines).
    """
    inner = lines[_nonblank(lines, 0):]
    while inner and inner[-1].blank:
        inner = inner[:-1]
    wrapped = reflow.is_hard_wrapped(inner) if wrapped is None else wrapped
    ends = reflow.paragraph_ends(inner) if wrapped else set()
    by_line = not wrapped and not any(line.blank for line in inner)
    blocks: list[Region] = []
    current: list[Line] = []
    depth = 0
    in_brackets = line_breaks_in_brackets(text, inner[0].start, inner[-1].end) if inner else set()
    for index, line in enumerate([*inner, None]):
        if wrapped:
            boundary = line is None or (depth == 0 and current and _ends_block(inner, index, ends))
        else:
            boundary = line is None or (depth == 0 and (line.blank or (by_line and bool(current))))
        if boundary and current:
            blocks.append(_block(text, current, wrapped))
            current = []
        if line is not None and not (line.blank and (depth == 0 or wrapped)):
            current.append(line)
            depth = int(line.end in in_brackets)
    return blocks


def _block(text: str, lines: list[Line], wrapped: bool) -> Region:
    """A block's region: from its first line's words to its last line's.  A block of one line is
    that line undecorated, the region it already has (a region is costly to make)."""
    first = undecorate(text, lines[0])
    if len(lines) == 1:
        return first
    return Region(first.start, undecorate(text, lines[-1]).end, wrapped)


def _ends_block(lines: list[Line], index: int, ends: set[int]) -> bool:
    """In hard-wrapped lines: the last filled line before ``index`` ends its paragraph."""
    previous = index - 1
    while previous >= 0 and lines[previous].blank:
        previous -= 1
    return previous in ends and not lines[index].blank


def _nonblank(lines: list[Line], index: int) -> int:
    while index < len(lines) and lines[index].blank:
        index += 1
    return index


def is_collection(text: str, lines: list[Line]) -> bool:
    """A collection page lists several documents, each under a date line, and has no labels.

    A document page starts with its date; a collection page starts with its title.
    """
    filled = [line for line in lines if not line.blank]
    if not filled or _dated(text, filled[0]) or any(label_name(text, line, _LABELS) for line in lines):
        return False
    return sum(1 for line in filled[1:] if _dated(text, line)) >= 2


def _dated(text: str, line: Line) -> bool:
    return read_date_line(undecorate(text, line).of(text)) is not None


def _title(text: str, lines: list[Line], index: int) -> tuple[Region, int]:
    """The title: one line, a bold span over several lines (``**Telegram … [Central\\nCommittee]**``),
    or lines wrapped (by a PDF) up to the first front label."""
    first = lines[index]
    start = undecorate(text, first).start
    stripped = _HEADING.sub("", first.text).strip()
    if stripped.startswith(_BOLD) and not (stripped.endswith(_BOLD) and len(stripped) > 2):
        for last in range(index + 1, len(lines)):
            if lines[last].text.rstrip().endswith(_BOLD):
                return Region(start, undecorate(text, lines[last]).end), last + 1
    for last in range(index + 1, min(len(lines), index + TITLE_MAX_LINES + 1)):
        if lines[last].blank:
            break
        if label_name(text, lines[last], FRONT_LABELS):
            return Region(start, undecorate(text, lines[last - 1]).end), last
    return Region(start, undecorate(text, first).end), index + 1


def run_on_lines(text: str) -> list[Line]:
    """The lines a page run together on one line was made of."""
    return [Line(start, end, text[start:end]) for start, end in run_on_spans(text, FRONT_LABELS)]


def read_page(text: str) -> Page:
    """Find the parts of an export page (see the module's docstring)."""
    lines = split_lines(text)
    run_on = is_run_on((line.text for line in lines), FRONT_LABELS)
    if run_on:
        lines = run_on_lines(text)
    if is_collection(text, lines):
        return Page("collection")
    markdown = any(_is_markdown(line) for line in lines)
    page = Page("markdown" if markdown else "plain", wrapped=reflow.is_hard_wrapped(lines))
    index = _read_banner(text, lines, _nonblank(lines, 0), page)
    if index < len(lines):
        date_region = undecorate(text, lines[index])
        dating = read_date_line(date_region.of(text))
        if dating:
            page.date, page.dating = date_region, dating
            index = _nonblank(lines, index + 1)
    if index < len(lines):
        page.title, index = _title(text, lines, index)
        index = _nonblank(lines, index)
    if index < len(lines) and _CREDITS.match(lines[index].text.strip()):
        page.credits = undecorate(text, lines[index])
        index = _nonblank(lines, index + 1)
    index = _read_front(text, lines, index, page)
    if page.banner or page.wrapped:
        page.flavour = "one-line" if run_on else "pdf"
    back_at = _read_back(text, lines, index, page)
    body_lines = lines[index:back_at]
    if page.back and not any(section.name == "summary" for section in page.front):
        body_lines = _take_summary(text, body_lines, page)
    body_lines = _take_footnotes(text, body_lines, page)
    page.body = blocks_of(text, body_lines, page.wrapped)
    return page


def _is_markdown(line: Line) -> bool:
    """A Markdown heading (``## …``) or a line opening in bold (``**…``)."""
    return line.opening in ("#", "*") and bool(_HEADING.match(line.text) or line.text.lstrip().startswith(_BOLD))


def _read_banner(text: str, lines: list[Line], index: int, page: Page) -> int:
    """Short lines before the date, one naming a web address: the site's banner on a PDF export."""
    filled = [i for i in range(index, min(len(lines), index + 2 * BANNER_MAX_LINES)) if not lines[i].blank]
    for count, candidate in enumerate(filled[: BANNER_MAX_LINES + 1]):
        if read_date_line(undecorate(text, lines[candidate]).of(text)):
            banner = filled[:count]
            if banner and all(len(lines[i].text.strip()) <= BANNER_LINE_MAX_CHARS for i in banner) and any(
                    WEB_ADDRESS.search(lines[i].text) for i in banner):
                page.banner = [undecorate(text, lines[i]) for i in banner]
                return candidate
            break
    return index


def _take_footnotes(text: str, body_lines: list[Line], page: Page) -> list[Line]:
    """Footnotes after the text: from the line opening with ``[n]`` whose marker ``[n]`` stands
    in the text before it — the last such line of the first note, ``[1]`` (a line of the text
    that opens so, ``[1] See the minutes.``, is not where the notes begin), else the first — to
    the end; else a PDF export's endnotes."""
    starts = []
    for index, line in enumerate(body_lines[1:], 1):
        match = line.opening == "[" and NOTE_NUMBER["foot"].match(line.text)
        if match and f"[{match.group('n')}]" in text[body_lines[0].start: line.start]:
            starts.append((index, match.group("n")))
    if not starts:
        return _take_endnotes(text, body_lines, page)
    index = next((index for index, n in reversed(starts) if n == "1"), starts[0][0])
    page.footnotes = _footnote_regions(text, [l for l in body_lines[index:] if not l.blank], NOTE_NUMBER["foot"])
    return body_lines[:index]


def _take_endnotes(text: str, body_lines: list[Line], page: Page) -> list[Line]:
    """Endnotes after a PDF export's text: lines numbered ``1.``, ``2.``, … to the end, each
    number set after a word of the text before them, in the same order (``comprador1``,
    ``cavalry2,``, ``us.3``).  Numbered paragraphs of the text itself (``1. Regarding
    Xinjiang``) have no such numbers in the text before them."""
    numbers = [(index, match.group("n")) for index, line in enumerate(body_lines)
               if line.opening.isdecimal() and (match := NOTE_NUMBER["end"].match(line.text))]
    for first, (index, n) in enumerate(numbers):
        listed = [number for _, number in numbers[first:]]
        if n != "1" or index == 0 or listed != [str(k) for k in range(1, len(listed) + 1)]:
            continue
        position, stop = body_lines[0].start, body_lines[index].start
        for number in listed:
            marker = next((m for m in number_pattern(number).finditer(text, position, stop)
                           if after_word(text, m.start())), None)
            if marker is None:
                break
            position = marker.end()
        else:
            page.footnotes = _footnote_regions(text, [l for l in body_lines[index:] if not l.blank], NOTE_NUMBER["end"])
            page.notes_place = "end"
            return body_lines[:index]
    return body_lines


def _footnote_regions(text: str, lines: list[Line], opening: re.Pattern[str]) -> list[Region]:
    """One region per footnote: its numbered line (``opening``) and the lines that continue it."""
    regions: list[Region] = []
    for line in lines:
        region = undecorate(text, line)
        if opening.match(line.text) or not regions:
            regions.append(region)
        else:
            regions[-1] = Region(regions[-1].start, region.end)
    return regions


def _read_front(text: str, lines: list[Line], index: int, page: Page) -> int:
    """Labelled sections before the body; returns the index of the body's first line.

    ``Contents:`` (its items) is the last of them; every other section ends where the next label
    begins.  A label with no other after it (``Summary`` heading the text of a web page, or the
    text after ``Contents:``) begins the body, not a section that would hold all of it — but for
    ``Original Language:``, whose section is the language's name."""
    while index < len(lines):
        name = label_name(text, lines[index], FRONT_LABELS)
        if name is None:
            break
        stop = index + 1
        if name == "contents":
            stop = _nonblank(lines, stop)
            while stop < len(lines) and _CONTENTS_ITEM.fullmatch(lines[stop].text.strip()):
                stop = _nonblank(lines, stop + 1)
        else:
            while stop < len(lines) and not label_name(text, lines[stop], FRONT_LABELS):
                stop += 1
            if stop == len(lines):  # the last label: only a language's name may follow it as its section
                value = _nonblank(lines, index + 1)
                if name != "original language" or value >= len(lines) or not language_tag(lines[value].text):
                    break
                stop = value + 1
        if page.flavour == "plain":
            page.flavour = "citation"
        section = Section(name, undecorate(text, lines[index]))
        section.blocks = blocks_of(text, lines[index + 1:stop], page.wrapped)
        page.front.append(section)
        index = _nonblank(lines, stop)
        if name == "contents":
            break
    return index


def _read_back(text: str, lines: list[Line], index: int, page: Page) -> int:
    """Trailing fields; returns the index where the body ends."""
    first = _back_start(text, lines, index)
    if first is None:
        last = len(lines) - 1
        while last >= index and lines[last].blank:
            last -= 1
        if last > index and is_classification_line(lines[last].text.strip()):
            page.back.append(Section("original classification", None, blocks_of(text, lines[last:last + 1])))
            return last
        return len(lines)
    current: Section | None = None
    after_blank = True
    guess_labels = not _double_spaced(lines[first:])
    for line in lines[first:]:
        name = label_name(text, line, BACK_LABELS) or (
            _field_label(text, line) if after_blank and guess_labels else None)
        if name:
            current = Section(name, undecorate(text, line))
            page.back.append(current)
        elif current is not None and not line.blank:
            current.blocks.append(undecorate(text, line))
        after_blank = line.blank
    return first


def _back_start(text: str, lines: list[Line], index: int) -> int | None:
    """The first line of the trailing fields: of the lines from ``index`` that are a field's label,
    the earliest reached from the page's end through labels each near the next (a field's values
    are short lines, or a few long ones: a source, a rights statement) and each named once.  A
    line of the text that happens to be a label (a table's ``Source``), with the text's long
    lines after it, starts nothing, on a web page or on a PDF export, which has no fields."""
    labels = [(i, name) for i in range(index, len(lines)) for name in [label_name(text, lines[i], BACK_LABELS)] if name]
    start: int | None = None
    following, named = len(lines), set()  # the page's end, then each label taken
    for earlier, name in reversed(labels):
        long_lines = sum(1 for line in lines[earlier + 1:following] if len(line.text.strip()) > FIELD_LINE_MAX_CHARS)
        if long_lines > FIELD_LONG_LINES_MAX or name in named:
            break
        start = following = earlier
        named.add(name)
    return start


def _double_spaced(lines: list[Line]) -> bool:
    """Whether a blank line follows every line (a copy that doubled each line end): blank lines
    then set off each value as they set off each label, and tell neither from the other."""
    return not any(not line.blank and not following.blank for line, following in zip(lines, lines[1:]))


def _field_label(text: str, line: Line) -> str | None:
    """A field the archive added after our list of labels: a short line after a blank one
    (where the page's lines are not all set off by blank lines)."""
    words = undecorate(text, line).of(text).strip().rstrip(":")
    if not words or len(words.split()) > FIELD_LABEL_MAX_WORDS or words[-1] in ".,;" or not words[0].isupper():
        return None
    return words.lower()


def _take_summary(text: str, body_lines: list[Line], page: Page) -> list[Line]:
    """The archive's unlabelled summary: the last prose paragraph before the trailing fields, and
    the paragraphs before it that are, like it, one line set off by blank lines — as many as
    :data:`SUMMARY_MAX_PARAGRAPHS`, and only where the text before them is not written so (a
    text whose paragraphs are set off by blank lines gives no sign where its summary begins)."""
    blocks = blocks_of(text, body_lines, page.wrapped)
    summary: list[Region] = []
    while len(blocks) > 1 and len(summary) < SUMMARY_MAX_PARAGRAPHS and _is_summary_paragraph(blocks[-1].of(text)):
        summary.insert(0, blocks.pop())
    if len(summary) > 1 and "\n" not in blocks[-1].of(text).strip():
        blocks, summary = blocks + summary[:-1], summary[-1:]
    if not summary:
        return body_lines
    page.summary = summary
    return [line for line in body_lines if line.end <= summary[0].start]


def _is_summary_paragraph(block: str) -> bool:
    return "\n" not in block.strip() and len(block.split()) >= SUMMARY_MIN_WORDS and "[" not in block
