"""Names given in another form or identified: choice of orig and reg, never supplied."""

import pytest

from inline_helpers import encode, round_trips


def _choice(orig: str, reg: str, cert: str = "") -> str:
    return f'<choice><orig>{orig}</orig><reg resp="#translator"{cert}>{reg}</reg></choice>'


@pytest.mark.parametrize("text, expected", [
    ("After taking Beiping [Beijing], to call", f"After taking {_choice('Beiping', 'Beijing')}, to call"),
    ("Tan [Tang] Enbo is looking", f"{_choice('Tan', 'Tang')} Enbo is looking"),
    ("Zhong [Zheng?] Jiemin wants", _choice("Zhong", "Zheng", ' cert="low"') + " Jiemin wants"),
    ("Andreev [Mikoyan], we intended", f"{_choice('Andreev', 'Mikoyan')}, we intended"),
    ("troops in Port Arthur [Lushun] prevent", f"troops in {_choice('Port Arthur', 'Lushun')} prevent"),
    ("They [the Soviets] could help", f"{_choice('They', 'the Soviets')} could help"),
    ("army, Liu Wenkui [Wenhui], daily", f"army, Liu {_choice('Wenkui', 'Wenhui')}, daily"),
    ("We [Liu Shaoqi, Gao Gang, and Wang Jiaxiang] and Kovalev",
     f"{_choice('We', 'Liu Shaoqi, Gao Gang, and Wang Jiaxiang')} and Kovalev"),
])
def test_another_form_of_a_name(text, expected):
    xml, _ = encode(text)
    assert xml == f"<p>{expected}</p>"
    assert round_trips(text)


def test_the_name_may_end_the_line_before_the_bracket():
    text = "declared that the Guomindang\n[Kuomintang] forces"
    xml, _ = encode(text)
    assert xml == f"<p>declared that the {_choice('Guomindang<lb/>', 'Kuomintang')} forces</p>"
    assert round_trips(text)


@pytest.mark.parametrize("text", [
    "the American Ambassador [Patrick] Hurley interfered",  # the first part of the name after it
    "the US Secretary of Defense [James]\nForrestal, although",
    "fear war. Liu [Shaoqi]",  # a pinyin given name after a one-syllable surname
    "united with the Northeast [Bureau's].",  # a common word: a title, not a name
    "on 20 January [I] want to go",  # the pronoun I is supplied
    "It was cold. Yesterday [Stalin] said",  # a sentence's first word is not a name
])
def test_words_that_complete_a_name_are_supplied(text):
    xml, _ = encode(text)
    assert "<supplied" in xml and "<choice" not in xml
    assert round_trips(text)


def test_a_role_in_small_letters_is_identified_by_the_name_after_it():
    text = "the Korean leader [Kim Il Sung] and the ambassador [Patrick] Hurley"
    xml, _ = encode(text)
    assert xml == ('<p>the Korean leader <gloss resp="#translator">Kim Il Sung</gloss> '
                   'and the ambassador <supplied resp="#translator">Patrick</supplied> Hurley</p>')
    assert round_trips(text)
