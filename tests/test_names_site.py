"""The edition's register pages and names on document pages: in the HTML, then in Chromium."""

from __future__ import annotations

from pathlib import Path

from test_html_browser import Watched, browser  # noqa: F401  (the fixture "browser")
from test_html_corpus import built_site, page_tree  # noqa: F401  (the fixture "site")


def entry(site: Path, page: str, entry_id: str):
    [element] = page_tree(site, page).xpath(f"//li[@id='{entry_id}']")
    return element


def test_an_entry_shows_its_forms_life_role_and_documents(site):
    stalin = entry(site, "persons.html", "stalin")
    assert stalin.xpath("string(h2)").startswith("Joseph Stalin (1878–1953)")
    assert "Filippov (pseudonym)" in " ".join(stalin.xpath("string(p[@class='entry-forms'])").split())
    documents = stalin.xpath(".//ul[@class='entry-documents']/li")
    assert documents and all(li.xpath("a/@href")[0].endswith(".html") for li in documents)
    assert documents[0].xpath("string(span[@class='entry-count'])").strip("()").isdigit()


def test_a_historical_form_keeps_its_dates(site):
    iran = entry(site, "places.html", "iran")
    assert "Persia (historical until 1935)" in " ".join(iran.xpath("string(p[@class='entry-forms'])").split())
    assert iran.xpath("string(p[@class='entry-kind'])") == "Kind of place: country"


def test_every_name_link_on_a_document_page_reaches_an_entry(site):
    pages = {page: {li.get("id") for li in page_tree(site, page).xpath("//li[@id]")}
             for page in ("persons.html", "places.html", "organisations.html")}
    links = page_tree(site, "wcda-209093.html").xpath("//a[contains(@class, 'name-registered')]/@href")
    assert links
    for link in links:
        page, _, entry_id = link.partition("#")
        assert entry_id in pages[page], link


def test_a_name_leads_to_its_entry_in_the_browser(browser, site):
    watched = Watched(browser, site)
    page = watched.open("wcda-209093.html")
    page.locator("#view-reading a.name-registered", has_text="Pishevari").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("persons.html#pishevari")
    assert page.locator("#pishevari").is_visible()
    assert page.locator("#pishevari .entry-documents a").first.inner_text().startswith("Letter, I. V. Stalin")
    assert watched.problems == []
    watched.close()


def test_the_index_offers_the_registered_persons_and_places_by_name(site):
    index = page_tree(site, "index.html")
    persons = {o.get("value"): o.text for o in index.xpath("//select[@id='filter-person']/option[@value != '']")}
    places = {o.get("value"): o.text for o in index.xpath("//select[@id='filter-place']/option[@value != '']")}
    assert persons["stalin"] == "Joseph Stalin" and places["iran"] == "Iran"
    labels = list(persons.values())
    assert labels == sorted(labels, key=str.lower)
    [letter] = index.xpath("//li[@id='doc-wcda-209093']")
    assert {"stalin", "pishevari"} <= set(letter.get("data-person").split())


def test_filtering_by_person_and_place_in_the_browser(browser, site):
    watched = Watched(browser, site)
    page = watched.open("index.html")
    total = page.locator(".document-entry").count()
    visible = page.locator(".document-entry:visible")
    page.select_option("#filter-person", "pishevari")
    naming = visible.evaluate_all("els => els.map(e => e.dataset.person.split(' '))")
    assert 0 < len(naming) < total and all("pishevari" in persons for persons in naming)
    assert "wcda-209093.html" in visible.evaluate_all("els => els.map(e => e.querySelector('a').getAttribute('href'))")
    assert page.locator(".filter-count").inner_text() == f"{len(naming)} document" + ("s" if len(naming) != 1 else "")
    page.select_option("#filter-place", "iran")
    assert all("iran" in places.split(" ") for places in visible.evaluate_all("els => els.map(e => e.dataset.place)"))
    page.select_option("#filter-person", "")
    page.select_option("#filter-place", "")
    assert visible.count() == total
    assert watched.problems == []
    watched.close()
