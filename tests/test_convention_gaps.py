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
    # described by their extent and cause
    ("[one word missing]", '<gap reason="lost" unit="words" quantity="1"><desc>one word missing</desc></gap>'),
    ("[one line missing]", '<gap reason="lost" unit="lines" quantity="1"><desc>one line missing</desc></gap>'),
    ("[one or two words unclear]",
     '<gap reason="illegible" unit="words" atLeast="1" atMost="2"><desc>one or two words unclear</desc></gap>'),
    ("[3 lines illegible]", '<gap reason="illegible" unit="lines" quantity="3"><desc>3 lines illegible</desc></gap>'),
    ("[text missing]", '<gap reason="lost"><desc>text missing</desc></gap>'),
    ("[\u2026redacted]", '<gap reason="redacted"><desc>\u2026redacted</desc></gap>'),
    ("[unclear]", '<gap reason="illegible"><desc>unclear</desc></gap>'),
    ("[missing text]", '<gap reason="lost"><desc>missing text</desc></gap>'),
    ("[. . .]", '<gap reason="omitted"><desc>. . .</desc></gap>'),
    ("[first page missing]", '<gap reason="lost" unit="pages"><desc>first page missing</desc></gap>'),
    ("[signature illegible]", '<gap reason="illegible"><desc>signature illegible</desc></gap>'),
    # withheld by the archive, left out by the translator
    ("[redacted]", '<gap reason="redacted"><desc>redacted</desc></gap>'),
    ("[one sentence not declassified]", '<gap reason="redacted"><desc>one sentence not declassified</desc></gap>'),
    ("[not translated]", '<gap reason="omitted"><desc>not translated</desc></gap>'),
    ("[date missing]", '<gap reason="lost"><desc>date missing</desc></gap>'),
    ("[place name illegible]", '<gap reason="illegible"><desc>place name illegible</desc></gap>'),
    ("[rest of sentence missing]", '<gap reason="lost"><desc>rest of sentence missing</desc></gap>'),
    ("[line missing in the original]", '<gap reason="lost" unit="lines"><desc>line missing in the original</desc></gap>'),
    ("[the original is damaged here]", '<gap reason="lost"><desc>the original is damaged here</desc></gap>'),
    ("[Remainder of document not translated]",
     '<gap reason="omitted"><desc>Remainder of document not translated</desc></gap>'),
    # a count of what TEI has no unit for stays in the description
    ("[two paragraphs withheld]", '<gap reason="redacted"><desc>two paragraphs withheld</desc></gap>'),
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



@pytest.mark.parametrize("text", ["held on [date] in Moscow", "cable No. [number] of", "at [time] the", "signed by [name]."])
def test_a_kind_of_words_alone_is_a_placeholder_for_words_untranscribed(text):
    xml, _ = encode(text)
    word = text[text.index("[") + 1:text.index("]")]
    assert f'<gap reason="untranscribed"><desc>{word}</desc></gap>' in xml
    assert round_trips(text)


@pytest.mark.parametrize("text", ["at the same [time] the", "for a long [time] the", "to [number] of them", "on that [date] they"])
def test_a_kind_of_words_after_a_determiner_or_before_of_is_supplied(text):
    assert "<supplied" in encode(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("[inaudible]", '<gap reason="inaudible"><desc>inaudible</desc></gap>'),
    ("[unintelligible]", '<gap reason="illegible"><desc>unintelligible</desc></gap>'),
    ("[illeg.]", '<gap reason="illegible"><desc>illeg.</desc></gap>'),
    ("[text breaks off]", '<gap reason="lost"><desc>text breaks off</desc></gap>'),
])
def test_gaps_in_records_of_conversations_and_abbreviated(text, expected):
    assert encode(f"he said {text} then")[0] == f"<p>he said {expected} then</p>"
    assert round_trips(f"he said {text} then")
