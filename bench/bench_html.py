"""Benchmark the HTML edition: pages/second over a corpus of N documents (default 1000).

The corpus is bench_pdf's: the TEI files of a folder (default: tei/) copied round-robin under new
ids. The stylesheets are compiled once (timed apart); then the whole site is built twice with
the same compiled stylesheets (cold: first build in the process; warm: the second), each build
writing every document page with its downloads, the index, the about page and the search index.

The anchor, in the same run: the TEI Consortium's Stylesheets (``html/html.xsl``, from
``--anchor``, by default ../shared/anchors/tei-stylesheets when that folder is there), compiled
once in saxonche and applied to the same documents in this process, one page per document.  It
writes a plainer page (no downloads, index or search), so the ratio is the floor of the speed-up.
Each figure is given in wall seconds and in CPU seconds of this process (the machine may be shared).

    python bench/bench_html.py [--source tei] [--count 1000] [--keep out/bench-html] [--anchor DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench_pdf import make_corpus

from teiconv.html import HtmlSite

#: ../shared/anchors/tei-stylesheets from the checkout (found from a worktree too).
ANCHOR = next((folder / "shared/anchors/tei-stylesheets" for folder in Path(__file__).resolve().parents
               if (folder / "shared/anchors/tei-stylesheets").is_dir()), Path("../shared/anchors/tei-stylesheets"))


def tei_stylesheets(anchor: Path, corpus: list[Path], out: Path) -> tuple[float, float, float]:
    """Seconds to compile the TEI Stylesheets' html.xsl, and to render every document with it
    (wall and CPU seconds of this process)."""
    from saxonche import PySaxonProcessor

    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    processor = PySaxonProcessor(license=False)
    executable = processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(anchor / "html" / "html.xsl"))
    compiled, cpu = time.perf_counter(), time.process_time()
    for path in corpus:
        executable.transform_to_file(source_file=str(path), output_file=str(out / f"{path.stem}.html"))
    return compiled - started, time.perf_counter() - compiled, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("tei"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the site here instead of a temporary folder")
    parser.add_argument("--anchor", type=Path, default=ANCHOR, help="the TEI Stylesheets (a folder with html/html.xsl)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        corpus_dir = Path(scratch) / "tei"
        corpus_dir.mkdir()
        corpus = make_corpus(args.source, args.count, corpus_dir)
        out = args.keep or Path(scratch) / "html"

        started = time.perf_counter()
        site = HtmlSite(base_url="https://example.org/edition/")
        setup = time.perf_counter() - started

        timings, cpu_timings = [], []
        for _ in ("cold", "warm"):
            started, cpu = time.perf_counter(), time.process_time()
            build = site.build([corpus_dir], out)
            timings.append(time.perf_counter() - started)
            cpu_timings.append(time.process_time() - cpu)
        anchor = None
        if (args.anchor / "html" / "html.xsl").is_file():
            anchor = tei_stylesheets(args.anchor, corpus, Path(scratch) / "anchor")

    for diagnostic in build.diagnostics:
        print(diagnostic, file=sys.stderr)
    pages = len(build.pages)
    print(f"corpus: {len(corpus)} documents from {args.source}/")
    print(f"setup (compile the four stylesheets, once): {setup:.2f} s")
    for label, seconds, cpu in zip(("cold", "warm"), timings, cpu_timings):
        print(f"{label} build: {pages} pages ({len(corpus)} documents + index + about) in {seconds:.1f} s = "
              f"{pages / seconds:.0f} pages/s; CPU {cpu:.1f} s = {pages / cpu:.0f} pages per CPU second")
    if anchor is None:
        print(f"anchor: no TEI Stylesheets in {args.anchor}, skipped")
        return
    setup, seconds, cpu = anchor
    rate, cpu_rate = len(corpus) / seconds, len(corpus) / cpu
    print(f"anchor, TEI Stylesheets html.xsl (compiled once in {setup:.2f} s): {len(corpus)} pages in "
          f"{seconds:.1f} s = {rate:.0f} pages/s; CPU {cpu:.1f} s = {cpu_rate:.0f} pages per CPU second")
    print(f"teiconv warm / anchor: {pages / timings[-1] / rate:.1f}x wall, {pages / cpu_timings[-1] / cpu_rate:.1f}x CPU")


if __name__ == "__main__":
    main()
