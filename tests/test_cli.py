"""The command line does what the library does: same files, same text, clear exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import teiconv
from teiconv.cli import _ELSEWHERE, main

from teiconv.registers import load_registers

from conftest import ROOT, SEEDS


def test_convert_writes_what_the_library_makes(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the project's registers/ are found in the working folder
    result = CliRunner().invoke(main, ["convert", *map(str, SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "5 converted, 0 failed" in result.output
    registers = load_registers(ROOT / "registers")
    for seed in SEEDS:
        conversion = teiconv.convert_file(seed, registers)
        assert (tmp_path / f"{conversion.doc_id}.xml").read_bytes() == conversion.to_bytes()


def test_convert_reports_warnings_with_their_place(tmp_path: Path):
    result = CliRunner().invoke(main, ["convert", str(SEEDS[2]), "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert f"{SEEDS[2]}:39:49: warning: [bracket-unclassified] no convention recognises [rst]" in result.output


def test_totext_prints_the_regenerated_source(tmp_path: Path):
    conversion = teiconv.convert_file(SEEDS[1])
    path = tmp_path / "letter.xml"
    path.write_bytes(conversion.to_bytes())
    result = CliRunner().invoke(main, ["totext", str(path)])
    assert result.exit_code == 0
    assert result.output == teiconv.to_text(conversion.root)
    assert teiconv.normalise(result.output) == teiconv.normalise(SEEDS[1].read_text(encoding="utf-8"))


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.output.strip() == f"teiconv, version {teiconv.__version__}"


def test_help_lists_each_command_by_its_own_summary_without_importing_it():
    listed = CliRunner().invoke(main, ["--help"]).output
    for name in main.list_commands(None):
        command = main.get_command(None, name)
        assert f"  {name}" in listed
        if name in _ELSEWHERE:
            assert _ELSEWHERE[name][2] == command.help.split("\n\n")[0].strip(), name


def test_help_loads_neither_the_pipeline_nor_the_converter():
    code = ("import sys; from teiconv.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('teiconv.', 'lxml', 'saxonche'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "teiconv.convert" not in loaded and "teiconv.pipeline" not in loaded and "lxml" not in loaded, loaded


def test_an_installation_without_its_schemas_cannot_run_and_says_so(tmp_path: Path):
    """Exit 2 ("cannot run"), not 1, which would tell a CI job the documents are invalid."""
    shutil.copytree(ROOT / "src" / "teiconv", tmp_path / "teiconv", ignore=shutil.ignore_patterns("__pycache__"))
    run = subprocess.run([sys.executable, "-c", "from teiconv.cli import main; main()", "validate", str(ROOT / "tei")],
                         capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert run.returncode == 2
    assert run.stderr == "error: teiconv's schema/ folder is missing from this installation (reinstall teiconv)\n"
