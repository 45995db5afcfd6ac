"""Names: registered mentions linked, candidates proposed, review commands, and the edition's
guarantees (nothing lost, valid) with names marked."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

import teiconv
from teiconv.cli import main
from teiconv.convert.names import shared_forms
from teiconv.diagnostics import Severity
from teiconv.registers import Registers, load_registers
from teiconv.registers.review import candidate_uses, entry_uses, merge, tei_files, unresolved

from conftest import ROOT, SEEDS

TEI = "{http://www.tei-c.org/ns/1.0}"
REAL = sorted((ROOT / "tests" / "corpus" / "real").glob("*.txt"))
NAMES = (f"{TEI}persName", f"{TEI}placeName", f"{TEI}orgName")

PERSONS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>
  <person xml:id="stalin"><persName>Joseph Stalin</persName><persName type="variant">Stalin</persName>
    <persName type="pseudonym">Filippov</persName></person>
  <person xml:id="kuchik-khan"><persName>Kuchuk-Khan</persName></person>
  <person xml:id="yemelyanov"><persName>Yemel'yanov</persName></person>
</listPerson></body></text></TEI>"""
PLACES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>
  <place xml:id="iran"><placeName>Iran</placeName><placeName type="historical">Persia</placeName></place>
  <place xml:id="azerbaijan"><placeName>Azerbaijan</placeName></place>
</listPlace></body></text></TEI>"""
ORGS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listOrg>
  <org xml:id="tseka"><orgName>TsEKA</orgName></org>
  <org xml:id="nkvd"><orgName>NKVD</orgName></org>
</listOrg></body></text></TEI>"""


@pytest.fixture
def registers_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "persons.xml").write_text(PERSONS, encoding="utf-8")
    (folder / "places.xml").write_text(PLACES, encoding="utf-8")
    (folder / "organisations.xml").write_text(ORGS, encoding="utf-8")
    return folder


@pytest.fixture
def registers(registers_dir: Path) -> Registers:
    return load_registers(registers_dir)


def document(body: str) -> str:
    return f"January 5, 1946\nCable to Moscow\n\n{body}\n"


def names(text: str, registers: Registers) -> list[tuple[str, str, str | None, str | None]]:
    """(element, words, @ref, @type) of each name marked in the body of ``text``'s encoding."""
    root = teiconv.convert_text(document(text), registers=registers).root
    body = root.find(f"{TEI}text/{TEI}body")
    return [(etree.QName(e).localname, "".join(e.itertext()), e.get("ref"), e.get("type")) for e in body.iter(*NAMES)]


def candidates(text: str) -> list[tuple[str, str]]:
    """(element, words) of the candidates the patterns propose, with empty registers."""
    return [(kind, words) for kind, words, ref, _ in names(text, Registers()) if ref.startswith("#cand-")]


# -- registered names -------------------------------------------------------------------------


def test_registered_forms_upper_case_and_possessives_are_linked(registers):
    found = names("MOSCOW, to Cdes. STALIN and others. Stalin's view of Iran and Persia.", registers)
    assert ("persName", "STALIN", "person:stalin", None) in found
    assert ("persName", "Stalin", "person:stalin", None) in found
    assert ("placeName", "Iran", "place:iran", None) in found
    assert ("placeName", "Persia", "place:iran", None) in found  # a historical form, one entry


def test_initials_belong_to_the_name_and_titles_do_not(registers):
    found = names("Read this to Cde. I. V. Stalin at once.", registers)
    assert ("persName", "I. V. Stalin", "person:stalin", None) in found


def test_hyphen_or_space_and_either_apostrophe_match_one_entry(registers):
    found = names("Kuchuk Khan and Kuchuk-Khan met Yemel\u2019yanov.", registers)
    assert [ref for _, _, ref, _ in found] == ["person:kuchik-khan", "person:kuchik-khan", "person:yemelyanov"]


def test_a_pseudonym_links_to_the_person_it_stands_for(registers):
    found = names("Filippov [Stalin] agreed with the proposal of the NKVD.", registers)
    assert ("persName", "Filippov", "person:stalin", "pseudonym") in found
    assert ("persName", "Stalin", "person:stalin", None) in found  # inside the translator's bracket
    assert ("orgName", "NKVD", "org:nkvd", None) in found


def test_an_expansion_points_where_its_registered_abbreviation_does(registers):
    found = names("Report to the TsEKA [Central Committee] at once.", registers)
    assert [ref for _, _, ref, _ in found] == ["org:tseka", "org:tseka"]


def test_words_made_from_a_place_name_are_not_names(registers):
    assert not [n for n in names("The Azerbaijani people and the Iranians were waiting.", registers)
                if n[1] != "Iran"]


def test_forenames_the_register_lacks_join_the_registered_surname(registers):
    found = names("On 18 April Iosif Vissarionovich Stalin wrote, and Mirza Kuchuk-Khan answered.", registers)
    assert found == [("persName", "Iosif Vissarionovich Stalin", "person:stalin", None),
                     ("persName", "Mirza Kuchuk-Khan", "person:kuchik-khan", None)]


def test_an_organisation_of_a_registered_place_is_one_name(registers):
    found = names("The Export-Import Bank of Iran and the Trade Bureau of the Azerbaijan agreed; Iran paid.", registers)
    assert found == [("orgName", "Export-Import Bank of Iran", "#cand-org-export-import-bank-of-iran", None),
                     ("orgName", "Trade Bureau of the Azerbaijan", "#cand-org-trade-bureau-of-the-azerbaijan", None),
                     ("placeName", "Iran", "place:iran", None)]


@pytest.mark.parametrize("text", [
    "They asked Ehsanullah.\n\nStalin answered.",  # a blank line: the next paragraph's subject
    "They asked Ehsanullah, Stalin answered.",  # a comma: two persons
    "Sent to Azerbaijan Stalin's answer.",  # a place before it is no forename
])
def test_a_name_not_written_as_a_forename_stays_apart(registers, text):
    assert ("persName", "Stalin", "person:stalin", None) in names(text, registers)


def test_a_people_named_by_most_of_its_countrys_name_is_not_a_name(tmp_path):
    (tmp_path / "places.xml").write_text(PLACES.replace(
        "</listPlace>", '<place xml:id="yugoslavia"><placeName>Yugoslavia</placeName></place></listPlace>'))
    found = names("Are the Yugoslavs obstructing it? Kardelj said Yugoslavia would not.", load_registers(tmp_path))
    assert [words for _, words, *_ in found] == ["Kardelj", "Yugoslavia"]


def test_a_form_without_a_capital_is_found_in_a_sentence_without_one(registers_dir):
    persons = registers_dir / "persons.xml"
    persons.write_text(PERSONS.replace("</listPerson>", '<person xml:id="tabari"><persName>al-Tabari</persName>'
                                       '<persName type="variant">al-tabari</persName></person></listPerson>'),
                       encoding="utf-8")
    found = names("a letter from al-tabari came at last.", load_registers(registers_dir))
    assert found == [("persName", "al-tabari", "person:tabari", None)]


def test_registered_prefixes_are_declared_in_the_header(registers):
    root = teiconv.convert_text(document("Stalin spoke."), registers=registers).root
    prefixes = root.findall(f".//{TEI}listPrefixDef/{TEI}prefixDef")
    assert [(p.get("ident"), p.get("replacementPattern")) for p in prefixes] == [
        ("person", "../registers/persons.xml#$1")]


def test_without_registers_no_names_are_marked():
    root = teiconv.convert_text(document("Cde. Pishevari met Stalin in Tabriz.")).root
    assert root.find(f".//{TEI}persName[@ref]") is None and root.find(f"{TEI}standOff") is None


# -- candidates: one test per pattern ---------------------------------------------------------


def test_title_pattern_proposes_the_name_after_a_title():
    assert candidates("Read it to Cde. Pishevari today.") == [("persName", "Pishevari")]
    assert candidates("He met Undersecretary Stark in Bonn.")[0] == ("persName", "Stark")


def test_plural_title_names_every_person_of_its_list():
    assert candidates("to Cdes. Vyshinsky, Dekanozov, Silin, and Sychev for review") == [
        ("persName", "Vyshinsky"), ("persName", "Dekanozov"), ("persName", "Silin"), ("persName", "Sychev")]


def test_initials_pattern_proposes_a_person():
    assert ("persName", "A. Vyshinsky") in candidates("Signed by A. Vyshinsky yesterday.")


def test_place_phrase_pattern_proposes_a_place():
    assert candidates("Troops left the city of Zanjan and marched.") == [("placeName", "Zanjan")]
    assert candidates("power stations on the Yalu River and the Tsengwen Reservoir") == [
        ("placeName", "Yalu"), ("placeName", "Tsengwen")]


def test_organisation_pattern_proposes_an_organisation():
    assert ("orgName", "People's Party") in candidates("The communists work in the People's Party now.")
    assert ("orgName", "Communist Party of Iran") in candidates("They revived the Communist Party of Iran.")
    assert candidates("He told the members of the Politburo about it.") == [("orgName", "Politburo")]
    assert candidates("Talk to the Federal Chancellery first.") == [("orgName", "Federal Chancellery")]


def test_a_title_of_several_words_is_not_a_name():
    assert candidates("The Chargé d\u2019Affaires of Poland, Sieradzki, said so.") == [("persName", "Sieradzki")]


def test_unknown_word_pattern_proposes_a_person_or_after_in_a_place():
    assert candidates("Then Ehsanullah occupied the town.") == [("persName", "Ehsanullah")]
    assert candidates("He fled to the forest in Rasht.") == [("placeName", "Rasht")]
    assert candidates("He returned from Xichang and left for Gorgan.") == [("placeName", "Xichang"), ("placeName", "Gorgan")]
    assert candidates("It was a letter from Ehsanullah to Kuchuk.") == [("persName", "Ehsanullah"), ("persName", "Kuchuk")]


def test_a_name_listed_with_places_is_a_place(registers):
    def kinds(text: str) -> list[tuple[str, str, str | None]]:
        return [(element, words, ref) for element, words, ref, _ in names(text, registers)]

    assert kinds("Troops took Iran, Gorgan, Zanjan and Azerbaijan.") == [
        ("placeName", "Iran", "place:iran"), ("placeName", "Gorgan", "#cand-place-gorgan"),
        ("placeName", "Zanjan", "#cand-place-zanjan"), ("placeName", "Azerbaijan", "place:azerbaijan")]
    assert kinds("the Iran-Gorgan railway")[1] == ("placeName", "Gorgan", "#cand-place-gorgan")
    # every mention of the name, the one before the list too
    assert [ref for *_, ref in kinds("Gorgan fell. Then Azerbaijan and Gorgan rose.")] == [
        "#cand-place-gorgan", "place:azerbaijan", "#cand-place-gorgan"]


@pytest.mark.parametrize("text", [
    "In Iran, Ehsanullah and Kuchuk met.",  # a sentence's opening phrase, then its subject
    "After Iran, Ehsanullah spoke.",  # a comma with no list going on from either name
])
def test_a_name_beside_a_place_but_not_listed_with_it_stays_a_person(registers, text):
    assert ("persName", "Ehsanullah") in [(element, words) for element, words, *_ in names(text, registers)]


def test_english_words_and_sentence_openings_are_not_proposed():
    assert candidates("Regrettably, the Soviet Government agreed. Deciphered at noon.") == []


def test_a_meeting_after_an_ordinal_is_no_person():
    assert candidates("The 4th Plenum and the Seventh Plenum met.") == []
    assert candidates("First Kozlov spoke, then the fifth Kozlov.") == [("persName", "Kozlov")] * 2


def test_candidates_are_entries_of_the_documents_standoff():
    root = teiconv.convert_text(document("Cde. Pishevari and Pishevari's men."), registers=Registers()).root
    entries = root.findall(f"{TEI}standOff/{TEI}listPerson[@type='candidates']/{TEI}person")
    assert [(e.get("{http://www.w3.org/XML/1998/namespace}id"), e.get("resp"), e[0].text) for e in entries] == [
        ("cand-person-pishevari", "#teiconv", "Pishevari")]
    refs = {e.get("ref") for e in root.iter(f"{TEI}persName") if e.get("ref")}
    assert refs == {"#cand-person-pishevari"}  # one entity, one @ref


# -- the edition's guarantees ------------------------------------------------------------------


@pytest.fixture(scope="module")
def project_conversions() -> dict[str, teiconv.Conversion]:
    registers = load_registers(ROOT / "registers")
    return {path.name: teiconv.convert_file(path, registers) for path in [*SEEDS, *REAL]}


@pytest.mark.parametrize("source", [*SEEDS, *REAL], ids=lambda p: p.name)
def test_names_lose_nothing(source: Path, project_conversions):
    regenerated = teiconv.to_text(project_conversions[source.name].root)
    assert teiconv.normalise(regenerated) == teiconv.normalise(source.read_text(encoding="utf-8"))


def _problems(conversions: dict[str, teiconv.Conversion], folder: Path) -> tuple[list[Path], set[tuple[str, str, str]]]:
    """The files written to ``folder`` and what our schema and rules find wrong with them."""
    from teiconv.validation import default_schemas, validate_files

    folder.mkdir()
    paths = []
    for name, conversion in conversions.items():
        paths.append(folder / f"{Path(name).stem}.xml")
        paths[-1].write_bytes(conversion.to_bytes())
    results = validate_files(paths, list(default_schemas()), 1)
    return paths, {(Path(d.file).name, d.rule, d.message) for r in results for d in r.diagnostics}


def test_names_keep_documents_valid_against_our_schema_and_tei_all(project_conversions, tmp_path, tei_all_rng):
    """Marking names adds no problem (some real documents await the header and bracket work)."""
    plain = {path.name: teiconv.convert_file(path) for path in [*SEEDS, *REAL]}
    paths, with_names = _problems(project_conversions, tmp_path / "names")
    _, without = _problems(plain, tmp_path / "plain")
    assert with_names <= without, sorted(with_names - without)[:10]
    jing = shutil.which("pyjing", path=str(Path(sys.executable).parent)) or shutil.which("pyjing")
    result = subprocess.run([jing, str(tei_all_rng), *map(str, paths)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[:3000]


def test_every_reference_in_tei_resolves():
    registers = load_registers(ROOT / "registers")
    assert unresolved(registers, tei_files([ROOT / "tei"])) == []


def _scorer():
    spec = importlib.util.spec_from_file_location("score_names", ROOT / "tests" / "corpus" / "score_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_names_are_marked_as_an_editor_would():
    score = _scorer().score()
    assert score.precision >= 0.9 and score.recall >= 0.9, "\n".join(score.misses)
    assert score.consistency >= 0.95, "\n".join(score.misses)


def test_persons_nobody_registered_are_still_found(tmp_path):
    """Documents not seen yet name persons the registers do not hold: with only the places and
    organisations registered, the genre's patterns must still find them."""
    for name in ("places.xml", "organisations.xml"):
        shutil.copy(ROOT / "registers" / name, tmp_path / name)
    score = _scorer().score(registers_dir=tmp_path)
    assert score.precision >= 0.9 and score.recall >= 0.9, "\n".join(score.misses)


# -- review: list, candidates, merge, unresolved -----------------------------------------------


@pytest.fixture
def edition(tmp_path: Path, registers_dir: Path) -> Path:
    tei = tmp_path / "tei"
    tei.mkdir()
    registers = load_registers(registers_dir)
    for number, text in enumerate(["Filippov and Cde. Zhdanov met in Iran.", "Cde. Zhdanov and Stalin."]):
        conversion = teiconv.convert_text(document(text), f"doc{number}.txt", registers)
        (tei / f"doc{number}.xml").write_bytes(conversion.to_bytes())
    return tmp_path


def test_entries_are_listed_with_their_documents(edition, registers):
    uses = {use.ref: use for use in entry_uses(registers, tei_files([edition / "tei"]))}
    assert dict(uses["person:stalin"].documents) == {"doc0": 1, "doc1": 1}
    assert uses["org:nkvd"].mentions == 0


def test_candidates_are_grouped_across_documents(edition):
    [use] = candidate_uses(tei_files([edition / "tei"]))
    assert (use.ref, use.kind, use.label, use.mentions) == ("#cand-person-zhdanov", "person", "Zhdanov", 2)


def test_merge_of_a_candidate_rewrites_tei_and_adds_a_variant(edition, registers_dir):
    result = merge(registers_dir, tei_files([edition / "tei"]), "#cand-person-zhdanov", "person:stalin")
    assert (sorted(result.documents), result.mentions) == (["doc0.xml", "doc1.xml"], 2)
    root = etree.parse(str(edition / "tei" / "doc1.xml")).getroot()
    assert {e.get("ref") for e in root.iter(f"{TEI}persName") if e.get("ref")} == {"person:stalin"}
    assert root.find(f"{TEI}standOff") is None
    assert "Zhdanov" in [form.text for form in load_registers(registers_dir).entries["person:stalin"].forms]
    assert unresolved(load_registers(registers_dir), tei_files([edition / "tei"])) == []


def test_merge_of_an_entry_moves_its_names_and_mentions(edition, registers_dir):
    merge(registers_dir, tei_files([edition / "tei"]), "place:azerbaijan", "place:iran")
    registers = load_registers(registers_dir)
    assert "place:azerbaijan" not in registers
    assert "Azerbaijan" in [form.text for form in registers.entries["place:iran"].forms]


def test_unresolved_references_are_reported_and_fail_the_command(edition, registers_dir):
    path = edition / "tei" / "doc0.xml"
    path.write_text(path.read_text(encoding="utf-8").replace('ref="place:iran"', 'ref="place:persia"'), encoding="utf-8")
    [missing] = unresolved(load_registers(registers_dir), tei_files([edition / "tei"]))
    assert (missing.document, missing.ref, missing.text) == ("doc0.xml", "place:persia", "Iran")
    result = CliRunner().invoke(main, ["registers", "unresolved", "--registers", str(registers_dir),
                                       "--tei", str(edition / "tei")])
    assert result.exit_code == 1 and "place:persia, which resolves nowhere" in result.output


def test_cli_lists_confirms_and_merges(edition, registers_dir):
    folders = ["--registers", str(registers_dir), "--tei", str(edition / "tei")]
    runner = CliRunner()
    listed = runner.invoke(main, ["registers", "list", "--kind", "person", *folders])
    assert listed.exit_code == 0 and "person:stalin\tJoseph Stalin\t2\tdoc0 (1), doc1 (1)" in listed.output
    confirmed = runner.invoke(main, ["registers", "confirm", "#cand-person-zhdanov", *folders])
    assert confirmed.exit_code == 0 and confirmed.output.strip() == "person:zhdanov"
    assert "person:zhdanov" in load_registers(registers_dir)
    bad = runner.invoke(main, ["registers", "merge", "person:nobody", "person:stalin", *folders])
    assert bad.exit_code == 1 and "person:nobody: no such register entry" in bad.output


def test_a_form_two_entries_share_is_reported_with_where_it_links(registers_dir, tmp_path):
    places = registers_dir / "places.xml"
    places.write_text(PLACES.replace("</listPlace>", '<place xml:id="azerbaijan-ssr"><placeName>Azerbaijan SSR'
                                     '</placeName><placeName type="variant">AZERBAIJAN</placeName></place>\n'
                                     "</listPlace>"), encoding="utf-8")
    registers = load_registers(registers_dir)
    [warning] = shared_forms(registers)
    assert (Path(warning.file).name, warning.line, warning.severity) == ("places.xml", 4, Severity.WARNING)
    assert '"AZERBAIJAN" is a form of place:azerbaijan-ssr and of place:azerbaijan' in warning.message
    assert ("placeName", "AZERBAIJAN", "place:azerbaijan", None) in names("Troops left AZERBAIJAN.", registers)
    runner = CliRunner()
    shared = runner.invoke(main, ["registers", "shared", "--registers", str(registers_dir)])
    assert shared.exit_code == 1 and "register-shared-form" in shared.output
    source = tmp_path / "cable.txt"
    source.write_text(document("Troops left Azerbaijan."), encoding="utf-8")
    converted = runner.invoke(main, ["convert", str(source), "-o", str(tmp_path / "tei"), "--registers", str(registers_dir)])
    assert converted.exit_code == 0 and converted.output.count("register-shared-form") == 1


def test_registers_without_shared_forms_give_no_warning(registers):
    assert shared_forms(registers) == []
    assert shared_forms(load_registers(ROOT / "registers")) == []
