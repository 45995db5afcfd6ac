from inline_helpers import encode, round_trips


def test_lower_case_sic_marks_the_word_before():
    xml, _ = encode("cannot get them [sic]. Of this")
    assert xml == "<p>cannot get <sic>them</sic>. Of this</p>"
    assert round_trips("cannot get them [sic]. Of this")


def test_upper_case_sic_is_recorded():
    xml, _ = encode("where sovietists [SIC] should")
    assert xml == '<p>where <sic rend="SIC">sovietists</sic> should</p>'


def test_sic_with_an_exclamation_mark_is_recorded():
    xml, _ = encode("where sovietists [sic!] should and SOVIETS [SIC!] too")
    assert xml == '<p>where <sic rend="exclaimed">sovietists</sic> should and <sic rend="SIC exclaimed">SOVIETS</sic> too</p>'
    assert round_trips("where sovietists [sic!] should and SOVIETS [SIC!] too")


def test_sic_with_the_original_word():
    text = "The military [voyen - SIC] received"
    xml, _ = encode(text)
    assert '<sic rend="SIC"><foreign xml:lang="ru-Latn">voyen</foreign></sic>' in xml
    assert round_trips(text)


def test_sic_word_may_contain_illegible_characters():
    xml, _ = encode("Politk Perepeilisina???? [SIC]")
    assert '<sic rend="SIC">Perepeilisina<gap reason="illegible" unit="chars" quantity="4"/></sic>' in xml


def test_sic_without_a_word_before_it_is_not_an_empty_sic():
    xml, _ = encode("[sic]")
    assert "<sic" not in xml


def test_sic_with_a_proposed_reading_marks_it_corr():
    text = 'one cannot [sic, probably "can"] do'
    xml, _ = encode(text)
    assert xml == ('<p>one <sic>cannot</sic><note type="sic" resp="#translator">sic, probably '
                   '<corr resp="#translator"><q>can</q></corr></note> do</p>')
    assert round_trips(text)


def test_sic_with_an_editors_note_and_a_correction():
    text = "he will retrun [sic; ed. note\u2014 perhaps return] soon"
    xml, _ = encode(text)
    assert "<sic>retrun</sic>" in xml and '<corr resp="#translator">return</corr>' in xml
    assert round_trips(text)


def test_sic_with_a_dash_before_the_correction():
    text = "he will retrun [sic - should be return] soon"
    xml, _ = encode(text)
    assert xml == ('<p>he will <sic>retrun</sic><note type="sic" resp="#translator">sic - should be '
                   '<corr resp="#translator">return</corr></note> soon</p>')
    assert round_trips(text)


def test_an_expansion_flagged_sic_keeps_its_comment_in_the_expansion():
    text = "the MVD [Ministry of Internal Affairs, sic, in fact NKVD] said"
    xml, _ = encode(text)
    assert xml == ('<p>the <choice><abbr>MVD</abbr><expan resp="#translator">Ministry of Internal Affairs, '
                   '<note type="sic" resp="#translator">sic, in fact <corr resp="#translator">NKVD</corr></note>'
                   '</expan></choice> said</p>')
    assert round_trips(text)


def test_an_exclamation_mark_alone_flags_the_word_as_sic_does():
    text = "the plan was accepted [!] by all"
    xml, _ = encode(text)
    assert xml == '<p>the plan was <sic rend="exclamation">accepted</sic> by all</p>'
    assert round_trips(text)
