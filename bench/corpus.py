"""A synthetic corpus for the build benchmark: N transcriptions made from the seeds.

Each copy of a seed gets its own id (a new archive record number, or a numbered title when the
id comes from date and title), its own year (every date in the text moves with it), and its own
wording (a few words swapped for synonyms, chosen by the copy's number), so every document is
converted, validated and rendered for real, with all the conventions of its seed.  The seeds'
one collection page is copied once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import teiconv

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEI = "{http://www.tei-c.org/ns/1.0}"
#: Words swapped by bit i of the copy's number.
SYNONYMS = [("situation", "position"), ("government", "administration"), ("instructions", "directions"),
            ("Soviet", "USSR"), ("troops", "forces"), ("comrades", "colleagues"), ("report", "account"),
            ("immediately", "at once"), ("question", "matter"), ("important", "significant")]


@dataclass(frozen=True)
class Template:
    text: str
    record: str | None
    title: str
    year: str | None


def templates() -> tuple[list[Template], list[Path]]:
    """The seeds that are documents (as templates) and the collection pages (copied as they are)."""
    documents, collections = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        conversion = teiconv.convert_file(path)
        if conversion.kind == "collection":
            collections.append(path)
            continue
        root = conversion.root
        title = root.find(f".//{TEI}titleStmt/{TEI}title").text
        record = root.find(f".//{TEI}idno[@type='record']")
        when = root.find(f".//{TEI}creation/{TEI}date")
        year = when.get("when", "")[:4] if when is not None else None
        documents.append(Template(path.read_text(encoding="utf-8"), record.text if record is not None else None,
                                  title, year or None))
    return documents, collections


def variant(template: Template, n: int) -> str:
    """Copy ``n`` of a template: its own id, year and wording."""
    text = template.text
    if template.record:
        text = re.sub(rf"\b{template.record}\b", str(500000 + n), text)
    else:
        first, _, rest = template.title.partition(" ")
        text = text.replace(template.title, f"{first} {n} {rest}")
    if template.year:
        text = re.sub(rf"\b{template.year}\b", str(1917 + n % 75), text)
    for bit, (word, synonym) in enumerate(SYNONYMS):
        if n >> bit & 1:
            text = re.sub(rf"\b{word}\b", synonym, text)
    return text


def make_corpus(folder: Path, count: int) -> int:
    """Write ``count`` transcriptions (plus the collection pages) to ``folder``."""
    documents, collections = templates()
    folder.mkdir(parents=True, exist_ok=True)
    for path in collections:
        (folder / path.name).write_bytes(path.read_bytes())
    for n in range(count):
        template = documents[n % len(documents)]
        (folder / f"doc-{n:05d}.txt").write_text(variant(template, n), encoding="utf-8")
    return count + len(collections)
