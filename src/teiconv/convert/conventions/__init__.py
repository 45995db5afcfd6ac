"""The editorial conventions of the transcriptions, one module per family.

Each module encodes its bracket forms as TEI and registers how to write them back
(:mod:`teiconv.convert.rendering`).  :data:`BRACKET_CONVENTIONS` is the order in which a bracket is
offered to them: the first that recognises it encodes it; the last, :func:`notes.unclassified`,
accepts anything and warns.  :data:`TEXT_PATTERNS` are the conventions written without brackets
(``????``, ``□□□``, ``Illegible signature``).
"""

from __future__ import annotations

from . import (artefacts, deletions, doubts, expansions, footnotes, forms, gaps, glosses, handwritten, names, notes, pages,
               readings, routing, sic, signed, stamps, supplied)
from .base import BracketConvention, BracketSite, take_host_word
from .patterns import TextPattern

BRACKET_CONVENTIONS: tuple[BracketConvention, ...] = (
    footnotes.footnote,
    artefacts.site_artefact,
    forms.form_box,
    handwritten.annotation,
    deletions.deletion,
    stamps.stamp,
    gaps.illegible,
    gaps.omission,
    gaps.described,
    gaps.placeholder,
    forms.blank,
    sic.sic,
    signed.signed_mark,
    signed.signature,
    pages.page_break,
    notes.labelled_note,
    notes.language_remark,
    notes.remark,
    expansions.completion,
    doubts.doubt,
    supplied.restored_letters,
    readings.alternatives,
    glosses.abbreviation,
    glosses.gloss,
    glosses.original_term,
    names.another_form,
    supplied.supplied,
    notes.description,
    notes.unclassified,
)

#: Conventions written in running text, everywhere.
TEXT_PATTERNS: tuple[TextPattern, ...] = (gaps.UNRENDERED, gaps.QUESTION_MARKS, gaps.ILLEGIBLE_SIGNATURE)

#: Further patterns for the text of a document whose endnotes the page lists after it.
ENDNOTE_PATTERNS: tuple[TextPattern, ...] = (footnotes.ENDNOTE,)

#: Further patterns for routing lines and administrative notes (dates, times, numbers).
ROUTING_PATTERNS: tuple[TextPattern, ...] = routing.PATTERNS

__all__ = ["BRACKET_CONVENTIONS", "TEXT_PATTERNS", "ENDNOTE_PATTERNS", "ROUTING_PATTERNS", "BracketSite", "take_host_word"]
