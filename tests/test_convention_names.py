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
    # a name in words that end in common ones, after a name that is no English word
    ("Xinhua [New China News Agency] reported", f"{_choice('Xinhua', 'New China News Agency')} reported"),
    ("Kao Kang [Gao Gang] arrived", f"{_choice('Kao Kang', 'Gao Gang')} arrived"),
    # who or what a pronoun means, in small letters or a possessive
    ("It [the treaty] was signed", f"{_choice('It', 'the treaty')} was signed"),
    ("We [the Chinese side] agreed", f"{_choice('We', 'the Chinese side')} agreed"),
    ("His [Stalin's] answer", _choice("His", "Stalin's") + " answer"),
    # an acronym: the whole name whose initials spell it
    ("The Ministry of Foreign Affairs [MFA] sent", "The " + _choice("Ministry of Foreign Affairs", "MFA") + " sent"),
    ("The People's Liberation Army [PLA] moved", "The " + _choice("People's Liberation Army", "PLA") + " moved"),
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
    "the People's [Liberation Army] advanced",  # words after a common word end its title
    "the comrades [from Moscow] arrived",  # no name or pronoun before it
    "This [question] was discussed",  # a demonstrative's noun, supplied
    "There [in Moscow] they met",  # a place, not a language the original is in
    "told him [the whereabouts of the] army",  # words that run on into the text
    "then gave them [the documents] to read",  # after an object: the object supplied
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
