import pytest

from inline_helpers import encode, round_trips


@pytest.mark.parametrize("words", ["needs to be", "their", "to conduct", "V", "Ehsanullah", "with this cable"])
def test_supplied_words(words):
    text = f"and [{words}] so"
    xml, ctx = encode(text)
    assert xml == f'<p>and <supplied resp="#translator">{words}</supplied> so</p>'
    assert not ctx.diagnostics
    assert round_trips(text)
