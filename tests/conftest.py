"""Fixtures shared by the test suite: the seeds, the committed encodings, the official schema."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEI_FILES = sorted((ROOT / "tei").glob("*.xml"))


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    """The official TEI P5 ``tei_all`` RELAX NG schema (4.3.0), shipped in schema/."""
    path = ROOT / "schema" / "tei_all.rng"
    assert path.is_file(), path
    return path
