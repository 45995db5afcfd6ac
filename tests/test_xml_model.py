"""Every TEI file teiconv writes names its schema in ``<?xml-model?>`` lines an editor resolves."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

import teiconv
from teiconv import schema_location

from conftest import SEEDS, TEI_FILES

RELAXNG = 'schematypens="http://relaxng.org/ns/structure/1.0"'
SCHEMATRON = 'schematypens="http://purl.oclc.org/dsdl/schematron"'


def _models(path: Path) -> list[etree._ProcessingInstruction]:
    root = etree.parse(str(path)).getroot()
    return [node for node in root.itersiblings(preceding=True) if isinstance(node, etree._ProcessingInstruction)][::-1]


def test_each_encoding_names_our_grammar_then_our_rules_and_both_resolve():
    for path in TEI_FILES:
        models = _models(path)
        assert [m.target for m in models] == ["xml-model", "xml-model"], path.name
        assert RELAXNG in models[0].text and SCHEMATRON in models[1].text
        for model, name in zip(models, ("teiconv.rng", "teiconv.sch")):
            href = model.get("href")
            assert href == f"../schema/{name}"
            assert (path.parent / href).is_file()


def test_an_installed_teiconv_points_at_the_official_tei_all_not_an_invented_address(monkeypatch):
    monkeypatch.setattr(schema_location, "is_checkout", lambda: False)
    lines = teiconv.convert_file(SEEDS[0]).to_bytes().decode().splitlines()
    assert lines[1] == (f'<?xml-model href="{schema_location.TEI_ALL_URL}" type="application/xml" '
                        f'{RELAXNG}?>')
    assert "xml-model" not in lines[2]


def test_the_round_trip_ignores_the_instructions():
    conversion = teiconv.convert_file(SEEDS[0])
    reread = etree.fromstring(conversion.to_bytes())
    assert teiconv.to_text(reread) == teiconv.to_text(conversion.root)
