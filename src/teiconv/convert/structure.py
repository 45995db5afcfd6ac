"""The shape of a document: opener, text, closer, administrative notes.

A cable is read top to bottom as a clerk laid it out:

- the **opener** — everything before the first paragraph of prose: classification and handling
  marks, routing lines (``CABLE``, ``from KUYBYSHEV sent at …``, ``Incoming № …``), addressees,
  datelines, salutations, and annotations written over them;
- the **text** — paragraphs, numbered lists, and letters quoted whole (a block opening a
  quotation that a later block closes), which are encoded as ``<floatingText>`` with a shape of
  their own;
- the **closer** — the signature after the last paragraph (``DIMITROV``, ``I. STALIN``,
  ``With deep respect: …``, ``… [signed]``) and the short lines that belong to it;
- the **registration** — what clerks added afterwards (``Deciphered at …``, ``3 copies``,
  distribution lists), kept in a ``<div type="registration">`` of its own.

The rules are about the shape of lines, never about particular documents.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .context import Context
from . import brackets
from .brackets import QUOTE_MARKS
from .conventions import marks
from .conventions.routing import is_date_element, is_date_line
from .conventions.signed import marks_signature
from .inline import InlineEncoder
from .page import Region
from .reflow import unwrap
from .tei import Mixed, append, el, sub

QUOTES_OPEN = ('"', "\u201c")
QUOTES_CLOSE = ('"', "\u201d")
#: Prose: mostly lower-case letters and either long or a sentence of several words.
PROSE_MIN_CHARS = 80
PROSE_MIN_WORDS = 8
#: Lines that may follow a signature in the closer are short.
CLOSER_LINE_MAX_CHARS = 80
#: No paragraph this long follows a closer: a signature-like line before one is not the closer.
AFTER_CLOSER_MAX_CHARS = 200
#: How near its end a text run together on one line may hold the closer that ran into it.
RUN_ON_CLOSER_MAX_CHARS = 300

_LIST_ITEM = re.compile(r"(?P<label>(?P<n>\d{1,2})\.)\s+")
#: Where a sentence ends in a text whose line ends are lost: a word's full stop (not an
#: initial's), question or exclamation mark, a closing quote, then white space.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\]\)][.!?])[\"\u201d]?\s+")
_SIGNATURE = re.compile(
    r"(?:[A-Z]\.\s*)*[A-Z][A-Z'\u2019\-]{2,}(?:[\s,]+(?:[A-Z]\.\s*)*[A-Z][A-Z'\u2019\-]{2,})*\.?[\"\u201d]?"
    r"|/[^/\n]+/"
    r"|(?:[A-Z] ){2,}[A-Z]"
)
_VALEDICTION = re.compile(
    r"(?P<salute>(?:With [\w ]{0,30}?(?:respect|greetings|regards|wishes)|(?:Respectfully|Sincerely|Cordially|Faithfully)"
    r"(?: yours| submitted)?|Yours[\w ]*|(?:(?:Best|Kind|Warm)(?:est)? )?(?:Regards|regards|wishes))[,:!])\s*"
)
#: A person's name: capitalised words and initials, a bracketed completion inside a word
#: (``A[pollon] Petrov``), a stray full stop as a typist left it (``Jawaharlal .Nehru``).
_NAME_WORD = r"\.?[A-Z](?:\[[^\]\n]*\]|[a-z'\u2019-])+\]?"
_NAME = rf"(?:[A-Z]\.\s*)*{_NAME_WORD}(?:\s+(?:[A-Z]\.\s*)*{_NAME_WORD}){{0,2}}"
_INITIAL = r"[A-Z](?:\.|\[[^\]\n]*\])\s*"
#: A bracketed note before a name (``[Chinese signature] Liu Shaoqi``).
_LEADING_BRACKET = re.compile(r"(?:\[[^\]\n]*\]\s*)+")
#: What marks a typed name as signed: ``/s/ Jan Example``, ``(signed) J. Example``, ``Signed: Molotov``.
_SIGNED_MARK = r"(?:/s/\s*|\((?i:signed|sgd\.?)\)\s*|(?i:signed|sgd\.?):?\s+)?"
#: A role after a name and a comma: ``Jan Example, Director``, ``J. Example, Secretary of the Committee``.
_ROLE_AFTER = r"(?:,\s+[A-Z][\w'\u2019-]*(?:\s+(?:of|the|for|and|[A-Z][\w'\u2019-]*)){0,6})?"
#: Signatures written as names: ``Terebin.``, ``(Bitterlich)``, a role and an initialled name
#: (``Ambassador of the USSR in China A[pollon] Petrov``), a name with its role after it.
_NAME_SIGNATURE = re.compile(
    rf"{_SIGNED_MARK}\(?{_NAME}\)?{_ROLE_AFTER}\.?"
    rf"|[A-Z][\w ,.'\u2019()-]{{2,60}}?\s(?:{_INITIAL})+{_NAME_WORD}\.?"
)
#: A name and a date on one closer line, either way round (``Mao Zedong 11 June 1949``, ``7 December 46   Kuliyev``).
_DAY_MONTH_YEAR = r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{2,4}"
_NAME_THEN_DATE = re.compile(rf"(?P<name>{_NAME})\s+{_DAY_MONTH_YEAR}\.?")
_DATE_THEN_NAME = re.compile(rf"{_DAY_MONTH_YEAR}\s+(?P<name>{_NAME})")
_ADMIN = re.compile(
    r"(Deciphered|Ciphered|Encoded|Decoded|Typed|Printed|Sent|Dispatched|Distributed|Registered|"
    r"Copies|Copy|Distribution|\d+\s+cop(?:y|ies)\b)|.*\bcopies printed\b",
    re.IGNORECASE,
)
_TYPIST = re.compile(r"[a-z]{1,4}\.?")
_SALUTE = re.compile(r"(?:Dear\b|Cdes?\.|Comrades?\b|Mr\.|Sir\b).{0,60}[!,:]")
_ROUTING_TIME = re.compile(r"\b(sent|arrived|received|dispatched)\b", re.IGNORECASE)
_ADDRESS = re.compile(
    r"(?:^(?:TO|OF THE)\b|\b(?i:to)\s+(?:(?:Cdes?\.|Comrades?)\s+)?[A-Z]{2,}|^[A-Z]{3,}(?:\s+[A-Z]+)*,)"
)
_DATELINE = re.compile(r"[A-Z][a-z]+,\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{2,4})?")


@dataclass
class Block:
    region: Region
    text: str

    @property
    def start(self) -> int:
        return self.region.start

    @property
    def end(self) -> int:
        return self.region.end


@dataclass
class QuotedLetter:
    """Blocks from one whose text opens a quotation to the one that closes it."""

    blocks: list[Block]


Unit = Block | QuotedLetter


def _blocks(units: list[Unit]) -> list[Block]:
    """The units of an opener or a closer, which are blocks: a quoted letter is text."""
    return [unit for unit in units if isinstance(unit, Block)]


@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """A paragraph of running text (not a clerk's note, however long)."""
    if is_admin(text):
        return False
    lower, upper = sum(map(str.islower, text)), sum(map(str.isupper, text))
    if not lower or lower < upper:
        return False
    if text.lstrip().startswith("[") and text.rstrip().endswith("]"):
        return False
    return len(text) >= PROSE_MIN_CHARS or (
        len(text.split()) >= PROSE_MIN_WORDS and text.rstrip()[-1:] in '.!?:;"\u201d'
    )


def is_bracketed(text: str) -> bool:
    return text.lstrip().startswith("[")


def is_bracket_only(text: str) -> bool:
    """The block is one bracket group (``[page break]``, an annotation): an ``ab``, not prose.
    Read as the inline encoder reads it (:func:`brackets.parse`), so both agree where it ends."""
    text = text.strip()
    nodes = brackets.parse(text).nodes if text.startswith("[") else []
    return len(nodes) == 1 and isinstance(nodes[0], brackets.Bracket)


def is_signature(text: str) -> bool:
    text = text.strip()
    return bool(_SIGNATURE.fullmatch(text) or _VALEDICTION.match(text) or marks_signature(text)
                or is_name_signature(text) or _dated_name(text))


def split_run_on_closer(block: Block) -> list[Block]:
    """``… a meeting began there. Terebin. 10.1.1949``: a page run together on one line ran the
    closer into the text's last paragraph.  At the first sentence end, within the last
    :data:`RUN_ON_CLOSER_MAX_CHARS` characters, after which comes a valediction (and whatever
    follows it: ``With Bolshevik greetings, Mao Zedong 11 June 1949``), or only signatures and
    dates, a signature first, the block is cut: the paragraph, then the closer's lines, a
    sentence each, as the lines they were before the copy."""
    text = block.text
    ends = list(_SENTENCE_END.finditer(text, max(0, len(text) - RUN_ON_CLOSER_MAX_CHARS)))
    for index, end in enumerate(ends):
        if _VALEDICTION.match(text, end.end()):
            lines = [(end.end(), len(text))]
        else:
            starts = [end.end()] + [later.end() for later in ends[index + 1:]]
            stops = [_kept(later) for later in ends[index + 1:]] + [len(text)]
            lines = list(zip(starts, stops))
            texts = [text[start:stop] for start, stop in lines]
            if not is_signature(texts[0]) or not all(is_signature(t) or is_date_line(t) for t in texts):
                continue
        return [_sub_block(block, 0, _kept(end))] + [_sub_block(block, start, stop) for start, stop in lines]
    return [block]


def _kept(sentence_end: re.Match) -> int:
    """Where the text before a sentence end stops: after its closing quote, before the space."""
    return sentence_end.start() + len(sentence_end.group().rstrip())


def _sub_block(block: Block, start: int, stop: int) -> Block:
    region = block.region._replace(start=block.start + start, end=block.start + stop)
    return Block(region, block.text[start:stop])


def is_name_signature(text: str) -> bool:
    """A line that is a name (with its role, or after a bracketed note): a signature as typed."""
    text = _LEADING_BRACKET.sub("", text.strip(), count=1) if text.lstrip().startswith("[") else text.strip()
    return bool(text) and bool(_NAME_SIGNATURE.fullmatch(text))


def _dated_name(text: str) -> tuple[int, int] | None:
    """Where the name is on a line of a name and a date (offsets in ``text``), else None."""
    if "," in text:
        return None
    match = _NAME_THEN_DATE.fullmatch(text) or _DATE_THEN_NAME.fullmatch(text)
    return match.span("name") if match else None


def is_admin(text: str) -> bool:
    text = text.strip()
    return bool(_ADMIN.match(text) or _TYPIST.fullmatch(text))


def group_letters(blocks: list[Block]) -> list[Unit]:
    """Find letters quoted whole: an opening quotation mark closed only in a later block.

    The blocks that end a quotation are indexed once per closing mark, so each opening finds its
    closing block by bisection: linear in the document, however many quotations stay open.
    """
    endings = {mark: [j for j, block in enumerate(blocks) if _ends_quotation(block.text, mark)]
               for mark in set(QUOTE_MARKS.values())}
    units: list[Unit] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        text = block.text.strip()
        opens = text.startswith(QUOTES_OPEN) and len(text) > 1 and not _closes_itself(text)
        closing = _next_after(endings[QUOTE_MARKS[text[0]]], index) if opens else None
        if closing is None:
            units.append(block)
            index += 1
        else:
            units.append(QuotedLetter(blocks[index:closing + 1]))
            index = closing + 1
    return units


def _next_after(indices: list[int], index: int) -> int | None:
    """The first of the sorted ``indices`` after ``index``, if any."""
    position = bisect.bisect_right(indices, index)
    return indices[position] if position < len(indices) else None


def _ends_quotation(text: str, mark: str) -> bool:
    """A block that ends a quotation has words before its closing mark."""
    text = text.strip()
    return text.endswith(mark) and len(text) > 1


def _lines(tag: str, blocks: list[Block], encode_line) -> etree._Element:
    """An opener or closer: each block a line of its own, in the order of the source."""
    container = el(tag)
    for index, block in enumerate(blocks):
        if index:
            append(container, ["\n"])
        append(container, encode_line(block))
    return container


def _closes_itself(text: str) -> bool:
    return sum(text.count(mark) for mark in set(QUOTES_OPEN + QUOTES_CLOSE)) % 2 == 0


class StructureBuilder:
    """Builds the body of one document from its blocks."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def inline(self, block: Block | Region, routing: bool = False) -> list[Mixed]:
        """The block's text encoded; a re-flowed block without the PDF's line breaks."""
        items = InlineEncoder(self.ctx, routing).encode_range(block.start, block.end)
        region = block.region if isinstance(block, Block) else block
        return unwrap(items) if region.reflowed else items

    def blocks(self, regions: list[Region]) -> list[Block]:
        return [Block(region, region.of(self.ctx.text)) for region in regions]

    # -- the document -------------------------------------------------------------------------

    def body(self, regions: list[Region], doc_type: str, run_on: bool = False) -> list[etree._Element]:
        """``<div type="document">`` and, if there are any, ``<div type="registration">``; for a
        page run together on one line, with its closer cut from its last paragraph."""
        blocks = self.blocks(regions)
        if run_on and blocks:
            blocks[-1:] = split_run_on_closer(blocks[-1])
        document, registration = self.document(group_letters(blocks), doc_type)
        return [document] + ([registration] if registration is not None else [])

    def document(self, units: list[Unit], doc_type: str) -> tuple[etree._Element, etree._Element | None]:
        """The document's division (opener, text, closer) and its registration, if it has one."""
        prose = [i for i, unit in enumerate(units) if isinstance(unit, QuotedLetter) or is_prose(unit.text)]
        div = el("div", {"type": "document", "subtype": doc_type})
        if not prose:
            self.text_units(div, units)
            return div, None
        first = prose[0]
        text_end = self.closer_start(units, first) or prose[-1] + 1
        if first:
            div.append(self.opener(_blocks(units[:first])))
        self.text_units(div, units[first:text_end])
        trailing = units[text_end:]
        closer_length = self.closer_length(trailing)
        if closer_length:
            div.append(self.closer(_blocks(trailing[:closer_length])))
        rest = trailing[closer_length:]
        if not rest:
            return div, None
        registration = el("div", {"type": "registration"})
        self.text_units(registration, rest, routing=True)
        return div, registration

    # -- opener -------------------------------------------------------------------------------

    def opener(self, units: list[Block]) -> etree._Element:
        return _lines("opener", units, self.opener_line)

    def opener_line(self, block: Block) -> list[Mixed]:
        text = block.text
        if is_bracketed(text):
            return self.inline(block, routing=True)
        mark = marks.split_mark(text)
        if mark:
            return self.marked_line(block, *mark)
        if _SALUTE.fullmatch(text.strip()):
            return [el("salute", None, *self.inline(block))]
        content = self.inline(block, routing=True)
        if _ROUTING_TIME.search(text) or _DATELINE.match(text) or any(map(is_date_element, content)):
            return [el("dateline", None, *content)]
        kind = "address" if _ADDRESS.search(text) else "routing"
        return [el("seg", {"type": kind}, *content)]

    def marked_line(self, block: Block, kind: str, mark_end: int) -> list[Mixed]:
        """``TOP SECRET □□□`` or ``Reproduction prohibited TO THE …``: the mark, then the rest."""
        mark_text = block.text[:mark_end]
        attributes: dict[str, str | None] = {"type": kind}
        if kind == "classification":
            attributes["ana"] = "#" + marks.category_id(mark_text)
        items: list[Mixed] = [el("seg", attributes, mark_text)]
        rest = Region(block.start + mark_end, block.end)
        rest_text = rest.of(self.ctx.text)
        if rest_text.strip():
            content = self.inline(rest, routing=True)
            if _ADDRESS.search(rest_text.lstrip()):
                leading = rest_text[: len(rest_text) - len(rest_text.lstrip())]
                content = [leading, el("seg", {"type": "address"}, *self._lstrip(content))]
            items.extend(content)
        return items

    @staticmethod
    def _lstrip(items: list[Mixed]) -> list[Mixed]:
        if items and isinstance(items[0], str):
            return [items[0].lstrip(), *items[1:]]
        return items

    # -- text ---------------------------------------------------------------------------------

    def text_units(self, parent: etree._Element, units: list[Unit], routing: bool = False) -> None:
        """Paragraphs, lists and quoted letters, in order (each made inside ``parent``, not in a
        document of its own to be moved into it)."""
        current_list: etree._Element | None = None
        for unit in units:
            if isinstance(unit, QuotedLetter):
                current_list = None
                sub(parent, "p", None, self.quoted_letter(unit))
                continue
            items = self.list_items(unit)
            if items:
                if current_list is None:
                    current_list = sub(parent, "list", {"type": "ordered"})
                for number, label, content in items:
                    sub(current_list, "label", None, label.of(self.ctx.text))
                    sub(current_list, "item", {"n": number}, *self.inline(content, routing))
                continue
            current_list = None
            tag = "ab" if is_bracket_only(unit.text) else "p"
            sub(parent, tag, None, *self.inline(unit, routing))

    @staticmethod
    def list_items(block: Block) -> list[tuple[str, Region, Region]]:
        """``1. …`` items (number, its label as written, content): the block's lines, if every one
        of them is numbered."""
        items = []
        offset = block.start
        for line in block.text.split("\n"):
            match = _LIST_ITEM.match(line)
            if not match:
                return []
            items.append((match.group("n"), Region(offset, offset + match.end("label")),
                          Region(offset + match.end(), offset + len(line.rstrip()))))
            offset += len(line) + 1
        return items

    def quoted_letter(self, letter: QuotedLetter) -> etree._Element:
        """A letter quoted whole: its own opener, paragraphs and closer inside ``<q>``."""
        blocks = list(letter.blocks)
        first, last = blocks[0], blocks[-1]
        opening = first.text.index(first.text.lstrip()[0])
        blocks[0] = Block(Region(first.start + opening + 1, first.end), first.text[opening + 1:])
        last = blocks[-1]
        blocks[-1] = Block(Region(last.start, last.end - 1), last.text[:-1])
        units: list[Unit] = list(blocks)
        letter_type = "letter"
        div, registration = self.document(units, letter_type)
        body = el("body", None, div, registration)
        rend = None if first.text.lstrip().startswith('"') else "curly-quotes"
        return el("q", {"rend": rend}, el("floatingText", {"type": letter_type}, body))

    # -- closer -------------------------------------------------------------------------------

    @staticmethod
    def closer_start(units: list[Unit], first_prose: int) -> int | None:
        """The first signature after the text begins that only short lines follow."""
        for index in range(first_prose + 1, len(units)):
            unit = units[index]
            if isinstance(unit, QuotedLetter) or not is_signature(unit.text):
                continue
            after = units[index + 1:]
            if not any(isinstance(u, QuotedLetter) or (len(u.text) > AFTER_CLOSER_MAX_CHARS
                                                        and not is_bracketed(u.text)) for u in after):
                return index
        return None

    def closer_length(self, units: list[Unit]) -> int:
        """How many of the units after the text belong to the closer."""
        if not units or isinstance(units[0], QuotedLetter) or not is_signature(units[0].text):
            return 0
        length = 1
        for unit in units[1:]:
            if isinstance(unit, QuotedLetter):
                break
            text = unit.text.strip()
            if is_admin(text) or (is_bracketed(text) and not is_name_signature(text)) or is_prose(text) \
                    or _LIST_ITEM.match(text):
                break
            if len(text) > CLOSER_LINE_MAX_CHARS:
                break
            length += 1
        return length

    def closer(self, units: list[Block]) -> etree._Element:
        return _lines("closer", units, self.closer_line)

    def closer_line(self, block: Block) -> list[Mixed]:
        valediction = _VALEDICTION.match(block.text)
        if valediction and valediction.end() == len(block.text):
            return [el("salute", None, *self.inline(block))]
        if valediction:
            salute_end = block.start + valediction.end("salute")
            return [el("salute", None, *self.inline(Region(block.start, salute_end))),
                    block.text[valediction.end("salute"):valediction.end()],
                    el("signed", None, *self.inline(Region(block.start + valediction.end(), block.end)))]
        dated_name = _dated_name(block.text)
        if dated_name:
            return self.dated_signature(block, *dated_name)
        content = self.inline(block, routing=True)
        if is_signature(block.text):
            return [el("signed", None, *content)]
        if any(map(is_date_element, content)):
            return [el("dateline", None, *content)]
        return [el("seg", {"type": "closer-line"}, *content)]

    def dated_signature(self, block: Block, name_start: int, name_end: int) -> list[Mixed]:
        """``Mao Zedong 11 June 1949``: the name signed, the date a dateline, the space between kept."""
        items: list[Mixed] = []
        for start, end in ((0, name_start), (name_start, name_end), (name_end, len(block.text))):
            part = block.text[start:end]
            words = part.strip()
            if not words:
                items.append(part)
                continue
            leading = len(part) - len(part.lstrip())
            region = Region(block.start + start + leading, block.start + start + leading + len(words))
            content = self.inline(region, routing=True)
            tag = "signed" if start == name_start else "dateline"
            items += [part[:leading], el(tag, None, *content), part[leading + len(words):]]
        return items
