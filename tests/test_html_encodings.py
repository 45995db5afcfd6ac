"""The converter's newer encodings, rendered from real-corpus conversions: the source's
footnotes, labelled list items, the archival reference, correspondents and funders."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from teiconv.convert import convert_file
from teiconv.html import HtmlSite

REAL = Path(__file__).parent / "corpus" / "real"
SOURCES = {"footnoted": "028_kohl-yeltsin-baden-baden-1997.txt",  # note place="foot", labelled list
           "cable": "004_terebin-to-stalin-via-kuznetsov-1949.txt",  # correspDesc, folios
           "funded": "019_peng-dehuai-report-radio-stations-1958-docslib.txt",  # funder
           "abbreviated": "005_mikoyan-mao-conversation-3-february-1949.txt"}  # Com[munist], Beiping [Beijing]


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, lxml.html.HtmlElement]:
    tei = tmp_path_factory.mktemp("tei")
    ids = {}
    for key, name in SOURCES.items():
        conversion = convert_file(REAL / name)
        (tei / f"{conversion.doc_id}.xml").write_bytes(conversion.to_bytes())
        ids[key] = conversion.doc_id
    out = tmp_path_factory.mktemp("site")
    assert HtmlSite().build([tei], out).diagnostics == []
    return {key: lxml.html.parse(str(out / f"{doc_id}.html")).getroot() for key, doc_id in ids.items()} | {
        "about": lxml.html.parse(str(out / "about.html")).getroot()}


def panel(page) -> dict[str, str]:
    fields = page.xpath("//aside[@class='metadata']/dl")[0]
    return {dt.text_content(): " ".join(dt.getnext().text_content().split()) for dt in fields.xpath("dt")}


def test_a_source_footnote_is_a_callout_whose_text_is_in_the_notes_section(pages):
    view = pages["footnoted"].get_element_by_id("view-diplomatic")
    callout = view.xpath(".//a[@class='footnote-callout']")[0]
    assert callout.text_content() == "1"
    entry = pages["footnoted"].get_element_by_id(callout.get("href")[1:])
    assert "BArch, B 136/59748" in entry.text_content()
    back = entry.xpath("a[@class='footnote-number']")[0]
    assert back.get("href") == "#note-ref-1" and back.text_content() == "1"
    assert "#fn-" not in pages["footnoted"].text_content()  # no raw pointer target shown
    # the reading view numbers it with the page's notes
    reading = pages["footnoted"].get_element_by_id("view-reading").xpath(".//a[@class='note-anchor']")[0]
    assert reading.text_content() == "1"


def test_an_item_with_its_own_label_has_no_second_marker(pages):
    item = pages["footnoted"].get_element_by_id("view-reading").xpath(".//li[contains(concat(' ', @class, ' '), ' labelled ')]")[0]
    assert item.xpath("span[@class='tei-label']")[0].text_content() == "1."
    assert item.text_content().startswith("1. ")  # label, then a space, then the item


def test_the_panel_gives_a_readable_archival_reference_correspondents_and_funders(pages):
    cable = panel(pages["cable"])
    assert cable["Archive"].endswith(", Moscow, Russia")
    assert cable["Archival reference"].startswith("F. 39, Op. 1") and cable["Archival reference"].endswith("Ll. 54-58")
    assert cable["Sender"] and cable["Recipient"] == "Stalin" and "Author" not in cable
    assert panel(pages["funded"])["Funded by"] == "Leon Levy Foundation"
    assert panel(pages["footnoted"])["Archival reference"] == "B 136/59748, 376-385"


def test_about_lists_the_conventions_of_real_translations_the_documents_use(pages):
    rows = {row.xpath("th")[0].text_content(): row for row in pages["about"].xpath("//table[@class='conventions']//tr[td]")}
    for convention in ("Letters completed inside a word", "A name given in another form, or identified",
                       "A footnote of the source, at its marker", "Words supplied by the translator"):
        assert convention in rows, sorted(rows)
    assert "[" in rows["Letters completed inside a word"].xpath("td[contains(@class, 'view-diplomatic')]")[0].text_content()
