"""Other projects' TEI in the PDF edition: the real files of tests/fixtures/thirdparty (sources and
licences in its README) each become a PDF that keeps their text, whatever their root — TEI,
teiCorpus, text, surface — as the HTML edition publishes them (tests/test_html_thirdparty.py),
and the edition's book takes them all.

The measure is the HTML test's: of the characters in the file's text nodes outside the
teiHeader, at least 98 % are found in the PDF's text (white space and hyphens aside: the PDF
hyphenates at line ends, and a page's folio, a line of its own, is left out).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_html_thirdparty import FILES, FIXTURES, _text_nodes
from pypdf import PdfReader
from test_pdf_reading import outline_titles

from teiconv.edition import Edition
from teiconv.pdf import EDITION_NAME, PdfEdition

_NOT_COMPARED = re.compile(r"[\s\-\u00ad\u2010\u2011]+")
_FOLIO = re.compile(r"^\s*\d+\s*$", re.MULTILINE)


def _squeezed(text: str) -> str:
    return _NOT_COMPARED.sub("", text)


def _printed(pdf: Path) -> str:
    """The PDF's text without its folios (a page number would split the sentence running over
    the page break)."""
    return _squeezed("".join(_FOLIO.sub("", page.extract_text() or "") for page in PdfReader(pdf).pages))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("thirdparty-pdf")
    return PdfEdition(Edition()).build([FIXTURES], out), out


def test_every_root_is_typeset_and_the_edition_takes_them_all(built):
    result, out = built
    assert result.diagnostics == []
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{p.stem}.pdf" for p in FILES] + [EDITION_NAME])
    titles = outline_titles(out / EDITION_NAME)
    assert len(titles) >= len(FILES)
    assert any("sga-ox-ms_abinger_c56-0005" in title for title in titles)  # a surface names no title: its file's name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_pdf_keeps_the_text(built, path):
    _, out = built
    printed = _printed(out / f"{path.stem}.pdf")
    nodes = [_squeezed(node) for node in _text_nodes(path)]
    kept = sum(len(node) for node in nodes if node in printed)
    total = sum(len(node) for node in nodes)
    assert kept >= 0.98 * total, [node for node in nodes if node not in printed][:10]


SMALL_ROOTS = {
    "facsimile": '<facsimile xmlns="http://www.tei-c.org/ns/1.0"><surface><label>Folio 1r</label>'
                 '<graphic url="f1r.jpg"/><zone><desc>Marginal drawing of a ship</desc></zone></surface></facsimile>',
    "sourceDoc": '<sourceDoc xmlns="http://www.tei-c.org/ns/1.0"><surface><zone><line>First line of the leaf</line>'
                 '<line>second line</line></zone></surface></sourceDoc>',
}


def test_a_facsimile_or_source_document_of_its_own_is_typeset_and_other_roots_refused(tmp_path):
    """No real file of the fixtures has these roots; a root outside the list is refused, saying which."""
    for name, xml in SMALL_ROOTS.items():
        (tmp_path / f"{name}.xml").write_text(xml, "utf-8")
    (tmp_path / "paragraph.xml").write_text('<p xmlns="http://www.tei-c.org/ns/1.0">A lone paragraph</p>', "utf-8")
    result = PdfEdition(Edition()).build([tmp_path], tmp_path / "out", edition=False)
    assert [(Path(d.file).name, d.rule) for d in result.diagnostics] == [("paragraph.xml", "pdf-not-tei")]
    assert "found {http://www.tei-c.org/ns/1.0}p" in result.diagnostics[0].message
    facsimile = _printed(tmp_path / "out" / "facsimile.pdf")
    assert "Folio1r" in facsimile and "Marginaldrawingofaship" in facsimile
    assert "Firstlineoftheleafsecondline" in _printed(tmp_path / "out" / "sourceDoc.pdf")


def test_a_letter_is_titled_by_itself_and_its_hard_wrapped_footnote_flows(built):
    """The Schnitzler letter's titleStmt names the series first and the letter (level "a")
    after it; its commentary note is hard-wrapped and indented in the file."""
    _, out = built
    first_page = PdfReader(out / "schnitzler-briefe-L00003.pdf").pages[0].extract_text()
    assert first_page.startswith("Michael Konstantin an Arthur Schnitzler")
    assert "Edition identifier: L00003" in first_page
    assert "Es dürfte sich um den unerlaubten und korrumpierten" in first_page
