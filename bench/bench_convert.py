"""Conversion speed: documents per second over the seeds repeated many times.

Usage: python bench/bench_convert.py [--repeat 1000]

Converts every seed ``repeat`` times in one process (the way ``teiconv convert`` runs a batch:
parse, encode, serialise; no disk writes, so the number is the converter's own) and prints
documents/second.  Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from teiconv.convert import convert_source
from teiconv.convert.source import read_source

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1000)
    args = parser.parse_args()
    sources = [read_source(path) for path in SEEDS]
    for source in sources:  # warm caches (regexes, word frequencies)
        convert_source(source).to_bytes()
    started = time.perf_counter()
    for _ in range(args.repeat):
        for source in sources:
            convert_source(source).to_bytes()
    elapsed = time.perf_counter() - started
    count = args.repeat * len(sources)
    print(f"{count} documents in {elapsed:.2f} s: {count / elapsed:.0f} documents/second (one core)")


if __name__ == "__main__":
    main()
