"""Property tests: random text with random brackets never crashes the converter and round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import teiconv

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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_inline_encoding_round_trips(text: str):
    assert round_trips(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_whole_documents_convert_and_round_trip(text: str):
    if not text.strip():
        return
    conversion = teiconv.convert_text(text, "random.txt")
    etree.fromstring(conversion.to_bytes())  # well-formed
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
