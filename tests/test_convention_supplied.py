import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("words", ["needs to be", "their", "to conduct", "V", "Ehsanullah", "with this cable"])
def test_supplied_words(words):
    text = f"and [{words}] so"
    xml, ctx = encode(text)
    assert xml == f'<p>and <supplied resp="#translator">{words}</supplied> so</p>'
    assert not ctx.diagnostics
    assert round_trips(text)


def test_a_conjecture_is_supplied_with_low_certainty():
    xml, _ = encode("they will [return?] soon")
    assert xml == '<p>they will <supplied resp="#translator" cert="low">return</supplied> soon</p>'
    assert round_trips("they will [return?] soon")


def test_punctuation_in_brackets_is_supplied():
    xml, _ = encode('Ningxia[.] and ["]if')
    assert xml.count("<supplied") == 2


def test_a_query_glued_to_a_word_is_a_doubt_not_supplied():
    xml, _ = encode("he should be arrested[?]. The")
    assert xml == '<p>he should be arrested<note type="editorial" subtype="doubt">?</note>. The</p>'
    assert round_trips("he should be arrested[?]. The")


def test_a_long_title_before_a_name_is_supplied():
    text = "about how [PLA Beijing\nMilitary Control Commission Chairman] Ye Jianying warned"
    xml, _ = encode(text)
    assert "<supplied" in xml and "<note" not in xml
    assert round_trips(text)


def test_inflected_english_is_supplied_and_pinyin_is_the_original():
    xml, _ = encode("conditions and [deducing] from it is disadvantageous [buli] for them")
    assert '<supplied resp="#translator">deducing</supplied>' in xml
    assert '<foreign xml:lang="ru-Latn">buli</foreign>' in xml
