"""Conversion speed: documents per second over the seeds repeated many times.

Usage: python bench/bench_convert.py [--repeat 1000] [--registers registers/]

Converts every seed ``repeat`` times in one process (the way ``teiconv convert`` runs a batch:
parse, encode, serialise; no disk writes, so the number is the converter's own) and prints
documents/second of CPU time (``time.process_time``: other processes on a shared machine do not
count against it); with ``--registers``, names are marked and linked as the project converts
them, and the same run also times the conversion without names, alternating the two so that a
busy machine slows both alike.  Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from teiconv.convert import convert_source
from teiconv.convert.source import read_source
from teiconv.registers import load_registers

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1000)
    parser.add_argument("--registers", type=Path, help="mark names with these registers")
    args = parser.parse_args()
    sources = [read_source(path) for path in SEEDS]
    variants = {"without names": None}
    if args.registers:
        variants["with names"] = load_registers(args.registers)
    elapsed = dict.fromkeys(variants, 0.0)
    for registers in variants.values():  # warm caches (regexes, word frequencies)
        for source in sources:
            convert_source(source, registers).to_bytes()
    for _ in range(args.repeat):
        for label, registers in variants.items():
            started = time.process_time()
            for source in sources:
                convert_source(source, registers).to_bytes()
            elapsed[label] += time.process_time() - started
    count = args.repeat * len(sources)
    for label, seconds in elapsed.items():
        print(f"{label}: {count} documents in {seconds:.2f} s of CPU: {count / seconds:.0f} documents/second (one core)")


if __name__ == "__main__":
    main()
