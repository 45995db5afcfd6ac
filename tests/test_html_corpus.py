"""The corpus the HTML edition's tests build, and the site built from it once per session.

The corpus is the repository's own encodings (tei/) plus TEI written here by hand:
- CABLE: a document in the converter's contract shape with known metadata, every editorial
  convention, numbered notes and a word found nowhere else (for the search test);
- FOREIGN: documents as other projects write them, with elements our converter never produces
  (del, unclear, choice/sic/corr, lg/l, table, figure, handShift, pb, drama, nested divisions…).
The tests here check that the hand-written TEI is valid TEI P5 (so "any valid TEI" is what we
test) and that every text node of every document reaches its page.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from teiconv.edition import Edition
from teiconv.html import HtmlSite

ROOT = Path(__file__).resolve().parent.parent
BASE_URL = "https://edition.example.org/teiconv/"
#: The declaration of the test edition (what a project writes in [tool.teiconv]).
EDITION = Edition(title="Test Edition of Cables", editors=("Ada Editor", "Ben Editor"),
                  publisher="Example University Press", version="1.0", licence="CC BY 4.0", base_url=BASE_URL)
TEI_NS = "http://www.tei-c.org/ns/1.0"
SEARCH_WORD = "zanzibarite"

_HEADER = """<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>
<publicationStmt><p>Unpublished test document.</p></publicationStmt>
<sourceDesc><p>Written by hand for teiconv's tests.</p></sourceDesc></fileDesc>{profile}</teiHeader>"""

CABLE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
 <teiHeader>
  <fileDesc>
   <titleStmt>
    <title>Cable from Dimitrov to Stalin</title>
    <author>Georgi Dimitrov</author>
    <respStmt xml:id="translator"><resp>Translated by</resp><persName>Gary Goldberg</persName></respStmt>
   </titleStmt>
   <publicationStmt>
    <publisher>History and Public Policy Program, Wilson Center</publisher>
    <idno type="teiconv">fixture-cable</idno>
    <idno type="record">999001</idno>
    <idno type="URL">https://digitalarchive.example.org/document/999001</idno>
    <availability><licence><p>Reuse for research and education.</p></licence></availability>
   </publicationStmt>
   <sourceDesc>
    <msDesc><msIdentifier><repository>RGASPI</repository><idno type="fond">f. 558</idno><idno type="opis">op. 11</idno><idno type="delo">d. 317</idno><idno type="folios">ll. 0069-0072</idno></msIdentifier></msDesc>
   </sourceDesc>
  </fileDesc>
  <encodingDesc>
   <editorialDecl><p>Words the translator supplied are in brackets.</p></editorialDecl>
   <classDecl><taxonomy xml:id="classification"><category xml:id="cls-strictly-secret"><catDesc>Strictly Secret</catDesc></category></taxonomy></classDecl>
   <charDecl><glyph xml:id="form-box"><glyphName>EMPTY FORM BOX</glyphName><mapping type="transcription">[ ]</mapping></glyph></charDecl>
  </encodingDesc>
  <profileDesc>
   <creation><date when="1941-12-09">December 9, 1941</date></creation>
   <langUsage><language ident="en">English (translation)</language><language ident="ru">Russian (original)</language></langUsage>
   <abstract><p>Advice against reviving the party.</p></abstract>
   <textClass>
    <keywords scheme="#classification"><term>Strictly Secret</term></keywords>
    <keywords><term>Iran</term></keywords>
   </textClass>
   <handNotes><handNote xml:id="hand-1" scribe="Molotov"><p>Molotov's hand.</p></handNote></handNotes>
  </profileDesc>
 </teiHeader>
 <text>
  <body>
   <div type="document" subtype="cable">
    <opener>
     <seg type="classification" ana="#cls-strictly-secret">STRICTLY SECRET</seg>
     <seg type="annotation"><note type="editorial" target="#add-1">Handwritten across the top of the text:</note> <add xml:id="add-1" hand="#hand-1" place="top"><q>I agree with Cde. Dimitrov<lb/><supplied resp="#translator">V</supplied>/ Molotov</q></add></seg>
     <dateline>from <placeName>KUYBYSHEV</placeName> sent at <date when="1941-12-09T23:25:00">2325 9 December 1941</date></dateline>
     <seg type="routing">Incoming Nº <idno type="incoming">4202/sh</idno> <gap reason="unrendered" unit="chars" quantity="3"/></seg>
    </opener>
    <p>The <choice><abbr>IKKI</abbr><expan resp="#translator">Executive Committee</expan></choice> and the <sic rend="SIC">sovietists</sic> guard the cordons <foreign xml:lang="ru-Latn" resp="#translator">kordony</foreign> with <term xml:lang="fa-Latn">fedai</term> <gloss>militia</gloss> near the <placeName>zanzibarite</placeName> mine.<note type="editorial">The original is torn here.</note></p>
    <p>Form: <g ref="#form-box"/><gap reason="illegible" unit="chars" quantity="4"/> <gap reason="illegible" rend="double-brackets"><desc>illegible letters</desc></gap> <space><desc>left blank</desc></space><note type="translator">Literally: the comrades.</note></p>
    <p>Deciphered. <seg type="stamp"><label type="editorial">Stamp:</label> <stamp>draft destroyed</stamp></seg></p>
    <closer><signed>DIMITROV <note type="editorial" subtype="signed">signed</note></signed></closer>
   </div>
  </body>
 </text>
</TEI>
"""

FOREIGN = {
    # A manuscript poem: deletions, additions, uncertain and corrected readings, a new hand.
    "foreign-poem": """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
""" + _HEADER.format(title="A Notebook Poem", profile="""<profileDesc><creation><date when="1850-06">June 1850</date></creation>
<handNotes><handNote xml:id="h1"><p>The poet</p></handNote><handNote xml:id="h2"><persName>The editor</persName></handNote></handNotes></profileDesc>""") + """
 <text>
  <body>
   <pb n="12"/>
   <fw type="header">Notebook B</fw>
   <div type="poem">
    <head>To the <hi rend="italic">River</hi></head>
    <lg type="stanza">
     <l n="1">The water <del rend="strikethrough">ran</del><add place="above">runs</add> under the bridge,</l>
     <l n="2">and <unclear reason="faded">silver</unclear> light <choice><sic>fals</sic><corr>falls</corr></choice> on the <choice><orig>shoare</orig><reg>shore</reg></choice>.</l>
     <l n="3"><handShift new="#h2"/>A later hand wrote this line<note place="margin">in pencil</note>.</l>
    </lg>
    <lg type="stanza">
     <l>Second stanza <damage agent="water">stained</damage> <surplus>the the</surplus> end,</l>
     <l><foreign xml:lang="la">tempus fugit</foreign> <metamark function="insertion">^</metamark> <subst><del>old</del><add>new</add></subst> words.</l>
    </lg>
    <trailer>Finis</trailer>
   </div>
   <pb n="13"/>
   <div type="notes">
    <list type="simple"><label>a.</label><item>First remark <date when="--12-25">Christmas</date></item><label>b.</label><item>Second remark</item></list>
   </div>
  </body>
 </text>
</TEI>
""",
    # A report with a table, a figure, a play scene and quotations holding blocks.
    "foreign-report": """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
""" + _HEADER.format(title="Harbour Report", profile="""<profileDesc><creation><date when="1923-03-04">4 March 1923</date></creation></profileDesc>""") + """
 <text>
  <front><titlePage><docTitle><titlePart>Harbour Report</titlePart></docTitle><byline>by the Harbour Master</byline></titlePage></front>
  <body>
   <div>
    <head>Ships in port</head>
    <table rows="3" cols="2">
     <head>Arrivals</head>
     <row role="label"><cell>Ship</cell><cell>Tons</cell></row>
     <row><cell>Maria</cell><cell>1200</cell></row>
     <row><cell cols="2">No other arrivals</cell></row>
    </table>
    <figure>
     <head>The harbour at dawn</head>
     <graphic url="harbour.jpg"/>
     <figDesc>A drawing of three ships.</figDesc>
    </figure>
    <p>He said: <quote><p>We sail at noon.</p><p>Bring the charts.</p></quote> and left<cb n="2"/> quickly. <q>Nested <q>inner</q> quote</q>. Items: <list><item>rope</item><item>tar</item></list></p>
    <ab>An anonymous block with a <ref target="https://example.org/ship">link</ref>, a pointer <ptr target="#notes"/> and a <g>ȝ</g> glyph.</ab>
    <p>Gap: <gap reason="damage"/> and <space quantity="2" unit="chars"/> end.<milestone unit="section"/><anchor xml:id="a1"/></p>
   </div>
   <div>
    <head>A scene</head>
    <sp><speaker>CAPTAIN</speaker><l>All hands on deck!</l><stage>Exit, running.</stage></sp>
    <castList><castItem><role>Captain</role><roleDesc>an old sailor</roleDesc></castItem></castList>
   </div>
  </body>
 </text>
</TEI>
""",
    # A letter with front and back matter, nested divisions and notes that hold paragraphs.
    "foreign-letter": """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="de">
""" + _HEADER.format(title="Brief an die Schwester", profile="") + """
 <text>
  <front><div type="preface"><head>Vorwort</head><p>Ein kurzer Brief.</p></div></front>
  <body>
   <div type="letter">
    <opener><dateline><placeName>Wien</placeName>, <date when="1900-01-02">2. Jänner 1900</date></dateline><salute>Liebe Schwester!</salute></opener>
    <p>Mit <emph>herzlichen</emph> Grüßen aus <rs type="place">der Stadt</rs>, <title>Die Zeitung</title> liegt bei.<note n="a">Erste <note>verschachtelte</note> Anmerkung.</note></p>
    <div><head>Erstens</head>
     <div><head>Zweitens</head>
      <div><head>Drittens</head>
       <div><head>Viertens</head>
        <div><head>Fünftens</head>
         <div><head>Sechstens</head><p>Tief verschachtelt.<note><p>Eine Anmerkung</p><p>mit zwei Absätzen.</p></note></p></div>
        </div>
       </div>
      </div>
     </div>
    </div>
    <closer><salute>Dein Bruder</salute><signed><persName>Karl</persName></signed></closer>
    <postscript><p>PS: Schreib bald.</p></postscript>
   </div>
  </body>
  <back>
   <div type="bibliography"><listBibl><head>Literatur</head><bibl><author>Müller</author>, <title>Briefe</title> (<date>1899</date>)<note>Eine Sammlung von Briefen.</note></bibl></listBibl></div>
  </back>
 </text>
</TEI>
""",
    # An anthology: a group of texts, blocks inside phrases, lists in cells, time zones, BCE dates.
    "foreign-anthology": """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
""" + _HEADER.format(title="Edge cases", profile="") + """
<text xml:lang="fr">
 <group>
  <text><body><head>Premier <lb/>texte<note>dans le titre</note></head><p>Un <hi rend="italic bold">mot <hi rend="sup">haut</hi></hi> et <hi>une liste <list><item>un <list><item>deux</item></list></item></list> fin</hi>.</p></body></text>
  <text><body><div><table><row><cell>a <list><item>b</item></list></cell><cell><p>c</p></cell></row></table><p/><ab>  </ab><note place="foot">pied</note><lg><head>Strophe</head><l>vers <note>n</note></l></lg><p>x<seg><seg><seg>deep</seg></seg></seg><name type="a">nom</name><date when="2001-02-03T04:05:06Z">date tz</date><date when="-0044-03-15">Ides</date><num value="3">three</num><choice><seg>A</seg><seg>B</seg></choice><ref>noref</ref><ptr target="a b"/></p><quote><lg><l>quoted verse</l></lg></quote></div></body></text>
 </group>
</text>
</TEI>
""",
}


def write_corpus(folder: Path) -> list[Path]:
    """Write the hand-written documents into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in {"fixture-cable": CABLE, **FOREIGN}.items():
        path = folder / f"{name}.xml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session", name="site")
def built_site(tmp_path_factory) -> Path:
    """The site built from tei/ plus the hand-written documents (stylesheets compiled once)."""
    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus)
    out = tmp_path_factory.mktemp("site")
    build = HtmlSite(edition=EDITION, registers_dir=ROOT / "registers").build([ROOT / "tei", corpus], out)
    assert build.diagnostics == []
    return out


def page_tree(site_dir: Path, name: str):
    return lxml.html.parse(str(site_dir / name)).getroot()


def normalized(text: str) -> str:
    return " ".join(text.split())


def test_hand_written_documents_are_valid_tei(tmp_path, tei_all_rng):
    """The robustness corpus is valid TEI P5 (tei_all), so passing it means 'any valid TEI'."""
    paths = write_corpus(tmp_path)
    run = subprocess.run(["pyjing", str(tei_all_rng), *map(str, paths)], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("name", ["fixture-cable", *FOREIGN])
def test_every_text_node_reaches_the_page(site, name):
    tei = etree.fromstring(({"fixture-cable": CABLE} | FOREIGN)[name].encode())
    main = normalized(page_tree(site, f"{name}.html").find(".//main").text_content())
    texts = [normalized(t) for t in tei.find(f"{{{TEI_NS}}}text").itertext() if t.strip()]
    assert texts
    missing = [t for t in texts if t not in main]
    assert missing == []


def test_unknown_elements_keep_their_name_for_css(site):
    page = page_tree(site, "foreign-poem.html")
    for name in ("metamark", "surplus", "damage", "fw", "trailer"):
        assert page.find_class(f"tei-{name}"), name
    castlist = page_tree(site, "foreign-report.html").find_class("tei-castList")
    assert castlist and castlist[0].tag == "div"  # it holds blocks, so it cannot be a span


def test_reading_view_chooses_and_diplomatic_view_shows_everything(site):
    page = page_tree(site, "foreign-poem.html")
    reading = normalized(page.get_element_by_id("view-reading").text_content())
    diplomatic = normalized(page.get_element_by_id("view-diplomatic").text_content())
    assert "falls" in reading and "fals" not in reading.replace("falls", "")
    assert "shore" in reading and "shoare" not in reading
    assert "ran" not in reading.split() and "runs" in reading
    assert "fals [sic] [falls]" in diplomatic and "shoare [shore]" in diplomatic
    assert "silver [?]" in diplomatic and "[hand: The editor]" in diplomatic
    assert page.xpath("//*[@id='view-diplomatic']//del[normalize-space()='ran']")
