"""Editorial and translator's notes: brackets that say something about the text.

- ``[Translator's note: …]``, ``[Ed. note: …]`` — notes with their author in their first words;
- ``[in English]``, ``[in Russian in the original]`` — what language the original has here;
- ``[emphasis in original]``, ``[typed]``, ``[end of document]``, ``[no date]``, ``[deleted]``,
  ``[i.e., Stalin]``, ``[probably Molotov]``, ``[see note 3]`` — a remark on how the original is
  written, where it ends, what it lacks, what a word means or who it is, or where to look (English
  words, which would otherwise be taken for supplied ones);
- ``[the handwritten original follows, followed by "…" …]`` — an editor's description, with the
  quoted material as ``<q>`` and nested brackets parsed like any other text;
- anything no other convention recognises — kept as an editorial note and reported as a warning,
  so nothing is lost and the editor can decide (``--strict`` makes it an error).

All are ``<note>``; they are written back as ``[text]``.
"""

from __future__ import annotations

import re

from lxml import etree

from ..brackets import Quote
from ..rendering import bracketed, content, renders
from ..tei import append, el
from .base import BracketSite
from ..knowledge import language_tag, language_tags
from ..lexicon import words

_LABELLED = re.compile(
    r"\s*(?:(?P<translator>translator(?:['\u2019]?s (?:note|comment|remark))?|(?:note|comment|remark) by (?:the )?translator)"
    r"|(?P<editor>(?:ed(?:itor)?|author|transcriber|compiler|publisher)(?:['\u2019]?s)?\.?(?: (?:note|comment|remark))?"
    r"|(?:foot)?note|comment|remark|(?:note|comment|remark) by [\w .'\u2019-]{1,40}?))\s*:",
    re.IGNORECASE,
)
#: A label of the editor's: a capitalised word or few, then a colon and the words it labels.
_ANY_LABEL = re.compile(r"[A-Z][\w'\u2019.-]*(?: [\w'\u2019.-]+){0,4}:\s+\S")
#: ``[in English]``, ``[text in Russian in the original]``, ``[Chinese text]``: what language the
#: original has here.
_LANGUAGE_REMARK = re.compile(r"(?:(?i:text|original|written) )?in (?P<language>[A-Z][a-z]+)(?: in the original)?"
                              r"|(?i:translat(?:ed|ion)) from (?:the )?(?P<source>[A-Z][a-z]+)")
#: ``[Chinese text]``: a language (one the languages table names) before what is written in it.
_LANGUAGE_TEXT = re.compile(r"(?P<language>[A-Z][a-z]+) (?:text|characters|original)(?: not translated)?")
#: How the original is written, where it ends, what it lacks (in any capitals).
_ON_THE_ORIGINAL = (
    r"(?i:(?:emphasis|underlin(?:ed|ing)|italics|bold|capitals|spacing|spelling|punctuation)(?: as)? in (?:the )?original"
    r"|emphasis (?:added|mine|ours)|as in (?:the )?original"
    r"|(?:end|beginning|start) of (?:the )?(?:document|text|excerpt|message|telegram|letter|report|cable|record"
    r"|page(?: \d+)?)"
    r"|(?:text|document) continues|continued(?: on (?:the )?next page)?"
    r"|no date|undated|not dated|(?:date|time|place|sum|amount|number|name) not (?:given|stated|indicated|specified)"
    r"|typed|typewritten|(?:written )?in (?:(?:red|blue|black|green|colou?red) )?(?:pencil|ink|crayon)"
    # what happened while the words were spoken, in a record of a conversation or a speech
    r"|(?:general |loud )?(?:laughter|laughs|applause|pause|silence|interruption|crosstalk|noise|commotion)"
    rf"|(?:speaks|spoken|continues|replies|answers|said) in (?i:{'|'.join(map(re.escape, language_tags()))})"
    r"|approx\."
    r"|(?:(?:the |a |one |two |several )?(?:(?:\w+ )?names?|words?|lines?|passages?|sentences?|paragraphs?|text) )?"
    r"(?:crossed out|struck out|deleted|erased))")
#: A part of the document or its state, with a capital (``[Attachment]``, ``[Table omitted]``,
#: ``[Draft]``, ``[Top secret]``, ``[Unsigned]``); in small letters such a word is more likely one
#: the translator supplied.
_DOCUMENT_PART = (
    r"(?:(?:Attachment|Enclosure|Annex|Table|Map|Chart|Diagram|Figure|Illustration|Photo(?:graph)?)s?|Appendi(?:x|ces)"
    r"|Lists? of \w+(?: \w+)?)(?: (?:\d+|[IVX]+|[A-Z]))?(?: (?:follows?|omitted|not (?:included|reproduced|translated)))?"
    r"|Copy|Draft|Unsigned|Excerpt|Extract|Continuation|End"
    r"|(?:Top |Strictly )?(?:[Ss]ecret|[Cc]onfidential)|Personal|(?:Very |Most )?[Uu]rgent"
    r"|(?:TOP |STRICTLY )?(?:SECRET|CONFIDENTIAL)|PERSONAL|(?:VERY |MOST )?URGENT|P\. ?S\.|Postscript"
    r"|Text of the \w+(?: follows)?")
#: An explanation of a word: ``[i.e., Stalin]``, ``[literally: meeting]``, ``[that is, the CC]``; an
#: identification the editor doubts (``the minister [probably Molotov]``: a name, so not words
#: supplied with doubt, ``[perhaps to be]``).
_EXPLANATION = (r"(?i:i\.\s?e\.|that is|literally|lit\.|namely|meaning)[,:]?\s+\S(?s:.*)"
                r"|(?i:probably|possibly|presumably|perhaps|apparently|evidently)"
                r"\s+[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\??")
#: A reference to another place: ``[see Document No. 5]``, ``[see note 3]``, ``[cf. the previous cable]``,
#: ``[see above]`` (``see`` alone, or before other words, may be a verb the translator supplied).
_REFERENCE = (r"(?i:cf\.|compare)\s+\S(?s:.*)"
              r"|(?i:see(?: also)?)\s+(?:(?i:above|below)|(?i:documents?|doc\.|notes?|footnotes?|pages?|pp?\.|appendix"
              r"|attachments?|annex|enclosures?|No\."
              r"|the (?:previous|preceding|following|next|note|footnote|appendix|attachment))\b(?s:.*))")
#: The editor speaks: these in one expression, tried once on a bracket.
_REMARK = re.compile("|".join(f"(?:{part})" for part in (_ON_THE_ORIGINAL, _DOCUMENT_PART, _EXPLANATION, _REFERENCE)))
#: A description: at least this many words (or any quotation).
DESCRIPTION_WORDS = 6


def _note(site: BracketSite, note_type: str, resp: str | None = None) -> etree._Element:
    note = el("note", {"type": note_type, "resp": resp, "rend": site.rend()})
    return append(note, site.encoded_children())


def labelled_note(site: BracketSite) -> etree._Element | None:
    """``[Translator's note: …]``, ``[Ed. note: …]``; and any bracket the editor labels with a
    capitalised word or few and a colon (``[Notation on the document: …]``): words the translator
    supplied to the sentence are never labelled so."""
    match = _LABELLED.match(site.inner)
    if match and match.group("translator"):
        return _note(site, "translator", "#translator")
    if match or _ANY_LABEL.match(site.inner):
        return _note(site, "editorial")
    return None


def language_remark(site: BracketSite) -> etree._Element | None:
    """``[in English]``: the editor says what language the original has here (words English
    would otherwise take for supplied ones)."""
    remark = _LANGUAGE_REMARK.fullmatch(site.inner) or _LANGUAGE_TEXT.fullmatch(site.inner)
    if not (remark and language_tag(remark[remark.lastgroup])):  # the one language group that matched
        return None  # ``[in Moscow]``: words the translator supplied
    return _note(site, "editorial")


def remark(site: BracketSite) -> etree._Element | None:
    """``[emphasis in original]``, ``[end of document]``, ``[Attachment]``, ``[i.e., Stalin]``:
    the editor speaks of the original or explains a word."""
    if not _REMARK.fullmatch(site.inner.strip()):
        return None
    return _note(site, "editorial")


def description(site: BracketSite) -> etree._Element | None:
    quoted = any(isinstance(child, Quote) for child in site.children)
    if not quoted and len(words(site.inner)) < DESCRIPTION_WORDS:
        return None
    return _note(site, "editorial")


def unclassified(site: BracketSite) -> etree._Element:
    site.ctx.warn(site.bracket.start, "bracket-unclassified",
                  f"no convention recognises [{site.inner[:60]}]; kept as an editorial note")
    note = _note(site, "editorial")
    note.set("subtype", "unclassified")
    return note


@renders("note", lambda e: e.get("type") in ("editorial", "translator"))
def _bracketed(element: etree._Element) -> str:
    return bracketed(element, content(element))
