"""Benchmark the HTML edition: pages/second over a corpus of N documents (default 1000).

The corpus is bench_pdf's: the TEI files of a folder (default: tei/) copied round-robin under new
ids. The stylesheets are compiled once (timed apart); then the whole site is built twice with
the same compiled stylesheets (cold: first build in the process; warm: the second), each build
writing every document page with its downloads, the index, the about page and the search index.

    python bench/bench_html.py [--source tei] [--count 1000] [--keep out/bench-html]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench_pdf import make_corpus

from teiconv.html import HtmlSite


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("tei"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the site here instead of a temporary folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        corpus_dir = Path(scratch) / "tei"
        corpus_dir.mkdir()
        corpus = make_corpus(args.source, args.count, corpus_dir)
        out = args.keep or Path(scratch) / "html"

        started = time.perf_counter()
        site = HtmlSite(base_url="https://example.org/edition/")
        setup = time.perf_counter() - started

        timings = []
        for _ in ("cold", "warm"):
            started = time.perf_counter()
            build = site.build([corpus_dir], out)
            timings.append(time.perf_counter() - started)

    for diagnostic in build.diagnostics:
        print(diagnostic, file=sys.stderr)
    pages = len(build.pages)
    print(f"corpus: {len(corpus)} documents from {args.source}/")
    print(f"setup (compile the four stylesheets, once): {setup:.2f} s")
    for label, seconds in zip(("cold", "warm"), timings):
        print(f"{label} build: {pages} pages ({len(corpus)} documents + index + about) in {seconds:.1f} s = "
              f"{pages / seconds:.0f} pages/s")


if __name__ == "__main__":
    main()
