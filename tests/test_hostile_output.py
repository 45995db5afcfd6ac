"""Where output cannot go, or names cannot be printed, every command says so in one line with a
non-zero exit — never a traceback — and reports stay valid UTF-8 and XML."""

from __future__ import annotations

import errno
import json
import os
import pathlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teiconv.cli import main
from teiconv.pipeline.manifest import JSON_NAME as JSON_MANIFEST, NAME as MANIFEST, Manifest

from conftest import ROOT

SEED = ROOT / "seeds" / "001_4e323987126384ee.txt"
TEI = ROOT / "tei" / "wcda-209093.xml"
#: Each command with its input; "{out}" is where it is told to write.
COMMANDS = {
    "convert": ["convert", str(SEED), "-o", "{out}"],
    "html": ["html", str(TEI), "-o", "{out}"],
    "pdf": ["pdf", str(TEI), "--no-edition", "-o", "{out}"],
    "validate": ["validate", str(TEI), "-o", "{out}"],
}


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def invoke(command: str, out: Path):
    return run(*(arg.replace("{out}", str(out)) for arg in COMMANDS[command]))


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("in the way")
    return path


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_output_under_a_file_is_a_message(command, a_file):
    result = invoke(command, a_file / "sub")
    assert result.exit_code == 1
    assert f"error: {a_file / 'sub'}: Not a directory" in result.output


@pytest.mark.parametrize("command, exit_code, message", [
    ("convert", 1, "error: {out}: exists and is not a folder"),
    ("html", 2, "Directory '{out}' is a file"),  # refused by the option itself
    ("pdf", 2, "Directory '{out}' is a file"),
])
def test_an_output_folder_that_is_a_file_is_a_message(command, exit_code, message, a_file):
    result = invoke(command, a_file)
    assert result.exit_code == exit_code
    assert message.format(out=a_file) in result.output


def _refusing(original, read_only: Path):
    """``original`` (a Path method), failing as a read-only file system would under ``read_only``."""
    def method(path, *args, **kwargs):
        if read_only in (path, *path.parents):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return original(path, *args, **kwargs)
    return method


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_read_only_file_system_is_a_message(command, tmp_path, monkeypatch):
    read_only = tmp_path / "read-only"  # root may write anywhere, so the refusal is simulated
    for name in ("mkdir", "write_bytes", "write_text"):
        monkeypatch.setattr(pathlib.Path, name, _refusing(getattr(pathlib.Path, name), read_only))
    result = invoke(command, read_only / ("report.txt" if command == "validate" else "out"))
    assert result.exit_code == 1
    assert f"{read_only}" in result.output and "Read-only file system" in result.output


def test_a_build_whose_out_is_a_file_stops_at_once_with_a_message(tmp_path):
    """The build's record lives in out/ and is written as results arrive, so the build cannot
    start without it: it says why before doing any work, instead of a traceback at the end."""
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / SEED.name).write_bytes(SEED.read_bytes())
    (project / "out").write_text("in the way")
    result = run("build", "-C", str(project), "-j", "1", "--only", "convert,validate,html")
    assert result.exit_code == 1
    assert result.output == f"error: {project / 'out'}: exists and is not a folder\n"
    assert (project / "out").read_text() == "in the way"


@pytest.mark.parametrize("shape", ["[]", '{"format": 1}', '{"format": 1, "teiconv": "%s", "stages": []}',
                                   '{"format": 1, "teiconv": "%s", "stages": {"convert": {"a": {}}}, "files": {}}'])
def test_an_earlier_json_manifest_of_the_wrong_shape_is_a_fresh_start(tmp_path, shape):
    from teiconv import __version__
    (tmp_path / JSON_MANIFEST).write_text(shape.replace("%s", __version__))
    manifest = Manifest.load(tmp_path)
    assert manifest.stage("convert") == {} and manifest.files == {}
    assert not (tmp_path / JSON_MANIFEST).exists()
    manifest.close()


def test_a_manifest_that_is_not_a_database_is_a_fresh_start(tmp_path):
    (tmp_path / MANIFEST).write_text('{"format": 1}')
    manifest = Manifest.load(tmp_path)
    assert manifest.stage("convert") == {} and manifest.files == {}
    manifest.close()


def test_reports_carry_any_file_name(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    for name in (b"bad\x01name.xml", b"caf\xe9.xml"):
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(b"<a/>")
    reports = {}
    for format_ in ("junit", "json", "github", "text"):
        target = tmp_path / f"report.{format_}"
        result = run("validate", str(folder), "-f", format_, "-o", str(target))
        assert result.exit_code == 1, result.output
        reports[format_] = target.read_bytes().decode("utf-8")  # valid UTF-8, or this raises
    junit = etree.fromstring(reports["junit"].encode())
    assert sorted(Path(case.get("name")).name for case in junit.iter("testcase")) == ["bad\\x01name.xml", "caf\\xe9.xml"]
    assert sorted(Path(f["file"]).name for f in json.loads(reports["json"])["files"]) == [
        "bad\\x01name.xml", "caf\\xe9.xml"]
