import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("text, expected", [
    ("[illegible word/name]", '<gap reason="illegible" unit="words"><desc>illegible word/name</desc></gap>'),
    ("[[illegible letters]]", '<gap reason="illegible" unit="chars" rend="double-brackets"><desc>illegible letters</desc></gap>'),
    ("Illegible signature", '<gap reason="illegible" rend="bare"><desc>Illegible signature</desc></gap>'),
    ("Perepeilisina????", 'Perepeilisina<gap reason="illegible" unit="chars" quantity="4"/>'),
    ("[...]", '<gap reason="omitted"><desc>...</desc></gap>'),
    ("[\u2026]", '<gap reason="omitted"><desc>\u2026</desc></gap>'),
    ("TOP SECRET \u25a1\u25a1\u25a1", 'TOP SECRET <gap reason="unrendered" unit="chars" quantity="3"/>'),
])
def test_gap_forms(text, expected):
    xml, _ = encode(text)
    assert xml == f"<p>{expected}</p>"
    assert round_trips(text)


def test_several_illegible_signatures_at_once():
    xml, _ = encode("Illegible signatures")
    assert "<desc>Illegible signatures</desc>" in xml


def test_single_question_mark_is_punctuation():
    xml, _ = encode("Why?")
    assert xml == "<p>Why?</p>"
