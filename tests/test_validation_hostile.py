"""Hostile input must not hurt: no file read, no network reached, no blow-up, a clear error each time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from teiconv.validation import SchemaError, Validator, default_schemas, load_engine

TEI_NS = "http://www.tei-c.org/ns/1.0"


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(default_schemas())


def check(validator: Validator, tmp_path: Path, data: bytes):
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    return validator.check_file(path)


def only(result) -> tuple[str, int, int]:
    assert len(result.diagnostics) == 1, result.diagnostics
    d = result.diagnostics[0]
    return d.rule, d.line, d.column


def test_external_entity_is_refused_and_not_read(validator, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = (f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>\n'
            f'<TEI xmlns="{TEI_NS}">&x;</TEI>').encode()
    result = check(validator, tmp_path, data)
    assert only(result)[0] == "xml-entity" and not result.valid
    assert "TOP-SECRET-CONTENT" not in str(result)


def test_no_dtd_or_entity_is_fetched_from_the_network(validator, tmp_path, server):
    base, requests = server
    external_dtd = f'<!DOCTYPE TEI SYSTEM "{base}/tei.dtd">\n<TEI xmlns="{TEI_NS}"/>'.encode()
    parameter_entity = (f'<!DOCTYPE TEI [<!ENTITY % ext SYSTEM "{base}/ext.dtd"> %ext;]>\n'
                        f'<TEI xmlns="{TEI_NS}">&leaked;</TEI>').encode()
    assert check(validator, tmp_path, external_dtd).diagnostics[0].rule == "teiconv.rng"  # parsed, judged
    assert not check(validator, tmp_path, parameter_entity).valid
    assert requests == []


def test_schemas_fetch_nothing_either(tmp_path, server):
    base, requests = server
    grammar = tmp_path / "remote.rng"
    grammar.write_text(f'<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="{base}/x.rng"/>'
                       '<start><element name="a"><empty/></element></start></grammar>')
    with pytest.raises(SchemaError):
        load_engine(grammar)
    assert requests == []


def test_a_local_dtd_is_never_read(validator, tmp_path):
    dtd = tmp_path / "broken.dtd"
    dtd.write_text('<!ENTITY leaked "LEAKED"> <!ENTITY broken ')  # reading it would be a syntax error
    ignored = f'<!DOCTYPE TEI SYSTEM "{dtd}">\n<TEI xmlns="{TEI_NS}"/>'.encode()
    assert check(validator, tmp_path, ignored).diagnostics[0].rule == "teiconv.rng"  # parsed, judged
    used = f'<!DOCTYPE TEI SYSTEM "{dtd}">\n<TEI xmlns="{TEI_NS}">\n&leaked;</TEI>'.encode()
    assert only(check(validator, tmp_path, used))[:2] == ("xml-entity", 3)


def test_billion_laughs_is_refused_quickly(validator, tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    data = f'<!DOCTYPE TEI [{entities}]>\n<TEI xmlns="{TEI_NS}">&lol9;</TEI>'.encode()
    started = time.perf_counter()
    result = check(validator, tmp_path, data)
    assert only(result)[0] == "xml-entity-expansion"  # called what it is, not "not well-formed"
    assert "expansion" in result.diagnostics[0].message
    assert time.perf_counter() - started < 2


def test_malformed_xml_is_placed(validator, tmp_path):
    result = check(validator, tmp_path, f'<TEI xmlns="{TEI_NS}">\n  <text>\n    <p>x</div>\n</TEI>'.encode())
    rule, line, column = only(result)
    assert (rule, line) == ("xml-syntax", 3) and column > 1
    assert "mismatch" in result.diagnostics[0].message


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"just some words\n", b"\xff\xfe\x00"],
                         ids=["empty", "png", "plain-text", "bad-bytes"])
def test_non_xml_is_a_clear_error(validator, tmp_path, data):
    rule, line, _ = only(check(validator, tmp_path, data))
    assert rule == "xml-syntax" and line == 1


def test_huge_text_node_is_refused(validator, tmp_path):
    data = f'<TEI xmlns="{TEI_NS}"><p>'.encode() + b"x" * (12 * 1024 * 1024) + b"</p></TEI>"
    assert only(check(validator, tmp_path, data))[0] == "xml-syntax"


PEAK_RSS = """
import resource, sys
from pathlib import Path
from teiconv.validation import default_schemas, validate_files
results = list(validate_files([Path(sys.argv[1])], default_schemas(), jobs=1))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, results[0].diagnostics[0].rule if results[0].diagnostics else "")
"""


def _peak_mib(path: Path) -> tuple[int, str]:
    run = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], capture_output=True, text=True, check=True)
    peak, rule = (run.stdout.split() + [""])[:2]
    return int(peak), rule


def test_a_100_mb_file_is_refused_in_bounded_memory(tmp_path):
    small = tmp_path / "small.xml"
    small.write_text(f'<TEI xmlns="{TEI_NS}"/>')
    big = tmp_path / "big.xml"
    with big.open("wb") as handle:
        handle.write(f'<TEI xmlns="{TEI_NS}"><text><body>'.encode())
        chunk = b"<p>" + b"x" * 1000 + b"</p>\n"
        for _ in range(100 * 1024):
            handle.write(chunk)
        handle.write(b"</body></text></TEI>")
    assert big.stat().st_size > 100_000_000
    baseline, _ = _peak_mib(small)
    peak, rule = _peak_mib(big)
    assert rule == "xml-too-large"
    assert peak - baseline < 16, f"validating a 100 MB file raised peak memory by {peak - baseline} MiB"


@pytest.mark.parametrize(("data", "text"), [
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- kept --><a>\xc3\xa9</a>', '<?xml version="1.0"?>\n<!-- kept --><a>é</a>'),
    (b'<!DOCTYPE a SYSTEM "a.dtd"><a>x</a>', "<a>x</a>"),  # a DOCTYPE never reaches another parser
    ('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'.encode("latin-1"), "<a>é</a>"),
])
def test_other_parsers_get_the_files_own_text_only_when_it_can_fetch_nothing(data, text):
    from teiconv.validation import parse_bytes

    assert parse_bytes(data, "x.xml").text() == text
