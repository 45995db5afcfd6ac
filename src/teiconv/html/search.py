"""The static full-text search index: a script that assigns ``window.TEICONV_SEARCH``.

An inverted index (each word → the documents that contain it) plus each document's page,
title, date and summary for the result list. It grows with the vocabulary and the number of
documents, not with the length of the texts, so the index of a large edition stays small; the
index page loads it only when a reader searches. A script file rather than JSON because
browsers load scripts from ``file://`` but refuse ``fetch`` there: the site must search
offline, opened straight from the disk. The search itself runs in assets/edition.js, which
splits a query into words exactly as :func:`words` does.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from .stylesheets import Record

_NOT_A_WORD = re.compile(r"[\W_]+")


def words(text: str) -> set[str]:
    """The distinct words of ``text``: lower case, accents removed, split at anything not a
    letter or digit."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {w for w in _NOT_A_WORD.split(plain) if w}


def document_words(record: Record) -> list[str]:
    """What a search can find a document by: the words of its title, summary and text."""
    return sorted(words(" ".join((record["title"], record["summary"], record["text"]))))


def search_index_script(records: Sequence[Record]) -> str:
    """The script defining the search index over ``records`` (in their display order)."""
    return index_script((record, document_words(record)) for record in records)


def index_script(entries: Iterable[tuple[Record, Iterable[str]]]) -> str:
    """The script from each document's record and words, taken one at a time (in display order):
    a caller that keeps the words instead of the texts never holds every text at once."""
    documents: list[dict[str, str]] = []
    postings: dict[str, list[int]] = {}
    for number, (record, vocabulary) in enumerate(entries):
        documents.append({"page": record["page"], "title": record["title"], "date": record["date-text"],
                          "summary": record["summary"]})
        for word in vocabulary:
            postings.setdefault(word, []).append(number)
    data = json.dumps({"documents": documents, "words": dict(sorted(postings.items()))}, ensure_ascii=False,
                      separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    return f"window.TEICONV_SEARCH = {data};\n"
