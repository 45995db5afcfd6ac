"""The converter's fast scans find what the expressions they replace found (they were written for
speed and must not change a byte of the output): the word before a bracket found from the end,
the last word of a text, the brackets of a stretch found with ``str.find``, the name patterns'
words found from their first letters instead of ``\b``, a page's labels told apart with a strip,
the conventions of running text and routing lines looked for only where one can open."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teiconv.convert import namepatterns as patterns
from teiconv.convert.brackets import CLOSE, OPEN, _brackets
from teiconv.convert.conventions.base import run_at_end
from teiconv.convert.conventions.patterns import compile_patterns
from teiconv.convert.inline import _PATTERNS
from teiconv.convert.lexicon import last_word, words
from teiconv.convert.page import BACK_LABELS, FRONT_LABELS, Line, label_name

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


def _compact(words: str) -> str:
    return "".join(words.split("\n"))


#: The name patterns as ``\b`` wrote them (tried at every position), beside the fast forms.
_WITH_WORD_BOUNDARY = {
    "_TITLE": rf"\b(?:{_compact(patterns.TITLES)}|{patterns.PLURAL_TITLES})(?!\w)",
    "_TITLED": rf"\b(?:{_compact(patterns.TITLES)})\s+({patterns.NAME})",
    "_LISTED": rf"\b(?:{patterns.PLURAL_TITLES})"
               + patterns._LISTED.pattern.removeprefix(patterns._word_starting(patterns.PLURAL_TITLES)),
    "_PLACE_OF": rf"\b(?:{patterns.PLACE_WORDS})\s+of\s+({patterns.WORD}(?:\s+{patterns.WORD})?)",
    "_PLACE_BEFORE": rf"\b({patterns.WORD})\s+(?:{patterns.PLACE_WORDS})\b",
    "_PLACE_WORD": rf"\b(?:{patterns.PLACE_WORDS})\b",
    "_ORGANISATION_WORD": rf"\b(?:{_compact(patterns.ORGANISATION_WORDS)})\b",
    "_ORGANISATION": patterns._ORGANISATION.pattern.removeprefix("(?=[A-Z])"),
}
#: Text made of the patterns' words run together, apart and inside other words.
_PIECES = ["Comrade", "Cde.", "Cdes.", "Prime Minister", "Minister", "General", "Consul", "Consulate",
           "Party", "Committee", "city", "province", "capital", " of ", " the ", " and ", ", ", " ",
           "Ivanov", "Tabriz", "A.", "x", "\u00e9", "-", "'", "\n", "Org", "Union"]
NAME_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@given(NAME_TEXTS, st.sampled_from(sorted(_WITH_WORD_BOUNDARY)), st.integers(0, 40), st.integers(0, 80))
def test_name_patterns_find_what_their_word_boundary_forms_found(text, name, start, end):
    fast, plain = getattr(patterns, name), re.compile(_WITH_WORD_BOUNDARY[name])
    assert [(m.span(), m.groups()) for m in fast.finditer(text, start, end)] == \
           [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]


#: Text made of titles, places' words, ``of`` and capitalised words, run together, apart, at the
#: ends of words and before full stops, apostrophes and hyphens.
_TESTED_PIECES = ["Cde.", "Prime Minister", "Vice-Premier", "Comrade", "Party", " Committee", "city", " city",
                  " province of ", "Gilan", "A", " ", ".", "-", "'", "x", "\n"]
TESTED_TEXTS = st.lists(st.sampled_from(_TESTED_PIECES), max_size=8).map("".join)


@settings(max_examples=1000)
@given(TESTED_TEXTS, st.integers(0, 60), st.integers(0, 60))
@example("A. Gilan", 0, 0)
@example("Gilan Committee", 0, 0)
@example("Comrade Gilan city", 0, 0)
@example("Cde. Gilan, the province of Gilan", 0, 0)
def test_a_name_pattern_is_tried_on_every_stretch_it_finds_something_in(text, skip_start, skip_end):
    """The tests that let a stretch skip a pattern let through every stretch in which the
    pattern reads something (they skip the others, and must not change a candidate)."""
    start = min(skip_start, len(text))
    end = max(start, len(text) - skip_end)
    runs = list(patterns._CAPITALISED_RUN.finditer(text, start, end))
    tried = {reading.__name__ for reading in patterns._readings(text, start, end, runs, frozenset())}
    for pattern in (patterns._initialled, patterns._titled, patterns._places, patterns._organisations):
        if list(pattern(text, start, end)):
            assert pattern.__name__ in tried


LABEL_LINES = st.tuples(st.text(alphabet="# *:\t\u00a0", max_size=4),
                        st.sampled_from([*FRONT_LABELS, *BACK_LABELS, "Source text", "Rights reserved"]),
                        st.text(alphabet=" *:\t\u00a0\u2003", max_size=4)).map("".join)


@given(LABEL_LINES)
def test_a_line_is_a_label_as_its_undecorated_words_say(text):
    """Heading marks, bold markers, colons and white space of any kind around a label."""
    undecorated = text
    if re.match(r"#{1,6}\s+", undecorated):
        undecorated = re.sub(r"^#{1,6}\s+", "", undecorated)
    undecorated = undecorated.strip()
    undecorated = undecorated.removeprefix("**")
    if undecorated.endswith("**") and len(undecorated) >= 2:
        undecorated = undecorated[:-2]
    words = undecorated.strip().rstrip(":").strip().lower()
    for labels in (FRONT_LABELS, BACK_LABELS, FRONT_LABELS + BACK_LABELS):
        expected = words if words in labels else None
        assert label_name(text, Line(0, len(text), text), labels) == expected


#: Text made of what the conventions of running text and routing lines are made of.
_CONVENTION_PIECES = ["12", "1949", "0930", "5", " ", "  ", "\t", "\n", "June", "Sept.", "Sep", "IV", ".", "/", "-",
                      ",", "at ", "No.", "No", "\u2116", "N\u00ba", "Incoming", "Spets.", "Copy", "Form", ":",
                      "http://x.org/a", "<", ">", "\u25a1", "?", "??", "Illegible signature", "illegible", "s", "a", "us.3", "word1"]
CONVENTION_TEXTS = st.lists(st.sampled_from(_CONVENTION_PIECES), max_size=10).map("".join)


@given(CONVENTION_TEXTS, st.booleans(), st.booleans())
def test_a_scanner_guarded_by_its_openings_finds_what_the_plain_alternation_found(text, routing, endnotes):
    """Each pattern says what its matches open with; the scanner looks ahead for one of those
    before trying its alternatives, which must not change a match."""
    patterns = _PATTERNS[routing, endnotes]
    plain = re.compile("|".join(f"(?P<{p.name}>{p.pattern})" for p in patterns))
    guarded = compile_patterns(patterns)
    assert guarded.pattern.startswith("(?=")
    assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == \
           [(m.span(), m.lastgroup) for m in plain.finditer(text)]
