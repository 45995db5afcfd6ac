"""Real documents of the archive (tests/corpus/real, with hand-checked labels): scored, round-tripped, valid.

The labels and ``score.py`` are the ones in the project's shared corpus (see its README); the
same scores are measured on real documents nobody here has seen, so these thresholds are a floor
for the converter's generality, not a target to fit.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import teiconv

from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus" / "real"
SOURCES = sorted(CORPUS.glob("*.txt"))
#: The header labels also cover the seeds (named relative to the corpus folder).
LABELLED = sorted({(CORPUS / row.split("\t", 1)[0]).resolve()
                   for row in (CORPUS / "header.tsv").read_text(encoding="utf-8").splitlines()[1:]} | set(SOURCES))
THRESHOLD = 0.95


def _load_scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "tests" / "corpus" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


@pytest.fixture(scope="module")
def conversions() -> dict[str, teiconv.Conversion]:
    return {source.name: teiconv.convert_file(source) for source in LABELLED}


@pytest.fixture(scope="module")
def trees(conversions) -> dict[str, etree._ElementTree]:
    return {name: etree.ElementTree(conversion.root) for name, conversion in conversions.items()}


def _share(want: Counter, got: Counter) -> float:
    return sum(got.values()) / max(1, sum(want.values()))


def test_brackets_are_encoded_as_their_kind(trees):
    misses: list[str] = []
    want, got = score.score_brackets(score.read_tsv(CORPUS / "brackets.tsv"), trees, misses)
    assert _share(want, got) >= THRESHOLD, "\n".join(misses)


def test_header_facts_are_right(trees):
    want, got, misses = Counter(), Counter(), []
    for gold in score.read_tsv(CORPUS / "header.tsv"):
        tree = trees[Path(gold["file"]).name]
        for field, right in score.score_header(tree, gold).items():
            want[field] += 1
            got[field] += right
            if not right:
                misses.append(f"{gold['file']}: {field}: want {gold.get(field, '')!r}")
    assert _share(want, got) >= THRESHOLD, "\n".join(misses)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name[:3])
def test_real_documents_lose_nothing(source: Path, conversions):
    regenerated = teiconv.to_text(conversions[source.name].root)
    assert teiconv.normalise(regenerated) == teiconv.normalise(source.read_text(encoding="utf-8"))


def test_real_documents_are_valid_tei(conversions, tmp_path: Path, tei_all_rng: Path):
    paths = []
    for name, conversion in conversions.items():
        path = tmp_path / f"{name}.xml"
        path.write_bytes(conversion.to_bytes())
        paths.append(path)
    jing = shutil.which("pyjing", path=str(Path(sys.executable).parent)) or shutil.which("pyjing")
    result = subprocess.run([jing, str(tei_all_rng), *map(str, paths)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
