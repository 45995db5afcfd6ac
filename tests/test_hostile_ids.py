"""A record id is text from the source: whatever it holds, the document's id is a safe file name
and a valid ``idno``, and nothing is written outside the output folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import teiconv
from teiconv.cli import main
from teiconv.identifiers import safe_id
from teiconv.validation import Validator, default_schemas, parse_bytes

from conftest import ROOT

SOURCE = ROOT / "tests" / "corpus" / "real" / "024_petition-chiang-ching-kuo-visit-1967.txt"
HOSTILE_IDS = {
    "1/../../../escaped": "wcda-1-escaped",
    "..": None,                      # nothing left: the id comes from date and title
    ":": None,
    "1 2 3": "wcda-1-2-3",
    "C:\\Windows\\evil": "wcda-c-windows-evil",
    "ABC-17": "wcda-abc-17",         # one case only: case-insensitive file systems would merge them
}


def with_record_id(record_id: str) -> str:
    """The source with ``record_id`` as its last field (the donors it ends with left out)."""
    text = SOURCE.read_text(encoding="utf-8")
    return text[: text.index("Record ID\n")] + f"Record ID\n{record_id}\n"


@pytest.fixture(scope="module")
def our_schema() -> Validator:
    return Validator(default_schemas())


@pytest.mark.parametrize("record_id", sorted(HOSTILE_IDS))
def test_any_record_id_gives_a_safe_id_and_valid_tei(record_id: str, our_schema: Validator):
    conversion = teiconv.convert_text(with_record_id(record_id), "hostile.txt")
    expected = HOSTILE_IDS[record_id]
    if expected:
        assert conversion.doc_id == expected
    else:
        assert conversion.doc_id.startswith("1967-") and "wcda" not in conversion.doc_id
    assert conversion.doc_id == safe_id(conversion.doc_id)
    document = parse_bytes(conversion.to_bytes(), "hostile.xml")
    problems = [str(d) for engine in our_schema.engines for d in engine.check(document)]
    assert not problems, problems


def test_convert_writes_nothing_outside_its_output_folder(tmp_path: Path):
    sources = tmp_path / "a" / "b" / "sources"
    sources.mkdir(parents=True)
    (sources / "escape.txt").write_text(with_record_id("1/../../../escaped"), encoding="utf-8")
    out = tmp_path / "a" / "b" / "out"
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.xml"))
    assert written == ["a/b/out/wcda-1-escaped.xml"]


def test_build_writes_nothing_outside_the_project(tmp_path: Path):
    project = tmp_path / "deep" / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "escape.txt").write_text(with_record_id("1/../../../escaped"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-C", str(project), "-j", "1", "--only", "convert"])
    assert result.exit_code == 0, result.output
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and project not in p.parents]
    assert outside == []
    assert (project / "tei" / "wcda-1-escaped.xml").is_file()
