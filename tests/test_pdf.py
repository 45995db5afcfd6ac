"""The PDF edition, checked by opening the PDFs it writes.

A small edition is built once per module from TEI written here (shaped like the converter's
output: cable opener, annotations, stamps, notes, Cyrillic, №, □) plus one broken file; the
real encodings in tei/ get their own build.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_pdf_reading import (
    NS,
    font_names,
    fonts_without_program,
    footnote_notes,
    footnotes,
    in_order,
    outline_titles,
    parse,
    pdf_text,
    reading_words,
    title,
    words,
)

from teiconv.edition import Edition
from teiconv.pdf import EDITION_NAME, PdfEdition
from teiconv.pdf.stylesheet import PrintStylesheet

REPO = Path(__file__).resolve().parent.parent


def tei_document(ident: str, when: str, heading: str, paragraphs: int) -> str:
    """A cable as the converter encodes one, long enough to run over several pages."""
    body = []
    for n in range(1, paragraphs + 1):
        note = (f'<note type="editorial">Editorial remark {n} on {ident}.</note>'
                if n % 3 == 0 else "")
        stamp = (f' <stamp><note type="editorial">Stamp:</note> received {ident} {n}</stamp>'
                 if n % 7 == 0 else "")
        body.append(f"<p>Paragraph {n} of {ident} reports that the delegation of comrade "
                    f"Ivanov{n} arrived at the <choice><abbr>IKKI</abbr><expan>Executive "
                    f"Committee</expan></choice>{note} and the cordons "
                    f'<foreign xml:lang="ru-Latn" resp="#translator">kordony</foreign> were '
                    f"strengthened along the whole frontier line number {n}.{stamp}</p>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
 <teiHeader>
  <fileDesc>
   <titleStmt><title>{heading}</title>
    <respStmt xml:id="translator"><resp>Translated by</resp><persName>Gary Goldberg</persName></respStmt>
   </titleStmt>
   <publicationStmt><publisher>Wilson Center</publisher>
    <idno type="teiconv">{ident}</idno>
    <idno type="URL">https://digitalarchive.wilsoncenter.org/document/{ident}</idno>
    <availability><licence><p>Rights reserved.</p></licence></availability>
   </publicationStmt>
   <sourceDesc><msDesc><msIdentifier><repository>RGASPI</repository>
    <idno type="fond">f. 558</idno><idno type="opis">op. 11</idno></msIdentifier></msDesc></sourceDesc>
  </fileDesc>
  <encodingDesc><editorialDecl><p>Square brackets mark the editor's words.</p></editorialDecl></encodingDesc>
  <profileDesc>
   <creation><date when="{when}">{when}</date></creation>
   <abstract><p>Summary of {ident}.</p></abstract>
   <textClass><keywords><term>Strictly Secret</term></keywords></textClass>
   <handNotes><handNote xml:id="hand-1" scribe="Molotov"><p>Across the top</p></handNote></handNotes>
  </profileDesc>
 </teiHeader>
 <text>
  <front><docDate when="{when}">{when}</docDate><docTitle><titlePart>{heading}</titlePart></docTitle>
   <div type="citation"><head>Citation:</head><p>"{heading}", Wilson Center Digital Archive.</p></div>
  </front>
  <body>
   <div type="document" subtype="cable">
    <opener>
     <seg type="classification">STRICTLY SECRET</seg>
     <seg type="annotation"><note type="editorial" target="#add-{ident}">Handwritten across the top:</note>
      <add xml:id="add-{ident}" hand="#hand-1" place="top"><q>I agree with Cde. Dimitrov {ident}</q></add></seg>
     <dateline>from <placeName>KUYBYSHEV</placeName> <date when="{when}T23:25:00">2325</date></dateline>
     <seg type="routing">Incoming № <idno type="incoming">4202/sh</idno> <gap reason="unrendered" unit="chars" quantity="2"/></seg>
     <salute>Товарищ Сталин!</salute>
    </opener>
    {"".join(body)}
    <closer><signed>DIMITROV {ident}</signed></closer>
   </div>
   <div type="registration"><p>Deciphered {ident}. <stamp>copy destroyed {ident}</stamp></p></div>
  </body>
 </text>
</TEI>
"""


DOCUMENTS = {  # file stem: (date, title, paragraphs); written out of date order on purpose
    "wcda-300": ("1946-05-08", "Letter from Pishevari to Bagirov", 4),
    "wcda-100": ("1941-12-09", "Cable from Dimitrov to Stalin", 40),
    "wcda-200": ("1943-02-01", "Memorandum on the Iranian Party", 12),
}
IN_DATE_ORDER = ["wcda-100", "wcda-200", "wcda-300"]


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tei")
    for stem, (when, heading, paragraphs) in DOCUMENTS.items():
        (folder / f"{stem}.xml").write_text(tei_document(stem, when, heading, paragraphs), "utf-8")
    (folder / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n  <text>\n</TEI>\n")
    return folder


@pytest.fixture(scope="module")
def edition() -> PdfEdition:
    return PdfEdition(Edition())  # a project that declares nothing


@pytest.fixture(scope="module")
def build(sources, edition, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    return edition.build([sources], out), out


def test_one_pdf_per_document_plus_the_edition_and_the_broken_file_reported(build):
    result, out = build
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{stem}.pdf" for stem in DOCUMENTS] + [EDITION_NAME])
    assert [d.rule for d in result.diagnostics] == ["xml-syntax"]
    assert str(result.diagnostics[0]).startswith(f"{result.diagnostics[0].file}:3:7: error:")
    assert result.documents == 3 and result.pages >= 10


def test_document_text_is_there_in_reading_order(build, sources):
    _, out = build
    for stem in DOCUMENTS:
        expected = reading_words(parse(sources / f"{stem}.xml"))
        printed = words(pdf_text(out / f"{stem}.pdf"))
        assert in_order(expected, printed) == len(expected), stem


def test_edition_has_documents_in_date_order_between_contents_and_sources(build, sources):
    _, out = build
    expected = words("Contents Editorial principles")
    for stem in IN_DATE_ORDER:
        expected += reading_words(parse(sources / f"{stem}.xml"))
    expected += words("List of sources")
    printed = words(pdf_text(out / EDITION_NAME))
    assert in_order(expected, printed) == len(expected)


def test_stamps_annotations_and_their_hand_are_printed(build, sources):
    _, out = build
    for stem in DOCUMENTS:
        tree = parse(sources / f"{stem}.xml")
        printed = " ".join(words(pdf_text(out / f"{stem}.pdf")))
        for element in tree.iterfind(".//tei:body//tei:stamp", NS) :
            assert " ".join(words("".join(element.itertext()))) in printed
        for add in tree.iterfind(".//tei:body//tei:add", NS):
            assert " ".join(words("Hand: Molotov Handwritten across the top:"
                                  + "".join(add.itertext()))) in printed


def test_every_font_is_embedded_and_ours(build):
    _, out = build
    for pdf in out.iterdir():
        assert fonts_without_program(pdf) == [], pdf.name
        # No system font stood in for a missing glyph: the shipped faces cover the texts.
        assert all(name.startswith("Edition-") for name in font_names(pdf)), font_names(pdf)


def test_special_characters_survive(build):
    _, out = build
    text = pdf_text(out / "wcda-100.pdf")
    for expected in ("Товарищ Сталин", "№", "□□", "“I agree with Cde. Dimitrov"):
        assert expected in text


def test_outline_lists_every_document_in_date_order(build, sources):
    _, out = build
    titles = outline_titles(out / EDITION_NAME)
    documents = [t for t in titles if t[:4].isdigit()]
    assert documents == [f"{DOCUMENTS[s][0]} {DOCUMENTS[s][1]}" for s in IN_DATE_ORDER]
    assert {"Contents", "Editorial principles", "List of sources"} <= set(titles)
    assert outline_titles(out / "wcda-200.pdf") == [DOCUMENTS["wcda-200"][1]]


def test_footnotes_are_numbered_per_document_and_sit_on_the_page_of_their_call(build, sources):
    _, out = build
    for stem in DOCUMENTS:
        expected = list(range(1, len(footnote_notes(parse(sources / f"{stem}.xml"))) + 1))
        found = footnotes(out / f"{stem}.pdf")
        assert [n for page in found.calls for n in page] == expected, stem
        assert found.calls == found.markers, stem
    assert len(footnotes(out / "wcda-100.pdf").calls) >= 3  # the long one runs over pages
    book = footnotes(out / EDITION_NAME)  # numbering starts again with each document
    expected = [n for stem in IN_DATE_ORDER
                for n in range(1, len(footnote_notes(parse(sources / f"{stem}.xml"))) + 1)]
    assert [n for page in book.calls for n in page] == expected
    assert book.calls == book.markers


def test_each_footnote_number_carries_its_own_note(build):
    _, out = build
    text = pdf_text(out / "wcda-100.pdf")
    pairs = [(int(k), int(n)) for k, n in re.findall(r"(\d+)\. Editorial remark (\d+) on", text)]
    assert len(pairs) == 13 and all(n == 3 * k for k, n in pairs)  # a note every 3rd paragraph


def test_footnote_text_is_printed(build, sources):
    _, out = build
    printed = " ".join(words(pdf_text(out / "wcda-200.pdf")))
    for note in footnote_notes(parse(sources / "wcda-200.xml")):
        assert " ".join(words("".join(note.itertext()))) in printed


def test_metadata_and_language(build):
    _, out = build
    reader = PdfReader(out / "wcda-100.pdf")
    info = reader.metadata
    assert info.title == "Cable from Dimitrov to Stalin"
    assert info.author == "Wilson Center"
    assert info.subject == "Summary of wcda-100."
    assert "Strictly Secret" in info["/Keywords"] and "cable" in info["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]  # tagged PDF
    edition = PdfReader(out / EDITION_NAME).metadata
    assert edition.subject == "3 documents, 1941–1946"


def test_links_to_the_stable_url_and_from_the_contents(build):
    _, out = build
    uris = {annot.get_object()["/A"].get("/URI")
            for page in PdfReader(out / "wcda-100.pdf").pages[:1]
            for annot in page.get("/Annots", [])}
    assert "https://digitalarchive.wilsoncenter.org/document/wcda-100" in uris
    reader = PdfReader(out / EDITION_NAME)
    contents = reader.pages[1]
    internal = [a.get_object() for a in contents.get("/Annots", []) if "/Dest" in a.get_object()
                or a.get_object()["/A"].get("/S") == "/GoTo"]
    assert len(internal) >= len(DOCUMENTS) + 2


def test_the_edition_is_the_editors_and_says_each_thing_once(build):
    """Title page: the declared (here: undeclared, so honestly unnamed) editor, never an archive
    as publisher; principles in plain words; each source listed once with its title once."""
    _, out = build
    reader = PdfReader(out / EDITION_NAME)
    title_page = " ".join(reader.pages[0].extract_text().split())
    assert "Edited by unnamed editor" in title_page
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    principles = text[text.index("Editorial principles", text.index("Contents") + 30):]
    for jargon in ("gap with reason", "@", "encoded as"):
        assert jargon not in principles[:1500], jargon
    sources = text[text.rindex("List of sources"):]
    for stem, (_, heading, _) in DOCUMENTS.items():
        assert sources.count(heading) == 1, heading


def test_contents_page_numbers_point_at_the_documents(build):
    _, out = build
    reader = PdfReader(out / EDITION_NAME)
    contents = reader.pages[1].extract_text()
    for stem in IN_DATE_ORDER:
        heading = DOCUMENTS[stem][1]
        line = next(line for line in contents.splitlines() if heading in line)
        page = int(line.rsplit(maxsplit=1)[-1])
        assert heading in reader.pages[page - 1].extract_text(), (stem, page)


def test_second_build_in_a_fresh_process_is_byte_identical(build, sources, tmp_path):
    _, out = build
    subprocess.run([sys.executable, "-c", "from teiconv.cli import main; main()", "pdf",
                    str(sources), "-o", str(tmp_path)], check=False, capture_output=True)
    for first in out.iterdir():
        assert (tmp_path / first.name).read_bytes() == first.read_bytes(), first.name


def test_parallel_build_gives_the_same_bytes(edition, tmp_path, monkeypatch):
    """Also when fresh workers take over along the way (as they do every HEAVY_TASKS_PER_WORKER)."""
    monkeypatch.setattr("teiconv.pipeline.pool.HEAVY_TASKS_PER_WORKER", 3)
    sources = tmp_path / "tei"
    sources.mkdir()
    for n in range(8):
        stem = f"wcda-9{n:02d}"
        (sources / f"{stem}.xml").write_text(tei_document(stem, f"1945-0{n + 1}-01", f"Cable {n}", 3))
    serial = edition.build([sources], tmp_path / "serial")
    parallel = edition.build([sources], tmp_path / "parallel", jobs=2)
    assert serial.ok and parallel.ok and parallel.pages == serial.pages
    assert [p.name for p in parallel.written] == [p.name for p in serial.written]
    for pdf in serial.written:
        assert (tmp_path / "parallel" / pdf.name).read_bytes() == pdf.read_bytes(), pdf.name


def test_cli_reports_the_broken_file_and_fails(sources, tmp_path):
    run = subprocess.run([sys.executable, "-c", "from teiconv.cli import main; main()", "pdf",
                          str(sources / "broken.xml"), str(sources / "wcda-300.xml"),
                          "-o", str(tmp_path), "--no-edition"], check=False, capture_output=True,
                         text=True)
    assert run.returncode == 1
    assert f"{sources / 'broken.xml'}:3:7: error:" in run.stderr and "Traceback" not in run.stderr
    assert (tmp_path / "wcda-300.pdf").exists()


def test_any_tei_keeps_its_text(edition, tmp_path):
    """A TEI document the converter did not write: no header extras, unknown-to-us elements."""
    source = tmp_path / "plain.xml"
    source.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Plain'
        '</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>y</p>'
        '</sourceDesc></fileDesc></teiHeader><text><body><div><head>Verses</head><lg><l>First '
        'line</l><l>second <unclear>line</unclear></l></lg><table><row><cell>cell text</cell>'
        '</row></table></div></body></text></TEI>', "utf-8")
    result = edition.build([source], tmp_path / "out")
    assert result.ok
    assert in_order(words("Verses First line second line cell text"),
                    words(pdf_text(tmp_path / "out" / "plain.pdf"))) == 7


REAL = sorted((REPO / "tei").glob("*.xml"))


@pytest.mark.skipif(not REAL, reason="no encodings in tei/ yet")
def test_the_real_edition(edition, tmp_path):
    result = edition.build([REPO / "tei"], tmp_path)
    assert result.ok, [str(d) for d in result.diagnostics]
    documents = [p for p in REAL if parse(p).find(".//tei:body//tei:div[@type='document']", NS)
                 is not None]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{p.stem}.pdf" for p in documents] + [EDITION_NAME])
    edition_titles = outline_titles(tmp_path / EDITION_NAME)
    for path in documents:
        tree = parse(path)
        pdf = tmp_path / f"{path.stem}.pdf"
        expected = reading_words(tree)
        assert in_order(expected, words(pdf_text(pdf))) == len(expected), path.name
        assert fonts_without_program(pdf) == [], path.name
        assert all(name.startswith("Edition-") for name in font_names(pdf)), font_names(pdf)
        assert any(title(tree) in t for t in edition_titles), path.name
        notes = len(footnote_notes(tree))
        found = footnotes(pdf)
        assert [n for page in found.calls for n in page] == list(range(1, notes + 1)), path.name
        assert found.calls == found.markers, path.name
    assert fonts_without_program(tmp_path / EDITION_NAME) == []
    if len(documents) < len(REAL):  # a collection file: its description opens the book
        assert "About the collection" in edition_titles


def test_a_footnote_call_is_joined_to_the_word_before_it(tmp_path):
    """"word [note]" in the source: the call must not start a line of its own, so the space of the
    bracket goes and a WORD JOINER (no break) ties the call to its word."""
    path = tmp_path / "spaced.xml"
    path.write_text(tei_document("wcda-400", "1946-05-08", "Spaced notes", 3)
                    .replace("</choice><note", "</choice> \n <note"), "utf-8")
    stylesheet = PrintStylesheet(Edition())
    html = stylesheet.document_html(stylesheet.parse(path))
    assert re.search(r"Committee\]</span></span>\u2060<span class=\"[^\"]*footnote\">Editorial remark 3", html)
    assert not re.search(r"\s<span[^>]*class=\"[^\"]*footnote", html)


def test_the_source_pages_banner_is_printed_once_under_the_title(edition, tmp_path):
    """The export's banner (docImprint, the site's masthead) is part of what the page said: it
    is printed in the article's heading, once, and the front's title and date are not repeated."""
    source = REPO / "tests" / "fixtures" / "validation" / "valid" / "pdf-export.xml"
    result = edition.build([source], tmp_path, edition=False)
    assert result.ok, [str(d) for d in result.diagnostics]
    text = pdf_text(tmp_path / "pdf-export.pdf")
    banner = words("Digital Archive International History Declassified digitalarchive.example.org")
    assert in_order(banner, words(text)) == len(banner)
    assert text.count("International History Declassified") == 1
    lines = text.splitlines()
    assert lines.count("Cable, the Ambassador to Comrade Ivanov") == 1  # the heading; the running head adds the date
    assert lines.count("May 04, 1952") == 1
    assert lines.index("Cable, the Ambassador to Comrade Ivanov") < lines.index("Digital Archive")
    assert text.index("Declassified") < text.index("“Cable")
