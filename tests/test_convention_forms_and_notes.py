import pytest

from inline_helpers import encode, round_trips


def test_empty_form_boxes_are_glyphs():
    text = "Copies [to]: [ ] Cdes. Vyshinsky have\n[ ] been familiarized"
    xml, _ = encode(text)
    assert xml.count('<g ref="#form-box"/>') == 2
    assert round_trips(text)


def test_blank_left_in_a_form_is_a_space():
    xml, _ = encode("dated [date not filled in] 1946")
    assert "<space><desc>date not filled in</desc></space>" in xml
    xml, _ = encode("dated [space left blank] 1946")
    assert "<space><desc>space left blank</desc></space>" in xml


def test_signed_marks_the_signature():
    xml, _ = encode("General-Major Yemel'yanov [signed]")
    assert '<note type="editorial" subtype="signed">signed</note>' in xml


def test_translators_note():
    text = "[Translator's note: the word is illegible in the original]"
    xml, _ = encode(text)
    assert xml.startswith('<p><note type="translator" resp="#translator">Translator')
    assert round_trips(text)


def test_editors_description_with_quotations_and_nested_brackets():
    text = ('[the handwritten original follows, followed by "[rst]. 208 [illegible word/name]" '
            'with a telegram tape glued below: "The military [voyen - SIC] received"]')
    xml, ctx = encode(text)
    assert xml.startswith('<p><note type="editorial">the handwritten original follows')
    assert xml.count("<q>") == 2 and "<gap reason=\"illegible\"" in xml and "<sic rend=\"SIC\">" in xml
    assert round_trips(text)


def test_unclassified_bracket_is_kept_and_reported():
    text = "he said [rst] then"
    xml, ctx = encode(text)
    assert '<note type="editorial" subtype="unclassified">rst</note>' in xml
    assert [(d.rule, d.line, d.column) for d in ctx.diagnostics] == [("bracket-unclassified", 1, 9)]
    assert round_trips(text)


def test_stray_closing_bracket_is_text_and_reported():
    xml, ctx = encode("a ] b")
    assert xml == "<p>a ] b</p>"
    assert [d.rule for d in ctx.diagnostics] == ["bracket-unopened"]


def test_a_remark_on_the_originals_language_is_a_note_not_supplied():
    xml, _ = encode("he said [in English] that")
    assert xml == '<p>he said <note type="editorial">in English</note> that</p>'
    assert round_trips("he said [in English] that")


@pytest.mark.parametrize("remark", ["emphasis in original", "underlined in the original", "Emphasis added",
                                    "end of document", "End of excerpt", "no date", "undated", "i.e., the CC",
                                    "literally: meeting", "Attachment", "Table 2 omitted", "List of names follows",
                                    "Draft", "Top secret", "Unsigned", "Original in Chinese", "end of page 2",
                                    "Translation from the Chinese", "translated from English", "End"])
def test_a_remark_on_the_original_is_an_editorial_note_not_supplied_words(remark):
    text = f"the plan [{remark}] was adopted"
    xml, _ = encode(text)
    assert xml == f'<p>the plan <note type="editorial">{remark}</note> was adopted</p>'
    assert round_trips(text)


def test_a_translation_from_something_that_is_not_a_language_stays_supplied_words():
    xml, _ = encode("the plan [translation from the Moon] was adopted")
    assert xml == '<p>the plan <supplied resp="#translator">translation from the Moon</supplied> was adopted</p>'


@pytest.mark.parametrize("text, expected", [
    ("the [Chinese text] reads", '<p>the <note type="editorial">Chinese text</note> reads</p>'),
    ("the [Soviet text] reads", '<p>the <supplied resp="#translator">Soviet text</supplied> reads</p>'),  # no language
])
def test_a_language_named_before_text_is_a_remark_on_the_original(text, expected):
    assert encode(text)[0] == expected


@pytest.mark.parametrize("text, note_type", [
    ("[Translator: the word is unclear]", "translator"),
    ("[Ed.: the date is wrong]", "editorial"),
    ("[Footnote: see the appendix]", "editorial"),
])
def test_a_note_labelled_by_its_author_in_any_of_the_usual_words(text, note_type):
    xml, _ = encode(f"the plan {text} was adopted")
    assert f'<note type="{note_type}"' in xml and "supplied" not in xml
    assert round_trips(f"the plan {text} was adopted")


@pytest.mark.parametrize("remark", ["typed", "typewritten", "in red pencil", "deleted", "name deleted",
                                    "two words crossed out", "approx.", "amount not given", "probably Molotov",
                                    "possibly V. M. Molotov", "see note 3", "see Document No. 5", "see above",
                                    "cf. the previous cable"])
def test_a_remark_identification_or_reference_is_an_editorial_note(remark):
    text = f"the plan [{remark}] was adopted"
    xml, _ = encode(text)
    assert xml == f'<p>the plan <note type="editorial">{remark}</note> was adopted</p>'
    assert round_trips(text)


@pytest.mark.parametrize("words", ["perhaps to be", "see", "see to it"])
def test_words_a_remark_would_begin_with_are_still_supplied_where_they_are_words(words):
    assert encode(f"we shall [{words}] now")[0] == f'<p>we shall <supplied resp="#translator">{words}</supplied> now</p>'


@pytest.mark.parametrize("remark", ["laughter", "Applause", "pause", "interruption", "speaks in German", "SECRET", "P.S."])
def test_what_happened_while_words_were_spoken_and_marks_in_capitals_are_editorial_notes(remark):
    text = f"the plan [{remark}] was adopted"
    assert encode(text)[0] == f'<p>the plan <note type="editorial">{remark}</note> was adopted</p>'
    assert round_trips(text)


@pytest.mark.parametrize("text", ["[Author's note: false]", "[Transcriber's note: unclear]", "[Note by the editor: wrong]"])
def test_a_note_labelled_by_an_author_other_than_the_translator_is_editorial(text):
    assert encode(f"the plan {text} was adopted")[0] == f'<p>the plan <note type="editorial">{text[1:-1]}</note> was adopted</p>'


def test_sgd_marks_the_signature_as_signed_does():
    assert '<note type="editorial" subtype="signed">Sgd.</note>' in encode("Molotov [Sgd.]")[0]


def test_a_bracket_the_editor_labels_is_an_editorial_note():
    assert encode("the plan [Notation on the document: Agreed] was adopted")[0] == (
        '<p>the plan <note type="editorial">Notation on the document: Agreed</note> was adopted</p>')
