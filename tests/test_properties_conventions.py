"""Property tests of the bracket conventions of real translations (issue #10): random text made of
their forms never crashes the converter, round-trips, and stays valid against our schema."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

import teiconv
from teiconv.validation import Validator, default_schemas, parse_bytes

from inline_helpers import round_trips

PIECES = st.sampled_from([
    "[", "]", "[[", "]]", " ", "\n", "\n\n", '"', "?", ",", ".",
    "Com", "[munist]", "A[rmy] G[roup?]", "I[van]", "Beiping", "Beiping [Beijing]", "They [the Soviets]",
    "Tan [Tang] Enbo", "Liu [Shaoqi]", "[Patrick] Hurley", "Andreev [Mikoyan]", "[signature]",
    "[Chinese signature]", "[CPSU CC stamp: 20593 11 June 1955]", '["NOT SECRET" Stamped]',
    "[Handwritten:]", "[handwritten]", "Copy A", "[handwritten in the left margin: agreed]",
    "[page break]", "[Page Break]", "[one word missing]", "[one or two words unclear]", "[...redacted]",
    "[return?]", "[?]", "arrested[?]", "[sic, should be Nosaka]", "[sic; ed. note\u2014 perhaps X]",
    "MVD [Ministry of Internal Affairs, sic, in fact NKVD]", "[email protected]", "[.]", "[W]ith",
    "[buli]", "[deducing]", "[GMD General] Bai", "[handwritten: coordinate [[in SChS]]",
])
TEXTS = st.lists(PIECES | st.text(max_size=4), max_size=30).map("".join).filter(
    lambda text: all(ch == "\n" or (ord(ch) >= 32 and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) < 0xE000)
                     for ch in text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_conventions_round_trip(text: str):
    assert round_trips(text)


@pytest.fixture(scope="module")
def our_schema() -> Validator:
    return Validator(default_schemas())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_documents_of_conventions_are_valid_and_lossless(text: str, our_schema: Validator):
    if not text.strip():
        return
    conversion = teiconv.convert_text("Memo\n\n" + text, "random.txt")
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise("Memo\n\n" + text)
    document = parse_bytes(conversion.to_bytes(), "random.xml")
    problems = [str(d) for engine in our_schema.engines for d in engine.check(document)]
    assert not problems, problems
