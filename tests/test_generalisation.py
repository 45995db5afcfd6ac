"""Documents that are not seeds: invented in the archive's conventions, as real exports write them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

import teiconv

from conftest import ROOT

SOURCES = sorted((ROOT / "tests" / "fixtures" / "sources").iterdir())
NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def encodings(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("tei")
    items = teiconv.convert_paths(SOURCES, out)
    assert not any(item.failed for item in items)
    return {Path(item.source).name: item.written for item in items}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_invented_documents_lose_nothing(source: Path, encodings):
    regenerated = teiconv.to_text(encodings[source.name])
    assert teiconv.normalise(regenerated) == teiconv.normalise(source.read_text(encoding="utf-8"))


def test_invented_documents_are_valid_tei(encodings, tei_all_rng: Path):
    jing = shutil.which("pyjing", path=str(Path(sys.executable).parent)) or shutil.which("pyjing")
    result = subprocess.run([jing, str(tei_all_rng), *map(str, encodings.values())], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def values(path: Path, xpath: str) -> list[str]:
    root = etree.parse(str(path)).getroot()
    return [" ".join("".join(e.itertext()).split()) if isinstance(e, etree._Element) else str(e)
            for e in root.xpath(xpath, namespaces=NS)]


def test_conventions_beyond_the_seeds(encodings):
    cable = encodings["invented_cable.txt"]
    assert values(cable, "//t:opener/t:seg/@type") == [
        "classification", "handling", "handling", "stamp", "routing", "routing", "address", "annotation"]
    assert values(cable, "//t:stamp") == ["Received 4 March 1947 No 1234"]
    assert values(cable, "//t:add/@place") == ["margin"]
    assert values(cable, "//t:handNote/@scribe") == ["Molotov"]
    assert values(cable, "//t:expan/t:ex") == ["tov"]
    assert values(cable, "//t:gap[@reason='omitted']/t:desc") == ["..."]
    assert values(cable, "//t:space/t:desc") == ["date not filled in"]
    assert values(cable, "//t:note[@type='translator']") == [
        "Translator's note: the next line is crossed out in the original"]
    assert values(cable, "//t:sic") == ["closed"] and values(cable, "//t:note[@type='sic']") == [
        "sic: comment by the translator"]
    assert values(cable, "//t:choice/t:seg") == ["bribed", "threatened"]
    assert values(cable, "//t:closer/t:signed") == ["S H T Y K O V", "/MARCHENKO/"]
    assert values(cable, "//t:div[@type='registration']/t:p//t:desc") == ["Illegible signatures"]
    assert values(cable, "//t:keywords[@n='associated places']/t:term") == ["Tabriz (Iran)", "Iran"]


def test_markdown_letter_in_persian(encodings):
    letter = encodings["invented_letter.md"]
    assert values(letter, "//t:langUsage/t:language/@ident") == ["en", "fa"]
    assert values(letter, "//t:term/@xml:lang") == ["fa-Latn"]
    assert values(letter, "//t:msIdentifier/t:repository") == ["GAPPOD AzR"]
    assert values(letter, "//t:respStmt[@xml:id='translator']/t:persName") == ["Test Translator"]
    assert values(letter, "//t:opener/t:salute") == ["Dear Comrade Stalin,"]
    assert values(letter, "//t:closer/*") == ["With great respect,", "M. BAGIROV"]
