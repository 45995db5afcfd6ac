"""Abbreviations completed inside a word: Com[munist] → expan with the completed letters as ex."""

import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("text, expected", [
    ("the Com[munist] Party", 'the <expan>Com<ex resp="#translator">munist</ex></expan> Party'),
    ("Sov[iet] Union", '<expan>Sov<ex resp="#translator">iet</ex></expan> Union'),
    ("I[van] V. Kovalev", '<expan>I<ex resp="#translator">van</ex></expan> V. Kovalev'),
    ("the c[omrade]s said", 'the <expan>c<ex resp="#translator">omrade</ex></expan>s said'),
    ("8th A[rmy] G[roup?]",
     '8th <expan>A<ex resp="#translator">rmy</ex></expan> <expan>G<ex resp="#translator" cert="low">roup</ex></expan>'),
])
def test_letters_glued_to_a_word_complete_it(text, expected):
    xml, _ = encode(text)
    assert xml == f"<p>{expected}</p>"
    assert round_trips(text)


def test_a_completion_at_the_start_of_a_line():
    text = "we met\nS[talin] and"
    xml, _ = encode(text)
    assert '<lb/><expan>S<ex resp="#translator">talin</ex></expan> and' in xml
    assert round_trips(text)


def test_letters_before_a_word_are_restored_not_an_abbreviation():
    xml, _ = encode("[W]ith the aim")
    assert xml == '<p><supplied resp="#translator" reason="restored">W</supplied>ith the aim</p>'


def test_a_word_after_a_space_is_not_completed():
    xml, _ = encode("the [Communist] Party")
    assert "<expan" not in xml and "<supplied" in xml


def test_a_transliterations_soft_sign_is_part_of_the_completed_letters():
    text = "The T[sentral'nyi] K[omitet] decided"
    xml, _ = encode(text)
    assert xml == ('<p>The <expan>T<ex resp="#translator">sentral\'nyi</ex></expan> '
                   '<expan>K<ex resp="#translator">omitet</ex></expan> decided</p>')
    assert round_trips(text)
