"""The index's filters find documents on every page of a paginated index, in a real browser.

A large edition's collection page comes in pages; here the page size is made 3 so that nine
documents fill three pages.  Choosing a person, a place or a year on any page lists the whole
edition's documents that match (loaded from assets/filters/ and the search index, from
file:// as a reader who downloaded the site opens it), in place of the page's own list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_html_browser import Watched, browser  # noqa: F401  (the fixture "browser")

from teiconv.edition import Edition
from teiconv.html import HtmlSite, site

#: Document number: (year, person named, place named).
DOCUMENTS = {1: ("1941", "stalin", "moscow"), 2: ("1941", "", "tabriz"), 3: ("1942", "", ""),
             4: ("1943", "", ""), 5: ("1944", "stalin", "tabriz"), 6: ("1944", "", ""),
             7: ("1945", "", ""), 8: ("1946", "stalin", ""), 9: ("1946", "", "moscow")}


def tei(number: int, year: str, person: str, place: str) -> str:
    names = (f'<persName ref="person:{person}">{person.title()}</persName> ' if person else "") + \
            (f'<placeName ref="place:{place}">{place.title()}</placeName> ' if place else "")
    return f"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
 <titleStmt><title>Report number {number}</title></titleStmt>
 <publicationStmt><idno type="teiconv">doc-{number}</idno></publicationStmt><sourceDesc><p>A report.</p></sourceDesc>
 </fileDesc><profileDesc><creation><date when="{year}-0{1 + number % 9}-01">{year}</date></creation></profileDesc></teiHeader>
 <text><body><div type="document" subtype="report"><p>{names}Report {number} of the series.</p></div></body></text></TEI>"""


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    sources = tmp_path_factory.mktemp("paged-tei")
    for number, facts in DOCUMENTS.items():
        (sources / f"doc-{number}.xml").write_text(tei(number, *facts), "utf-8")
    out = tmp_path_factory.mktemp("paged-site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(site, "INDEX_PAGE_SIZE", 3)
        build = HtmlSite(edition=Edition(title="Paged")).build([sources], out)
    assert build.diagnostics == []
    assert (out / "index-3.html").exists() and not (out / "index-4.html").exists()
    return out


def titles(page) -> list[str]:
    return page.locator(".document-list:visible .document-entry:visible .entry-title a").all_inner_texts()


def test_a_filter_finds_the_documents_of_every_page(browser, paged_site):  # noqa: F811
    watched = Watched(browser, paged_site)
    page = watched.open("index-2.html")
    assert titles(page) == ["Report number 4", "Report number 5", "Report number 6"]
    options = page.locator("#filter-person option").all_inner_texts()
    assert "stalin" in options  # offered on a page where only one of its documents is listed

    page.select_option("#filter-person", "stalin")
    expect(page.locator(".filter-results")).to_be_visible()  # the page's own count is 3 as well
    expect(page.locator(".filter-count")).to_have_text("3 documents")
    assert titles(page) == ["Report number 1", "Report number 5", "Report number 8"]
    assert page.locator(".pager").is_hidden()

    page.select_option("#filter-place", "tabriz")  # both: only the document naming both
    expect(page.locator(".filter-count")).to_have_text("1 document")
    assert titles(page) == ["Report number 5"]

    page.select_option("#filter-person", "")
    page.select_option("#filter-year", "1941")  # Tabriz in 1941: on the first page
    expect(page.locator(".filter-count")).to_have_text("1 document")
    assert titles(page) == ["Report number 2"]
    page.locator(".filter-results a", has_text="Report number 2").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/doc-2.html")

    page = watched.open("index-2.html")
    page.select_option("#filter-year", "1946")
    expect(page.locator(".filter-count")).to_have_text("2 documents")
    assert titles(page) == ["Report number 9", "Report number 8"]  # in date order: 9 is dated January
    page.select_option("#filter-year", "")  # no filter: the page's own list again
    assert titles(page) == ["Report number 4", "Report number 5", "Report number 6"]
    assert page.locator(".pager").is_visible()
    assert page.locator(".filter-count").inner_text() == "3 documents"
    assert watched.problems == []
    watched.close()


def test_the_lists_name_the_documents_as_the_search_index_numbers_them(paged_site):
    index = (paged_site / "assets" / "search" / "index.js").read_text("utf-8")
    lists = sorted(p.name for p in (paged_site / "assets" / "filters").glob("*.js"))
    assert "person-0.js" in lists and "place-1.js" in lists and "year-5.js" in lists
    stalin = (paged_site / "assets" / "filters" / "person-0.js").read_text("utf-8")
    assert '["person:stalin"] = [0,4,8]' in stalin and '"doc-1"' in index
