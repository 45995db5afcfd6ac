from inline_helpers import encode, round_trips


def test_abbreviation_and_its_expansion():
    text = "liaison with the IKKI [Executive Committee of the Communist International], and"
    xml, _ = encode(text)
    assert ('<choice><abbr>IKKI</abbr><expan resp="#translator">Executive Committee of the Communist '
            "International</expan></choice>,") in xml
    assert round_trips(text)


def test_expansion_may_span_a_line():
    xml, _ = encode("the TsEKA [Central\nCommittee]")
    assert "<abbr>TsEKA</abbr><expan resp=\"#translator\">Central\nCommittee</expan>" in xml


def test_original_language_term_after_its_translation():
    text = "customs cordons [kordony], the"
    xml, _ = encode(text)
    assert 'cordons <gloss resp="#translator"><foreign xml:lang="ru-Latn">kordony</foreign></gloss>,' in xml
    assert round_trips(text)


def test_english_gloss_after_a_foreign_term():
    text = "to arm our fedai [militia]; they"
    xml, _ = encode(text)
    assert '<term xml:lang="ru-Latn">fedai</term> <gloss resp="#translator">militia</gloss>;' in xml
    assert round_trips(text)


def test_original_term_in_cyrillic_is_not_a_transliteration():
    text = "customs cordons [кордоны], the"
    xml, ctx = encode(text)
    assert '<gloss resp="#translator"><foreign xml:lang="ru">кордоны</foreign></gloss>' in xml
    assert not ctx.diagnostics
    assert round_trips(text)


def test_a_capitalised_transliterated_cognate_is_the_original_term():
    text = "cooperatives [ Kooperatsiya]"
    xml, _ = encode(text)
    assert xml == ('<p>cooperatives <gloss resp="#translator"><foreign xml:lang="ru-Latn"> Kooperatsiya</foreign>'
                   '</gloss></p>')
    assert round_trips(text)


def test_pinyin_after_its_translation_is_the_original_term():
    xml, _ = encode("the possibility of war [neng chuwai] is")
    assert '<foreign xml:lang="ru-Latn">neng chuwai</foreign>' in xml


def test_an_acronym_spelt_out_in_one_word():
    xml, _ = encode("the GMD [Guomindang] forces")
    assert xml == ('<p>the <choice><abbr>GMD</abbr><expan resp="#translator">Guomindang</expan></choice> forces</p>')
    assert round_trips("the GMD [Guomindang] forces")


def test_an_acronym_with_a_parenthesis_inside_is_one_word():
    text = "The VKP(b) [All-Union Communist Party (Bolsheviks)] sent"
    xml, _ = encode(text)
    assert xml == ('<p>The <choice><abbr>VKP(b)</abbr><expan resp="#translator">All-Union Communist Party '
                   '(Bolsheviks)</expan></choice> sent</p>')
    assert round_trips(text)


def test_a_short_word_with_its_full_stop_spelled_out_is_an_abbreviation():
    text = "from Cde. [Comrade] Stalin"
    xml, _ = encode(text)
    assert xml == '<p>from <choice><abbr>Cde.</abbr><expan resp="#translator">Comrade</expan></choice> Stalin</p>'
    assert round_trips(text)


def test_words_in_small_letters_after_an_acronym_are_supplied_not_its_expansion():
    assert encode("The CC [of the] VKP(b) decided")[0] == '<p>The CC <supplied resp="#translator">of the</supplied> VKP(b) decided</p>'
