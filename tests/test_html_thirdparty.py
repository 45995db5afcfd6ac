"""Other projects' TEI in the HTML edition: real files of other editions (tests/fixtures/thirdparty,
sources and licences in its README) each become a page that keeps their text.

The measure is the one the issue sets: of the characters in the file's text nodes outside the
teiHeader, at least 98 % reach the page (each text node, white space aside, found in the page's
main content). Roots other than TEI (teiCorpus, a Shelley-Godwin surface, …) and a DOCTYPE that
declares only internal entities are part of the set.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from teiconv.edition import Edition
from teiconv.html import HtmlSite
from teiconv.validation.safe_xml import PUBLISHING, XmlRefused, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "thirdparty"
FILES = sorted(FIXTURES.glob("*.xml"))
TEI_NS = "http://www.tei-c.org/ns/1.0"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("thirdparty-site")
    build = HtmlSite(edition=Edition(title="Other projects")).build([FIXTURES], out)
    return out, build


def test_there_is_a_dozen_or_so_of_every_kind():
    roots = {etree.QName(parse_bytes(path.read_bytes(), path.name, PUBLISHING).tree.getroot()).localname
             for path in FILES}
    assert {"TEI", "teiCorpus", "text", "surface"} <= roots and len(FILES) >= 12


def test_every_file_is_published(built):
    out, build = built
    assert build.diagnostics == []
    assert len(build.pages) == len(FILES) + 5  # each file, the index, About and the three register pages


def _text_nodes(path: Path) -> list[str]:
    root = parse_bytes(path.read_bytes(), path.name, PUBLISHING).tree.getroot()
    nodes = root.xpath("//text()[not(ancestor::t:teiHeader)][not(parent::comment() or parent::processing-instruction())]",
                       namespaces={"t": TEI_NS})
    return ["".join(node.split()) for node in nodes if node.strip()]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_page_keeps_the_text(built, path):
    out, _ = built
    source = path.read_bytes()
    page_id = next(d.stem for d in (out / "downloads").glob("*.xml") if d.read_bytes() == source)
    page = out / f"{page_id}.html"
    main = "".join(lxml.html.parse(str(page)).getroot().find(".//main").text_content().split())
    nodes = _text_nodes(path)
    kept = sum(len(node) for node in nodes if node in main)
    total = sum(len(node) for node in nodes)
    assert kept >= 0.98 * total, [node for node in nodes if node not in main][:10]


def test_internal_entities_are_read_and_external_ones_refused():
    internal = (b'<!DOCTYPE TEI [<!ENTITY mdash "&#x2014;">]><TEI xmlns="http://www.tei-c.org/ns/1.0">'
                b'<text><body><p>a&mdash;b</p></body></text></TEI>')
    assert "a\u2014b" in parse_bytes(internal, "internal", PUBLISHING).serialized()
    with pytest.raises(XmlRefused):
        parse_bytes(internal, "internal")  # validation keeps refusing every declaration
    external = b'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI>&x;</TEI>'
    laughs = "".join(f'<!ENTITY l{n} "' + f"&l{n - 1};" * 10 + '">' for n in range(1, 10))
    bomb = f'<!DOCTYPE TEI [<!ENTITY l0 "lol">{laughs}]><TEI>&l9;</TEI>'.encode()
    for data, rule in ((external, "xml-entity"), (bomb, "xml-entity-expansion")):
        with pytest.raises(XmlRefused) as refused:
            parse_bytes(data, "hostile", PUBLISHING)
        assert refused.value.diagnostic.rule == rule
