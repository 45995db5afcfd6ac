"""The wheel other projects install: it carries xslt/, schema/ and the converter's tables, and its
command works anywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("teiconv-*.whl"))


def test_wheel_carries_stylesheets_and_schemas(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "teiconv/data/schema/tei_all.rng" in names
    assert any(n.startswith("teiconv/data/schema/teiconv.") for n in names)
    assert any(n.startswith("teiconv/data/xslt/") and n.endswith(".xsl") for n in names)
    assert {"teiconv/convert/data/repositories.tsv", "teiconv/convert/data/languages.tsv"} <= set(names)


def test_installed_command_runs_outside_the_repository(wheel: Path, tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True,
                   capture_output=True)
    teiconv = env_dir / "bin" / "teiconv"
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(SEEDS[1], work / "letter.txt")

    converted = subprocess.run([str(teiconv), "convert", "letter.txt", "-o", "tei"], cwd=work,
                               capture_output=True, text=True)
    assert converted.returncode == 0, converted.stderr
    assert (work / "tei" / "wcda-209093.xml").is_file()

    validated = subprocess.run([str(teiconv), "validate", "tei"], cwd=work, capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr

    data = subprocess.run([str(python), "-c", "from teiconv.resources import data_dir; print(data_dir('xslt'))"],
                          cwd=work, capture_output=True, text=True, check=True)
    assert str(env_dir) in data.stdout
