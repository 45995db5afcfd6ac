"""Score the names stage against hand-made labels: precision, recall and one @ref per entity.

Usage: python tests/corpus/score_names.py [--misses]

``tests/corpus/names/labels.tsv`` lists, for five documents (three seeds and two real ones), every
name in the text of the document (``<body>``) that a careful editor would mark: ``file``, ``type``
(person, place, org), ``entity`` (a register id, or ``new:…`` for a name the registers do not
hold), ``surface`` (the words as written, without a title such as ``Cde.`` or a possessive) and
``count``.  The documents are converted with the project's registers and compared:

- **precision**: of the names marked, the share whose words the labels mark (of any type);
- **recall**: of the labelled names, the share marked with the right type;
- **one ref per entity**: of the labelled entities, the share whose mentions all carry one @ref
  that no other entity's mentions carry.

The project's registers hold these documents' entities, so the first figures are what an edited
edition gets; ``--registers`` with a folder holding only ``places.xml`` and
``organisations.xml`` measures what the genre's patterns find of persons nobody registered (the
case of documents not seen yet), an empty folder the patterns alone.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from teiconv.convert import convert_file
from teiconv.registers import load_registers

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).resolve().parent / "names" / "labels.tsv"
FOLDERS = (ROOT / "seeds", ROOT / "tests" / "corpus" / "real")
TEI = "{http://www.tei-c.org/ns/1.0}"
TYPES = {f"{TEI}persName": "person", f"{TEI}placeName": "place", f"{TEI}orgName": "org"}


@dataclass
class Score:
    marked: int = 0
    marked_names: int = 0
    labelled: int = 0
    found: int = 0
    entities: int = 0
    consistent: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.marked_names / self.marked if self.marked else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def consistency(self) -> float:
        return self.consistent / self.entities if self.entities else 1.0


def read_labels(path: Path = LABELS) -> dict[str, list[dict[str, str]]]:
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            by_file[row["file"]].append(row)
    return by_file


def marked_names(path: Path, registers) -> list[tuple[str, str, str]]:
    """(type, words, @ref) of every name the converter marks in the document's body."""
    body = convert_file(path, registers).root.find(f"{TEI}text/{TEI}body")
    return [(TYPES[e.tag], " ".join("".join(e.itertext()).split()), e.get("ref"))
            for e in body.iter(*TYPES) if e.get("ref")]


def score(labels: dict[str, list[dict[str, str]]] | None = None, registers_dir: Path = ROOT / "registers") -> Score:
    labels = labels if labels is not None else read_labels()
    registers = load_registers(registers_dir)
    result = Score()
    refs_of_entity: dict[str, set[str]] = defaultdict(set)
    for name, rows in sorted(labels.items()):
        path = next(folder / name for folder in FOLDERS if (folder / name).is_file())
        marked = marked_names(path, registers)
        wanted = Counter({(row["type"], row["surface"]): int(row["count"]) for row in rows})
        got = Counter((kind, words) for kind, words, _ in marked)
        wanted_words = Counter()
        for (kind, words), count in wanted.items():
            wanted_words[words] += count
        got_words = Counter(words for _, words, _ in marked)
        result.marked += len(marked)
        result.marked_names += sum(min(count, wanted_words[words]) for words, count in got_words.items())
        result.labelled += sum(wanted.values())
        result.found += sum(min(count, got[key]) for key, count in wanted.items())
        entity_of = {(row["type"], row["surface"]): row["entity"] if not row["entity"].startswith("new:")
                     else f"{name}:{row['entity']}" for row in rows}
        for kind, words, ref in marked:
            if (kind, words) in entity_of:
                refs_of_entity[entity_of[kind, words]].add(ref)
        result.misses += [f"{name}: not marked as {kind}: {words!r} ({count - got[kind, words]} of {count})"
                          for (kind, words), count in wanted.items() if got[kind, words] < count]
        result.misses += [f"{name}: marked but not a name: {kind} {words!r} ({count - wanted_words[words]}x)"
                          for (kind, words), count in got.items() if count > wanted_words[words]]
    owners = Counter(ref for refs in refs_of_entity.values() for ref in refs)
    all_entities = {row["entity"] if not row["entity"].startswith("new:") else f"{name}:{row['entity']}"
                    for name, rows in labels.items() for row in rows}
    result.entities = len(all_entities)
    for entity in sorted(all_entities):
        refs = refs_of_entity.get(entity, set())
        if len(refs) == 1 and owners[next(iter(refs))] == 1:
            result.consistent += 1
        else:
            result.misses.append(f"{entity}: mentions carry {sorted(refs) or 'no'} @ref")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--registers", type=Path, default=ROOT / "registers",
                        help="registers folder (an empty folder measures the candidate patterns alone)")
    args = parser.parse_args()
    result = score(registers_dir=args.registers)
    if args.misses:
        print("\n".join(result.misses))
    print(f"precision {result.precision:.1%} ({result.marked_names}/{result.marked} marked are names)")
    print(f"recall    {result.recall:.1%} ({result.found}/{result.labelled} names marked with the right type)")
    print(f"one @ref  {result.consistency:.1%} ({result.consistent}/{result.entities} entities)")


if __name__ == "__main__":
    main()
