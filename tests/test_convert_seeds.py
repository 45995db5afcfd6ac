"""The five seeds: they convert, lose nothing, are deterministic, and match the committed tei/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import teiconv
from teiconv.diagnostics import Severity
from teiconv.registers import load_registers

from conftest import ROOT, SEEDS, TEI_FILES

REGISTERS = load_registers(ROOT / "registers")


@pytest.fixture(scope="module")
def conversions() -> dict[str, teiconv.Conversion]:
    """The seeds converted as the project converts them: with its registers of names."""
    return {path.name: teiconv.convert_file(path, REGISTERS) for path in SEEDS}


def test_there_are_five_seeds():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_nothing_is_lost(seed: Path, conversions):
    """The TEI regenerates the source under the documented normalisation, and nothing else."""
    regenerated = teiconv.to_text(conversions[seed.name].root)
    assert teiconv.normalise(regenerated) == teiconv.normalise(seed.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_conversion_is_deterministic(seed: Path, conversions):
    assert teiconv.convert_file(seed, REGISTERS).to_bytes() == conversions[seed.name].to_bytes()


def test_committed_encodings_are_what_the_converter_makes(conversions):
    """tei/ is reviewable in diffs only if it is exactly the converter's output."""
    made = {f"{c.doc_id}.xml": c.to_bytes() for c in conversions.values()}
    committed = {path.name: path.read_bytes() for path in TEI_FILES}
    assert made == committed, "tei/ is stale: run `teiconv convert seeds -o tei`"


def test_no_seed_raises_an_error(conversions):
    for conversion in conversions.values():
        assert not [d for d in conversion.diagnostics if d.severity is Severity.ERROR]


def test_ids_are_stable_and_telling(conversions):
    ids = sorted(c.doc_id for c in conversions.values())
    assert ids == [
        "1941-12-09-cable-from-dimitrov-to-stalin-molotov",
        "1946-12-09-memo-via-a-telegraph-message-from",
        "collection-iran-soviet-relations",
        "wcda-209068",
        "wcda-209093",
    ]


def test_every_encoding_is_valid_against_tei_all(tei_all_rng: Path):
    """One jing run over all committed encodings against the official tei_all schema."""
    jing = shutil.which("pyjing", path=str(Path(sys.executable).parent)) or shutil.which("pyjing")
    assert jing, "pyjing not found: install the test extra"
    result = subprocess.run([jing, str(tei_all_rng), *map(str, TEI_FILES)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(TEI_FILES) == 5
