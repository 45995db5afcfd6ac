"""Hard-wrapped text and pages run together on one line: the line ends a PDF or a copy changed."""

from __future__ import annotations

import textwrap

import pytest

import teiconv
from teiconv.convert.page import FRONT_LABELS, blocks_of, split_lines
from teiconv.convert.reflow import is_hard_wrapped
from teiconv.convert.runon import is_run_on, run_on_spans

PARAGRAPHS = [
    "The committee met on the fourth and heard the report of the commission on the harvest, which "
    "found that the grain deliveries had fallen short of the plan in three districts of the region.",
    "It resolved to send an inspector to each of them and to report to the centre by the end of the "
    "month on the measures taken to make good the shortfall before the winter sets in and the roads close.",
]


def wrapped_text(width: int = 90) -> str:
    return "\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def test_a_pdfs_lines_are_hard_wrapped_and_a_web_pages_are_not():
    assert is_hard_wrapped(split_lines(wrapped_text() + "\n" + wrapped_text(85)))
    assert not is_hard_wrapped(split_lines("\n".join(PARAGRAPHS * 5)))
    assert not is_hard_wrapped(split_lines("Short\nlines\nonly\n" * 5))


def test_paragraphs_are_found_where_a_line_stops_short_of_the_measure():
    text = wrapped_text() + "\n" + wrapped_text()
    blocks = blocks_of(text, split_lines(text), wrapped=True)
    assert [" ".join(b.of(text).split()) for b in blocks] == PARAGRAPHS * 2
    assert all(b.reflowed for b in blocks)


def test_a_page_boundary_inside_a_sentence_does_not_break_the_paragraph():
    lines = wrapped_text().split("\n")
    text = "\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:])
    blocks = blocks_of(text, split_lines(text), wrapped=True)
    assert [" ".join(b.of(text).split()) for b in blocks] == PARAGRAPHS


def test_a_paragraph_the_export_left_whole_sets_no_measure_for_the_wrapped_lines_around_it():
    whole = " ".join(PARAGRAPHS * 3)  # one line of 560 characters among lines wrapped at 90
    around = "\n".join([wrapped_text()] * 3)
    text = around + "\n" + whole + "\n" + around
    lines = split_lines(text)
    assert is_hard_wrapped(lines)
    blocks = blocks_of(text, lines, wrapped=True)
    assert [" ".join(b.of(text).split()) for b in blocks] == [*PARAGRAPHS * 3, whole, *PARAGRAPHS * 3]


def test_a_list_in_wrapped_text_keeps_its_items_apart():
    introduction = ("We would like to ask that senior comrades from the following institutions be sent to us "
                    "for the conversations:")
    items = ["- The Ministry of Internal Affairs and the Ministry of State Security",
             "- The Ministry of Education and higher cultural organizations",
             "- The Ministry of Foreign Affairs"]
    text = "\n".join([wrapped_text()] * 3 + [introduction, *items] + [wrapped_text()] * 3)
    blocks = blocks_of(text, split_lines(text), wrapped=True)
    paragraphs = [" ".join(b.of(text).split()) for b in blocks]
    assert paragraphs[6:10] == [" ".join(introduction.split()), *items]


def test_an_item_short_of_the_measure_before_a_capital_is_a_heading():
    heading = "a. Regarding the policy towards the national bourgeoisie"
    text = "\n".join([wrapped_text()] * 3 + [heading, wrapped_text()] + [wrapped_text()] * 2)
    paragraphs = [" ".join(b.of(text).split()) for b in blocks_of(text, split_lines(text), wrapped=True)]
    assert paragraphs[6:8] == [heading, PARAGRAPHS[0]]


def test_a_short_line_whose_sentence_goes_on_in_small_letters_does_not_end_its_paragraph():
    broken = ["Besides those points, which I conveyed to you",
              "through comrade Kovalev, I will write to you the present report."]
    around = "\n".join([wrapped_text()] * 3)
    text = "\n".join([around, *broken, around])
    paragraphs = [" ".join(b.of(text).split()) for b in blocks_of(text, split_lines(text), wrapped=True)]
    assert paragraphs[6] == " ".join(broken)
    # across a blank line, lines of a signature stay apart
    text = "\n".join([around, "Liu Shaoqi", "", "the Chinese Communist Party CC", around])
    paragraphs = [" ".join(b.of(text).split()) for b in blocks_of(text, split_lines(text), wrapped=True)]
    assert paragraphs[6:8] == ["Liu Shaoqi", "the Chinese Communist Party CC"]


PAGE = ("Site Name example.org June 05, 1958 A Title of the Document Citation: “A Title,” June 05, 1958. "
        "Summary: What it says. Original Language: Chinese Contents: English Translation "
        + " ".join(PARAGRAPHS) * 4 + " The end.[1] [1] A footnote's text.")


def test_a_page_run_together_is_cut_where_its_parts_begin():
    assert is_run_on(PAGE.split("\n"), FRONT_LABELS)
    assert not is_run_on([" ".join(PARAGRAPHS) * 10], FRONT_LABELS)
    parts = [PAGE[start:end] for start, end in run_on_spans(PAGE, FRONT_LABELS)]
    assert parts[:11] == ["Site Name example.org", "June 05, 1958", "A Title of the Document", "Citation:",
                          "“A Title,” June 05, 1958.", "Summary:", "What it says.", "Original Language:", "Chinese",
                          "Contents:", "English Translation"]
    assert parts[-1] == "[1] A footnote's text." and parts[-2].endswith("The end.[1]")


@pytest.mark.parametrize("closing, closer", [
    ("Ivanov. 10.1.1949", ["signed: Ivanov.", "dateline: 10.1.1949"]),
    ("With communist greetings, Ivan Ivanov 11 June 1949", ["salute: With communist greetings,",
                                                           "signed: Ivan Ivanov 11 June 1949"]),
    ("It was agreed.", []),  # a sentence of the text
    ("Ivanov agreed.", []),
])
def test_a_page_run_together_has_its_closer_cut_from_the_last_paragraph(closing, closer):
    page = PAGE.replace(" The end.[1] [1] A footnote's text.", " The end. " + closing)
    root = teiconv.convert_text(page).root
    lines = root.xpath("//t:closer/*", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert [f"{line.xpath('local-name()')}: {''.join(line.itertext())}" for line in lines] == closer
    last = root.xpath("string((//t:body//t:p)[last()])", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert last.endswith("The end." if closer else closing)
