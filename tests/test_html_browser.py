"""The HTML edition in a real browser: Debian's headless Chromium driven by Playwright.

Pages are opened straight from the file system (file://), as a reader who downloaded the site
would: every page loads without console errors, failed requests or any request leaving the
site's folder, and passes the axe-core accessibility rules in both views; the view switch, note
links, search and filters work; the reading text shows its apparatus as a reader sees it;
screenshots of the index, a document in both views and About at desktop and phone widths are
saved under out/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, sync_playwright
from test_html_corpus import ROOT, SEARCH_WORD, built_site  # noqa: F401  (the fixture "site")

from teiconv.convert import convert_file
from teiconv.html import HtmlSite

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / "out" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with everything that went wrong while it loaded and ran."""

    def __init__(self, browser, site_dir: Path, viewport=DESKTOP):
        self.site_dir = site_dir
        self.page: Page = browser.new_page(viewport=viewport)
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"script: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        self.page.on("request", self._check_request)

    def _check_request(self, request):
        if not request.url.startswith(self.site_dir.as_uri()):
            self.problems.append(f"request outside the site: {request.url}")

    def open(self, name: str) -> Page:
        self.page.goto((self.site_dir / name).as_uri())
        self.page.wait_for_load_state("load")
        return self.page

    def close(self):
        self.page.close()


def test_every_page_loads_cleanly(browser, site):
    watched = Watched(browser, site)
    pages = sorted(p.name for p in site.glob("*.html"))
    assert len(pages) >= 7
    for name in pages:
        watched.open(name)
        assert watched.problems == [], name
    watched.close()


def test_every_page_passes_axe_accessibility_rules(browser, site):
    axe = Axe()
    watched = Watched(browser, site)
    for name in sorted(p.name for p in site.glob("*.html")):
        page = watched.open(name)
        views = ["Bracketed transcription"] if page.locator(".view-switch").count() else []
        for view in [None, *views]:
            if view:
                page.get_by_role("button", name=view).click()
            violations = axe.run(page).response["violations"]
            assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == [], (name, view)
    watched.close()


def test_view_switch_changes_what_is_shown(browser, site):
    watched = Watched(browser, site)
    page = watched.open("fixture-cable.html")
    reading, diplomatic = page.locator("#view-reading"), page.locator("#view-diplomatic")
    assert reading.is_visible() and not diplomatic.is_visible()
    flag = page.locator("#view-diplomatic .sic-flag")
    assert flag.inner_text() == "[SIC]" and not flag.is_visible()
    page.get_by_role("button", name="Bracketed transcription").click()
    assert diplomatic.is_visible() and not reading.is_visible()
    assert flag.is_visible()
    assert page.get_by_role("button", name="Bracketed transcription").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Reading text").click()
    assert reading.is_visible() and not diplomatic.is_visible()
    assert watched.problems == []
    watched.close()


def test_note_link_jumps_to_the_note_and_back(browser, site):
    watched = Watched(browser, site)
    page = watched.open("fixture-cable.html")
    page.locator("#view-reading a.note-anchor").first.click()
    assert page.evaluate("location.hash") == "#note-1"
    assert page.locator("#note-1").is_visible()
    assert page.evaluate("(() => { const r = document.getElementById('note-1').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= innerHeight; })()")
    page.locator("#note-1 a.note-back").click()
    assert page.evaluate("location.hash") == "#note-ref-1"
    assert page.evaluate("(() => { const r = document.getElementById('note-ref-1').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= innerHeight; })()")
    watched.close()


def test_search_finds_a_word_of_one_document_and_links_to_it(browser, site):
    watched = Watched(browser, site)
    page = watched.open("index.html")
    assert page.evaluate("window.TEICONV_SEARCH === undefined")  # loaded on the first search only
    assert page.locator("input[type=search]").count() == 1  # one search box
    page.fill("#q", "HERZLICHEN Grüßen aus")  # words folded the same way in Python and in the browser
    page.press("#q", "Enter")
    page.wait_for_selector("#search-results li a")
    assert page.locator("#search-results li a").evaluate_all("els => els.map(e => e.getAttribute('href'))") \
        == ["foreign-letter.html?q=HERZLICHEN%20Gr%C3%BC%C3%9Fen%20aus"]
    page.fill("#q", SEARCH_WORD)
    page.press("#q", "Enter")
    page.wait_for_selector(f"#search-results li a[href^='fixture-cable.html?q={SEARCH_WORD}']")
    results = page.locator("#search-results li a")
    assert results.count() == 1
    # the hit in its context, the word marked
    passage = page.locator("#search-results li .search-passage")
    assert "zanzibarite mine" in passage.inner_text()
    assert passage.locator("mark").all_inner_texts() == ["zanzibarite"]
    results.first.click()
    page.wait_for_load_state("load")
    assert "/fixture-cable.html" in page.url
    # highlighted on the page it opens, in view
    mark = page.locator("#view-reading mark").first
    assert mark.inner_text().lower() == SEARCH_WORD and mark.is_visible()
    assert page.evaluate("(() => { const r = document.querySelector('#view-reading mark').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= innerHeight; })()")
    # The search box in every other page's header leads to the same results.
    page.fill("#site-search-q", SEARCH_WORD)
    page.press("#site-search-q", "Enter")
    page.wait_for_load_state("load")
    page.wait_for_selector("#search-results li a")
    assert page.locator("#search-results li a").count() == 1
    assert watched.problems == []
    watched.close()


def test_reading_text_shows_the_apparatus(browser, site):
    """What a reader sees: supplied words styled apart from the text, sic visible, abbreviations
    with their expansion, lost glyphs described, and no internal id anywhere."""
    watched = Watched(browser, site)
    page = watched.open("fixture-cable.html")
    reading = page.locator("#view-reading .tei-body")
    supplied = reading.locator(".tei-supplied").first
    assert supplied.is_visible()
    style = "e => { const s = getComputedStyle(e); return [s.color, s.fontStyle]; }"
    paragraph = reading.locator(".tei-p").first
    assert supplied.evaluate(style) != paragraph.evaluate(style)
    sic = reading.locator(".sic-flag")
    assert sic.first.is_visible() and sic.first.inner_text() == "sic"
    assert reading.locator("abbr[title]").first.get_attribute("title") == "expansion: Executive Committee"
    lost = reading.locator(".tei-gap[role=img]").first
    assert lost.is_visible() and "lost" in lost.get_attribute("aria-label")
    legend = page.locator("#view-reading details.view-legend")
    legend.locator("summary").click()
    assert legend.locator(".tei-supplied").evaluate(style) == supplied.evaluate(style)  # the legend shows it
    body = page.inner_text("body")
    for internal in ("hand-1", "#hand", "add-1", "HAND 1"):
        assert internal not in body, internal
    assert reading.locator(".tei-opener").evaluate("e => getComputedStyle(e).fontFamily").find("Mono") < 0
    watched.close()


def test_on_a_phone_the_text_comes_before_the_record(browser, site):
    watched = Watched(browser, site, PHONE)
    page = watched.open("fixture-cable.html")
    text_top = page.locator(".text-views").evaluate("e => e.getBoundingClientRect().top")
    record_top = page.locator(".metadata").evaluate("e => e.getBoundingClientRect().top")
    assert text_top < record_top
    watched.close()


def test_filters_narrow_the_list(browser, site):
    watched = Watched(browser, site)
    page = watched.open("index.html")
    entries = page.locator(".document-entry")
    total = entries.count()
    page.select_option("#filter-year", "1941")
    visible = page.locator(".document-entry:visible")
    assert 0 < visible.count() < total
    assert set(visible.evaluate_all("els => els.map(e => e.dataset.year)")) == {"1941"}
    page.select_option("#filter-type", "Cable")
    page.select_option("#filter-language", "Russian")
    assert "fixture-cable.html" in visible.evaluate_all(
        "els => els.map(e => e.querySelector('a').getAttribute('href'))")
    page.select_option("#filter-type", "Poem")
    assert visible.count() == 0
    assert page.locator(".filter-count").inner_text() == "0 documents"
    for name in ("#filter-year", "#filter-type", "#filter-language"):
        page.select_option(name, "")
    assert visible.count() == total
    watched.close()


def test_keyboard_reaches_the_view_switch(browser, site):
    watched = Watched(browser, site)
    page = watched.open("fixture-cable.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.view") == "diplomatic":
            break
    page.keyboard.press("Enter")
    assert page.locator("#view-diplomatic").is_visible()
    watched.close()


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_screenshots_and_no_sideways_scrolling(browser, site, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    watched = Watched(browser, site, DESKTOP if width == "desktop" else PHONE)
    document = sorted((ROOT / "tei").glob("wcda-*.xml"))
    shown = f"{document[0].stem}.html" if document else "fixture-cable.html"
    for name, label, view in (("index.html", "index", None), (shown, "document", None),
                              (shown, "document-transcription", "Bracketed transcription"),
                              ("about.html", "about", None)):
        page = watched.open(name)
        if view:
            page.get_by_role("button", name=view).click()
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), (name, width)
        page.screenshot(path=str(SCREENSHOTS / f"html-{label}-{width}.png"), full_page=True)
    assert watched.problems == []
    watched.close()


def test_print_shows_the_text_without_the_site_chrome(browser, site):
    watched = Watched(browser, site)
    page = watched.open("fixture-cable.html")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".view-switch").is_visible()
    assert page.locator("#view-reading").is_visible() and page.locator(".cite .citation-chicago").is_visible()
    watched.close()


@pytest.fixture(scope="module")
def footnoted_site(tmp_path_factory) -> tuple[Path, str]:
    """A site of one real-corpus conversion with a footnote of the source (note place="foot")."""
    conversion = convert_file(ROOT / "tests" / "corpus" / "real" / "028_kohl-yeltsin-baden-baden-1997.txt")
    tei = tmp_path_factory.mktemp("footnoted-tei")
    (tei / f"{conversion.doc_id}.xml").write_bytes(conversion.to_bytes())
    out = tmp_path_factory.mktemp("footnoted-site")
    assert HtmlSite().build([tei], out).diagnostics == []
    return out, f"{conversion.doc_id}.html"


def test_a_source_footnote_leads_to_its_text_and_back_to_the_reading_view(browser, footnoted_site):
    site_dir, name = footnoted_site
    watched = Watched(browser, site_dir)
    page = watched.open(name)
    page.click("button[data-view=diplomatic]")
    page.locator("#view-diplomatic a.footnote-callout").first.click()
    entry = page.locator(".tei-ptr.type-footnote").first
    assert entry.is_visible() and "BArch" in entry.inner_text()  # its closed details opened
    entry.locator("a.footnote-number").click()
    assert page.locator("#view-reading").is_visible() and page.locator("#note-ref-1").is_visible()
    assert watched.problems == []
    watched.close()
