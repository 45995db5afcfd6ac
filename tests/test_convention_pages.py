"""[page break] and [page 2] are pb; the site's [email protected] is not editorial."""

from inline_helpers import encode, round_trips


def test_a_page_break_is_a_milestone():
    xml, _ = encode("nuclear disarmament.\n [page break]\nThe")
    assert xml == "<p>nuclear disarmament.<lb/> <pb/><lb/>The</p>"
    assert round_trips("nuclear disarmament.\n [page break]\nThe")


def test_the_marks_capitals_are_kept():
    xml, _ = encode("[Page Break]")
    assert xml == '<p><pb rend="Page-Break"/></p>'
    assert round_trips("[Page Break]")


def test_a_page_number_is_the_page_that_begins():
    text = "the delegation [page 2] will travel [p. 3] in June [Page 12]"
    xml, _ = encode(text)
    assert xml == '<p>the delegation <pb n="2" rend="page"/> will travel <pb n="3" rend="p."/> in June <pb n="12" rend="Page"/></p>'
    assert round_trips(text)


def test_the_sites_email_protection_stays_text():
    text = "write to [email protected] today"
    xml, ctx = encode(text)
    assert xml == f"<p>{text}</p>"
    assert not ctx.diagnostics
