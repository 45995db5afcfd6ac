"""The software is citable: CITATION.cff is valid and cites the version the package is."""

from __future__ import annotations

import tomllib

from cffconvert.cli.create_citation import create_citation

import teiconv

from conftest import ROOT

CFF = ROOT / "CITATION.cff"


def test_citation_file_is_valid():
    create_citation(str(CFF), None).validate()  # raises on any schema violation


def test_citation_cites_the_version_the_package_is():
    citation = create_citation(str(CFF), None)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert citation.cffobj["version"] == teiconv.__version__ == pyproject["project"]["version"]
