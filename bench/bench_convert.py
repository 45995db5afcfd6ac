"""Conversion speed: documents per second over the seeds repeated many times.

Usage: python bench/bench_convert.py [--repeat 1000] [--registers registers/] [--against ../main] [--instructions]

Converts every seed ``repeat`` times in one process (the way ``teiconv convert`` runs a batch:
parse, encode, serialise; no disk writes, so the number is the converter's own) and prints
documents/second of CPU time (``time.process_time``: other processes on a shared machine do not
count against it); with ``--registers``, names are marked and linked as the project converts
them, and the same run also times the conversion without names, alternating the two so that a
busy machine slows both alike.

With ``--against CHECKOUT`` (another checkout of teiconv, e.g. of main), the same seeds and
registers are converted by this checkout's converter and by that one's, each in a process of its
own (one process cannot import two versions of the package), in alternating rounds of
``--round`` repetitions, and the ratio of the two rates is printed: on a shared machine, where
every absolute figure moves with the load, the ratio is the figure to compare.
With ``--instructions`` (needs valgrind), each variant is converted ``--round`` times inside
callgrind, which counts only the conversions (not start-up, loading or warming), and the
instructions per document are printed: a figure that does not move with the machine's load,
for comparing two versions of the converter step by step.
Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))


class Converter:
    """The seeds and (optionally) registers loaded once; :meth:`time` converts them ``repeat``
    times and returns the CPU seconds, with or without names."""

    def __init__(self, registers: Path | None):
        from teiconv.convert import convert_source
        from teiconv.convert.source import read_source
        from teiconv.registers import load_registers

        self.convert = convert_source
        self.sources = [read_source(path) for path in SEEDS]
        self.variants = {"without names": None}
        if registers:
            self.variants["with names"] = load_registers(registers)
        for label in self.variants:  # warm caches (regexes, word frequencies)
            self.time(label, 1)

    def time(self, label: str, repeat: int) -> float:
        registers = self.variants[label]
        started = time.process_time()
        for _ in range(repeat):
            for source in self.sources:
                self.convert(source, registers).to_bytes()
        return time.process_time() - started


def report(label: str, documents: int, seconds: float) -> str:
    return f"{label}: {documents} documents in {seconds:.2f} s of CPU: {documents / seconds:.0f} documents/second (one core)"


def alone(args: argparse.Namespace) -> None:
    converter = Converter(args.registers)
    elapsed = dict.fromkeys(converter.variants, 0.0)
    for _ in range(args.repeat):
        for label in converter.variants:
            elapsed[label] += converter.time(label, 1)
    for label, seconds in elapsed.items():
        print(report(label, args.repeat * len(converter.sources), seconds))


def serve(args: argparse.Namespace) -> None:
    """The worker of ``--against``: one line ``LABEL<TAB>REPEAT`` in, the CPU seconds out."""
    converter = Converter(args.registers)
    print("ready", flush=True)
    for line in sys.stdin:
        label, repeat = line.rstrip("\n").split("\t")
        print(converter.time(label, int(repeat)), flush=True)


def against(args: argparse.Namespace) -> None:
    checkouts = {"this": HERE.parent, "other": args.against.resolve()}
    workers = {}
    for name, checkout in checkouts.items():
        command = [sys.executable, __file__, "--serve"] + (["--registers", str(args.registers.resolve())] if args.registers else [])
        environment = dict(os.environ, PYTHONPATH=str(checkout / "src"))
        workers[name] = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment)
        assert workers[name].stdout.readline().strip() == "ready"
    labels = ["without names"] + (["with names"] if args.registers else [])
    elapsed = {(name, label): 0.0 for name in workers for label in labels}
    rounds = max(1, args.repeat // args.round)
    for _ in range(rounds):
        for label in labels:
            for name, worker in workers.items():
                worker.stdin.write(f"{label}\t{args.round}\n")
                worker.stdin.flush()
                elapsed[name, label] += float(worker.stdout.readline())
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()
    documents = rounds * args.round * len(SEEDS)
    for label in labels:
        this, other = (documents / elapsed[name, label] for name in workers)
        print(f"{label}: this checkout {this:.0f}, {args.against} {other:.0f} documents/second (one core): "
              f"ratio {this / other:.2f}")
    print("load average:", " ".join(f"{load:.2f}" for load in os.getloadavg()))


def instructions(args: argparse.Namespace) -> None:
    """Instructions per document of each variant, counted by callgrind around the conversions."""
    labels = ["without names"] + (["with names"] if args.registers else [])
    for label in labels:
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
                   sys.executable, __file__, "--count", label, "--round", str(args.round)]
        if args.registers:
            command += ["--registers", str(args.registers.resolve())]
        run = subprocess.run(command, capture_output=True, text=True, check=True)
        collected = int(re.search(r"Collected : (\d+)", run.stderr).group(1))
        documents = args.round * len(SEEDS)
        print(f"{label}: {collected / documents / 1e6:.2f} M instructions a document ({documents} documents)")


def count(args: argparse.Namespace) -> None:
    """Inside callgrind: instrumentation switched on for the conversions only."""
    converter = Converter(args.registers)
    switch = ["callgrind_control", "--instr=on", str(os.getpid())]
    subprocess.run(switch, check=True, stdout=subprocess.DEVNULL)
    converter.time(args.count, args.round)
    subprocess.run(switch[:1] + ["--instr=off"] + switch[2:], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1000)
    parser.add_argument("--registers", type=Path, help="mark names with these registers")
    parser.add_argument("--against", type=Path, help="another checkout to compare with, round by round")
    parser.add_argument("--round", type=int, default=5, help="repetitions per round with --against; repetitions counted with --instructions")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions per document with callgrind (valgrind) instead of timing")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--count", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count:
        count(args)
    elif args.instructions:
        instructions(args)
    elif args.serve:
        serve(args)
    elif args.against:
        against(args)
    else:
        alone(args)


if __name__ == "__main__":
    main()
