"""The edition's editorial principles, as they are declared in every TEI header.

One paragraph per convention, in the words a reader of the edition needs: how the translator's
brackets were read and what they became.  The HTML edition's "About" page is generated from
these paragraphs, so the declaration, the documentation and the encoding cannot drift apart.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from lxml import etree

from .tei import el

PRINCIPLES: tuple[tuple[str, str], ...] = (
    ("source", "The text is the English translation published by the Wilson Center Digital Archive, "
               "transcribed from the archive's export of the document's page. Every character of the "
               "export is kept, as text or as markup that records it."),
    ("handwritten", "Handwritten annotations, which the translator describes in brackets ([Handwritten "
                    "across the top of the text: \"…\"]), are encoded as additions (add) in a hand of their "
                    "own, placed where the description says; the description is kept as their label. A "
                    "bracket holding only the label ([Handwritten:] Copy A) labels the words after it "
                    "on its line. A leader's resolution on the document ([Resolution: …]) is such an "
                    "annotation."),
    ("stamps", "Stamps ([Stamp: …], [CPSU CC stamp: …], [\"NOT SECRET\" Stamped]) are encoded as "
               "stamp holding the stamp's words, with the description kept as their label."),
    ("gaps", "Illegible passages ([illegible word/name], [[illegible letters]], [one or two words "
             "unclear], Illegible signature, ????) are encoded as gap with reason 'illegible', the "
             "editor's words as its description and the extent they give as unit and quantity (or "
             "atLeast and atMost); text missing from the source ([one word missing]) as reason "
             "'lost', what a record of a conversation could not give ([inaudible]) as 'inaudible'; "
             "omissions ([...]) as 'omitted', redactions as 'redacted'; a placeholder that "
             "names the kind of words the original has there ([date], No. [number]) as "
             "'untranscribed'; glyphs lost in the export (□) as 'unrendered' with their number."),
    ("deletions", "Words the translator reports struck out in the original and gives ([crossed out: "
                  "the army]) are a del inside a seg of type 'deletion', the description kept as its "
                  "label; a bracket that only says something was struck out ([deleted]) is a note."),
    ("sic", "Words the translator marked [sic] are encoded as sic; where the bracket gives the "
            "original-language word ([voyen - SIC]), that word is the sic. A comment on it ([sic, "
            "should be X]) is a note of type 'sic', the reading it proposes a corr. The marker's "
            "form ([SIC], [sic!], [!]) is kept in rend."),
    ("supplied", "Words the translator added for the sense ([their], [to conduct], [.]) are encoded "
                 "as supplied, on the translator's responsibility; a conjecture ([return?]) with "
                 "cert 'low'; letters restored at the start of a word ([W]ith) with reason "
                 "'restored'. Alternatives the translator offers ([bribed or threatened]) are a "
                 "choice of two readings."),
    ("expansions", "Letters the translator completed inside an abbreviated word (Com[munist], "
                   "I[van]) are the ex of the word's expan; a question mark (G[roup?]) gives the ex "
                   "cert 'low'."),
    ("names", "A name followed by another form of it or by whom it stands for (Beiping [Beijing], "
              "Andreev [Mikoyan], They [the Soviets]) is a choice of the name as written (orig) and "
              "the translator's form (reg): nothing is missing from the text. A name after a role "
              "in small letters (the Korean leader [Kim Il Sung]) is the translator's gloss."),
    ("glosses", "Expansions of abbreviations (IKKI [Executive Committee of the Communist "
                "International]) are encoded as choice of abbr and expan; original-language terms "
                "given after their translation ([kordony]) as foreign in transliteration (ru-Latn); "
                "English glosses of foreign terms (fedai [militia]) as term and gloss."),
    ("notes", "The translator's and editor's descriptions and notes in brackets are encoded as note; "
              "quoted material in them as q; so are remarks on the original ([emphasis in "
              "original], [typed], [no date]), explanations and doubtful identifications ([i.e., "
              "Stalin], [probably Molotov]), references ([see note 3]) and what happened while "
              "words were spoken ([laughter]). A question mark in "
              "brackets after a word ([?]) is a note of subtype 'doubt'. A bracket that no convention explains is kept as an "
              "editorial note and reported to the editor. A bracket never closed ends with its "
              "line (or, when its line ends with it, its passage) and is reported."),
    ("signatures", "[signed] is an editorial note that the original is signed; a signature described "
                   "but not transcribed ([signature], [Chinese signature]) is a gap with reason "
                   "'untranscribed'; either makes its line the closer's signed."),
    ("pages", "Page breaks of the original ([page break]) are pb; a page number ([page 2]) is its n. The archive site's e-mail "
              "protection artefact ([email protected]) is not editorial and stays text."),
    ("forms", "Empty boxes printed on forms ([ ]) are encoded as the glyph #form-box; blanks left in "
              "a form ([left blank]) as space."),
    ("structure", "Routing lines, classification and handling marks, addressees and datelines form "
                  "the opener; signatures the closer; clerks' notes after the text (deciphering, "
                  "copies, distribution) a division of type 'registration'. Dates and times in "
                  "routing lines carry ISO values; registry numbers are typed idno."),
    ("normalisation", "Markdown decoration of the export (#, **, <…> around links) and the layout of "
                      "white space are not part of the text; line breaks within a block are lb."),
)


def editorial_declaration() -> etree._Element:
    """The declaration for one header: a copy of one built once (lxml copies a tree in C, where
    building its sixteen elements again cost every document a share of its header's time)."""
    return copy.deepcopy(_declaration())


@lru_cache(maxsize=1)
def _declaration() -> etree._Element:
    declaration = el("editorialDecl")
    for name, text in PRINCIPLES:
        declaration.append(el("p", {"n": name}, text))
    return declaration
