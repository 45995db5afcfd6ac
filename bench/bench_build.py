"""Benchmark `teiconv build`: documents/second per stage, cold and warm, the no-op rebuild, the
peak memory, and the naive baseline of one XSLT process per document.

    python bench/bench_build.py                     # N = 1000 and N = 10000
    python bench/bench_build.py --sizes 200         # a quick run
    python bench/bench_build.py --jobs 2 --pdf-sample 100 --baseline-sample 20

For each N a fresh process (so its peak memory is its own) makes a synthetic corpus of N
transcriptions from the seeds (bench/corpus.py: varied ids, dates and words, the seeds'
conventions) and builds it three times: *cold* (empty out/ and tei/), *warm* (``force``: all the
work again, with the files in the OS cache) and *no-op* (nothing changed).  The PDF stage lays out
every page of every document at ~10 documents/second, so it is measured on the first
``--pdf-sample`` documents; the edition PDF (one book of all N) is left out.  The baseline runs
the HTML document stylesheet the way the TEI Consortium's ``teitohtml`` does, one fresh process
per document (start, compile, transform), on ``--baseline-sample`` documents.
Not a test: the numbers depend on the machine.
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


def measure(count: int, jobs: int, only: frozenset[str]) -> dict:
    """Build a corpus of ``count`` three times; the timings and this process's peak memory."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, count)
        timings = {}
        for run, force in (("cold", False), ("warm", True), ("no-op", False)):
            options = BuildOptions(jobs=jobs, only=only, force=force, edition_pdf=False)
            started = time.perf_counter()
            report = build_edition(project, options)
            total = time.perf_counter() - started
            assert report.ok, [str(d) for d in report.diagnostics[:5]]
            timings[run] = {"total": total, "stages": rates(report, count),
                            "built": {s.name: s.built for s in report.stages}}
        baseline_input = sorted(project.tei.glob("*.xml"))
    return {"count": count, "timings": timings,
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


def in_child(*arguments: str) -> dict:
    """Run this script with ``arguments`` in a fresh process; its JSON answer."""
    output = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parent).stdout
    return json.loads(output.strip().splitlines()[-1])


def show(result: dict, stages: tuple[str, ...]) -> None:
    count = result["count"]
    print(f"\nN = {count} documents  (peak memory: main {result['peak_main_mb']:.0f} MB, "
          f"largest worker {result['peak_worker_mb']:.0f} MB)")
    for run in ("cold", "warm"):
        stage_seconds = result["timings"][run]["stages"]
        cells = "  ".join(f"{stage} {count / stage_seconds[stage]:7.0f} docs/s" for stage in stages
                          if stage_seconds[stage])
        print(f"  {run:5} {result['timings'][run]['total']:7.1f} s   {cells}")
    noop = result["timings"]["no-op"]
    print(f"  no-op rebuild: {noop['total']:.2f} s (work done: {sum(noop['built'].values())} items)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--pdf-sample", type=int, default=100)
    parser.add_argument("--baseline-sample", type=int, default=20)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--with-pdf", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one is not None:
        only = WITHOUT_PDF | ({"pdf"} if args.with_pdf else set())
        print(json.dumps(measure(args.one, args.jobs, frozenset(only))))
        return
    if args.baseline is not None:
        print(json.dumps({"docs_per_second": naive_baseline(args.baseline)}))
        return

    print(f"teiconv build, {args.jobs} worker processes on {os.cpu_count()} cores")
    html_rates = {}
    for count in args.sizes:
        result = in_child("--one", str(count), "--jobs", str(args.jobs))
        show(result, ("convert", "validate", "html"))
        html_rates[count] = count / result["timings"]["warm"]["stages"]["html"]
    pdf = in_child("--one", str(args.pdf_sample), "--jobs", str(args.jobs), "--with-pdf")
    print(f"\nPDF stage on {args.pdf_sample} documents:")
    show(pdf, ("pdf",))
    naive = in_child("--baseline", str(args.baseline_sample))["docs_per_second"]
    print(f"\nnaive baseline (one XSLT process per document, {args.baseline_sample} documents): "
          f"{naive:.1f} docs/s")
    for count, rate in html_rates.items():
        print(f"  HTML stage at N = {count} (warm): {rate:.0f} docs/s = {rate / naive:.0f}x the baseline")


if __name__ == "__main__":
    main()
