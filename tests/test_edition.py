"""The edition's declaration: read from teiconv.toml or [tool.teiconv], honest defaults, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teiconv.cli import main
from teiconv.convert import convert_file
from teiconv.diagnostics import TeiconvError
from teiconv.edition import UNNAMED_EDITOR, Edition, load_edition


def test_a_project_that_declares_nothing_gets_honest_defaults(tmp_path):
    edition = load_edition(tmp_path)
    assert edition == Edition()
    assert edition.editor_names == UNNAMED_EDITOR and edition.publisher == "" and edition.version == ""


def test_pyproject_table_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.teiconv]\ntitle = "Letters"\neditors = ["A. B.", "C. D."]\n'
        'version = "2.1"\nbase-url = "https://example.org/e/"\n', encoding="utf-8")
    edition = load_edition(tmp_path)
    assert (edition.title, edition.editors, edition.version) == ("Letters", ("A. B.", "C. D."), "2.1")
    assert edition.editor_names == "A. B. and C. D."
    assert edition.page_url("x.html") == "https://example.org/e/x.html"


def test_teiconv_toml_comes_first_and_overrides_apply(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.teiconv]\ntitle = "No"\n', encoding="utf-8")
    (tmp_path / "teiconv.toml").write_text('title = "Yes"\neditors = "One Editor"\n', encoding="utf-8")
    edition = load_edition(tmp_path)
    assert (edition.title, edition.editors) == ("Yes", ("One Editor",))
    assert edition.with_overrides(title=None, base_url="https://b/").base_url == "https://b/"
    assert edition.with_overrides(title=None).title == "Yes"


def test_the_archive_record_url_is_the_canonical_one():
    assert Edition().record_url("209093") == "https://digitalarchive.wilsoncenter.org/document/209093"
    assert Edition(archive_record_url="").record_url("1", "https://staging/1") == "https://staging/1"


@pytest.mark.parametrize("text, message", [('titel = "x"', "unknown edition setting 'titel'"),
                                           ("version = 2", "'version' must be a string"),
                                           ("editors = [1]", "'editors' must be a list of names"),
                                           ("title = ", "cannot read")])
def test_a_wrong_declaration_is_a_clear_error(tmp_path, text, message):
    (tmp_path / "teiconv.toml").write_text(text, encoding="utf-8")
    with pytest.raises(TeiconvError, match=message):
        load_edition(tmp_path)


# -- the converter's header: the edition publishes, the archive published the source ----------

SEED = Path(__file__).parents[1] / "seeds" / "000_3513ceab21f1a9d6.txt"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _header_facts(root) -> dict[str, object]:
    publication = root.find("t:teiHeader/t:fileDesc/t:publicationStmt", TEI_NS)
    source = root.find("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl[@type='translation']", TEI_NS)
    return {"publisher": publication.findtext("t:publisher", None, TEI_NS),
            "authorities": [" ".join(a.itertext()) for a in publication.findall("t:authority", TEI_NS)],
            "licence": " ".join(publication.find("t:availability", TEI_NS).itertext()).strip(),
            "status": publication.find("t:availability", TEI_NS).get("status"),
            "source publisher": source.findtext("t:publisher", None, TEI_NS),
            "source rights": " ".join(source.find("t:availability", TEI_NS).itertext()).strip()}


def test_the_header_publishes_the_document_as_the_declared_edition():
    edition = Edition(editors=("A. Historian", "B. Scholar"), publisher="Example University Press", licence="CC BY 4.0")
    facts = _header_facts(convert_file(SEED, edition=edition).root)
    assert facts["publisher"] == "Example University Press"
    assert facts["authorities"] == ["A. Historian", "B. Scholar"]
    assert facts["licence"] == "CC BY 4.0" and facts["status"] is None
    # the archive stays the source's publisher, its rights paragraph the source's licence
    assert facts["source publisher"] == "Wilson Center Digital Archive"
    assert facts["source rights"].startswith("The History and Public Policy Program welcomes reuse")


def test_without_a_declaration_the_header_invents_no_publisher_nor_licence():
    facts = _header_facts(convert_file(SEED).root)
    assert facts["publisher"] is None and facts["authorities"] == [UNNAMED_EDITOR]
    assert facts["status"] == "unknown" and "not declared a licence" in facts["licence"]
    assert facts["source rights"].startswith("The History and Public Policy Program welcomes reuse")


def test_teiconv_convert_reads_the_project_declaration(tmp_path, monkeypatch):
    (tmp_path / "teiconv.toml").write_text('editors = ["C. Editor"]\nlicence = "CC0 1.0"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["convert", str(SEED), "-o", "tei", "--no-names"])
    assert result.exit_code == 0, result.output
    facts = _header_facts(etree.parse(next((tmp_path / "tei").glob("*.xml"))).getroot())
    assert (facts["authorities"], facts["licence"]) == (["C. Editor"], "CC0 1.0")
