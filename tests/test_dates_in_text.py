"""Dates as clerks wrote them, in routing lines and closers: ISO values, the text's own year kept."""

import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("text, when", [
    ("30.XII.1948", "1948-12-30"),
    ("16.XII.1947", "1947-12-16"),
    ("14. IV-46", "1946-04-14"),
    ("13/5-50", "1950-05-13"),
    ("10.1.1949", "1949-01-10"),
    ("21 Nov 1945", "1945-11-21"),
    ("3 Sept. 1949", "1949-09-03"),
    ("10/14/50 at 03:15 a.m.", "1950-10-14T03:15:00"),
    ("10/14/50 at 03:15 p.m.", "1950-10-14T15:15:00"),
    ("14/10/50", "1950-10-14"),
])
def test_date_forms_get_iso_values(text, when):
    xml, _ = encode(text, routing=True, year=1941)
    assert xml == f'<p><date when="{when}">{text}</date></p>'
    assert round_trips(text, routing=True)


def test_the_texts_own_year_is_never_replaced_by_the_pages():
    xml, _ = encode("Deciphered 30.XII.1948", routing=True, year=1949)
    assert 'when="1948-12-30"' in xml


@pytest.mark.parametrize("text", ["31.II.1949", "1.2.3.4", "45/13/50"])
def test_what_is_not_a_date_stays_text(text):
    xml, _ = encode(text, routing=True)
    assert "<date" not in xml
