"""The bracket parser: balanced reading, unclosed and stray brackets contained, hostile depth bounded."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import teiconv
from teiconv.cli import main
from teiconv.convert.brackets import MAX_DEPTH, Bracket, parse
from teiconv.validation import Validator, default_schemas, parse_bytes

from conftest import ROOT
from inline_helpers import encode, round_trips


def test_nested_brackets_are_read_balanced():
    text = "[handwritten: coordinate [[in SChS]]"
    result = parse(text)
    outer = result.nodes[0]
    assert isinstance(outer, Bracket) and not outer.closed
    assert [(b.start, b.end, b.double) for b in outer.children if isinstance(b, Bracket)] == [(25, 36, True)]


def test_an_unclosed_bracket_with_words_after_it_ends_with_its_line():
    text = "[handwritten: coordinate\nWith greetings, Ivanov"
    result = parse(text)
    assert [(b.start, b.end) for b in result.unclosed] == [(0, text.index("\n"))]


def test_an_unclosed_description_runs_to_the_end_of_its_passage():
    text = "[handwritten:\n\n[[illegible letters]]\n\n5156"
    assert [(b.start, b.end) for b in parse(text).unclosed] == [(0, len(text))]


def test_a_stray_closing_bracket_is_text_and_reported():
    text = "Liu [Shaoqi] Gao\n[Gang] Wang Jiaxiang]"
    xml, ctx = encode(text)
    assert xml.endswith("Wang Jiaxiang]</p>")
    assert [(d.rule, d.line, d.column) for d in ctx.diagnostics] == [("bracket-unopened", 2, 21)]
    assert round_trips(text)


def test_no_brackets_no_editorial_markup():
    text = "A plain letter.\nWith nothing added by anyone."
    assert encode(text)[0] == "<p>A plain letter.<lb/>With nothing added by anyone.</p>"


@pytest.fixture(scope="module")
def our_schema() -> Validator:
    return Validator(default_schemas())


@pytest.mark.parametrize("body", [
    "[" * 200 + " words",
    ("[" * 200 + "\n") * 3,
    "[" * 150 + "x" + "]" * 150,
    "[a " * 150 + "x" + "]" * 150,
    '[a "' * 100 + "x" + '"]' * 100,
], ids=["unclosed", "unclosed-lines", "nested", "nested-words", "nested-quotes"])
def test_hostile_depth_is_bounded_valid_and_lossless(body, our_schema):
    text = "Memo\n\n" + body
    conversion = teiconv.convert_text(text, "hostile.txt")
    document = parse_bytes(conversion.to_bytes(), "hostile.xml")
    assert not [str(d) for engine in our_schema.engines for d in engine.check(document)]
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
    depth = max(len(list(element.iterancestors())) for element in conversion.root.iter())
    assert depth < 2 * MAX_DEPTH + 12


def test_strict_makes_an_unclosed_bracket_an_error(tmp_path):
    source = tmp_path / "memo.txt"
    source.write_text("Memo\n\n[handwritten: coordinate\nWith greetings\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", "--strict", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "memo.txt:3:1" in result.output and "bracket-unclosed" in result.output


EDITORIAL = ("supplied", "note", "gap", "choice", "expan", "sic", "add", "stamp", "pb", "gloss", "foreign", "corr")


@pytest.mark.parametrize("source", [p for p in sorted((ROOT / "tests" / "corpus" / "real").glob("*.txt"))
                                    if "[" not in p.read_text(encoding="utf-8")], ids=lambda p: p.name[:3])
def test_a_real_document_without_brackets_gets_no_editorial_markup(source):
    root = teiconv.convert_file(source).root
    found = root.xpath("//t:text//*[" + " or ".join(f"self::t:{name}" for name in EDITORIAL) + "]",
                       namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert not found


@pytest.mark.parametrize("text", [
    "[" * 20000 + " words",
    "[x] " * 20000 + "[" * 20000,
    "[" + '\u201c a "b" ' * 20000 + "]",
], ids=["unclosed", "closed-then-unclosed", "quotations"])
def test_thousands_of_brackets_parse_without_recursion(text):
    result = parse(text)
    assert sum(len(node.children) if isinstance(node, Bracket) else 1 for node in result.nodes) >= 1
