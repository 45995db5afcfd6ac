"""Reading PDFs back for the PDF edition's tests: words in order, fonts, outline, footnotes.

The checks work on what a reader gets from the file (extracted text, the outline, embedded font
programs), not on the HTML that produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from lxml import etree
from pypdf import PdfReader

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"tei": TEI[1:-1]}

def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased; hyphens and punctuation separate words."""
    return re.findall(r"\w+", text.lower())


# A word hyphenated at a line end may have a running head and footnotes between its halves
# when the line ends a page.
_SPLIT_WINDOW = 120


def in_order(needles: list[str], haystack: list[str]) -> int:
    """How many of ``needles`` occur in ``haystack`` in the same order (greedy), a needle
    also matching a word split in two by hyphenation."""
    position = 0
    for found, needle in enumerate(needles):
        end = _match(needle, haystack, position)
        if end is None:
            return found
        position = end
    return len(needles)


def _match(needle: str, haystack: list[str], start: int) -> int | None:
    """Where the match of ``needle`` at or after ``start`` ends, or None."""
    for j in range(start, len(haystack)):
        word = haystack[j]
        if word == needle:
            return j + 1
        if len(word) >= 2 and needle.startswith(word) and needle != word:
            rest = needle[len(word):]
            for k in range(j + 1, min(j + 1 + _SPLIT_WINDOW, len(haystack))):
                if haystack[k] == rest:
                    return k + 1
    return None


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def outline_titles(path: Path) -> list[str]:
    """Every bookmark title, depth first."""
    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item.title
    return list(walk(PdfReader(path).outline))


def fonts_without_program(path: Path) -> list[str]:
    """Names of fonts the PDF uses but does not embed."""
    missing = []
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in (ref.get_object() for ref in fonts.values()):
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for ref in page.get("/Resources", {}).get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


@dataclass
class Footnotes:
    """Per page: the numbers called in the text and the numbers of the notes at its foot."""

    calls: list[list[int]]
    markers: list[list[int]]


def footnotes(path: Path, note_size: float = 8.0, call_below: float = 6.8) -> Footnotes:
    """Footnote calls and the markers ("1.") that begin lines set at the note size, page by
    page.  Calls are set at 65% of their text, so below ``call_below`` points: print.css sets
    no text that small."""
    calls, markers = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            calls.append(_calls(page.chars, call_below))
            markers.append(_markers(page, note_size))
    return Footnotes(calls, markers)


def _calls(chars: list[dict], call_below: float) -> list[int]:
    found: list[int] = []
    run, last = "", None
    for char in chars:
        if char["text"].isdigit() and char["size"] < call_below:
            adjacent = last is not None and abs(char["x0"] - last["x1"]) < 0.5
            if run and not adjacent:
                found.append(int(run))
                run = ""
            run += char["text"]
            last = char
        elif run:
            found.append(int(run))
            run, last = "", None
    if run:
        found.append(int(run))
    return found


def _markers(page, note_size: float) -> list[int]:
    line_starts: dict[int, dict] = {}
    for word in page.extract_words(extra_attrs=["size"]):
        key = round(word["top"])
        if key not in line_starts or word["x0"] < line_starts[key]["x0"]:
            line_starts[key] = word
    return [int(word["text"][:-1]) for _, word in sorted(line_starts.items())
            if re.fullmatch(r"\d+\.", word["text"]) and abs(word["size"] - note_size) < 0.2]


# ---- What the TEI says should be printed -------------------------------------------------

def parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


def is_footnote(note: etree._Element) -> bool:
    """Notes the print edition sets as footnotes: all but "signed" marks and the labels of
    annotations and stamps (a note inside a stamp, pointing at an addition or stamp, or an
    editorial note standing right before one)."""
    if note.get("subtype") == "signed" or note.getparent().tag == TEI + "stamp":
        return False
    targets = [t[1:] for t in (note.get("target") or "").split() if t.startswith("#")]
    root = note.getroottree()
    if any(root.xpath("//*[@xml:id=$i][self::tei:add or self::tei:stamp]", i=t, namespaces=NS)
           for t in targets):
        return False
    following = note.getnext()
    between = (note.tail or "").strip()
    labels_next = (following is not None and not between
                   and following.tag in (TEI + "add", TEI + "stamp"))
    return not (note.get("type") == "editorial" and not targets and labels_next)


def footnote_notes(tree: etree._ElementTree) -> list[etree._Element]:
    """The footnotes, in order; a note inside a note is printed inside its footnote."""
    return [n for n in tree.iterfind(".//tei:text/tei:body//tei:note", NS)
            if is_footnote(n) and not n.xpath("ancestor::tei:note", namespaces=NS)]


def reading_words(tree: etree._ElementTree) -> list[str]:
    """The words of the document's body in reading order, footnotes left out (they go to
    the foot of the page) and no text of the header."""
    body = tree.find(".//tei:text/tei:body", NS)
    skipped = set(footnote_notes(tree))
    parts: list[str] = []

    def walk(element):
        if element in skipped:
            if element.tail:
                parts.append(element.tail)
            return
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if element.tail and element is not body:
            parts.append(element.tail)

    walk(body)
    return words(" ".join(parts))


def title(tree: etree._ElementTree) -> str:
    return " ".join(tree.findtext(".//tei:titleStmt/tei:title", "", NS).split())


# ---- The helpers themselves must be able to say no ---------------------------------------

def test_words_split_at_hyphens_and_punctuation():
    assert words("al-\nthough General-Major, “Cde.”") == ["al", "though", "general", "major", "cde"]


def test_in_order_counts_only_words_in_sequence():
    assert in_order(["a", "b", "c"], ["x", "a", "y", "b", "c"]) == 3
    assert in_order(["b", "a"], ["a", "b"]) == 1
    assert in_order(["although", "then"], ["al", "page", "2", "though", "then"]) == 2
    assert in_order(["although"], ["al", "thought"]) == 0
