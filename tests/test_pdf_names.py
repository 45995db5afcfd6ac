"""The edition PDF's index of names, checked by opening the PDF: every registered person, place
and organisation the documents name is listed under the register's name, with page numbers
that lead to pages where the name is printed."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from teiconv.edition import Edition
from teiconv.pdf import EDITION_NAME, PdfEdition
from teiconv.registers import load_registers

REPO = Path(__file__).resolve().parent.parent
ENTRY_LINE = re.compile(r"^(?P<name>.+?) (?P<pages>\d+(?:, \d+)*)$")
HEADINGS = {"Persons": "person", "Places": "place", "Organisations": "org"}


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf")
    result = PdfEdition(Edition(), registers_dir=REPO / "registers").build([REPO / "tei"], out, each=False)
    assert result.ok, [str(d) for d in result.diagnostics]
    return out / EDITION_NAME


def page_texts(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def index_of_names(pages: list[str]) -> dict[str, dict[str, list[int]]]:
    """register → printed name → pages, read from the index's pages of the PDF."""
    start = next(number for number, text in enumerate(pages) if text.lstrip().startswith("Index of names"))
    found: dict[str, dict[str, list[int]]] = {}
    register = None
    for text in pages[start:]:
        for line in text.splitlines():
            line = line.strip()
            if line in HEADINGS:
                register = HEADINGS[line]
            elif register and (match := ENTRY_LINE.match(line)):
                found.setdefault(register, {})[match["name"]] = [int(n) for n in match["pages"].split(", ")]
    return found


def flat(text: str) -> str:
    """Text to look a name up in: lower case, without line breaks, hyphenation or spaces."""
    return re.sub(r"-\n|\s+", "", text.lower())


def named_refs() -> set[str]:
    refs = set()
    for path in (REPO / "tei").glob("*.xml"):
        refs |= {ref for ref in etree.parse(str(path)).xpath(
            "//*[local-name() = 'text']//*[local-name() = 'persName' or local-name() = 'placeName'"
            " or local-name() = 'orgName']/@ref") if ref.split(":")[0] in ("person", "place", "org")}
    return refs


def test_every_named_entry_is_in_the_index_under_the_registers_name(edition):
    index = index_of_names(page_texts(edition))
    registers = load_registers(REPO / "registers")
    expected = {}
    for ref in named_refs():
        expected.setdefault(ref.split(":")[0], set()).add(registers.entries[ref].label)
    assert {kind: set(names) for kind, names in index.items()} == expected
    assert "Joseph Stalin" in index["person"] and "Filippov" not in index["person"]
    names = list(index["person"])
    assert names == sorted(names, key=str.lower)


def test_each_page_number_leads_to_a_page_that_names_the_entry(edition):
    pages = page_texts(edition)
    registers = load_registers(REPO / "registers")
    by_label = {entry.label: entry for entry in registers.entries.values()}
    for names in index_of_names(pages).values():
        for name, numbers in names.items():
            forms = [flat(form.text) for form in by_label[name].forms]
            assert numbers == sorted(set(numbers)), name  # each page once
            for number in numbers:
                assert any(form in flat(pages[number - 1]) for form in forms), (name, number)


def document_pages(pages: list[str]) -> list[range]:
    """The pages of each document, from the contents' page numbers (About, principles, the
    documents, sources, index: a document runs to the page before the next part begins)."""
    starts = [int(line.rsplit(" ", 1)[1]) for line in pages[1].splitlines()[1:] if re.search(r" \d+$", line)]
    return [range(start, end) for start, end in itertools.pairwise(starts[2:-1])]


def test_an_entry_lists_each_page_of_a_document_that_names_it(edition):
    pages = page_texts(edition)
    documents = document_pages(pages)
    assert len(documents) == 4
    spread = {name: [number for number in numbers if number in document]
              for names in index_of_names(pages).values() for name, numbers in names.items()
              for document in documents}
    assert any(len(numbers) >= 2 for numbers in spread.values())


def test_the_index_alone_gives_each_page_once_in_order_linking_to_its_first_mention():
    from teiconv.pdf.index import index_alone

    book = ('<html><body><article><p id="m1">A</p><p id="m2">A</p><p id="m3">A</p></article>'
            '<section class="names-index"><h1 id="names-index">Index of names</h1><ul><li>'
            '<span class="index-name">A</span> <a class="index-page" href="#m1"></a>'
            '<a class="index-page" href="#m2"></a><a class="index-page" href="#m3"></a>'
            '<a class="index-page" href="#unprinted"></a></li></ul></section></body></html>')
    alone = etree.HTML(index_alone(book, {"m1": 9, "m2": 8, "m3": 9, "names-index": 10}).encode())
    assert alone.xpath("//article") == []
    assert [(a.text, a.get("href")) for a in alone.xpath("//li/a")] == [("8", "#m2"), ("9", "#m1")]


def test_every_mention_is_linked_from_its_entry():
    from teiconv.pdf.stylesheet import PrintStylesheet

    stylesheet = PrintStylesheet(Edition())
    sources = [stylesheet.parse(path) for path in sorted((REPO / "tei").glob("*.xml"))]
    html = etree.HTML(stylesheet.edition_html([s for s in sources if s.kind.value == "document"], None).encode())
    anchors = html.xpath("//*[starts-with(@id, 'name-')]/@id")
    links = html.xpath("//section[@class='names-index']//a[@class='index-page']/@href")
    assert sorted(anchors) == sorted(link[1:] for link in links)
    assert len(anchors) == len(set(anchors)) > 100


def test_the_contents_lead_to_the_index(edition):
    pages = page_texts(edition)
    [line] = [line for line in pages[1].splitlines() if line.startswith("Index of names")]
    number = int(line.rsplit(" ", 1)[1])
    assert pages[number - 1].lstrip().startswith("Index of names")


def test_without_registers_an_entry_is_filed_under_the_form_the_documents_use_most():
    from collections import Counter

    from teiconv.pdf.stylesheet import PrintStylesheet

    stylesheet = PrintStylesheet(Edition())
    sources = [stylesheet.parse(path) for path in sorted((REPO / "tei").glob("*.xml"))]
    html = etree.HTML(stylesheet.edition_html([s for s in sources if s.kind.value == "document"], None).encode())
    entries = {" ".join(li.xpath("string(span[@class='index-name'])").split()): li
               for li in html.xpath("//section[@class='names-index']//li")}
    forms = Counter()
    for path in (REPO / "tei").glob("*.xml"):
        forms.update(" ".join("".join(e.itertext()).split()) for e in etree.parse(str(path)).xpath(
            "//*[local-name() = 'text']//*[local-name() = 'persName'][@ref = 'person:stalin']"))
    most = max(forms.values())
    assert [form for form in forms if forms[form] == most and form in entries]
    for li in entries.values():  # every page link has its anchor in the book
        for href in li.xpath("a[@class='index-page']/@href"):
            assert len(html.xpath(f"//*[@id='{href[1:]}']")) == 1, href
