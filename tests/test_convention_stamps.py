from inline_helpers import encode, round_trips


def test_stamp_keeps_its_words_and_the_editors_label():
    text = "Luk'yanova. [Stamp: draft and cipher text destroyed] Illegible"
    xml, _ = encode(text)
    assert ('<seg type="stamp"><label type="editorial">Stamp:</label> '
            "<stamp>draft and cipher text destroyed</stamp></seg>") in xml
    assert round_trips(text)


def test_stamp_naming_who_stamped_quotes_the_words():
    xml, _ = encode('[Stamp of the Secretariat: "Received 12 May 1946"]')
    assert "<label type=\"editorial\">Stamp of the Secretariat:</label>" in xml
    assert "<stamp><q>Received 12 May 1946</q></stamp>" in xml


def test_a_stamp_named_within_its_description():
    text = "[CPSU CC stamp: 20593 11 June 1955]"
    xml, _ = encode(text)
    assert xml == ('<p><seg type="stamp"><label type="editorial">CPSU CC stamp:</label> '
                   '<stamp>20593 11 June 1955</stamp></seg></p>')
    assert round_trips(text)


def test_a_quoted_stamp_without_a_colon():
    text = '["NOT SECRET" Stamped]'
    xml, _ = encode(text)
    assert xml == ('<p><seg type="stamp"><stamp><q>NOT SECRET</q></stamp> '
                   '<label type="editorial">Stamped</label></seg></p>')
    assert round_trips(text)
