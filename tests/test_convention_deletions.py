"""Words struck out in the original, as the editor gives them: a deletion with its label."""

import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("text, label, words", [
    ("the [crossed out: army] navy", "crossed out:", "army"),
    ("the [Struck out in the original: and the navy] army", "Struck out in the original:", "and the navy"),
    ("the [deleted: two divisions] army", "deleted:", "two divisions"),
])
def test_struck_out_words_are_a_deletion_with_the_editors_label(text, label, words):
    xml, _ = encode(text)
    assert f'<seg type="deletion"><label type="editorial">{label}</label> <del>{words}</del></seg>' in xml
    assert round_trips(text)


@pytest.mark.parametrize("remark", ["crossed out", "passage crossed out"])
def test_a_bracket_that_only_says_something_was_struck_out_is_a_note(remark):
    xml, _ = encode(f"the [{remark}] army")
    assert xml == f'<p>the <note type="editorial">{remark}</note> army</p>'
