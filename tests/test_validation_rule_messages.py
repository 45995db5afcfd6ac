"""One test per Schematron rule of the ODD: the valid document passes it, and a document that
differs from it by one edit fails it with the rule's own message (as FRUS tests its rules with
XSpec).  The failing edits are the table in test_validation_rules.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from teiconv.odd import Odd
from teiconv.odd.spec import SCH
from teiconv.resources import data_dir
from teiconv.validation import Validator, default_schemas

from test_validation_rules import BASE, CASES

ODD = Odd(data_dir("schema") / "teiconv.odd")
RULES = {check.get("id"): check for spec in ODD.constraints
         for check in spec.iter(f"{{{SCH}}}assert", f"{{{SCH}}}report")}


def message_pattern(check: etree._Element) -> re.Pattern:
    """The rule's message with each computed part (value-of, name) as a wildcard."""
    parts = [re.escape(part) if isinstance(part, str) else "\0" for part in check.xpath("node()")]
    text = " ".join("".join(parts).split()).replace("\\ ", " ")
    return re.compile("^" + text.replace("\0", ".*?") + "$")


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(default_schemas())


def _check(validator: Validator, folder: Path, text: str):
    path = folder / "doc.xml"
    path.write_text(text, encoding="utf-8")
    return validator.check_file(path)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_passes_the_valid_document_and_fails_its_broken_one_with_its_message(validator, tmp_path, rule):
    assert not [d for d in _check(validator, tmp_path, BASE).diagnostics if d.rule == rule]
    broken = [case for case in CASES.values() if case.rule == rule]
    assert broken, f"no broken example of {rule} in test_validation_rules.CASES"
    pattern = message_pattern(RULES[rule])
    for case in broken:
        messages = [d.message for d in _check(validator, tmp_path, case.document()).diagnostics if d.rule == rule]
        assert any(pattern.match(message) for message in messages), (pattern.pattern, messages)
