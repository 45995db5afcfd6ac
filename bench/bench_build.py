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
memory is each process's resident-set high-water mark: the main process's from ``getrusage``,
every descendant's (workers, a jing JVM) read from Linux's ``/proc/PID/status`` (VmHWM) a few
times a second while it lives (:class:`PeakMemory`).  ``--commands`` measures the one-process
commands ``teiconv html`` and ``teiconv pdf --no-edition`` the same way (``--pdf-sample``
documents for the PDFs, each size's own corpus).  CPU seconds of the main process are reported
beside the wall time: on a shared machine the wall time is mostly waiting for a core.
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
import threading
import time
from pathlib import Path

import psutil

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
#: How often the descendants' high-water marks are read.
SAMPLE_SECONDS = 0.2


def high_water_mb(process: psutil.Process) -> float:
    """The process's peak resident set so far: VmHWM on Linux, else its current one."""
    try:
        with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return process.memory_info().rss / 2**20


class PeakMemory:
    """The peak memory of every descendant of ``root`` (this process by default), read in a
    thread while they run; by process: its kind (its program's name), its parent and its peak in MB."""

    def __init__(self, root: int | None = None):
        self.root = psutil.Process(root)
        self.peaks: dict[int, tuple[str, int, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exception) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.sample()

    def sample(self) -> None:
        try:
            processes = self.root.children(recursive=True)
        except psutil.Error:
            return
        for process in processes:
            try:
                kind, parent, peak = process.name(), process.ppid(), high_water_mb(process)
            except psutil.Error:  # ended since it was listed
                continue
            self.peaks[process.pid] = (kind, parent, max(peak, self.peaks.get(process.pid, ("", 0, 0.0))[2]))

    def largest(self, kind: str = "python", grandchildren: bool = False) -> float:
        """The largest peak of the descendants whose program name starts with ``kind``; with
        ``grandchildren``, only of those the root's children started (a command's workers)."""
        return max((peak for name, parent, peak in self.peaks.values()
                    if name.startswith(kind) and not (grandchildren and parent == self.root.pid)), default=0.0)

    def others(self, least_mb: float = 20.0) -> dict[str, float]:
        """The largest peak of each other kind of descendant (a jing JVM, ...) that reached
        ``least_mb`` (not the compiler a library runs to find a shared library)."""
        found: dict[str, float] = {}
        for name, _, peak in self.peaks.values():
            if not name.startswith("python") and peak >= least_mb:
                found[name] = max(peak, found.get(name, 0.0))
        return found


def children_cpu() -> float:
    """CPU seconds of the child processes ended so far (the build's workers end with it): what
    the work cost whatever the machine's load."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(count: int, jobs: int, only: frozenset[str], executor: str, runs: list[str]) -> dict:
    """Build a corpus of ``count`` once per run; the timings and the peak memory."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, count)
        timings, loads = {}, []
        with PeakMemory() as memory:
            for run in runs:
                options = BuildOptions(jobs=jobs, only=only, force=RUNS[run], edition_pdf=False,
                                       scheduler="local" if executor == "dask" else None)
                started, cpu, workers_cpu = time.perf_counter(), time.process_time(), children_cpu()
                report = build_edition(project, options)
                total, cpu = time.perf_counter() - started, time.process_time() - cpu
                assert report.ok, [str(d) for d in report.diagnostics[:5]]
                timings[run] = {"total": total, "cpu": cpu, "workers_cpu": children_cpu() - workers_cpu,
                                "stages": rates(report, count), "built": {s.name: s.built for s in report.stages}}
                loads.append(os.getloadavg()[0])
        tei_files = sum(1 for _ in project.tei.glob("*.xml"))
    return {"count": count, "executor": executor, "timings": timings, "load": loads,
            "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_worker_mb": memory.largest(), "peak_other_mb": memory.others(), "tei_files": tei_files}


def stage_cpu(count: int) -> dict:
    """CPU seconds per document of each stage, the work done in this process (one job) stage by
    stage: what a worker spends on a document, whatever the machine's load (the basis of a
    projection to more workers)."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, count)
        seconds = {}
        for stage, edition_pdf in (("convert", False), ("validate", False), ("pdf", False), ("html", False),
                                   ("pdf edition", True)):
            options = BuildOptions(jobs=1, only=frozenset({stage.split()[0]}), edition_pdf=edition_pdf)
            started = time.process_time()
            report = build_edition(project, options)
            seconds[stage] = (time.process_time() - started) / count
            assert report.ok, [str(d) for d in report.diagnostics[:5]]
    return {"count": count, "cpu_per_document": seconds, "load": os.getloadavg()[0]}


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


#: Runs a teiconv command and prints its own peak memory (MB) last.
COMMAND = ("import resource, sys; from teiconv.cli import main\n"
           "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")


def run_command(*arguments: str) -> dict:
    """Run ``teiconv arguments`` in a fresh process: its wall time, its peak memory and its
    largest worker's."""
    started = time.perf_counter()
    with PeakMemory() as memory:
        output = subprocess.run([sys.executable, "-c", COMMAND, *arguments], check=True, capture_output=True,
                                text=True).stdout
    return {"seconds": time.perf_counter() - started, "peak_main_mb": float(output.strip().splitlines()[-1]),
            "peak_worker_mb": memory.largest(grandchildren=True), "peak_other_mb": memory.others(),
            "load": os.getloadavg()[0]}


def command_memory(count: int, pdf_count: int, jobs: int) -> dict:
    """Peak memory of the commands ``teiconv html`` over a corpus of ``count`` documents and
    ``teiconv pdf --no-edition`` over ``pdf_count`` of them (their TEI made by the build's
    convert stage), each command in a fresh process of its own."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Project(Path(scratch))
        make_corpus(project.seeds, max(count, pdf_count))
        build_edition(project, BuildOptions(jobs=jobs, only=frozenset({"convert"})))
        files = sorted(str(path) for path in project.tei.glob("*.xml"))
        html = run_command("html", *files[:count + 1], "-o", str(project.html)) if count else None
        pdf = run_command("pdf", "--no-edition", "--jobs", str(jobs), *files[:pdf_count + 1],
                          "-o", str(project.pdf)) if pdf_count else None
    return {"count": count, "pdf_count": pdf_count, "html": html, "pdf": pdf}


def in_child(*arguments: str) -> dict:
    """Run this script with ``arguments`` in a fresh process; its JSON answer."""
    output = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parent).stdout
    return json.loads(output.strip().splitlines()[-1])


def show(result: dict, stages: tuple[str, ...]) -> None:
    count = result["count"]
    others = "".join(f", {name} {peak:.0f} MB" for name, peak in result["peak_other_mb"].items())
    print(f"\nN = {count} documents on {result['executor']}  (peak memory: main {result['peak_main_mb']:.0f} MB, "
          f"largest worker {result['peak_worker_mb']:.0f} MB{others}; load average after each run "
          f"{', '.join(f'{load:.1f}' for load in result['load'])})")
    for run in [run for run in ("cold", "warm") if run in result["timings"]]:
        timing = result["timings"][run]
        cells = "  ".join(f"{stage} {count / timing['stages'][stage]:7.1f} docs/s" for stage in stages
                          if timing["stages"][stage])
        print(f"  {run:5} {timing['total']:7.1f} s (CPU: main process {timing['cpu']:.1f} s, workers "
              f"{timing.get('workers_cpu', 0):.1f} s)   {cells}")
    noop = result["timings"].get("no-op")
    if noop:
        print(f"  no-op rebuild: {noop['total']:.2f} s, main process CPU {noop['cpu']:.2f} s "
              f"(work done: {sum(noop['built'].values())} items)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 10000], help="Corpus sizes (0: none).")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--executors", nargs="+", choices=["pool", "dask"], default=["pool", "dask"])
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--json", type=Path, help="Also add every result to this file (JSON lines).")
    parser.add_argument("--commands", action="store_true",
                        help="Measure the peak memory of `teiconv html` and `teiconv pdf` at each size instead.")
    parser.add_argument("--pdf-sample", type=int, nargs="+", default=[100],
                        help="Documents for the PDF stage, a build of its own for each number (0: skip).")
    parser.add_argument("--pdf-sizes", type=int, nargs="+",
                        help="With --commands: documents for `teiconv pdf` at each size (default: --sizes; 0: skip).")
    parser.add_argument("--baseline-sample", type=int, default=20, help="Documents for the baseline (0: skip).")
    parser.add_argument("--stage-cpu", type=int, metavar="N",
                        help="Measure each stage's CPU seconds per document on N documents in one process instead.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--executor", default="pool", help=argparse.SUPPRESS)
    parser.add_argument("--with-pdf", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one is not None:
        only = WITHOUT_PDF | ({"pdf"} if args.with_pdf else set())
        print(json.dumps(measure(args.one, args.jobs, frozenset(only), args.executor, args.runs)))
        return
    if args.stage_cpu:
        result = stage_cpu(args.stage_cpu)
        record(args.json, result)
        print(f"CPU seconds per document, one process, {args.stage_cpu} documents (load average "
              f"{result['load']:.1f} at the end):")
        for stage, seconds in result["cpu_per_document"].items():
            print(f"  {stage:12} {seconds:.3f} s")
        return
    if args.baseline is not None:
        print(json.dumps({"docs_per_second": naive_baseline(args.baseline)}))
        return

    if args.commands:
        pdf_sizes = args.pdf_sizes or args.sizes
        for count, pdf_count in zip(args.sizes, pdf_sizes, strict=True):
            result = command_memory(count, pdf_count, args.jobs)
            for command, n in (("html", count), ("pdf", pdf_count)):
                if result[command]:
                    measured = result[command]
                    print(f"teiconv {command}, N = {n}: peak {measured['peak_main_mb']:.0f} MB, largest worker "
                          f"{measured['peak_worker_mb']:.0f} MB, {measured['seconds']:.0f} s "
                          f"(load average {measured['load']:.1f})", flush=True)
            record(args.json, result)
        return
    print(f"teiconv build, {args.jobs} worker processes on {os.cpu_count()} cores", flush=True)
    html_rates = {}
    runs = ["--runs", *args.runs]
    for executor in args.executors:
        peaks = {}
        for count in filter(None, args.sizes):
            result = in_child("--one", str(count), "--jobs", str(args.jobs), "--executor", executor, *runs)
            record(args.json, result)
            show(result, ("convert", "validate", "html"))
            peaks[count] = (result["peak_main_mb"], result["peak_worker_mb"])
            if executor == "pool" and "warm" in result["timings"]:
                html_rates[count] = count / result["timings"]["warm"]["stages"]["html"]
        show_growth(executor, peaks)
        pdf_peaks = {}
        for sample in filter(None, args.pdf_sample):
            pdf = in_child("--one", str(sample), "--jobs", str(args.jobs), "--with-pdf", "--executor", executor, *runs)
            record(args.json, {**pdf, "pdf_sample": True})
            print(f"\nPDF stage on {sample} documents:")
            show(pdf, ("pdf",))
            pdf_peaks[sample] = (pdf["peak_main_mb"], pdf["peak_worker_mb"])
        show_growth(f"{executor} with PDFs", pdf_peaks)
    if args.baseline_sample:
        naive = in_child("--baseline", str(args.baseline_sample))["docs_per_second"]
        print(f"\nnaive baseline (one XSLT process per document, {args.baseline_sample} documents): "
              f"{naive:.1f} docs/s")
        for count, rate in html_rates.items():
            print(f"  HTML stage at N = {count} (warm): {rate:.0f} docs/s = {rate / naive:.0f}x the baseline")


def show_growth(executor: str, peaks: dict[int, tuple[float, float]]) -> None:
    """How the peak memory grew from the smallest corpus to each larger one."""
    if not peaks:
        return
    smallest = min(peaks)
    for count in sorted(peaks)[1:]:
        main_ratio, worker_ratio = (peaks[count][i] / peaks[smallest][i] for i in range(2))
        print(f"  {executor}, peak memory {count} / {smallest} documents: main {main_ratio:.2f}, "
              f"largest worker {worker_ratio:.2f}", flush=True)


def record(log: Path | None, result: dict) -> None:
    """Add ``result`` to the JSON-lines file ``log`` at once (a long run keeps what it measured)."""
    if log:
        with log.open("a", encoding="utf-8") as file:
            file.write(json.dumps(result) + "\n")

if __name__ == "__main__":
    main()
