"""Does a change to the converter keep its output byte-identical?  The guard of speed work.

Usage:
    python bench/same_output.py write REFERENCE_DIR    # with the converter before the change
    python bench/same_output.py check REFERENCE_DIR    # after it: lists every file that differs

Converts every transcription the project has — the seeds, the real corpus, the test fixtures
(or the folders and files given with ``--sources``) — three ways: without names, with the
project's registers and with empty registers (names proposed only), and writes each TEI file
with the conversion's diagnostics after it, or compares with what ``write`` wrote.  Exits
non-zero if anything differs.  Not a test: the reference is made by the code before a change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teiconv.convert import convert_source
from teiconv.convert.source import read_source
from teiconv.convert.sources import find_sources
from teiconv.diagnostics import TeiconvError
from teiconv.registers import Registers, load_registers

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "fixtures" / "sources"]


def outputs(sources: list[Path]):
    """(file name, bytes) for every source converted every way."""
    variants = {"plain": None, "names": load_registers(ROOT / "registers"), "proposed": Registers()}
    for index, path in enumerate(find_sources(sources)):
        source = read_source(path)
        for label, registers in variants.items():
            try:
                conversion = convert_source(source, registers)
                data = conversion.to_bytes() + "\n".join(map(str, conversion.diagnostics)).encode()
            except TeiconvError as error:
                data = f"error: {error}".encode()
            yield f"{index:04d}-{path.stem}-{label}.xml", data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "check"))
    parser.add_argument("reference", type=Path)
    parser.add_argument("--sources", type=Path, nargs="+", default=SOURCES)
    args = parser.parse_args()
    args.reference.mkdir(parents=True, exist_ok=True)
    count, differ = 0, []
    for name, data in outputs(args.sources):
        count += 1
        reference = args.reference / name
        if args.mode == "write":
            reference.write_bytes(data)
        elif not reference.exists() or reference.read_bytes() != data:
            differ.append(name)
    for name in differ:
        print(f"differs: {name}")
    print(f"{count} conversions {'written' if args.mode == 'write' else f'compared, {len(differ)} differ'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
