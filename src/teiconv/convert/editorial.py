"""The edition's editorial principles, as they are declared in every TEI header.

One paragraph per convention, in the words a reader of the edition needs: how the translator's
brackets were read and what they became.  The HTML edition's "About" page is generated from
these paragraphs, so the declaration, the documentation and the encoding cannot drift apart.
"""

from __future__ import annotations

from lxml import etree

from .tei import el

PRINCIPLES: tuple[tuple[str, str], ...] = (
    ("source", "The text is the English translation published by the Wilson Center Digital Archive, "
               "transcribed from the archive's export of the document's page. Every character of the "
               "export is kept, as text or as markup that records it."),
    ("handwritten", "Handwritten annotations, which the translator describes in brackets ([Handwritten "
                    "across the top of the text: \"…\"]), are encoded as additions (add) in a hand of their "
                    "own, placed where the description says; the description is kept as their label."),
    ("stamps", "Stamps ([Stamp: …]) are encoded as stamp, with the description kept as their label."),
    ("gaps", "Illegible passages ([illegible word/name], [[illegible letters]], Illegible signature, "
             "????) are encoded as gap with reason 'illegible', the editor's words as its description; "
             "omissions ([...]) as gap with reason 'omitted'; glyphs lost in the export (□) as gap "
             "with reason 'unrendered' and their number."),
    ("sic", "Words the translator marked [sic] are encoded as sic; where the bracket gives the "
            "original-language word ([voyen - SIC]), that word is the sic."),
    ("supplied", "Words the translator added for the sense ([their], [to conduct]) are encoded as "
                 "supplied, on the translator's responsibility; letters restored inside a word "
                 "(Molo[tov]) as supplied with reason 'restored'. Alternatives the translator offers "
                 "([bribed or threatened]) are a choice of two readings."),
    ("glosses", "Expansions of abbreviations (IKKI [Executive Committee of the Communist "
                "International]) are encoded as choice of abbr and expan; original-language terms "
                "given after their translation ([kordony]) as foreign in transliteration (ru-Latn); "
                "English glosses of foreign terms (fedai [militia]) as term and gloss."),
    ("notes", "The translator's and editor's descriptions and notes in brackets are encoded as note; "
              "quoted material in them as q. A bracket that no convention explains is kept as an "
              "editorial note and reported to the editor."),
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
    declaration = el("editorialDecl")
    for name, text in PRINCIPLES:
        declaration.append(el("p", {"n": name}, text))
    return declaration
