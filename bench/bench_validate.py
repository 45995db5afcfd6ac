"""How fast does ``teiconv validate`` check an edition?  Files per second over a synthetic corpus.

    python bench/bench_validate.py [--documents 1200] [--jobs 1 2] [--tei-all]

The corpus is the committed edition (tei/) and the validation fixtures, copied with a fresh
stable id each until it holds ``--documents`` files, so every file is a real encoding of the size
the converter writes.  Each run compiles the schemas once (timed separately) and validates every
file through the library, as the CLI does; the target for our schema is 1000 files/s on 2 cores.
Rates depend on what else the machine runs: measure on an idle machine.  ``--jobs 2`` forces the
process pool for all but the first run.SAMPLE files (``teiconv validate`` uses it only when its
estimate says the pool finishes sooner).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from itertools import cycle
from pathlib import Path

from teiconv.validation import Validator, default_schemas, run, tei_all, validate_files

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tei").glob("*.xml")) + sorted((ROOT / "tests/fixtures/validation/valid").glob("*.xml"))


def make_corpus(folder: Path, documents: int) -> list[Path]:
    """``documents`` files, each a source with its own stable id."""
    files = []
    for number, source in zip(range(documents), cycle(SOURCES)):
        text = source.read_text(encoding="utf-8")
        start = text.index('<idno type="teiconv">') + len('<idno type="teiconv">')
        end = text.index("</idno>", start)
        path = folder / f"doc-{number:05d}.xml"
        path.write_text(text[:start] + f"bench-{number:05d}" + text[end:], encoding="utf-8")
        files.append(path)
    return files


def measure(files: list[Path], schemas: list[Path], jobs: int) -> tuple[float, int]:
    """Wall-clock seconds and the number of invalid files for one run."""
    started = time.perf_counter()
    decide, run._pool_pays = run._pool_pays, (lambda *costs: True) if jobs > 1 else run._pool_pays
    try:
        invalid = sum(not result.valid for result in validate_files(files, schemas, jobs))
    finally:
        run._pool_pays = decide
    return time.perf_counter() - started, invalid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1200)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--tei-all", action="store_true", help="also time conformance with tei_all")
    args = parser.parse_args()
    schema_sets = {"teiconv (RELAX NG + Schematron)": list(default_schemas())}
    if args.tei_all:
        schema_sets["tei_all (RELAX NG)"] = [tei_all()]
    with tempfile.TemporaryDirectory() as folder:
        files = make_corpus(Path(folder), args.documents)
        size = sum(path.stat().st_size for path in files) / len(files) / 1024
        print(f"corpus: {len(files)} documents, {size:.1f} KiB on average")
        for label, schemas in schema_sets.items():
            started = time.perf_counter()
            Validator(schemas)
            print(f"{label}: compiled in {time.perf_counter() - started:.2f} s")
            for jobs in args.jobs:
                seconds, invalid = measure(files, schemas, jobs)
                print(f"  jobs={jobs}: {len(files) / seconds:7.0f} files/s "
                      f"({seconds:.2f} s, {invalid} invalid, start-up and compilation included)")


if __name__ == "__main__":
    main()
