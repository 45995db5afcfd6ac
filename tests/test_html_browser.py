"""The HTML edition in a real browser: Debian's headless Chromium driven by Playwright.

Pages are opened straight from the file system (file://), as a reader who downloaded the site
would: every page loads without console errors, failed requests or any request leaving the
site's folder, and passes the axe-core accessibility rules in both views; the view switch, note
links, search and filters work; screenshots of the index and a document at desktop and phone
widths are saved under out/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, sync_playwright
from test_html_corpus import ROOT, SEARCH_WORD, built_site  # noqa: F401  (the fixture "site")

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
        views = ["Diplomatic view"] if page.locator(".view-switch").count() else []
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
    page.get_by_role("button", name="Diplomatic view").click()
    assert diplomatic.is_visible() and not reading.is_visible()
    assert flag.is_visible()
    assert page.get_by_role("button", name="Diplomatic view").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Reading view").click()
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
    page.fill("#q", "HERZLICHEN Grüßen aus")  # words folded the same way in Python and in the browser
    page.press("#q", "Enter")
    page.wait_for_selector("#search-results li a")
    assert page.locator("#search-results li a").evaluate_all("els => els.map(e => e.getAttribute('href'))") \
        == ["foreign-letter.html"]
    page.fill("#q", SEARCH_WORD)
    page.press("#q", "Enter")
    results = page.locator("#search-results li a")
    assert results.count() == 1
    assert results.first.get_attribute("href") == "fixture-cable.html"
    results.first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/fixture-cable.html")
    # The search box in every page's header leads to the same results.
    page.fill("#site-search-q", SEARCH_WORD)
    page.press("#site-search-q", "Enter")
    page.wait_for_load_state("load")
    assert page.locator("#search-results li a").count() == 1
    assert watched.problems == []
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
    for name, label in (("index.html", "index"), (shown, "document")):
        page = watched.open(name)
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
