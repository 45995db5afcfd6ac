"""Benchmark `teiconv build`: documents/second per stage, cold and warm, the no-op rebuild, the
peak memory of each process, on the local process pool and on a local Dask cluster, and the
naive baseline of one XSLT process per document.

    python bench/bench_build.py                     # N = 1000, 4000 and 10000, both executors
    python bench/bench_build.py --sizes 200         # a quick run
    python bench/bench_build.py --jobs 2 --pdf-sample 100 --baseline-sample 20
    python bench/bench_build.py --executors pool --runs cold no-op --sizes 1000 4000

For each N a fresh process (so its peak memory is its own) makes a synthetic corpus of N
transcriptions from the seeds (bench/corpus.py: varied ids, dates and words, the seeds'
conventions) and builds it three times: *cold* (empty out/ and tei/), *warm* (``force``: all the
work again, with the files in the OS cache) and *no-op* (nothing changed).  The PDF stage lays out
every page of every document at ~10 documents/second, so it is measured on the first
``--pdf-sample`` documents; the edition PDF (one book of all N) is left out.  The baseline runs
the HTML document stylesheet the way the TEI Consortium's ``teitohtml`` does, one fresh process
per document (start, compile, transform), on ``--baseline-sample`` documents.

Executors: ``pool`` is the local process pool (``--jobs`` processes), ``dask`` a Dask
``LocalCluster`` of ``--jobs`` worker processes (``teiconv build --scheduler local``).  Peak
memory is the resident set of the build's main process and of its largest worker (both
executors' workers are children of the main process, so the operating system reports them).
Not a test: the numbers depend on the machine (and on what else it runs: note the load).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_corpus

from teiconv.pipeline import BuildOptions, Project, build_edition
from teiconv.resources import data_dir

HTML_STAGES = ("html records", "html", "html edition")
WITHOUT_PDF = frozenset({"convert", "validate", "html"})

NAIVE = """
import sys
from saxonche import PySaxonProcessor
processor = PySaxonProcessor(license=False)
executable = processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=sys.argv[1])
executable.set_parameter("page-id", processor.make_string_value("page"))
executable.transform_to_file(source_file=sys.argv[2], output_file=sys.argv[3])
"""


def rates(report, documents: int) -> dict[str, float]:
    """Seconds per stage (the HTML steps summed) for a build of ``documents``."""
    seconds = {stage.name: stage.seconds for stage in report.stages}
    return {"convert": seconds["convert"], "validate": seconds["validate"], "pdf": seconds.get("pdf", 0.0),
            "html": sum(seconds.get(name, 0.0) for name in HTML_STAGES)}


RUNS = {"cold": False, "warm": True, "no-op": False}  # run → force


def measure(count: int, jobs: int, only: frozenset[str], executor: str, runs: list[str]) -> dict:
    """Build a corpus of ``count`` once per run; the timings and the peak memory."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, count)
        timings = {}
        for run in runs:
            options = BuildOptions(jobs=jobs, only=only, force=RUNS[run], edition_pdf=False,
                                   scheduler="local" if executor == "dask" else None)
            started = time.perf_counter()
            report = build_edition(project, options)
            total = time.perf_counter() - started
            assert report.ok, [str(d) for d in report.diagnostics[:5]]
            timings[run] = {"total": total, "stages": rates(report, count),
                            "built": {s.name: s.built for s in report.stages}}
        baseline_input = sorted(project.tei.glob("*.xml"))
    return {"count": count, "executor": executor, "timings": timings, "load": os.getloadavg()[0],
            "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "tei_files": len(baseline_input)}


def naive_baseline(sample: int) -> float:
    """Documents/second with one process per document (start, compile, transform)."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, sample)
        build_edition(project, BuildOptions(jobs=1, only=frozenset({"convert"})))
        files = sorted(project.tei.glob("doc-*.xml")) or sorted(project.tei.glob("*.xml"))
        stylesheet = data_dir("xslt") / "html" / "document.xsl"
        started = time.perf_counter()
        for path in files[:sample]:
            subprocess.run([sys.executable, "-c", NAIVE, str(stylesheet), str(path), f"{path}.html"], check=True)
        return min(sample, len(files)) / (time.perf_counter() - started)


def command_memory(count: int) -> dict:
    """Peak memory of the one-process ``teiconv html`` over a corpus of ``count`` (its TEI made
    by the build's convert stage), each command in a fresh process of its own."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, count)
        build_edition(project, BuildOptions(only=frozenset({"convert"})))
        script = ("import resource, sys; from teiconv.cli import main\n"
                  "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
                  "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
        started = time.perf_counter()
        output = subprocess.run([sys.executable, "-c", script, "html", str(project.tei), "-o", str(project.html)],
                                check=True, capture_output=True, text=True).stdout
        seconds = time.perf_counter() - started
    return {"count": count, "html_peak_mb": float(output.strip().splitlines()[-1]), "html_seconds": seconds,
            "load": os.getloadavg()[0]}


def in_child(*arguments: str) -> dict:
    """Run this script with ``arguments`` in a fresh process; its JSON answer."""
    output = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parent).stdout
    return json.loads(output.strip().splitlines()[-1])


def show(result: dict, stages: tuple[str, ...]) -> None:
    count = result["count"]
    print(f"\nN = {count} documents on {result['executor']}  (peak memory: main {result['peak_main_mb']:.0f} MB, "
          f"largest worker {result['peak_worker_mb']:.0f} MB; load average at the end {result['load']:.1f})")
    for run in [run for run in ("cold", "warm") if run in result["timings"]]:
        stage_seconds = result["timings"][run]["stages"]
        cells = "  ".join(f"{stage} {count / stage_seconds[stage]:7.1f} docs/s" for stage in stages
                          if stage_seconds[stage])
        print(f"  {run:5} {result['timings'][run]['total']:7.1f} s   {cells}")
    noop = result["timings"].get("no-op")
    if noop:
        print(f"  no-op rebuild: {noop['total']:.2f} s (work done: {sum(noop['built'].values())} items)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--executors", nargs="+", choices=["pool", "dask"], default=["pool", "dask"])
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--json", type=Path, help="Also write every result to this file.")
    parser.add_argument("--commands", action="store_true",
                        help="Measure the peak memory of `teiconv html` at each size instead.")
    parser.add_argument("--pdf-sample", type=int, default=100)
    parser.add_argument("--baseline-sample", type=int, default=20)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--executor", default="pool", help=argparse.SUPPRESS)
    parser.add_argument("--with-pdf", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one is not None:
        only = WITHOUT_PDF | ({"pdf"} if args.with_pdf else set())
        print(json.dumps(measure(args.one, args.jobs, frozenset(only), args.executor, args.runs)))
        return
    if args.baseline is not None:
        print(json.dumps({"docs_per_second": naive_baseline(args.baseline)}))
        return

    if args.commands:
        for count in args.sizes:
            result = command_memory(count)
            print(f"teiconv html, N = {count}: peak {result['html_peak_mb']:.0f} MB, {result['html_seconds']:.0f} s "
                  f"(load average {result['load']:.1f})")
        return
    print(f"teiconv build, {args.jobs} worker processes on {os.cpu_count()} cores")
    html_rates, results = {}, []
    runs = ["--runs", *args.runs]
    for executor in args.executors:
        for count in args.sizes:
            result = in_child("--one", str(count), "--jobs", str(args.jobs), "--executor", executor, *runs)
            results.append(result)
            show(result, ("convert", "validate", "html"))
            if executor == "pool" and "warm" in result["timings"]:
                html_rates[count] = count / result["timings"]["warm"]["stages"]["html"]
        peaks = {r["count"]: max(r["peak_main_mb"], r["peak_worker_mb"]) for r in results if r["executor"] == executor}
        if len(peaks) > 1:
            print(f"  {executor}: largest process {min(peaks)}→{max(peaks)} documents: "
                  f"{peaks[max(peaks)] / peaks[min(peaks)]:.2f}x")
        pdf = in_child("--one", str(args.pdf_sample), "--jobs", str(args.jobs), "--with-pdf", "--executor", executor,
                       *runs)
        results.append(pdf)
        print(f"\nPDF stage on {args.pdf_sample} documents:")
        show(pdf, ("pdf",))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    naive = in_child("--baseline", str(args.baseline_sample))["docs_per_second"]
    print(f"\nnaive baseline (one XSLT process per document, {args.baseline_sample} documents): "
          f"{naive:.1f} docs/s")
    for count, rate in html_rates.items():
        print(f"  HTML stage at N = {count} (warm): {rate:.0f} docs/s = {rate / naive:.0f}x the baseline")


if __name__ == "__main__":
    main()
