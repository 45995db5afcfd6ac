"""The page's date line in every form the archive gives it: the date as TEI states it, and the
title and the rest of the page still found from the line."""

from __future__ import annotations

import pytest

import teiconv
from teiconv.convert.dateline import read_date_line
from teiconv.validation import Validator, default_schemas, parse_bytes

from test_page_layouts import PDF_EXPORT, WEB_PAGE, converted, values


@pytest.mark.parametrize("line, attributes", [
    ("December 9, 1941", {"when": "1941-12-09"}),
    ("9 December 1941", {"when": "1941-12-09"}),
    ("Dec. 9, 1941", {"when": "1941-12-09"}),
    ("December 9 1941", {"when": "1941-12-09"}),
    ("1941-12-09", {"when": "1941-12-09"}),
    ("August 1949", {"when": "1949-08"}),
    ("1936", {"when": "1936"}),
    ("c. 1950", {"when": "1950", "cert": "low"}),
    ("circa 1950", {"when": "1950", "cert": "low"}),
    ("ca. December 1949", {"when": "1949-12", "cert": "low"}),
    ("1949?", {"when": "1949", "cert": "low"}),
    ("December 20, 1949 (approx.)", {"when": "1949-12-20", "cert": "low"}),
    ("Spring 1950", {"when": "1950"}),
    ("Mid-1950", {"when": "1950"}),
    ("1950s", {"notBefore": "1950", "notAfter": "1959"}),
    ("December 20-21, 1949", {"from": "1949-12-20", "to": "1949-12-21"}),
    ("20-21 December 1949", {"from": "1949-12-20", "to": "1949-12-21"}),
    ("December 1949 - January 1950", {"from": "1949-12", "to": "1950-01"}),
    ("1949-50", {"from": "1949", "to": "1950"}),
    ("December 30, 1949 to January 3, 1950", {"from": "1949-12-30", "to": "1950-01-03"}),
    ("December 30 - January 3, 1950", {"from": "1949-12-30", "to": "1950-01-03"}),
    ("Undated", {}),
    ("n.d.", {}),
])
def test_a_date_line_says_what_the_archive_knows_no_more(line, attributes):
    dating = read_date_line(line)
    assert dating is not None
    assert {name: value for name, value in dating.attributes.items() if value} == attributes


@pytest.mark.parametrize("line", ["Cable, Terebin to Stalin", "Summer", "December 31, 1949 - January 1, 1949",
                                  "February 30, 1949", "1949-13-01", "In 1950"])
def test_what_is_not_a_date_line_is_not_read_as_one(line):
    assert read_date_line(line) is None


@pytest.fixture(scope="module")
def our_schema() -> Validator:
    return Validator(default_schemas())


@pytest.mark.parametrize("page, line", [(PDF_EXPORT, "May 04, 1952"), (WEB_PAGE, "March 3, 1961")], ids=["pdf", "web"])
@pytest.mark.parametrize("dated, attributes", [
    ("c. 1952", {"when": "1952", "cert": "low"}),
    ("May 4-5, 1952", {"from": "1952-05-04", "to": "1952-05-05"}),
    ("1950s", {"notBefore": "1950", "notAfter": "1959"}),
    ("Undated", {}),
])
def test_a_page_dated_inexactly_keeps_its_title_and_is_valid(page, line, dated, attributes, our_schema):
    text = page.replace(line, dated, 1)
    root = converted(text)
    assert values(root, "//t:titleStmt/t:title")[0].startswith(("Record of Conversation", "Letter, Jan Example"))
    assert values(root, "//t:profileDesc/t:creation/t:date") == [dated]
    assert dict(root.find(".//{*}profileDesc/{*}creation/{*}date").attrib) == attributes
    document = parse_bytes(teiconv.convert_text(text, "page.txt").to_bytes(), "page.xml")
    assert not [str(d) for engine in our_schema.engines for d in engine.check(document)]


def test_the_edition_shows_the_pages_words_for_an_inexact_date_and_orders_by_its_start(tmp_path):
    import lxml.html

    from teiconv.html import HtmlSite

    tei = tmp_path / "tei"
    tei.mkdir()
    pages = {}
    for record, dated in (("555007", "May 06, 1952"), ("555008", "May 4-5, 1952"), ("555009", "c. 1951")):
        conversion = teiconv.convert_text(PDF_EXPORT.replace("May 04, 1952", dated, 1).replace("555001", record))
        (tei / f"{conversion.doc_id}.xml").write_bytes(conversion.to_bytes())
        pages[dated] = f"{conversion.doc_id}.html"
    assert HtmlSite().build([tei], tmp_path / "site").diagnostics == []
    page = lxml.html.parse(str(tmp_path / "site" / pages["May 4-5, 1952"])).getroot()
    kicker = page.xpath("//p[@class='doc-kicker']/time")[0]
    assert kicker.text_content() == "May 4-5, 1952" and kicker.get("datetime") == "1952-05-04"
    index = lxml.html.parse(str(tmp_path / "site" / "index.html")).getroot()
    listed = [a.get("href") for a in index.xpath("//a[@href]") if a.get("href") in pages.values()]
    assert list(dict.fromkeys(listed)) == [pages["c. 1951"], pages["May 4-5, 1952"], pages["May 06, 1952"]]


@pytest.mark.parametrize("dated, attributes", [
    ("c. 1952", {"when": "1952", "cert": "low"}),
    ("May 4-5, 1952", {"from": "1952-05-04", "to": "1952-05-05"}),
    ("1952", {"when": "1952"}),
    ("Undated", {}),
])
def test_a_pdf_export_run_together_on_one_line_finds_an_inexact_date_after_its_banner(dated, attributes):
    text = " ".join(PDF_EXPORT.replace("May 04, 1952", dated, 1).split())
    root = converted(text)
    assert values(root, "//t:titleStmt/t:title")[0].startswith("Record of Conversation")
    assert dict(root.find(".//{*}profileDesc/{*}creation/{*}date").attrib) == attributes
