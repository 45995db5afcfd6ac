"""A word completed inside it (Com<ex>rade</ex>) in a line set in small caps — a routing line, a
dateline, a signature — reads as one word: its added letters take the line's face, on screen
(Chromium) and on paper (the PDF's glyphs), instead of turning into "ComRADE".
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from test_html_browser import browser  # noqa: F401  (the fixture "browser")

from teiconv.edition import Edition
from teiconv.html import HtmlSite
from teiconv.pdf import PdfEdition

CABLE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
 <teiHeader><fileDesc><titleStmt><title>Cable to Comrade Ivanov</title></titleStmt>
  <publicationStmt><idno type="teiconv">wcda-900</idno></publicationStmt>
  <sourceDesc><p>A cable.</p></sourceDesc></fileDesc></teiHeader>
 <text><body><div type="document" subtype="cable">
  <opener>
   <seg type="routing">To <expan>Com<ex>rade</ex></expan> Ivanov</seg>
   <dateline>from Tabriz, <expan>Dep<ex>uty</ex></expan> office</dateline>
  </opener>
  <p>The <expan>Com<ex>rade</ex></expan> arrived.</p>
  <closer><signed><expan>Com<ex>rade</ex></expan> Petrov</signed></closer>
 </div></body></text>
</TEI>
"""


@pytest.fixture(scope="module")
def cable(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("caps")
    (folder / "cable.xml").write_text(CABLE, "utf-8")
    return folder


def test_on_screen_the_added_letters_take_the_lines_small_caps(browser, cable, tmp_path):  # noqa: F811
    HtmlSite(edition=Edition(title="Caps")).build([cable], tmp_path)
    page = browser.new_page()
    page.goto((tmp_path / "wcda-900.html").as_uri())
    faces = page.evaluate("""() => [...document.querySelectorAll('#view-reading .tei-ex')].map(ex => {
        const own = getComputedStyle(ex), word = getComputedStyle(ex.parentElement);
        return {line: ex.closest('div').className, caps: [own.fontVariantCaps, word.fontVariantCaps],
                style: [own.fontStyle, word.fontStyle], size: [own.fontSize, word.fontSize]};
      })""")
    page.close()
    in_small_caps = [face for face in faces if face["caps"][1] == "small-caps"]
    assert len(in_small_caps) == 3  # routing, dateline, signature
    for face in in_small_caps:
        assert face["caps"][0] == face["caps"][1] and face["style"][0] == face["style"][1], face
        assert face["size"][0] == face["size"][1], face
    in_prose = [face for face in faces if face["caps"][1] != "small-caps"]
    assert [face["style"][0] for face in in_prose] == ["italic"]  # the prose keeps its mark for added letters


def test_on_paper_the_added_letters_are_set_in_the_lines_glyphs(cable, tmp_path):
    PdfEdition(Edition()).build([cable], tmp_path, edition=False)
    with pdfplumber.open(tmp_path / "cable.pdf") as pdf:
        chars = pdf.pages[0].chars
    text = "".join(char["text"] for char in chars)
    for line in ("ToCom[rade]Ivanov", "fromTabriz,Dep[uty]office"):
        start = text.replace(" ", "").find(line)
        assert start >= 0, line
        letters = [char for char in chars if char["text"] != " "][start:start + len(line)]
        written, added = letters[line.index("[") - 2], letters[line.index("[") + 1]
        assert (added["fontname"], added["size"]) == (written["fontname"], written["size"]), line
