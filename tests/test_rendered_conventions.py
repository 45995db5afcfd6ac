"""The editor's brackets read by this round's conventions, as the pages and the print rendering
show them: a deletion gone from the reading text and struck through inside its bracket as
transcribed, a role's identification in parentheses, [sic!] and a page number as written."""

from __future__ import annotations

import re

import lxml.html
import pytest

import teiconv
from teiconv.html import HtmlSite
from teiconv.pdf.stylesheet import PrintStylesheet

SOURCE = """January 5, 1950
Letter, A. Example to B. Sample

The committee met on 3 January [page 2] and discussed the plan. The minister [Molotov] said that the army [crossed out: and the navy] would be moved in the spring. The Korean leader [Kim Il Sung] agreed [sic!] with it. It [the treaty] was signed [!] on [date].
"""


def text(element) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture(scope="module")
def tei(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tei")
    conversion = teiconv.convert_text(SOURCE)
    path = folder / f"{conversion.doc_id}.xml"
    path.write_bytes(conversion.to_bytes())
    return path


@pytest.fixture(scope="module")
def page(tei, tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    HtmlSite().build([tei.parent], out)
    return lxml.html.parse(str(out / f"{tei.stem}.html")).getroot()


def test_the_reading_text_leaves_the_deletion_out_and_names_the_role_in_parentheses(page):
    reading = text(page.get_element_by_id("view-reading"))
    assert "the army would be moved" in reading and "crossed out" not in reading and "navy" not in reading
    assert "The minister (Molotov) said" in reading and "The Korean leader (Kim Il Sung) agreed" in reading


def test_the_reading_text_opens_a_sentence_with_what_the_pronoun_that_opened_it_means(page):
    reading = text(page.get_element_by_id("view-reading"))
    assert "with it. The treaty was" in reading


def test_the_transcription_keeps_this_sessions_brackets_as_written(page):
    assert "It [the treaty] was signed [!] on [date]." in text(page.get_element_by_id("view-diplomatic"))


def test_the_transcription_strikes_the_deletion_through_inside_its_bracket(page):
    view = page.get_element_by_id("view-diplomatic")
    assert "the army [crossed out: and the navy] would be moved" in text(view)
    assert [text(d) for d in view.xpath(".//del")] == ["and the navy"]
    assert "agreed [sic!] with" in text(view) and "[page 2]" in text(view)


def test_the_print_rendering_keeps_the_deletion_in_its_bracket(tei):
    printer = PrintStylesheet()
    html = lxml.html.fromstring(printer.document_html(printer.parse(tei)))
    assert "the army [crossed out: and the navy] would be moved" in text(html)
    assert [text(d) for d in html.xpath(".//del")] == ["and the navy"]
    assert re.search(r"agreed \[sic!\] with", text(html))
    assert "It [the treaty] was signed [!] on [date]." in text(html)
