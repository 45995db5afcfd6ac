"""Hard-wrapped text: finding the paragraphs a PDF export's line ends hide.

Text copied out of a PDF keeps the PDF's lines: every line ends near the page's measure
(~80–105 characters, never exactly, since the font is proportional), paragraph breaks become
ordinary line ends, and a blank line marks a page boundary, even in mid-sentence.  A line end is
the document's own only where the line stops well short of the measure:

- a line that ends a sentence (``.``, ``!``, ``?``, ``:``, a closing quotation mark) and is
  shorter than :data:`SENTENCE_END_SHARE` of the measure ends its paragraph;
- a line shorter than :data:`SHORT_LINE_SHARE` of the measure (an addressee, a heading, a
  signature) is a line of its own, whatever it ends with, unless it stops in mid-sentence and
  the line right after it goes on in small letters;
- a line before an item of a list (``- The Ministry of Finance``, ``2) …``) ends its paragraph
  if it introduces the list (ends with ``:``) or is an item itself; an item short of the measure
  with a capital after it is the heading of what follows (``a. Regarding Xinjiang`` /
  ``Stalin said: …``);
- every other line end, and every blank line between two lines of one paragraph, is the PDF's.

The measure is taken locally (the longest line among :data:`WINDOW` lines either side), because
one export may set its summary, its text and its notes at different widths; a paragraph the
export left on one line, far longer than any wrapped line, is not taken for it.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from lxml import etree

from .tei import TEI_NS, Mixed

#: A stretch is hard-wrapped when this share of its lines lies close to its measure …
WRAPPED_SHARE = 0.4
#: … "close" meaning at least this share of the measure …
NEAR_MEASURE = 0.8
#: … few lines run past it (a page of one line per paragraph has many far longer) …
OVER_MEASURE = 1.25
OVER_SHARE = 0.05
#: … there are enough lines to tell …
MEASURED_LINES_MIN = 8
#: … and the measure lies between these lengths (a web page's paragraphs are far longer).
MEASURE_RANGE = (50, 140)
#: A line ending a sentence and shorter than this share of the measure ends a paragraph.
SENTENCE_END_SHARE = 0.85
#: A line shorter than this share of the measure stands on its own.
SHORT_LINE_SHARE = 0.6
#: Lines shorter than this are not counted when judging whether a stretch is hard-wrapped.
MEASURED_LINE_MIN_CHARS = 40
#: Lines either side that set the local measure.
WINDOW = 12
_SENTENCE_END = tuple(".!?:;\"\u201d\u2019)")
#: What opens an item of a list: a dash or bullet, ``1)``, ``2.``, ``a)``, ``b.``, ``(A)`` (not
#: ``A.``, which may be an initial).
_LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2022*]\s?(?=\S)|\d{1,2}[.)]\s|[a-z][.)]\s|\([A-Za-z0-9]{1,2}\)\s)")


class _Line(Protocol):
    text: str

    @property
    def blank(self) -> bool: ...


def _lengths(lines: Sequence[_Line]) -> list[int]:
    return [len(line.text.rstrip()) for line in lines if not line.blank]


def _measure(lengths: Sequence[int]) -> int | None:
    """The stretch's measure: the length nine lines in ten of some length stay within (None
    when too few lines have some length to tell).  Short lines (labels, dates, addressees) say
    nothing about it and are not counted."""
    counted = sorted(length for length in lengths if length >= MEASURED_LINE_MIN_CHARS)
    if len(counted) < MEASURED_LINES_MIN:
        return None
    return counted[int(len(counted) * 0.9) - 1]


def is_hard_wrapped(lines: Sequence[_Line]) -> bool:
    """Most lines of some length end close to one measure, and the measure is a printed page's."""
    lengths = [length for length in _lengths(lines) if length >= MEASURED_LINE_MIN_CHARS]
    measure = _measure(lengths)
    if measure is None or not MEASURE_RANGE[0] <= measure <= MEASURE_RANGE[1]:
        return False
    near = sum(NEAR_MEASURE * measure <= length <= OVER_MEASURE * measure for length in lengths)
    over = sum(length > OVER_MEASURE * measure for length in lengths)
    return near >= WRAPPED_SHARE * len(lengths) and over <= OVER_SHARE * len(lengths)


def _local_measure(lengths: list[int], index: int) -> int:
    window = lengths[max(0, index - WINDOW): index + WINDOW + 1]
    return max(window)


def paragraph_ends(lines: Sequence[_Line]) -> set[int]:
    """Indexes (into ``lines``) of the lines whose end is the document's own.

    A line far longer than the measure is a paragraph the export left whole: it ends its
    paragraph where it ends a sentence, and sets no measure for the wrapped lines around it
    (taken for the measure, it made every one of them a paragraph of its own)."""
    filled = [i for i, line in enumerate(lines) if not line.blank]
    lengths = [len(lines[i].text.rstrip()) for i in filled]
    measure = _measure(lengths)
    longest_wrapped = OVER_MEASURE * measure if measure else max(lengths, default=0)
    wrapped_lengths = [length if length <= longest_wrapped else 0 for length in lengths]
    # A line reaching this share of the longest wrapped line reaches it of every local measure
    # (none is longer), and so the smaller share a short line stays under: its end is the PDF's,
    # told without taking the measure around it (the costliest step, for most lines).
    full = SENTENCE_END_SHARE * max(wrapped_lengths, default=0)
    ends = set()
    for position, index in enumerate(filled):
        text = lines[index].text.rstrip()
        following = lines[filled[position + 1]].text if position + 1 < len(filled) else ""
        if _LIST_ITEM.match(following) and (text.endswith(":") or _LIST_ITEM.match(text)):
            ends.add(index)  # a list's first item after its introduction, or its next item
            continue
        if len(text) > longest_wrapped:
            if text.endswith(_SENTENCE_END):
                ends.add(index)
            continue
        if len(text) >= full:
            continue
        local = _local_measure(wrapped_lengths, position)
        if text.endswith(_SENTENCE_END):
            if len(text) < SENTENCE_END_SHARE * local:
                ends.add(index)
        elif len(text) < SHORT_LINE_SHARE * local and not (
                filled[position + 1:position + 2] == [index + 1] and _continues(text, following)):
            ends.add(index)
        elif _LIST_ITEM.match(text) and following[:1].isupper():
            ends.add(index)  # an item short of the measure, a capital after it: its heading
    return ends


def _continues(text: str, following: str) -> bool:
    """A short line in mid-sentence whose sentence goes on in small letters on the line right
    after it (``which I conveyed to you`` / ``through comrade Kovalev``): the export broke it
    short.  Across a blank line it may be a signature's lines (``Liu Shaoqi`` / ``the Chinese
    Communist Party CC``), and is not taken for one."""
    return (text[-1:].isalpha() or text.endswith(",")) and following[:1].islower()


def unwrap(items: list[Mixed]) -> list[Mixed]:
    """Encoded text of a re-flowed paragraph: the PDF's line breaks (``<lb/>``) back to white space.

    The line end stays in the text as a newline, so the transcription is regenerated unchanged.
    """
    result: list[Mixed] = []
    for item in items:
        if isinstance(item, str):
            result.append(item)
        elif item.tag == f"{{{TEI_NS}}}lb":
            result.append("\n" + (item.tail or ""))
        else:
            for lb in list(item.iter(f"{{{TEI_NS}}}lb")):
                _drop_keeping_newline(lb)
            result.append(item)
    return result


def _drop_keeping_newline(element: etree._Element) -> None:
    parent = element.getparent()
    text = "\n" + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)
