"""The static full-text search index, sharded so that a very large edition still searches fast.

Files under ``assets/search/`` (scripts rather than JSON because browsers load scripts from
``file://`` but refuse ``fetch`` there: the site must search offline, opened from the disk):

- ``index.js`` assigns ``window.TEICONV_SEARCH = {"documents": [...], "shards": [...]}``: each
  document's page, title, date, type, classification and summary (the result list, and the
  index's filters' list of matches, :mod:`.filters`), in display order, and the names of the
  word shards that exist;
- ``words-<prefix>.js`` (one per two-letter word prefix; letters outside ``a-z0-9`` are written
  as ``_`` and their code point in hex) assigns ``window.TEICONV_SEARCH_WORDS["<prefix>"] =
  {word: [document numbers]}``: a search loads only the shards of its words' prefixes;
- ``text-<page id>.js`` assigns ``window.TEICONV_SEARCH_TEXT["<page id>"] = "plain text"`` and is
  loaded only for the documents a search lists, to show each hit in its context.

The index grows with the vocabulary and the number of documents, the text files with the texts,
but a search reads one or two shards and the texts of the hits it shows. assets/edition.js runs
the search and splits a query into words exactly as :func:`words` does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .scripts import data_script, replace_scripts
from .stylesheets import Record

_NOT_A_WORD = re.compile(r"[\W_]+")
TEI = "{http://www.tei-c.org/ns/1.0}"
_MAIN = {f"{TEI}body", f"{TEI}group"}
_MATTER = {f"{TEI}front", f"{TEI}back"}
#: The folder of the search files, relative to the site's root.
SEARCH_FOLDER = Path("assets") / "search"
#: The letters of a word that name its shard.
PREFIX_LENGTH = 2


def words(text: str) -> set[str]:
    """The distinct words of ``text``: lower case, accents removed, split at anything not a
    letter or digit.  Each distinct run of text between white space is split on its own (white
    space is a boundary to casing, decomposition and the split alike, so the words are the
    same), and its words are remembered: an edition's documents repeat most of their runs."""
    found: set[str] = set()
    for run in set(text.split()):
        found |= _run_words(run)
    return found


@lru_cache(maxsize=1 << 16)
def _run_words(run: str) -> frozenset[str]:
    """The words of a run of text without white space (:func:`words`)."""
    plain = run.lower()
    if not plain.isascii():  # only then can there be accents to take off
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return frozenset((plain,)) if plain.isalnum() else frozenset(w for w in _NOT_A_WORD.split(plain) if w)


def document_words(record: Record, root: etree._Element) -> list[str]:
    """What a search can find a document by: the words of its title, summary and text
    (:func:`reading_text`)."""
    return sorted(words(" ".join((record["title"], record["summary"], reading_text(root)))))


#: Empty elements that part words: line, column and page breaks, and what stands for characters
#: not in the text (a gap: "whom□TO" is two words, not "whomTO"; a space).
_BREAKS = frozenset({f"{TEI}lb", f"{TEI}pb", f"{TEI}cb", f"{TEI}gap", f"{TEI}space"})


def reading_text(root: etree._Element) -> str:
    """The text of the parts of the document ``root`` that its page shows (:func:`text_parts`),
    as a reader reads it: its pieces joined as they stand, so that a marked name keeps the comma
    after it ("Tabriz, as", not "Tabriz , as") and a supplied letter stays in its word; a space
    only where the page parts words: at a break, gap or space (:data:`_BREAKS`), and between
    elements that stand among elements with no text around them (the paragraphs of a division,
    the lines of an opener, an abbreviation and its expansion).  White space made single."""
    pieces: list[str] = []
    for part in text_parts(root):
        _gather(part, pieces)
    return " ".join("".join(pieces).split())


def _gather(element: etree._Element, pieces: list[str]) -> None:
    """Append the text within ``element`` to ``pieces`` (comments and processing instructions
    are not text: only what follows them is)."""
    if element.text and isinstance(element.tag, str):
        pieces.append(element.text)
    apart = not _holds_text(element)
    first = True
    for child in element:
        if isinstance(child.tag, str):
            if (apart and not first) or child.tag in _BREAKS:
                pieces.append(" ")
            _gather(child, pieces)
            first = False
        if child.tail:
            pieces.append(child.tail)


def _holds_text(element: etree._Element) -> bool:
    """Whether ``element`` has text of its own beside its children (mixed content)."""
    return bool(element.text and element.text.strip()) or any(child.tail and child.tail.strip() for child in element)


def text_parts(root: etree._Element) -> list[etree._Element]:
    """What a page shows as the document's text, chosen as metadata.xsl's h:parts chooses it: a
    TEI document's body or group (of a text with neither, its parts but front and back) and any
    sourceDoc; a corpus's documents; any other root whole.  (Read here from lxml's tree, which
    the build has anyway, rather than by Saxon into the record's JSON and out again.)"""
    if root.tag == f"{TEI}TEI":
        return [*(part for text in root.iterchildren(f"{TEI}text") for part in _main_parts(text)),
                *root.iterchildren(f"{TEI}sourceDoc")]
    if root.tag == f"{TEI}teiCorpus":
        return list(root.iterchildren(f"{TEI}TEI", f"{TEI}teiCorpus"))
    return [root]


def _main_parts(text: etree._Element) -> list[etree._Element]:
    """The body and group of a ``text``; without them, its elements but front and back."""
    elements = list(text.iterchildren(etree.Element))
    return [e for e in elements if e.tag in _MAIN] or [e for e in elements if e.tag not in _MATTER]


def shard_name(word: str) -> str:
    """The file-safe name of the shard holding ``word`` (same rule as edition.js's shardName)."""
    return "".join(c if c in "abcdefghijklmnopqrstuvwxyz0123456789" else f"_{ord(c):x}"
                   for c in word[:PREFIX_LENGTH])


def write_search_index(entries: Iterable[tuple[Record, Iterable[str]]], site: Path) -> list[Path]:
    """Write the index and its word shards from each document's record and words, taken one at
    a time in display order (a caller that keeps the words instead of the texts never holds
    every text at once); return the files written. Old shards of an earlier build are removed."""
    documents: list[dict[str, str]] = []
    postings: defaultdict[str, list[int]] = defaultdict(list)  # word -> the documents it is in
    for number, (record, vocabulary) in enumerate(entries):
        documents.append({"id": record["id"], "page": record["page"], "title": record["title"],
                          "date": record["date-text"], "summary": record["summary"],
                          "type": record["type-label"], "classification": list(record["classification"])})
        for word in vocabulary:
            postings[word].append(number)
    # Each distinct word is put in its shard once, after all documents (not once per document).
    shards: dict[str, dict[str, list[int]]] = {}
    names: dict[str, str] = {}  # a word's first letters -> its shard's name, made once for each
    for word, numbers in postings.items():
        prefix = word[:PREFIX_LENGTH]
        name = names.get(prefix) or names.setdefault(prefix, shard_name(prefix))
        shards.setdefault(name, {})[word] = numbers
    folder = site / SEARCH_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    index = _write(folder / "index.js", data_script("TEICONV_SEARCH", None,
                                                   {"documents": documents, "shards": sorted(shards)}))
    shard_scripts = ((f"words-{name}.js", data_script("TEICONV_SEARCH_WORDS", name, postings))
                     for name, postings in sorted(shards.items()))
    return [index, *replace_scripts(folder, "words-*.js", shard_scripts)]


def search_text_file(record: Record) -> str:
    """The name of the file (in :data:`SEARCH_FOLDER`) holding the text of ``record``'s document."""
    return f"text-{record['id']}.js"


def search_text(record: Record, text: str) -> str:
    """The script holding the plain text a search shows ``record``'s hits in (its
    :func:`reading_text`, white space already made single)."""
    return data_script("TEICONV_SEARCH_TEXT", record["id"], text)


def search_index(records: Sequence[Record], site: Path) -> list[Path]:
    """The search files over ``records`` (in their display order), each with its "words"
    (:func:`document_words`)."""
    return write_search_index(((record, record["words"]) for record in records), site)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
