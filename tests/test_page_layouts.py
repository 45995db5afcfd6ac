"""Every layout of an archive page, read without being told which: the header's facts and the
document's boundaries.  The pages are invented (names, numbers, archives), in the archive's forms."""

from __future__ import annotations

import re
import textwrap

import pytest
from lxml import etree

import teiconv
from conftest import ROOT

NS = {"t": "http://www.tei-c.org/ns/1.0"}
SCHEMA = etree.RelaxNG(etree.parse(str(ROOT / "schema" / "teiconv.rng")))

FIRST = ("On the morning of 4 May I met Comrade Ivanov at his request. He said that the committee had "
         "decided to send a delegation to the capital and asked that we inform the ministry of the "
         "dates of its journey, which will begin after the harvest is brought in.")
SECOND = ("I answered that the ministry would receive the delegation and that the question of its "
          "lodging in the city had been settled with the local authorities, who await instructions "
          "from the centre on the matter of the railway cars.")


def wrapped(paragraph: str, width: int = 96) -> str:
    return textwrap.fill(paragraph, width)


PDF_EXPORT = f"""Digital Archive

International History Declassified

digitalarchive.example.org

May 04, 1952
Record of Conversation between the Ambassador and Comrade Ivanov on
the Delegation
Citation:
“Record of Conversation between the Ambassador and Comrade Ivanov on the Delegation,” May 04,
1952, History and Public Policy Program Digital Archive, RGANI: F. 5, Op. 30, D. 12, Ll. 3-9.
Obtained by Ann Example and translated for CWIHP by Boris Sample.
http://digitalarchive.example.org/document/555001

Summary:
The ambassador and Ivanov discuss the journey of a delegation and the arrangements for its
lodging.

Credits:
This document was made possible with support from the Example Family Foundation.

Original Language:
Russian

Contents:
English Translation

To Comrade P. Petrov
{wrapped(FIRST)}
{wrapped(SECOND)}
Ambassador of the USSR N. Nikolayev
"""


def converted(text: str, name: str = "page.txt") -> etree._Element:
    conversion = teiconv.convert_text(text, name)
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
    assert SCHEMA.validate(etree.ElementTree(conversion.root)), SCHEMA.error_log
    return conversion.root


def values(root: etree._Element, path: str) -> list[str]:
    return [" ".join(v.split()) if isinstance(v, str) else " ".join("".join(v.itertext()).split())
            for v in root.xpath(path, namespaces=NS)]


def with_page_break(text: str) -> str:
    """The PDF's page boundary: a blank line in mid-sentence."""
    first_line_end = text.index("\n", text.index("To Comrade")) + 1
    second = text.index("\n", first_line_end)
    return text[:second] + "\n\n" + text[second + 1:]


@pytest.fixture(scope="module", params=["lines", "page-break", "one-line"])
def pdf_export(request) -> etree._Element:
    text = {"lines": PDF_EXPORT, "page-break": with_page_break(PDF_EXPORT),
            "one-line": " ".join(PDF_EXPORT.split())}[request.param]
    return converted(text)


def test_pdf_export_header(pdf_export):
    header = "/t:TEI/t:teiHeader/t:fileDesc"
    assert values(pdf_export, f"{header}/t:titleStmt/t:title") == [
        "Record of Conversation between the Ambassador and Comrade Ivanov on the Delegation"]
    assert values(pdf_export, f"{header}/t:titleStmt/t:funder") == ["Example Family Foundation"]
    assert values(pdf_export, f"{header}/t:titleStmt/t:respStmt[@xml:id='translator']/t:persName") == ["Boris Sample"]
    assert values(pdf_export, "//t:creation/t:date/@when") == ["1952-05-04"]
    assert values(pdf_export, f"{header}/t:publicationStmt/t:idno[@type='record']") == ["555001"]
    assert values(pdf_export, f"{header}/t:publicationStmt/t:idno[@type='URL']") == [
        "https://digitalarchive.wilsoncenter.org/document/555001"]
    assert values(pdf_export, f"{header}//t:bibl/t:ptr/@target") == ["http://digitalarchive.example.org/document/555001"]
    assert values(pdf_export, f"{header}/t:publicationStmt/t:availability/@status") == ["unknown"]
    assert values(pdf_export, "//t:abstract")[0].startswith("The ambassador and Ivanov discuss")


def test_pdf_export_archival_reference(pdf_export):
    ms = "//t:msDesc"
    assert values(pdf_export, f"{ms}/t:msIdentifier/t:country/@key") == ["RU"]
    assert values(pdf_export, f"{ms}/t:msIdentifier/t:repository") == [
        "Russian State Archive of Contemporary History (RGANI)"]
    assert values(pdf_export, f"{ms}/t:msIdentifier/t:collection/@type") == ["fond", "opis"]
    assert values(pdf_export, f"{ms}/t:msIdentifier/t:idno[@type='delo']") == ["D. 12"]
    assert values(pdf_export, f"{ms}/t:msIdentifier/t:altIdentifier/t:idno") == ["RGANI: F. 5, Op. 30, D. 12, Ll. 3-9"]
    assert values(pdf_export, f"{ms}/t:msContents/t:msItem/t:locus/@from") == ["3"]
    assert values(pdf_export, f"{ms}/t:msContents/t:textLang/@mainLang") == ["ru"]


def test_pdf_export_body_holds_the_document_only(pdf_export):
    body = values(pdf_export, "//t:body")[0]
    assert body.startswith("To Comrade P. Petrov") and body.endswith("N. Nikolayev")
    assert values(pdf_export, "//t:front/t:docImprint")[0].startswith("Digital Archive")


@pytest.mark.parametrize("text", [PDF_EXPORT, with_page_break(PDF_EXPORT)], ids=["lines", "page-break"])
def test_hard_wrapped_text_is_reflowed_into_its_paragraphs(text):
    """(A copy run together on one line has lost its line ends: its text stays one paragraph.)"""
    root = converted(text)
    assert values(root, "//t:closer/t:signed") == ["Ambassador of the USSR N. Nikolayev"]
    paragraphs = root.xpath("//t:body//t:p", namespaces=NS)
    assert [" ".join("".join(p.itertext()).split()) for p in paragraphs] == [FIRST, SECOND]
    assert not root.xpath("//t:body//t:p//t:lb", namespaces=NS)


def with_endnotes(text: str) -> str:
    """The export's endnotes: numbers set after words of the text, the notes after it."""
    text = text.replace("to the capital and", "to the capital1 and").replace("railway cars.", "railway cars.2")
    return text + ("1. Moscow, where the committee was to meet the ministry's officials in the\n"
                   "summer.\n2. The cars were not found until June.\n")


def test_a_pdf_exports_endnotes_are_placed_at_their_numbers():
    root = converted(with_endnotes(PDF_EXPORT))
    assert values(root, "//t:body//t:p/t:note[@place='end']/@n") == ["1", "2"]
    assert values(root, "//t:body//t:p/t:note[@place='end']") == [
        "Moscow, where the committee was to meet the ministry's officials in the summer.",
        "The cars were not found until June."]
    assert values(root, "//t:back/t:div[@type='notes']/t:p/t:ptr/@target") == ["#fn-1", "#fn-2"]
    assert values(root, "//t:closer/t:signed") == ["Ambassador of the USSR N. Nikolayev"]


def test_numbered_paragraphs_without_numbers_in_the_text_are_not_endnotes():
    text = PDF_EXPORT.replace("Ambassador of the USSR N. Nikolayev\n",
                              "1. The delegation travels in June.\n2. Its lodging is settled.\n")
    root = converted(text)
    assert not root.xpath("//t:note[@place='end'] | //t:back/t:div[@type='notes']", namespaces=NS)
    body = values(root, "//t:body")[0]
    assert "The delegation travels in June." in body and body.endswith("Its lodging is settled.")


WEB_PAGE = """March 3, 1961

Letter, Jan Example to the Committee

This document was made possible with support from Example Foundation

Dear Colleagues,
We have considered your proposal[1] and agree with it in every respect, subject to the approval of the board.
Yours sincerely,
(Jan Example)
  [1] See the enclosed minutes.

The writer accepts the committee's proposal on behalf of the institute and its board of trustees.

He asks that the board be informed of the decision before the end of the month, if possible.

Associated Places
Exampleland

Document Information

Source
Example State Archive, fond 3, opis 1, delo 7, list 12. Contributed by Ann Example and translated by Boris Sample and Carl Sample.

Original Archive
Example State Archive (ESA)

Rights
The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes.

Donors
Example Foundation

Language
Polish

Record ID
555002
"""


@pytest.fixture(scope="module")
def web_page() -> etree._Element:
    return converted(WEB_PAGE)


@pytest.mark.parametrize("label", ["Source", "Type", "Language"])
def test_a_line_of_the_text_that_is_a_fields_label_starts_no_fields(label):
    root = converted(WEB_PAGE.replace("Dear Colleagues,\n", f"Dear Colleagues,\n{label}\n", 1))
    assert values(root, "//t:publicationStmt/t:idno[@type='record']") == ["555002"]
    assert values(root, "//t:profileDesc/t:abstract")[0].startswith("The writer accepts")
    assert label in values(root, "//t:body")[0]


def test_a_label_alone_in_a_pdf_exports_text_starts_no_fields():
    root = converted(PDF_EXPORT.replace("To Comrade P. Petrov\n", "To Comrade P. Petrov\nSource\n", 1))
    assert values(root, "//t:closer/t:signed") == ["Ambassador of the USSR N. Nikolayev"]
    assert not root.xpath("//t:back//t:list", namespaces=NS)


def test_a_line_of_the_text_opening_with_a_note_number_is_not_where_the_notes_begin():
    root = converted(WEB_PAGE.replace("Yours sincerely,\n", "[1] A point the board raised.\nYours sincerely,\n", 1))
    assert values(root, "//t:closer/t:signed") == ["(Jan Example)"]
    assert values(root, "//t:note[@place='foot']") == ["See the enclosed minutes."]


@pytest.mark.parametrize("page, before", [(WEB_PAGE, "Dear Colleagues,"), (PDF_EXPORT, "To Comrade P. Petrov")],
                         ids=["web", "pdf"])
def test_a_text_headed_summary_is_the_text_not_a_front_section(page, before):
    root = converted(page.replace(f"{before}\n", f"Summary\n{before}\n", 1))
    assert values(root, "//t:body")[0].startswith(f"Summary {before}")
    assert values(root, "//t:publicationStmt/t:idno[@type='record']") in (["555001"], ["555002"])


def test_a_pdf_export_without_contents_keeps_its_language_and_its_text():
    root = converted(PDF_EXPORT.replace("Contents:\nEnglish Translation\n\n", "", 1))
    assert values(root, "//t:msContents/t:textLang/@mainLang") == ["ru"]
    assert values(root, "//t:body")[0].startswith("To Comrade P. Petrov")


def test_a_long_title_wrapped_over_many_lines_is_the_title():
    title = "Record of Conversation between the Ambassador and Comrade Ivanov on the Delegation" + \
        " and on the question of its lodging in the city" * 7
    root = converted(PDF_EXPORT.replace("Record of Conversation between the Ambassador and Comrade Ivanov on\nthe Delegation\n",
                                        wrapped(title) + "\n", 1))
    assert len(wrapped(title).splitlines()) > 4 and values(root, "//t:titleStmt/t:title") == [title]
    assert values(root, "//t:msContents/t:textLang/@mainLang") == ["ru"]


def test_web_page_fields(web_page):
    assert values(web_page, "//t:titleStmt/t:respStmt[@xml:id='translator']/t:persName") == ["Boris Sample", "Carl Sample"]
    assert values(web_page, "//t:publicationStmt/t:idno[@type='record']") == ["555002"]
    assert values(web_page, "//t:msIdentifier/t:repository") == ["Example State Archive (ESA)"]
    assert values(web_page, "//t:msIdentifier/t:collection") == ["fond 3", "opis 1"]
    assert values(web_page, "//t:msContents/t:textLang/@mainLang") == ["pl"]
    assert values(web_page, "//t:availability/t:licence")[0].startswith("The History and Public Policy Program welcomes")
    assert values(web_page, "//t:back//t:list/t:label") == [
        "Associated Places", "Document Information", "Source", "Original Archive", "Rights", "Donors", "Language",
        "Record ID"]


def test_web_page_summary_and_footnotes_stay_out_of_the_body(web_page):
    body = values(web_page, "//t:body")[0]
    assert body.startswith("Dear Colleagues") and body.endswith("(Jan Example)")
    assert values(web_page, "//t:abstract")[0].startswith("The writer accepts")
    assert values(web_page, "//t:abstract")[0].endswith("if possible.")
    assert values(web_page, "//t:body//t:p/t:note[@place='foot'][@n='1']") == ["See the enclosed minutes."]
    assert values(web_page, "//t:back/t:div[@type='notes']/t:p/t:ptr/@target") == ["#fn-1"]
    assert values(web_page, "//t:closer/t:signed") == ["(Jan Example)"]


@pytest.mark.parametrize("copy", [
    lambda fields: fields.replace("\n", "\n\n"),  # every line end doubled, as some browsers copy
    lambda fields: re.sub(r"\n\n+", "\n", fields),  # no blank line left
], ids=["line-ends-doubled", "no-blank-lines"])
def test_web_page_fields_however_their_blank_lines_were_copied(copy):
    fields_at = WEB_PAGE.index("Associated Places")
    root = converted(WEB_PAGE[:fields_at] + copy(WEB_PAGE[fields_at:]))
    assert values(root, "//t:publicationStmt/t:idno[@type='record']") == ["555002"]
    assert values(root, "//t:msContents/t:textLang/@mainLang") == ["pl"]
    assert values(root, "//t:msIdentifier/t:repository") == ["Example State Archive (ESA)"]
    assert values(root, "//t:back//t:list/t:label") == [
        "Associated Places", "Document Information", "Source", "Original Archive", "Rights", "Donors", "Language",
        "Record ID"]


def test_nobody_is_invented_where_no_translator_is_named():
    root = converted(WEB_PAGE.replace(" and translated by Boris Sample and Carl Sample", ""))
    assert values(root, "//t:titleStmt/t:respStmt[@xml:id='translator']/t:persName") == []
    assert values(root, "//t:sourceDesc/t:bibl/t:respStmt") == []


def test_a_text_set_off_by_blank_lines_keeps_its_paragraphs_from_the_summary():
    """Where the text's own paragraphs are set off by blank lines, only the last one can be told apart."""
    text = ("Dear Colleagues,\nWe have considered your proposal[1] and agree with it in every respect, subject to "
            "the approval of the board.\nYours sincerely,\n(Jan Example)\n  [1] See the enclosed minutes.\n")
    spaced = text.replace("  [1] See the enclosed minutes.\n", "").replace("[1]", "").replace("\n", "\n\n")
    root = converted(WEB_PAGE.replace(text, spaced))
    assert values(root, "//t:abstract")[0].startswith("He asks that the board")
    assert "The writer accepts" in values(root, "//t:body")[0]
