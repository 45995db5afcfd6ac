"""Benchmark the HTML edition: documents/second over a corpus of N documents (default 200).

The corpus is bench_pdf's: the TEI files of a folder (default: tei/) copied round-robin under new
ids (a file without the converter's idno, e.g. another project's TEI, gets its copy's id as the
root's xml:id). The stylesheets are compiled once (timed apart); then the whole site is built
``--rounds`` times with the same compiled stylesheets (the first build in the process is the cold
one), each build writing every document page with its downloads, the index, the about page, the
register pages and the search index.

The anchor, in the same run and in alternating rounds: the TEI Consortium's Stylesheets
(``html/html.xsl``, from ``--anchor``, by default ../shared/anchors/tei-stylesheets when that
folder is there), compiled once in saxonche and applied to the same documents in this process,
one page per document (a file it cannot read, e.g. one whose DOCTYPE names a DTD that is not
there, is left out of both sides). It writes a plainer page (no downloads, index or search), so
the ratio is the floor of the speed-up. The pages alone are measured too, in the same rounds: each
document read once (parsed, its record made), then only document.xsl run for each (no downloads,
no shared pages, nothing written), the same work as the anchor's. Each figure is the median of the rounds, in CPU seconds
of this process (Saxon's threads included: the machine may be shared, so wall time says less),
with the wall time and the load average beside it. docs/html-speed.md explains what bounds the
figures (instruction counts of a page and of a site's parts).

    python bench/bench_html.py [--source tei] [--count 200] [--rounds 3] [--keep out/bench-html] [--anchor DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_pdf import TEICONV_IDNO, make_corpus

from teiconv.html import HtmlSite

#: ../shared/anchors/tei-stylesheets from the checkout (found from a worktree too).
ANCHOR = next((folder / "shared/anchors/tei-stylesheets" for folder in Path(__file__).resolve().parents
               if (folder / "shared/anchors/tei-stylesheets").is_dir()), Path("../shared/anchors/tei-stylesheets"))
#: The root element's start tag: the first tag after the prolog (declaration, comments, DOCTYPE).
ROOT_TAG = re.compile(r"<(?![!?])[^>]*>")


def foreign_corpus(source: Path, count: int, folder: Path) -> list[Path]:
    """Like bench_pdf's corpus, for TEI without the converter's idno: each copy's root gets its
    own xml:id, which the site takes as the page id."""
    return make_corpus(source, count, folder, templates=sorted(source.glob("*.xml")), identify=_root_id)


def _root_id(text: str, name: str) -> str:
    """``text`` with its root's xml:id set to ``name``, unless the converter's idno names it."""
    if TEICONV_IDNO.search(text):
        return text
    root = ROOT_TAG.search(text)
    tag = re.sub(r'\sxml:id="[^"]*"', "", root.group(0))
    return text[:root.start()] + tag.replace(">", f' xml:id="{name}">', 1) + text[root.end():]


class Anchor:
    """The TEI Stylesheets' html.xsl, compiled once in its own Saxon processor."""

    def __init__(self, folder: Path) -> None:
        from saxonche import PySaxonProcessor

        started = time.perf_counter()
        self.processor = PySaxonProcessor(license=False)
        self.executable = self.processor.new_xslt30_processor().compile_stylesheet(
            stylesheet_file=str(folder / "html" / "html.xsl"))
        self.compile_seconds = time.perf_counter() - started

    def render(self, path: Path, out: Path) -> bool:
        """Write the anchor's page of ``path``; False if html.xsl cannot read it."""
        from saxonche import PySaxonApiError

        try:
            self.executable.transform_to_file(source_file=str(path), output_file=str(out / f"{path.stem}.html"))
        except PySaxonApiError:
            return False
        return True


@contextlib.contextmanager
def _quiet_stderr():
    """File descriptor 2 sent to /dev/null for the block (Saxon writes to it, not to sys.stderr)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def timed(step):
    """Wall and CPU seconds of ``step()``, and what it returned."""
    started, cpu = time.perf_counter(), time.process_time()
    result = step()
    return time.perf_counter() - started, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("tei"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the site here instead of a temporary folder")
    parser.add_argument("--anchor", type=Path, default=ANCHOR, help="the TEI Stylesheets (a folder with html/html.xsl)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        corpus_dir = Path(scratch) / "tei"
        corpus_dir.mkdir()
        ours = any(TEICONV_IDNO.search(p.read_text("utf-8")) for p in args.source.glob("*.xml"))
        corpus = (make_corpus if ours else foreign_corpus)(args.source, args.count, corpus_dir)
        out = args.keep or Path(scratch) / "html"
        anchor_out = Path(scratch) / "anchor"
        anchor_out.mkdir()

        started = time.perf_counter()
        site = HtmlSite(base_url="https://example.org/edition/")
        setup = time.perf_counter() - started
        anchor = Anchor(args.anchor) if (args.anchor / "html" / "html.xsl").is_file() else None
        if anchor:  # the documents html.xsl cannot read are left out of both sides
            with _quiet_stderr():  # Saxon reports each one there (a DTD that is not there) on its own
                unreadable = [path for path in corpus if not anchor.render(path, anchor_out)]
            for path in unreadable:
                path.unlink()
            corpus = [path for path in corpus if path not in unreadable]

        documents = [site.read(path) for path in corpus]
        timings, pages, anchors, loads = [], [], [], []
        for _ in range(args.rounds):
            loads.append(os.getloadavg()[0])
            timings.append(timed(lambda: site.build([corpus_dir], out)))
            pages.append(timed(lambda: [site.stylesheets.document_page(d.node, {"page-id": d.record["id"], "has-text": True})
                                        for d in documents]))
            if anchor:
                anchors.append(timed(lambda: [anchor.render(path, anchor_out) for path in corpus]))
        build = timings[-1][2]

    for diagnostic in build.diagnostics:
        print(diagnostic, file=sys.stderr)
    documents = len(corpus)
    print(f"corpus: {documents} documents from {args.source}/; load average {min(loads):.1f}-{max(loads):.1f}")
    print(f"setup (compile the site's stylesheets, once): {setup:.2f} s")
    for number, (wall, cpu, _) in enumerate(timings, start=1):
        print(f"build {number}{' (cold)' if number == 1 else ''}: {len(build.pages)} pages in {wall:.1f} s wall, "
              f"CPU {cpu:.2f} s = {documents / cpu:.0f} documents per CPU second")
    warm = timings[1:] or timings
    cpu = statistics.median(c for _, c, _ in warm)
    print(f"teiconv, median of the warm builds: {1000 * cpu / documents:.2f} ms CPU per document, "
          f"{documents / cpu:.0f} documents per CPU second (whole site: pages, downloads, index, search, registers)")
    page_cpu = statistics.median(c for _, c, _ in pages)
    print(f"teiconv pages alone (document.xsl), median: {1000 * page_cpu / documents:.2f} ms CPU per document")
    if anchor is None:
        print(f"anchor: no TEI Stylesheets in {args.anchor}, skipped")
        return
    anchor_cpu = statistics.median(c for _, c, _ in anchors)
    anchor_wall = statistics.median(w for w, _, _ in anchors)
    print(f"anchor, TEI Stylesheets html.xsl (compiled once in {anchor.compile_seconds:.2f} s): {documents} pages, "
          f"median {anchor_wall:.1f} s wall, CPU {anchor_cpu:.2f} s = {1000 * anchor_cpu / documents:.2f} ms per document")
    ratios = [a / c for (_, c, _), (_, a, _) in zip(timings, anchors)][1:] or [anchors[0][1] / timings[0][1]]
    print(f"teiconv / anchor in CPU: {statistics.median(ratios):.1f}x (rounds: "
          + ", ".join(f"{r:.1f}x" for r in ratios) + ")")
    page_ratios = [a / c for (_, c, _), (_, a, _) in zip(pages, anchors)]
    print(f"pages alone / anchor in CPU: {statistics.median(page_ratios):.1f}x (rounds: "
          + ", ".join(f"{r:.1f}x" for r in page_ratios) + ")")


if __name__ == "__main__":
    main()
