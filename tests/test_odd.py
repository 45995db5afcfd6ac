"""teiconv's ODD processor on small ODDs: what it makes, and what it refuses (with a message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teiconv.cli import main
from teiconv.odd import Odd, OddError
from teiconv.odd.conformance import check
from teiconv.odd.relaxng import grammar_text
from teiconv.odd.schematron import schematron_text
from teiconv.resources import data_dir

TEI_ALL = data_dir("schema") / "tei_all.rng"
SPECS = """
  <moduleRef key="textstructure" include="TEI"/>
  <moduleRef key="core" include="p"/>
  <elementSpec ident="TEI" module="textstructure" mode="replace">
    <gloss>document</gloss><desc>A document.</desc>
    <content><elementRef key="p" maxOccurs="unbounded"/></content>
    <attList><attDef ident="xml:lang" usage="req"><gloss>language</gloss><desc>Its language.</desc>
      <valList type="closed"><valItem ident="en"><gloss>English</gloss><desc>English.</desc></valItem></valList>
    </attDef></attList>
  </elementSpec>
  <elementSpec ident="p" module="core" mode="replace">
    <gloss>paragraph</gloss><desc>A paragraph.</desc>
    <content><textNode/></content>
    {p_attributes}
  </elementSpec>
  <constraintSpec ident="no-empty" scheme="schematron" mode="add">
    <desc>Paragraphs say something.</desc>
    <constraint><sch:let name="count" value="count(//tei:p)"/><sch:pattern id="paragraphs"><sch:rule context="tei:p">
      <sch:assert id="tc-p" test="normalize-space(.)">An empty paragraph.</sch:assert>
    </sch:rule></sch:pattern></constraint>
  </constraintSpec>
  {extra}
"""


def write_odd(folder: Path, p_attributes: str = "", extra: str = "") -> Path:
    path = folder / "small.odd"
    path.write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:sch="http://purl.oclc.org/dsdl/schematron">
<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><schemaSpec ident="small" start="TEI">{SPECS.format(p_attributes=p_attributes, extra=extra)}</schemaSpec></body></text></TEI>""",
                    encoding="utf-8")
    return path


def test_the_grammar_accepts_what_the_odd_says_and_nothing_else(tmp_path):
    odd = Odd(write_odd(tmp_path))
    check(odd, TEI_ALL)
    grammar = etree.RelaxNG(etree.fromstring(grammar_text(odd).encode()))
    tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{lang}"><p>{text}</p></TEI>'
    assert grammar.validate(etree.fromstring(tei.format(lang="en", text="Hello")))
    assert not grammar.validate(etree.fromstring(tei.format(lang="fr", text="Bonjour")))
    assert not grammar.validate(etree.fromstring(tei.format(lang="en", text="<lb/>")))


def test_the_rules_are_the_constraint_specs(tmp_path):
    schematron = etree.fromstring(schematron_text(Odd(write_odd(tmp_path))).encode())
    sch = {"sch": "http://purl.oclc.org/dsdl/schematron"}
    assert schematron.xpath("sch:pattern/sch:rule/sch:assert/@id", namespaces=sch) == ["tc-p"]
    assert schematron.xpath("sch:pattern/sch:p/text()", namespaces=sch) == ["Paragraphs say something."]
    assert schematron.xpath("sch:let/@name", namespaces=sch) == ["count"]  # a schema-level variable


def test_an_element_outside_tei_is_refused(tmp_path):
    extra = ('<elementSpec ident="paragraph" module="core" mode="add"><gloss>x</gloss><desc>x</desc>'
             '<content><textNode/></content></elementSpec>')
    with pytest.raises(OddError, match="<paragraph> is not a TEI element"):
        check(Odd(write_odd(tmp_path, extra=extra)), TEI_ALL)


def test_an_attribute_tei_does_not_allow_is_refused(tmp_path):
    attribute = '<attList><attDef ident="colour" usage="opt"><gloss>c</gloss><desc>c</desc></attDef></attList>'
    with pytest.raises(OddError, match="TEI does not allow @colour on <p>"):
        check(Odd(write_odd(tmp_path, p_attributes=attribute)), TEI_ALL)


def test_an_element_its_module_ref_does_not_include_is_refused(tmp_path):
    path = write_odd(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('include="p"', 'include="lb"'), encoding="utf-8")
    with pytest.raises(OddError, match="<p> is missing from the @include of moduleRef key='core'"):
        check(Odd(path), TEI_ALL)


def test_odd_it_does_not_process_is_refused_not_skipped(tmp_path):
    extra = ('<macroSpec ident="teiconv.any" mode="add"><content><classRef key="model.pLike"/></content></macroSpec>')
    with pytest.raises(OddError, match="classRef"):
        grammar_text(Odd(write_odd(tmp_path, extra=extra)))


def test_the_schema_command_finds_the_committed_files_up_to_date():
    result = CliRunner().invoke(main, ["schema", "--check"])
    assert result.exit_code == 0, result.output
