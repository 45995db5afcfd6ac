"""The result cache: a file checked before against the same schemas is answered from memory with
the same verdict; a changed file, a changed schema or another name never gets a stale answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teiconv.validation import default_schemas, run, validate_files
from teiconv.validation.cache import fingerprint

VALID = Path(__file__).parent / "fixtures" / "validation" / "valid"


@pytest.fixture
def files(tmp_path) -> list[Path]:
    folder = tmp_path / "tei"
    folder.mkdir()
    for path in VALID.glob("*.xml"):
        shutil.copy(path, folder / path.name)
    broken = (VALID / "collection.xml").read_text(encoding="utf-8").replace('<date when="1946">', '<date when="46">')
    (folder / "broken.xml").write_text(broken, encoding="utf-8")
    (folder / "malformed.xml").write_text("<TEI><oops></TEI>", encoding="utf-8")
    return sorted(folder.glob("*.xml"))


def test_a_second_run_answers_from_the_cache_without_compiling_a_schema(files, tmp_path, monkeypatch):
    uncached = list(validate_files(files, default_schemas(), jobs=1))
    first = list(validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache"))
    monkeypatch.setattr(run, "Validator", None)  # any check would fail now
    again = list(validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache"))
    assert again == first == uncached
    assert [result.valid for result in again].count(False) == 2


def test_a_first_run_does_not_look_each_file_up_in_an_empty_cache(files, tmp_path, monkeypatch):
    uncached = list(validate_files(files, default_schemas(), jobs=1))
    monkeypatch.setattr(run, "_remembered", None)  # reading and hashing every file first would fail now
    assert list(validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache")) == uncached


def test_a_changed_file_is_checked_again(files, tmp_path):
    list(validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache"))
    broken = next(path for path in files if path.name == "broken.xml")
    broken.write_text((VALID / "collection.xml").read_text(encoding="utf-8"), encoding="utf-8")
    results = {Path(r.name).name: r for r in validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache")}
    assert results["broken.xml"].valid


def test_the_same_bytes_under_another_name_are_reported_under_that_name(files, tmp_path):
    list(validate_files(files, default_schemas(), jobs=1, cache=tmp_path / "cache"))
    copy = tmp_path / "copy.xml"
    shutil.copy(next(path for path in files if path.name == "broken.xml"), copy)
    [result] = validate_files([copy], default_schemas(), jobs=1, cache=tmp_path / "cache")
    assert result.diagnostics and {d.file for d in result.diagnostics} == {result.name} and result.name.endswith("copy.xml")


def test_a_changed_schema_is_a_new_cache(files, tmp_path):
    rng, sch = (shutil.copy(path, tmp_path / path.name) for path in default_schemas())
    sch, rng = Path(sch), Path(rng)
    list(validate_files(files, [rng, sch], jobs=1, cache=tmp_path / "cache"))
    sch.write_text(sch.read_text(encoding="utf-8").replace('<assert id="tc-when-valid" test="', '<assert id="tc-when-valid" test="false() and '), encoding="utf-8")
    results = list(validate_files(files, [rng, sch], jobs=1, cache=tmp_path / "cache"))
    assert results == list(validate_files(files, [rng, sch], jobs=1))
    assert any(d.rule == "tc-when-valid" for r in results for d in r.diagnostics if "1946" in d.message)


def test_a_grammar_that_reads_other_files_is_not_cached(tmp_path):
    grammar = tmp_path / "outer.rng"
    grammar.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="inner.rng"/></grammar>')
    assert fingerprint([grammar]) is None
    assert fingerprint(default_schemas()) is not None


def test_a_cache_that_cannot_be_written_is_not_used(files, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    results = list(validate_files(files, default_schemas(), jobs=1, cache=blocked / "cache"))
    assert results == list(validate_files(files, default_schemas(), jobs=1))
