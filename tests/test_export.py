"""The edition handed to other projects: a teiCorpus valid against tei_all, and records that
real citation software loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from click.testing import CliRunner
from lxml import etree

from teiconv.cli import main
from teiconv.edition import load_edition
from teiconv.export import build_corpus, export_metadata, read_documents
from teiconv.export.corpus import UNTITLED
from teiconv.validation import tei_all

from conftest import ROOT, TEI_FILES
from test_validation_schema import jing

NS = {"tei": "http://www.tei-c.org/ns/1.0", "dc": "http://purl.org/dc/elements/1.1/"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DECLARED = """[tool.teiconv]
title = "Soviet Documents on Iran"
editors = ["A. Editor", "B. Editor"]
version = "1.2"
"""


@pytest.fixture(scope="module")
def documents():
    found, diagnostics = read_documents([ROOT / "tei"], "export")
    assert not diagnostics
    return found


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory, documents) -> Path:
    project = tmp_path_factory.mktemp("project")
    (project / "pyproject.toml").write_text(DECLARED, encoding="utf-8")
    path = project / "corpus.xml"
    path.write_bytes(build_corpus(load_edition(project), documents))
    return path


def test_the_corpus_is_valid_against_tei_all(corpus_file):
    assert jing(tei_all(), [corpus_file]) == {}


def test_the_corpus_holds_every_document_once_with_its_header(corpus_file):
    corpus = etree.parse(str(corpus_file)).getroot()
    members = corpus.findall("tei:TEI", NS)
    assert len(members) == len(TEI_FILES)
    assert all(member.find("tei:teiHeader", NS) is not None for member in members)
    listed = corpus.xpath("tei:teiHeader//tei:sourceDesc/tei:listBibl/tei:bibl/tei:ptr/@target", namespaces=NS)
    assert listed == [f"#{member.get(XML_ID)}" for member in members]


def test_the_corpus_header_comes_from_the_declaration(corpus_file):
    header = etree.parse(str(corpus_file)).getroot().find("tei:teiHeader", NS)
    assert header.findtext("tei:fileDesc/tei:titleStmt/tei:title", namespaces=NS) == "Soviet Documents on Iran"
    assert header.xpath("tei:fileDesc/tei:titleStmt/tei:editor/text()", namespaces=NS) == ["A. Editor", "B. Editor"]
    assert header.find("tei:fileDesc/tei:editionStmt/tei:edition", NS).get("n") == "1.2"
    assert header.find("tei:encodingDesc/tei:editorialDecl", NS) is not None
    assert "en" in header.xpath("tei:profileDesc/tei:langUsage/tei:language/@ident", namespaces=NS)


def test_ids_are_unique_and_every_local_pointer_still_resolves(corpus_file):
    corpus = etree.parse(str(corpus_file)).getroot()
    ids = [element.get(XML_ID) for element in corpus.iter() if element.get(XML_ID)]
    assert len(ids) == len(set(ids))
    pointers = corpus.xpath("//@hand | //@resp | //@ref | //@target | //@ana | //@scheme | //@who")
    local = [token[1:] for value in pointers for token in value.split() if token.startswith("#")]
    assert local and set(local) <= set(ids)


def test_an_undeclared_edition_says_so_and_invents_nothing(tmp_path, documents):
    header = etree.fromstring(build_corpus(load_edition(tmp_path), documents[:1])).find("tei:teiHeader", NS)
    assert header.findtext("tei:fileDesc/tei:titleStmt/tei:title", namespaces=NS) == UNTITLED
    assert header.find(".//tei:editor", NS) is None and header.find(".//tei:editionStmt", NS) is None


def test_a_teiconv_toml_declares_the_edition_too(tmp_path):
    (tmp_path / "teiconv.toml").write_text('title = "Letters"\neditors = "C. Editor"\n', encoding="utf-8")
    edition = load_edition(tmp_path)
    assert (edition.title, edition.editors, edition.version) == ("Letters", ("C. Editor",), "")


def test_the_csl_json_loads_in_citeproc_py_and_cites_every_document(documents):
    items = json.loads(export_metadata(documents, "csl-json"))
    assert len(items) == len([d for d in documents if not d.is_collection]) > 0
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for item in items:
        assert any(item["title"] in entry for entry in rendered), item["title"]


def test_the_dublin_core_records_name_title_and_identifier(documents):
    records = etree.fromstring(export_metadata(documents, "dc").encode())
    dcs = records.findall("{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    assert len(dcs) == len([d for d in documents if not d.is_collection])
    for dc in dcs:
        assert dc.findtext("dc:title", namespaces=NS) and dc.findtext("dc:identifier", namespaces=NS)


def test_the_command_reports_a_bad_file_and_exports_the_others(tmp_path):
    (tmp_path / "broken.xml").write_text("<TEI", encoding="utf-8")
    (tmp_path / TEI_FILES[0].name).write_bytes(TEI_FILES[0].read_bytes())
    out = tmp_path / "out" / "corpus.xml"
    result = CliRunner().invoke(main, ["export", "corpus", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "broken.xml:1:" in result.output and "1 document(s) in" in result.output
    assert len(etree.parse(str(out)).getroot().findall("tei:TEI", NS)) == 1


def test_the_metadata_command_writes_csl_json(tmp_path):
    out = tmp_path / "records.json"
    result = CliRunner().invoke(main, ["export", "metadata", str(ROOT / "tei"), "-f", "csl-json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert {item["type"] for item in json.loads(out.read_text(encoding="utf-8"))} == {"manuscript"}
