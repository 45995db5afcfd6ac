"""Signatures described, not transcribed: a gap in the closer's signed line."""

import pytest

import teiconv

from inline_helpers import encode, round_trips

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_a_described_signature_is_an_untranscribed_gap():
    xml, _ = encode("[Chinese signature] Liu Shaoqi")
    assert xml == '<p><gap reason="untranscribed"><desc>Chinese signature</desc></gap> Liu Shaoqi</p>'
    assert round_trips("[Chinese signature] Liu Shaoqi")


def test_initials_are_a_signature_not_transcribed():
    xml, _ = encode("Agreed. [Molotov's initials]")
    assert xml == '<p>Agreed. <gap reason="untranscribed"><desc>Molotov\'s initials</desc></gap></p>'
    assert round_trips("Agreed. [Molotov's initials]")


def test_an_illegible_signature_stays_an_illegible_gap():
    xml, _ = encode("[illegible signature]")
    assert 'reason="illegible"' in xml


def test_a_signature_line_is_the_closers_signed():
    text = ("Letter\n\nDear Sir,\n\nI have the honour to report that the meeting took place as planned and "
            "that nothing further needs to be done about it at present.\n\n[signature]\n")
    conversion = teiconv.convert_text(text, "letter.txt")
    signed = conversion.root.xpath("//t:closer/t:signed/t:gap[@reason='untranscribed']/t:desc", namespaces=NS)
    assert [d.text for d in signed] == ["signature"]
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)


@pytest.mark.parametrize("closing, salute, signed", [
    ("Yours sincerely,\n/s/ Jan Example", ["Yours sincerely,"], ["/s/ Jan Example"]),
    ("(signed) Jan Example", [], ["(signed) Jan Example"]),
    ("Signed: Jan Example", [], ["Signed: Jan Example"]),
    ("Sincerely yours,\nJan Example, Director", ["Sincerely yours,"], ["Jan Example, Director"]),
    ("Respectfully submitted,\nJ. Example", ["Respectfully submitted,"], ["J. Example"]),
    ("Best regards,\nJan", ["Best regards,"], ["Jan"]),
])
def test_a_closer_in_the_forms_letters_of_other_countries_sign_with(closing, salute, signed):
    text = ("Letter\n\nDear Sir,\n\nI have the honour to report that the meeting took place as planned and "
            f"that nothing further needs to be done about it at present.\n\n{closing}\n")
    conversion = teiconv.convert_text(text, "letter.txt")
    words = lambda path: [" ".join("".join(e.itertext()).split()) for e in conversion.root.xpath(path, namespaces=NS)]  # noqa: E731
    assert words("//t:closer/t:salute") == salute and words("//t:closer/t:signed") == signed
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
