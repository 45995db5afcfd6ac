import pytest

from inline_helpers import encode, round_trips


def test_annotation_across_the_top_is_an_addition_in_a_signed_hand():
    text = '[Handwritten across the top of the text: "I agree. Molotov"]'
    xml, ctx = encode(text)
    assert xml == (
        '<p><seg type="annotation"><label type="editorial">Handwritten across the top of the text:</label> '
        '<add xml:id="add-1" hand="#hand-1" place="top"><q>I agree. Molotov</q></add></seg></p>'
    )
    assert [(h.xml_id, h.scribe) for h in ctx.hands] == [("hand-1", "Molotov")]
    assert round_trips(text)


def test_unquoted_annotation_in_the_margin():
    xml, ctx = encode("[handwritten in the left margin: agreed]")
    assert 'place="margin"' in xml and "<add " in xml and ">agreed</add>" in xml
    assert ctx.hands[0].scribe is None


def test_two_annotations_signed_by_one_person_share_a_hand():
    _, ctx = encode('[Handwritten: "Yes. Stalin"] and [Handwritten at the bottom: "Agreed. Stalin"]')
    assert len(ctx.hands) == 1


def test_unclosed_annotation_runs_to_the_end_and_is_reported():
    text = "[handwritten:\n\n[[illegible letters]]\n\n5156"
    xml, ctx = encode(text)
    assert 'rend="unclosed"' in xml and "5156</add>" in xml
    assert [d.rule for d in ctx.diagnostics] == ["bracket-unclosed"]
    assert (ctx.diagnostics[0].line, ctx.diagnostics[0].column) == (1, 1)
    assert round_trips(text)


def test_a_label_only_bracket_labels_the_words_after_it_on_its_line():
    text = "[Handwritten:] Copy sent to P.R./UN.\nDear Sir"
    xml, ctx = encode(text)
    assert xml == ('<p><seg type="annotation" rend="label-only"><label type="editorial">Handwritten:</label> '
                   '<add xml:id="add-1" hand="#hand-1">Copy sent to P.R./UN.</add></seg><lb/>Dear Sir</p>')
    assert len(ctx.hands) == 1
    assert round_trips(text)


def test_an_unclosed_annotation_with_words_ends_with_its_line():
    text = "[handwritten: coordinate [[in SChS]]\nWith comradely greetings,\nI. Ivanov"
    xml, ctx = encode(text)
    assert "SChS" in xml and "</add></seg><lb/>With comradely greetings" in xml
    assert [d.rule for d in ctx.diagnostics] == ["bracket-unclosed"]
    assert "its line" in ctx.diagnostics[0].message
    assert round_trips(text)


def test_a_label_alone_on_its_line_labels_the_next_line():
    text = "[Handwritten:]\nCopy A\nDear Sir"
    xml, _ = encode(text)
    assert xml == ('<p><seg type="annotation" rend="label-only"><label type="editorial">Handwritten:</label><lb/>'
                   '<add xml:id="add-1" hand="#hand-1">Copy A</add></seg><lb/>Dear Sir</p>')
    assert round_trips(text)


def test_a_note_in_the_margin_is_an_annotation_there():
    text = "the plan [Note in margin: approved] was adopted"
    xml, _ = encode(text)
    assert ('<seg type="annotation"><label type="editorial">Note in margin:</label> '
            '<add xml:id="add-1" hand="#hand-1" place="margin">approved</add></seg>') in xml
    assert round_trips(text)


@pytest.mark.parametrize("label", ["Resolution:", "Stalin's resolution:"])
def test_a_resolution_written_on_the_document_is_an_annotation(label):
    text = f"[{label} Agree. Stalin] The plan was adopted"
    xml, _ = encode(text)
    assert (f'<seg type="annotation"><label type="editorial">{label}</label> '
            f'<add xml:id="add-1" hand="#hand-1">Agree. Stalin</add></seg>') in xml
    assert round_trips(text)


def test_a_resolution_without_its_colon_is_not_an_annotation():
    assert "<add" not in encode("[Resolution No. 5 follows] The plan was adopted")[0]


@pytest.mark.parametrize("label", ["Written by hand:", "In handwriting:", "Added by hand:", "Pencilled note:",
                                   "Manuscript note:", "Visa:"])
def test_words_written_by_hand_in_the_labels_translators_use(label):
    text = f"[{label} Agreed] The plan was adopted"
    xml, _ = encode(text)
    assert f'<label type="editorial">{label}</label> <add xml:id="add-1" hand="#hand-1">Agreed</add>' in xml
    assert round_trips(text)


def test_the_hand_a_description_names_is_the_scribe_and_a_word_alone_is_not():
    xml, ctx = encode("[In Stalin's hand: Agreed] and [Handwritten: Agreed] it")
    assert [hand.scribe for hand in ctx.hands] == ["Stalin", None]


def test_by_hand_without_a_colon_is_words_the_translator_supplied():
    assert encode("delivered [by hand] to the ministry")[0] == (
        '<p>delivered <supplied resp="#translator">by hand</supplied> to the ministry</p>')
