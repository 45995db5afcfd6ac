"""The edition's declaration: read from teiconv.toml or [tool.teiconv], honest defaults, clear errors."""

from __future__ import annotations

import pytest

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
