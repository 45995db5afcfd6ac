"""Each constraint of teiconv's schema, broken once: the right rule id fires on the right line.

The valid examples are the fixtures in ``fixtures/validation/valid/`` (every element, attribute
and value of the grammar occurs in them: see test_validation_schema.py).  Each invalid example
below is ``valid/document.xml`` with one edit; the test finds the line the message must name
from the edited text itself (``at``: the text on that line), so the fixture table stays readable
and a change to the base document cannot silently shift a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from teiconv.diagnostics import Severity
from teiconv.validation import Validator, default_schemas

VALID = Path(__file__).parent / "fixtures" / "validation" / "valid"
BASE = (VALID / "document.xml").read_text(encoding="utf-8")
GRAMMAR = "teiconv.rng"


@dataclass(frozen=True)
class Case:
    rule: str
    old: str
    new: str
    at: str = ""  # the text on the line the message must name (default: ``new``)
    severity: Severity = Severity.ERROR
    also: tuple[tuple[str, str], ...] = ()  # further (old, new) edits the constraint needs

    def document(self) -> str:
        text = BASE
        for old, new in ((self.old, self.new), *self.also):
            assert text.count(old) == 1, f"{old!r} must occur once in the base document"
            text = text.replace(old, new)
        return text

    def line(self) -> int:
        text = self.document()
        anchor = self.at or self.new
        assert text.count(anchor) == 1, f"{anchor!r} must occur once in the edited document"
        return text[: text.index(anchor)].count("\n") + 1


CASES = {
    # ---- names: register prefixes declared, candidates of the right kind
    "name-prefix-undeclared": Case("tc-name-ref-declared", '<prefixDef ident="org" ', '<prefixDef ident="place" ',
                                   at='<orgName ref="org:nkvd">'),
    "name-candidate-missing": Case("tc-name-ref-candidate", '<persName ref="#cand-person-kozlov">',
                                   '<persName ref="#cand-org-peoples-party">'),
    # ---- grammar: mandatory header parts
    "title-missing": Case(GRAMMAR, "<title>Cable from Dimitrov to Stalin, Molotov, Beria, and Malenkov</title>", "",
                          at="<respStmt xml:id=\"translator\">"),
    "licence-missing": Case(GRAMMAR, "<licence><p>CC BY 4.0</p></licence>", "",
                            at="<availability></availability>"),
    "edition-authority-missing": Case(GRAMMAR, "<authority><persName>A. Historian</persName></authority>\n        <authority><persName>B. Scholar</persName></authority>\n",
                                      "", at='<idno type="teiconv">'),
    "msIdentifier-missing": Case(GRAMMAR, "<msIdentifier>", "<msName>RGASPI</msName><msIdentifier>",
                                 also=(("</msIdentifier>\n          <msContents>", "</msIdentifier><msContents>"),)),
    "repository-missing": Case(GRAMMAR, "<repository>RGASPI</repository>", "", at='<collection type="fond">'),
    "creation-date-missing": Case(GRAMMAR, '<creation><date when="1941-12-09">December 9, 1941</date></creation>',
                                  "<creation></creation>"),
    "langUsage-missing": Case(GRAMMAR, '<language ident="en" n="translation">English (translation)</language>\n'
                              '        <language ident="ru" n="original">Russian (original)</language>', "",
                              at="<langUsage>"),
    "edition-language-unknown": Case(GRAMMAR, '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
                                     '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en-GB">'),
    "q-rend-unknown": Case(GRAMMAR, '<q rend="curly-quotes">', '<q rend="angle-quotes">'),
    "supplied-reason-unknown": Case(GRAMMAR, 'reason="restored"', 'reason="guessed"'),
    # ---- grammar: closed vocabularies
    "gap-reason-unknown": Case(GRAMMAR, '<gap reason="illegible" unit="chars" quantity="4"/>',
                               '<gap reason="damaged" unit="chars" quantity="4"/>'),
    "gap-unit-unknown": Case(GRAMMAR, '<gap reason="illegible" unit="chars" quantity="4"/>',
                             '<gap reason="illegible" unit="folios" quantity="4"/>'),
    "gap-quantity-not-a-number": Case(GRAMMAR, '<gap reason="illegible" unit="chars" quantity="4"/>',
                                      '<gap reason="illegible" unit="chars" quantity="four"/>'),
    "add-place-unknown": Case(GRAMMAR, 'place="margin"', 'place="verso"'),
    "rend-on-add": Case(GRAMMAR, '<add hand="#hand-1" place="bottom">', '<add hand="#hand-1" place="bottom" rend="unclosed">'),
    "bare-only-on-gap": Case(GRAMMAR, '<sic rend="unclosed">', '<sic rend="bare">'),
    "note-type-unknown": Case(GRAMMAR, '<note type="translator" resp="#translator">', '<note type="author" resp="#translator">'),
    "idno-type-unknown": Case(GRAMMAR, '<idno type="spets">', '<idno type="secret">'),
    "shelfmark-idno-type-unknown": Case(GRAMMAR, '<idno type="delo">', '<idno type="box">'),
    "seg-type-unknown": Case(GRAMMAR, '<seg type="handling">', '<seg type="urgency">'),
    "div-subtype-unknown": Case(GRAMMAR, '<div type="document" subtype="cable">',
                                '<div type="document" subtype="tweet">'),
    "front-div-type-unknown": Case(GRAMMAR, '<div type="credits">', '<div type="thanks">'),
    "language-unknown": Case(GRAMMAR, '<language ident="ru" n="original">', '<language ident="xx" n="original">'),
    "rend-token-unknown": Case(GRAMMAR, 'rend="double-brackets"><desc>illegible words', 'rend="triple-brackets"><desc>illegible words'),
    "supplied-without-resp": Case(GRAMMAR, '<supplied resp="#translator">V</supplied>', "<supplied>V</supplied>"),
    "g-other-glyph": Case(GRAMMAR, '<g ref="#form-box"/>', '<g ref="#hand-1"/>'),
    "editorial-convention-unknown": Case(GRAMMAR, '<p n="forms">', '<p n="colours">'),
    "taxonomy-not-classification": Case(GRAMMAR, '<taxonomy xml:id="classification">', '<taxonomy xml:id="classes">'),
    "keywords-other-scheme": Case(GRAMMAR, '<keywords scheme="#classification">', '<keywords scheme="#topics">'),
    "keywords-field-unknown": Case(GRAMMAR, '<keywords n="associated places">', '<keywords n="associated dates">'),
    "mapping-type-unknown": Case(GRAMMAR, '<mapping type="transcription">', '<mapping type="standard">'),
    "titlePart-type-unknown": Case(GRAMMAR, '<titlePart type="main">', '<titlePart type="sub">'),
    "language-role-unknown": Case(GRAMMAR, '<language ident="en" n="translation">', '<language ident="en" n="copy">'),
    "change-by-someone-else": Case(GRAMMAR, '<change who="#teiconv">', '<change who="#translator">'),
    "list-type-unknown": Case(GRAMMAR, '<list type="ordered">\n          <item n="1">Fighting',
                              '<list type="bulleted">\n          <item n="1">Fighting'),
    "floatingText-type-unknown": Case(GRAMMAR, '<floatingText type="letter">', '<floatingText type="poem">'),
    "back-div-type-unknown": Case(GRAMMAR, '<div type="summary"><p>Summary.</p></div>\n      <div type="archive-record">',
                                  '<div type="abstract"><p>Summary.</p></div>\n      <div type="archive-record">'),
    "bibl-type-unknown": Case(GRAMMAR, '<bibl type="translation">', '<bibl type="original">'),
    "label-type-unknown": Case(GRAMMAR, '<label type="editorial">Handwritten', '<label type="clerical">Handwritten'),
    "note-subtype-unknown": Case(GRAMMAR, 'subtype="signed"', 'subtype="stamped"'),
    "g-not-empty": Case(GRAMMAR, '<g ref="#form-box"/>', '<g ref="#form-box">x</g>'),
    "gap-desc-with-markup": Case(GRAMMAR, '<desc>illegible words</desc>', '<desc>illegible <lb/>words</desc>'),
    "root-not-TEI": Case(GRAMMAR, '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
                         '<tei xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">', also=(("</TEI>", "</tei>"),)),
    # ---- grammar: elements and attributes outside the customisation
    "element-not-admitted": Case(GRAMMAR, "<ab>Copies to files.</ab>", "<ab>Copies to <hi>files</hi>.</ab>",
                                 at="<ab>Copies"),
    "attribute-not-admitted": Case(GRAMMAR, '<foreign xml:lang="ru-Latn">',
                                   '<foreign xml:lang="ru-Latn" type="original-term">'),
    "element-outside-tei-namespace": Case(GRAMMAR, "<ab>Copies to files.</ab>",
                                          '<ab>Copies to <x:files xmlns:x="urn:x"/>.</ab>', at="<ab>Copies"),
    # ---- Schematron rules
    "tc-id-unique": Case("tc-id-unique", '<add hand="#hand-1" place="margin">',
                         '<add xml:id="add-1" hand="#hand-1" place="margin">'),
    "tc-pointer-resolves": Case("tc-pointer-resolves", 'hand="#hand-1" place="top"', 'hand="#hand-9" place="top"'),
    "tc-pointer-resolves-who": Case("tc-pointer-resolves", '<respStmt xml:id="teiconv">', '<respStmt xml:id="tool">',
                                    at='<change who="#teiconv">'),
    "tc-when-valid": Case("tc-when-valid", '<date when="1941-12">December 1941</date>',
                          '<date when="1941-13">December 1941</date>'),
    "tc-docdate-agrees": Case("tc-docdate-agrees", '<creation><date when="1941-12-09">',
                              '<creation><date when="1941-12-08">'),
    "tc-dateline-agrees": Case("tc-dateline-agrees", '<date when="1941-12-09T23:25:00">',
                               '<date when="1941-12-10T23:25:00">', at='<creation><date when="1941-12-09">',
                               severity=Severity.WARNING,
                               also=(('<dateline><date when="1941-12-09">', '<dateline><date when="1941-12-10">'),)),
    "tc-not-empty-sic": Case("tc-not-empty", '<sic rend="SIC">sovietists</sic>', '<sic rend="SIC"> </sic>'),
    "tc-not-empty-supplied": Case("tc-not-empty", '<supplied resp="#translator">V</supplied>',
                                  '<supplied resp="#translator"/>'),
    "tc-not-empty-add": Case("tc-not-empty", '<add hand="#hand-1" place="margin">5156</add>',
                             '<add hand="#hand-1" place="margin"></add>'),
    "tc-gap-reason": Case("tc-gap-reason", '<gap reason="illegible" unit="chars" quantity="4"/>',
                          '<gap reason="" unit="chars" quantity="4"/>'),
    "tc-gap-range": Case("tc-gap-range", '<gap reason="illegible" unit="chars" quantity="4"/>',
                         '<gap reason="illegible" unit="chars" quantity="4" atLeast="1" atMost="2"/>'),
    "tc-gap-extent": Case("tc-gap-extent", '<gap reason="unrendered" unit="chars" quantity="3"/>',
                          '<gap reason="unrendered" unit="chars"/>'),
    "tc-registration-content": Case("tc-registration-content", '<div type="registration">',
                                    '<div type="registration" subtype="memo">'),
    "tc-classification-declared": Case("tc-classification-declared", 'ana="#cls-strictly-secret"', 'ana="#hand-1"'),
    "tc-classification-term": Case("tc-classification-term", 'Strictly Secret</term>', 'Top Secret</term>',
                                   at='<term ref="#cls-strictly-secret">Top Secret'),
    # ---- Schematron: which use of an element its place allows
    "tc-publication-idnos": Case("tc-publication-idnos", '<idno type="teiconv">wcda-209093</idno>', "",
                                 at="<publicationStmt>"),
    "tc-teiconv-id": Case("tc-teiconv-id", '<idno type="teiconv">wcda-209093</idno>',
                          '<idno type="teiconv">WCDA 209093</idno>'),
    "tc-idno-place": Case("tc-idno-place", '<idno type="delo">d. 317</idno>', '<idno type="outgoing">d. 317</idno>'),
    "tc-div-place": Case("tc-div-place", '<div type="navigation">', '<div type="collection">'),
    "tc-front-section": Case("tc-front-section", '<div type="navigation"><p>Skip to content</p></div>',
                             '<div type="navigation"><ab>Skip to content</ab></div>'),
    "tc-back-summary": Case("tc-back-summary", '<div type="summary"><p>Summary.</p></div>\n      <div type="archive-record">',
                            '<div type="summary"><ab>Summary.</ab></div>\n      <div type="archive-record">',
                            at='<div type="summary"><ab>'),
    "tc-back-record": Case("tc-back-record", '<div type="archive-record">', '<div type="archive-record"><p>Fields.</p>'),
    "tc-ordered-list": Case("tc-ordered-list", '<list type="gloss">', '<list type="ordered">',
                            at='<list type="ordered">\n          <label>Author(s):'),
    "tc-gloss-list": Case("tc-gloss-list", '<label n="original classification"/>\n', "", at='<list type="gloss">'),
    "tc-field-label": Case("tc-field-label", "<label>Author(s):</label>", '<label type="editorial">Author(s):</label>'),
    "tc-editorial-label": Case("tc-editorial-label", '<label type="editorial">Stamp:</label>', "<label>Stamp:</label>"),
    "tc-reading-plain": Case("tc-reading-plain", '<choice rend="unclosed"><abbr>CC</abbr><expan>Central Committee</expan></choice>',
                             '<choice rend="unclosed"><seg type="routing">bribed</seg><seg>threatened</seg></choice>'),
    "tc-seg-type": Case("tc-seg-type", '<seg type="handling">SUBJECT', "<seg>SUBJECT"),
    "tc-translation-bibl": Case("tc-translation-bibl", '<ptr target="https://digitalarchive.wilsoncenter.org/document/209093"/><availability>',
                                '<ptr target="https://digitalarchive.wilsoncenter.org/document/209093"/><lb/><availability>',
                                at='<bibl type="translation">'),
    "tc-listed-bibl": Case("tc-listed-bibl", "<ab>Copies to files.</ab>",
                           '<listBibl><bibl type="translation"><title>T</title></bibl></listBibl><ab>Copies to files.</ab>',
                           at='<listBibl><bibl'),
    "tc-note-kind": Case("tc-note-kind", '<note type="translator" resp="#translator">', '<note resp="#translator">'),
    "tc-footnote-pointer": Case("tc-footnote-pointer", '<ptr target="https://digitalarchive.wilsoncenter.org/document/209093"/><availability>',
                                '<ptr n="1" target="https://digitalarchive.wilsoncenter.org/document/209093"/><availability>'),
    "tc-expansion-whole": Case("tc-expansion-whole", '<expan resp="#translator">Executive Committee</expan>',
                               '<expan resp="#translator">Executive <ex resp="#translator">Committee</ex></expan>'),
    "tc-availability-kind": Case("tc-availability-kind", '<availability><licence><p>CC BY 4.0',
                                 '<availability status="unknown"><licence><p>CC BY 4.0'),
    # the source's licence stays with the source: the translation's bibl always states its rights
    "source-rights-missing": Case("tc-translation-bibl", '<availability>\n          <licence><p>Rights as stated by the archive.</p></licence>\n        </availability></bibl>',
                                  '</bibl>', at='<bibl type="translation">'),
    "tc-summary-note": Case("tc-summary-note", '<note type="translator" resp="#translator">', '<note type="summary">'),
    "tc-convention-place": Case("tc-convention-place", "<p>Deciphered at", '<p n="source">Deciphered at'),
    "tc-keywords-kind": Case("tc-keywords-kind", '<keywords n="associated places">',
                             '<keywords scheme="#classification" n="associated places">'),
    "tc-keyword-term": Case("tc-keyword-term", "<term>Iran</term>", '<term xml:lang="en">Iran</term>'),
    "tc-text-term": Case("tc-text-term", '<term xml:lang="fa-Latn">fedai</term>',
                         '<term xml:lang="fa-Latn" ref="#hand-1">fedai</term>'),
}

@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(default_schemas())


def _check(validator: Validator, tmp_path: Path, text: str, name: str = "doc.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return validator.check_file(path)


@pytest.mark.parametrize("fixture", sorted(VALID.glob("*.xml")), ids=lambda p: p.name)
def test_valid_fixtures_have_nothing_to_report(validator: Validator, fixture: Path):
    assert validator.check_file(fixture).diagnostics == ()


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_each_broken_constraint_is_reported_with_its_rule_and_line(validator, tmp_path, case_id):
    case = CASES[case_id]
    result = _check(validator, tmp_path, case.document())
    found = [(d.rule, d.line, d.severity) for d in result.diagnostics]
    assert (case.rule, case.line(), case.severity) in found, "\n".join(map(str, result.diagnostics))
    assert result.valid is (case.severity is Severity.WARNING)


def test_every_schematron_rule_has_an_invalid_example():
    sch = default_schemas()[1].read_text(encoding="utf-8")
    rule_ids = set(re.findall(r'<(?:assert|report) id="([^"]+)"', sch))
    assert rule_ids and rule_ids <= {case.rule for case in CASES.values()}

