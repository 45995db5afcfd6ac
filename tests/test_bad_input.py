"""Bad input gets a clear message with file, line and column and a non-zero exit; the rest converts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import teiconv
from teiconv.cli import main
from teiconv.diagnostics import InputError

from conftest import SEEDS

GOOD = SEEDS[0]


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    return folder


@pytest.mark.parametrize("name, data, place", [
    ("empty.txt", b"  \n", "1:1: error: [input-empty]"),
    ("no-break-spaces.txt", "\u00a0\u00a0\n\u00a0".encode(), "1:1: error: [input-empty]"),
    ("scan.txt", b"December 9, 1941\nab\x00cd", "2:3: error: [input-binary]"),  # the first NUL
], ids=["empty", "no-break-spaces", "binary"])
def test_unreadable_file_is_reported_and_the_rest_converted(batch: Path, tmp_path: Path, name, data, place):
    (batch / name).write_bytes(data)
    result = run("convert", str(batch), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{batch / name}:{place}" in result.output
    assert len(list((tmp_path / "out").glob("*.xml"))) == 1


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1"])
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str):
    word = "Молотов" if encoding == "cp1251" else "Ja\u2019far".replace("\u2019", "\u00e9")
    text = (f"December 9, 1941\nCable from {word}\nSTRICTLY SECRET\n"
            f"A group of comrades has begun to revive the party, as {word} writes at length here.\n"
            f"{word.upper()}\n")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    conversion = teiconv.convert_file(path)
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_a_byte_order_mark_is_read_not_called_binary(tmp_path: Path, encoding: str):
    text = GOOD.read_text(encoding="utf-8")
    data = text.encode(encoding)
    path = tmp_path / GOOD.name  # the same name: the TEI names its source
    path.write_bytes(data if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "\ufeff".encode(encoding) + data)
    assert teiconv.convert_file(path).to_bytes() == teiconv.convert_file(GOOD).to_bytes()


@pytest.mark.parametrize("text, place", [("a\ud800", "1:2"), ("\u00a0 \n", "1:1")], ids=["surrogate", "blank"])
def test_convert_text_refuses_what_a_file_would_be_refused_for(text: str, place: str):
    with pytest.raises(InputError) as raised:
        teiconv.convert_text(text, "given.txt")
    assert str(raised.value).startswith(f"given.txt:{place}: error: [input-")


def test_undecodable_text_fails_clearly():
    with pytest.raises(InputError) as raised:
        teiconv.convert.source.decode(bytes(range(1, 9)) * 30 + b"\xff\xfe", "x.txt")
    assert str(raised.value).startswith("x.txt:1:241: error: [input-encoding] byte 0xff is not UTF-8")


def test_missing_path_does_not_stop_the_batch(batch: Path, tmp_path: Path):
    result = run("convert", str(tmp_path / "nowhere.txt"), str(batch), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nowhere.txt'}:0:0: error: [input-missing] no such file" in result.output
    assert "1 converted, 1 failed" in result.output


def test_mixed_folder_converts_the_transcriptions_only(batch: Path, tmp_path: Path):
    (batch / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (batch / "notes.md").write_text("December 1, 1941\nMemo\nA paragraph of text that is long enough to be prose here.\n")
    result = run("convert", str(batch), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "2 converted, 0 failed" in result.output


def test_unterminated_bracket_is_a_warning_with_its_place(tmp_path: Path):
    path = tmp_path / "cut.txt"
    path.write_text("December 9, 1941\nCable\nThe text goes on and on and then [the page is cut off here\n")
    result = run("convert", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert f"{path}:3:34: warning: [bracket-unclosed]" in result.output


def test_strict_turns_warnings_into_errors_and_writes_nothing(tmp_path: Path):
    path = tmp_path / "odd.txt"
    path.write_text("December 9, 1941\nCable\nA sentence with an odd bracket [4/7] that no convention knows.\n")
    result = run("convert", "--strict", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{path}:3:32: error: [bracket-unclassified]" in result.output
    assert not list((tmp_path / "out").glob("*.xml"))


def test_no_sources_found(tmp_path: Path):
    result = run("convert", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "no transcriptions found" in result.output


def test_totext_on_malformed_xml(tmp_path: Path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><text>\n<p>unclosed</TEI>")
    result = run("totext", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2:" in result.output and "not well-formed" in result.output


def test_control_characters_are_refused_with_their_place():
    with pytest.raises(InputError) as raised:
        teiconv.convert_text("December 9, 1941\nCable\nab\x0bc")
    assert str(raised.value) == ("<string>:3:3: error: [input-control-character] control character U+000B "
                                 "cannot be kept in XML; remove it or replace it with what it stands for")
