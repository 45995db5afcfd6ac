"""Where the header's facts come from: archival references, translators, funders, the tables."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import ROOT
from teiconv.convert.archref import parse_reference
from teiconv.convert.correspondence import read_correspondence
from teiconv.convert.knowledge import find_repository, language_tag, language_tags, repositories
from teiconv.convert.metadata import first_sentence, language_tags_in, reference_in, translators


@pytest.mark.parametrize("written, siglum, parts, folios", [
    ("APRF: F. 39, Op. 1, D. 31, Ll. 54-58", "APRF",
     [("fond", "F. 39"), ("opis", "Op. 1"), ("delo", "D. 31")], ("54", "58")),
    ("RGASPI F.17 Op.162 D. 17, L. 151", "RGASPI",
     [("fond", "F.17"), ("opis", "Op.162"), ("delo", "D. 17")], ("151", None)),
    ("AVPRF: fond 0100, opis 40, delo 7, papka 248, listy 39-44", "AVPRF",
     [("fond", "fond 0100"), ("opis", "opis 40"), ("delo", "delo 7"), ("papka", "papka 248")], ("39", "44")),
    ("RGANI, fond 89, perechen 1, delo 2, l. 5", "RGANI",
     [("fond", "fond 89"), ("opis", "perechen 1"), ("delo", "delo 2")], ("5", None)),
    ("RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072", "RGASPI",
     [("fond", "f. 558"), ("opis", "op. 11"), ("delo", "d. 317")], ("0069", "0072")),
])
def test_russian_references_are_read_into_their_parts(written, siglum, parts, folios):
    reference = parse_reference(written)
    assert reference.as_written == written
    assert reference.repository.siglum == siglum and reference.repository.country_code == "RU"
    assert reference.parts == parts
    assert (reference.folios.start, reference.folios.end) == folios


def test_a_repository_the_table_does_not_know_is_read_where_it_is_written():
    assert parse_reference("XYZA: f. 2, op. 3, d. 4").repository.siglum == "XYZA"
    assert parse_reference("Local Party Archive, f. 1, op. 89, d. 90").repository.siglum == "Local Party Archive"
    assert parse_reference("Some published book (Moscow, 1994), 634").is_archival is False


@pytest.mark.parametrize("written, siglum, name, shelfmark", [
    # another siglum the table lists for an archive
    ("AVP RF, f. 0100, op. 40, d. 7", "AVPRF", "Archive of Foreign Policy of the Russian Federation", None),
    # a name the table does not know, then a siglum it knows
    ("Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv (SAPMO-BArch), DY 30/3386",
     "SAPMO-BArch", "Foundation Archives of Parties and Mass Organisations of the GDR in the Federal Archives", "DY 30/3386"),
    # a known name, then its siglum in parentheses: not part of the shelfmark
    ("Hungarian National Archives (MNL OL), XIX-J-1-j, 4", "MNL OL", "Hungarian National Archives", "XIX-J-1-j, 4"),
    # neither known: as written
    ("Lithuanian Special Archives (LYA), box 3", "LYA", "Lithuanian Special Archives", "box 3"),
    # the first part a siglum, or naming an archive
    ("MfAA, A 1234", "MfAA", None, "A 1234"),
    ("Hoover Institution Archives, Stanford, Box 3", None, "Hoover Institution Archives", "Stanford, Box 3"),
    ("Archives of the Polish Ministry of Foreign Affairs, z. 23, w. 1", None,
     "Archives of the Polish Ministry of Foreign Affairs", "z. 23, w. 1"),
])
def test_a_repository_is_read_in_the_forms_citations_give_it(written, siglum, name, shelfmark):
    reference = parse_reference(written)
    assert (reference.repository.siglum, reference.repository.name, reference.shelfmark) == (siglum, name, shelfmark)


def test_a_first_part_that_names_no_archive_is_not_a_repository():
    assert parse_reference("Cold War International History Project Bulletin, Issue 6-7").is_archival is False


def test_other_archives_keep_their_shelfmark_whole():
    reference = parse_reference("BArch, B 136/59748, 376-385")
    assert reference.repository.name == "German Federal Archives"
    assert reference.shelfmark == "B 136/59748, 376-385" and not reference.parts


@pytest.mark.parametrize("source, reference", [
    ("The National Archives, File No. ABC, vol. 2-1. Contributed by A. Person.", "The National Archives, File No. ABC, vol. 2-1"),
    ('National Archives of Ireland, DFA/5/1/2D, published in "Documents," Volume XI. Contributed by A. Person.',
     "National Archives of Ireland, DFA/5/1/2D"),
    ("APRF: F. 3, Op. 65, D. 584, Ll. 123-144. Reprinted in A Book (Moscow, 2005).", "APRF: F. 3, Op. 65, D. 584, Ll. 123-144"),
])
def test_the_reference_is_the_first_sentence_of_the_source(source, reference):
    parsed = reference_in(source)
    assert parsed is not None and parsed.as_written == reference


def test_a_sentence_ends_at_a_full_stop_after_a_word_not_an_abbreviation():
    assert first_sentence("File No. 3, Ll. 5-9. Next sentence.") == "File No. 3, Ll. 5-9"


@pytest.mark.parametrize("text, names", [
    ("Translated by Jane Doe.", ["Jane Doe"]),
    ("Translated for CWIHP by Jane Doe.", ["Jane Doe"]),
    ("Translation: Jane Doe.", ["Jane Doe"]),
    ("Translators: Jane Doe and John Roe.", ["Jane Doe", "John Roe"]),
    ("English translation provided by Jane Doe.", ["Jane Doe"]),
    ("Translated by Dr. Jane Doe and Prof. John Roe.", ["Jane Doe", "John Roe"]),
    ("Translated by Jane Doe, Ph.D., and John Roe.", ["Jane Doe", "John Roe"]),
    ("Translation: English", []),
    ("Obtained by Carl Roe and translated by Jane Doe.", ["Jane Doe"]),
    ("Contributed, transcribed, and translated by Jane Doe.", ["Jane Doe"]),
    ("Translated by Jane Doe and John Q. Public.", ["Jane Doe", "John Q. Public"]),
    ("Translated by S. P. Andreyev.", ["S. P. Andreyev"]),
    ("English translation by Jane Doe.", ["Jane Doe"]),
    ("Translation by Jane Doe.", ["Jane Doe"]),
    ("Trans. by Jane Doe.", ["Jane Doe"]),
    ("Translated by: Jane Doe", ["Jane Doe"]),
    ("Contributed by Carl Roe.", []),
    ("English Translation With regard to the request, paid for by the two sides.", []),
    ("History and Public Policy Program Digital Archive, APRF: F. 3.", []),
])
def test_translators_from_any_phrasing(text, names):
    assert translators(text) == names


def test_repository_table_rows_are_complete():
    for repository in repositories():
        assert repository.name, repository
        assert repository.country_code is None or re.fullmatch("[A-Z]{2}", repository.country_code)
    assert find_repository("rgaspi").settlement == "Moscow"
    assert find_repository("") is None


def test_language_names_and_the_schemas_list_agree():
    assert language_tag("Russian") == "ru" and language_tag(" farsi ") == "fa" and language_tag("Klingon") is None
    odd = etree.parse(str(ROOT / "schema" / "teiconv.odd"))
    declared = odd.xpath("//tei:dataSpec[@ident = 'teiconv.language']//tei:valItem/@ident",
                         namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    assert set(declared) == set(language_tags().values())


@pytest.mark.parametrize("title, kind, senders, recipients", [
    ("Cable, Ivanov to Petrov [via Sidorov]", "cable", ["Ivanov"], ["Petrov"]),
    ("Letter from A. B. Smith to Jones, Brown, and the Committee", "letter", ["A. B. Smith"],
     ["Jones", "Brown", "the Committee"]),
    ("Report, Ivanov to the Central Committee (Excerpt)", "report", ["Ivanov"], ["the Central Committee"]),
])
def test_correspondence_from_the_title(title, kind, senders, recipients):
    found = read_correspondence(title, kind)
    assert [p.name for p in found.senders] == senders and [p.name for p in found.recipients] == recipients
    assert all(p.place is None for p in found.senders + found.recipients)


def test_places_written_from_and_to():
    found = read_correspondence("Report from Ann Roe (Ottawa) to Ben Poe (Dublin), 'On Policy'", "report")
    assert [(p.name, p.place) for p in found.senders + found.recipients] == [("Ann Roe", "Ottawa"), ("Ben Poe", "Dublin")]


@pytest.mark.parametrize("title, kind", [
    ("Record of Conversation between Ivanov and Petrov", "record"),
    ("Cable on the situation in the province", "cable"),
    ("Minutes, Ivanov to Petrov", "minutes"),
])
def test_no_correspondence_where_the_title_does_not_say_it(title, kind):
    assert read_correspondence(title, kind) is None


@pytest.mark.parametrize("value, tags", [
    ("Russian", ["ru"]), ("Russian, Chinese", ["ru", "zh"]), ("Chinese; Russian", ["zh", "ru"]),
    ("Russian and Chinese", ["ru", "zh"]), ("Russian Chinese", ["ru", "zh"]),  # one a line, joined
    ("Persian (Farsi)", ["fa"]), ("English Translation", []), ("Klingon", []),
])
def test_the_languages_a_value_names(value, tags):
    assert language_tags_in(value) == tags
