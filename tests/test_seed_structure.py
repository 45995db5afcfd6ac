"""Specific elements with specific content in the seeds' encodings."""

from __future__ import annotations

import pytest
from lxml import etree

import teiconv
from teiconv.convert.rendering import content

from conftest import ROOT

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def encoding(seed: str) -> etree._Element:
    return teiconv.convert_file(next((ROOT / "seeds").glob(f"{seed}_*.txt"))).root


def texts(root: etree._Element, xpath: str) -> list[str]:
    """The matched elements' content as the transcription writes it, white space collapsed."""
    return [" ".join(content(e).split()) for e in root.xpath(xpath, namespaces=NS)]


@pytest.fixture(scope="module")
def cable_1941():
    return encoding("000")


@pytest.fixture(scope="module")
def letter_1946():
    return encoding("001")


@pytest.fixture(scope="module")
def telegram_1920():
    return encoding("002")


@pytest.fixture(scope="module")
def memo_1946():
    return encoding("003")


def test_the_stamp_in_the_1941_cable(cable_1941):
    assert texts(cable_1941, "//t:stamp") == ["draft and cipher text destroyed"]
    assert cable_1941.xpath("//t:stamp/ancestor::t:div[@type='registration']", namespaces=NS)


def test_molotovs_annotation(cable_1941):
    add = cable_1941.xpath("//t:add", namespaces=NS)
    assert len(add) == 1 and add[0].get("place") == "top"
    assert texts(cable_1941, "//t:add") == [
        '"I agree with Cde. Dimitrov [V]/ Molotov 10 December Cde. Stalin agrees. I sent to Cde. Dimitrov. Molotov"']
    hand = cable_1941.xpath(f"//t:handNote[@xml:id='{add[0].get('hand')[1:]}']", namespaces=NS)
    assert hand and hand[0].get("scribe") == "Molotov"


def test_the_cable_opener_and_closer(cable_1941):
    assert cable_1941.xpath("//t:opener/t:seg[@type='classification']/@ana", namespaces=NS) == ["#cls-strictly-secret"]
    assert cable_1941.xpath("//t:opener/t:dateline/t:date/@when", namespaces=NS) == [
        "1941-12-09T23:25:00", "1941-12-10T07:30:00"]
    assert texts(cable_1941, "//t:opener//t:idno[@type='incoming']") == ["4202/sh"]
    assert texts(cable_1941, "//t:closer/t:signed") == ["DIMITROV"]
    assert len(cable_1941.xpath("//t:body//t:list/t:item", namespaces=NS)) == 4


def test_the_illegible_gaps(cable_1941, letter_1946, telegram_1920):
    gaps = [(g.get("unit"), g.get("quantity"), content(g))
            for root in (cable_1941, letter_1946, telegram_1920)
            for g in root.xpath("//t:gap[@reason='illegible']", namespaces=NS)]
    assert gaps == [
        (None, None, "Illegible signature"),
        ("chars", None, "illegible letters"),
        ("chars", None, "illegible letters"),
        ("words", None, "illegible word/name"),
        ("chars", "4", ""),
    ]


def test_every_sic(telegram_1920, memo_1946):
    sics = [("".join(s.itertext()), s.get("rend")) for s in telegram_1920.xpath("//t:sic", namespaces=NS)]
    assert sics == [("sovietists", "SIC"), ("voyen", "SIC"), ("Perepeilisina", "SIC")]
    assert [("".join(s.itertext()), s.get("rend")) for s in memo_1946.xpath("//t:sic", namespaces=NS)] == [("them", None)]


def test_letter_quoted_whole_in_the_1946_cable(letter_1946):
    letter = letter_1946.xpath("//t:floatingText[@type='letter']", namespaces=NS)
    assert len(letter) == 1
    assert texts(letter[0], ".//t:salute") == ["Cde. Pishevari!"]
    assert texts(letter[0], ".//t:closer/t:signed") == ["I. STALIN"]
    assert len(letter[0].xpath(".//t:p", namespaces=NS)) == 6


def test_lost_glyphs_are_counted(letter_1946):
    source = next((ROOT / "seeds").glob("001_*.txt")).read_text(encoding="utf-8")
    quantities = letter_1946.xpath("//t:gap[@reason='unrendered']/@quantity", namespaces=NS)
    assert sum(map(int, quantities)) == source.count("\u25a1") > 0


def test_header_of_the_1946_letter(letter_1946):
    header = letter_1946.find("t:teiHeader", NS)
    assert texts(header, ".//t:msIdentifier/*[not(self::t:altIdentifier)]") == [
        "Russia", "Moscow", "Russian State Archive of Socio-Political History (RGASPI)", "f. 558", "op. 11", "d. 317"]
    assert texts(header, ".//t:msIdentifier/t:altIdentifier/t:idno") == ["RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072"]
    assert header.xpath(".//t:msContents/t:msItem/t:locus/@from", namespaces=NS) == ["0069"]
    assert texts(header, ".//t:titleStmt/t:respStmt[@xml:id='translator']/t:persName") == ["Gary Goldberg"]
    assert texts(header, ".//t:idno[@type='record']") == ["209093"]
    assert header.xpath(".//t:creation/t:date/@when", namespaces=NS) == ["1946-05-08"]
    assert header.xpath(".//t:langUsage/t:language/@ident", namespaces=NS) == ["en", "ru"]
    assert texts(header, ".//t:keywords[@scheme='#classification']/t:term") == ["Top Secret"]


def test_memo_closer_and_record(memo_1946):
    assert texts(memo_1946, "//t:closer/t:salute") == ["With deep respect:"]
    assert texts(memo_1946, "//t:closer/t:signed")[0].startswith("Pishevari, Shabustari")
    assert texts(memo_1946, "//t:keywords[@scheme='#classification']/t:term") == ["Top Secret"]
    assert texts(memo_1946, "//t:abstract")[0].startswith("Forwarding a message")


def test_collection_lists_its_documents():
    collection = encoding("004")
    entries = collection.xpath("//t:listBibl/t:bibl", namespaces=NS)
    assert [b.find("t:date", NS).get("when") for b in entries] == [
        "1946-04-12", "1945-07-06", "1945-07-14", "1957-03-01", "1946-09-05"]
    assert texts(collection, "//t:listBibl/t:head") == ["Popular Documents"]
    assert all(b.find("t:note[@type='summary']", NS) is not None for b in entries)
