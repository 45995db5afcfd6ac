"""Every command that reads XML reads it through the one safe parser: no file, no network, no
blow-up, no traceback — `pdf`, `html` and `totext` as well as `validate` (test_validation_hostile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from teiconv.cli import main
from teiconv.validation.safe_xml import MAX_DEPTH, Policy, XmlRefused, parse_bytes

from conftest import ROOT

TEI_FILE = ROOT / "tei" / "wcda-209093.xml"
DOCUMENT = TEI_FILE.read_text(encoding="utf-8")


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def hostile(tmp_path: Path, doctype: str, in_body: str = "") -> Path:
    """Our own document with ``doctype`` before it and ``in_body`` in its first paragraph."""
    text = DOCUMENT.replace("<TEI ", doctype + "\n<TEI ", 1)
    if in_body:
        text = text.replace("<p>", "<p>" + in_body, 1)
    path = tmp_path / "in" / "hostile.xml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def nested(tmp_path: Path, depth: int) -> Path:
    return hostile(tmp_path, "", '<hi rend="italic">' * depth + "deep" + "</hi>" * depth)


def everything_written(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT")
    return path


@pytest.mark.parametrize("command", ["pdf", "html"])
def test_external_entity_is_refused_and_nothing_is_read(tmp_path, secret, command):
    source = hostile(tmp_path, f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>', "&x;")
    out = tmp_path / "out"
    result = run(command, str(source), "-o", str(out))
    assert result.exit_code == 1
    assert f"{source}:1:1: error: [xml-entity]" in result.output
    assert b"TOP-SECRET" not in everything_written(out)


def test_totext_refuses_an_external_entity(tmp_path, secret):
    source = hostile(tmp_path, f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>', "&x;")
    result = run("totext", str(source))
    assert result.exit_code == 1
    assert "[xml-entity]" in result.output and "TOP-SECRET" not in result.output


@pytest.mark.parametrize("command", ["pdf", "html"])
def test_no_dtd_is_fetched_and_an_unreachable_one_is_no_failure(tmp_path, server, command):
    address, requests = server
    for name, url in (("served", address), ("unreachable", "http://127.0.0.1:9")):
        source = hostile(tmp_path, f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">')
        result = run(command, str(source), "-o", str(tmp_path / name))
        assert result.exit_code == 0, (name, result.output)
    assert requests == []


def test_a_dtd_entity_is_refused_with_its_place_not_fetched(tmp_path, server):
    address, requests = server
    source = hostile(tmp_path, f'<!DOCTYPE TEI SYSTEM "{address}/tei.dtd">', "&leaked;")
    result = run("pdf", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "[xml-entity]" in result.output and "&leaked;" in result.output
    assert requests == []


@pytest.mark.parametrize("command", ["pdf", "html"])
def test_nesting_deeper_than_saxon_reads_is_a_clear_error(tmp_path, command):
    source = nested(tmp_path, 200)
    result = run(command, str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "[xml-too-deep]" in result.output and "nested more than" in result.output
    assert "PySaxonApiError" not in result.output and "SXXP" not in result.output


@pytest.mark.parametrize("command", ["pdf", "html"])
def test_nesting_up_to_the_limit_renders(tmp_path, command):
    depth = MAX_DEPTH - 10  # the document's own levels above its first <p> are fewer than 10
    result = run(command, str(nested(tmp_path, depth)), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output


def test_totext_on_xml_that_is_not_tei_is_an_error(tmp_path):
    other = tmp_path / "other.xml"
    other.write_text("<catalog><book>Words</book></catalog>")
    result = run("totext", str(other))
    assert result.exit_code == 1
    assert f"{other}:1:1: error: [totext-not-tei]" in result.output


BILLION_LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))


@pytest.mark.parametrize("policy", [Policy(), Policy(internal_entities=True)], ids=["strict", "internal-entities"])
def test_billion_laughs_is_an_entity_expansion_refusal(policy):
    data = f"<!DOCTYPE a [{BILLION_LAUGHS}]><a>&lol9;</a>".encode()
    with pytest.raises(XmlRefused) as refused:
        parse_bytes(data, "laughs.xml", policy)
    assert refused.value.diagnostic.rule == "xml-entity-expansion"


def test_internal_entities_are_one_switch_and_external_ones_stay_refused(secret):
    internal = b'<!DOCTYPE a [<!ENTITY mdash "\xe2\x80\x94">]><a>x&mdash;y</a>'
    with pytest.raises(XmlRefused):
        parse_bytes(internal, "internal.xml")
    assert parse_bytes(internal, "internal.xml", Policy(internal_entities=True)).tree.getroot().text == "x\u2014y"
    external = f'<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]><a>&x;</a>'.encode()
    with pytest.raises(XmlRefused) as refused:
        parse_bytes(external, "external.xml", Policy(internal_entities=True))
    assert refused.value.diagnostic.rule == "xml-entity"


def test_pdf_refuses_a_file_over_its_size_limit_and_shows_progress(tmp_path):
    limit = len(DOCUMENT.encode()) + 100
    big = tmp_path / "big.xml"
    big.write_text(DOCUMENT + "<!-- " + "x" * 5000 + " -->", encoding="utf-8")
    result = run("pdf", str(big), str(TEI_FILE), "--no-edition", "--max-size", str(limit), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{big}:1:1: error: [xml-too-large] the file is larger than {limit} bytes" in result.output
    assert "pdf: 1/1 wcda-209093.pdf" in result.output  # the other file is typeset, with progress
