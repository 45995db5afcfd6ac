"""Property tests: random text with random brackets never crashes the converter and round-trips.

How many examples, and whether they are random, is the profile's choice (tests/conftest.py):
derandomised in CI, ``HYPOTHESIS_PROFILE=fuzz`` for the long search.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
import pytest

import teiconv
from teiconv.validation import Validator, default_schemas, parse_bytes

from inline_helpers import round_trips

PIECES = st.sampled_from([
    "[", "]", "[[", "]]", '"', "\u201c", "\u201d", " ", "  ", "\n", "\n\n", "\u00a0", "\u25a1", "????", "?",
    "sic", "SIC", "Handwritten:", "handwritten across the top", "Stamp:", "illegible word", "signed",
    "IKKI", "fedai", "kordony", "their", "to conduct", "Molotov", "STALIN", "1.", "2. ", "No 4202/sh",
    "sent at 2325 9 December 1941", "December 9, 1941", "TOP SECRET", " - ", ":", ".", ",", "Citation:",
    "Summary:", "Author(s):", "Rights", "**", "# ", "<https://example.org/document/1>", "With deep respect:",
    "A long sentence of ordinary prose that goes on for quite a while, as paragraphs do.",
])
#: Any text XML can hold (control characters are refused with a message: see test_bad_input).
XML_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.just("\n")
TEXTS = st.lists(PIECES | st.text(XML_CHARACTERS, max_size=6), max_size=40).map("".join)


#: Failures found once by the random search, kept so that every run tries them again.
FOUND = ["<<https://example.org/document/1>>", "\ufeffHello there", 'A line\n"\nwords that follow']


def with_found_examples(test):
    for text in FOUND:
        test = example(text=text)(test)
    return test


@with_found_examples
@given(text=TEXTS)
def test_inline_encoding_round_trips(text: str):
    assert round_trips(text)


@pytest.fixture(scope="module")
def our_schema() -> Validator:
    return Validator(default_schemas())


@with_found_examples
@given(text=TEXTS)
def test_whole_documents_convert_round_trip_and_are_valid(text: str, our_schema: Validator):
    if not text.strip():
        return
    conversion = teiconv.convert_text(text, "random.txt")
    encoded = conversion.to_bytes()
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
    document = parse_bytes(encoded, "random.xml")  # well-formed, or this raises
    problems = [str(d) for engine in our_schema.engines for d in engine.check(document)]
    assert not problems, problems


@given(TEXTS)
def test_normalising_twice_changes_nothing(text: str):
    assert teiconv.normalise(teiconv.normalise(text)) == teiconv.normalise(text)
