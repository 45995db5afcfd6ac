"""The converter's fast scans find what the expressions they replace found (they were written for
speed and must not change a byte of the output): the word before a bracket found from the end,
the last word of a text, the brackets of a stretch found with ``str.find``."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from teiconv.convert.brackets import CLOSE, OPEN, _brackets
from teiconv.convert.conventions.base import run_at_end
from teiconv.convert.lexicon import last_word, words

#: Text made of what the scans look at: letters, digits, spaces, line breaks, quotes, brackets.
TEXTS = st.text(alphabet="ab1_ \t\n\"\u201c\u201d[]()?-'\u2019\u00e9\u0416.", max_size=12)
CLASSES = st.sampled_from([r"[^\s\"\u201c\u201d(\[\]]", r"[^\W\d_]"])


@given(TEXTS, CLASSES)
def test_run_at_end_finds_what_the_anchored_search_found(text, characters):
    match = re.search(characters + "+$", text)
    assert run_at_end(text, characters) == (match.span() if match else None)


def test_run_at_end_stops_before_a_final_line_break_as_dollar_does():
    assert run_at_end("the word\n", r"[^\W\d_]") == (4, 8)
    assert run_at_end("the word \n", r"[^\W\d_]") is None


@given(TEXTS)
def test_last_word_is_the_last_of_the_words(text):
    found = words(text)
    assert last_word(text) == (found[-1] if found else None)


@given(TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_brackets_are_every_bracket_in_order(text, start, end):
    expected = [(m.start(), m.group()) for m in re.finditer(r"[\[\]]", text[:end]) if m.start() >= start]
    assert list(_brackets(text, start, end)) == expected
    assert {mark for _, mark in expected} <= {OPEN, CLOSE}
