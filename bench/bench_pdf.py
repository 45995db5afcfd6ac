"""Benchmark the PDF edition: documents/second and pages/second over a corpus of N documents.

The corpus is made by copying the TEI files of a folder (default: tei/) round-robin under new
ids until there are N (default 200), so the numbers describe real encodings.  The stylesheet,
fonts and CSS are loaded once (timed apart); then every document gets its PDF, then the whole
edition is typeset as one book, both in this process; last the whole build runs again as
`teiconv pdf` runs it, in one worker process per core.

    python bench/bench_pdf.py [--source tei] [--count 200] [--keep out/bench-pdf] [--jobs N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from teiconv.pdf import EDITION_NAME, PdfEdition

TEICONV_IDNO = re.compile(r'(<idno type="teiconv">)([^<]*)(</idno>)')


def make_corpus(source: Path, count: int, folder: Path, *, templates: list[Path] | None = None,
                identify: Callable[[str, str], str] | None = None) -> list[Path]:
    """``count`` TEI files in ``folder``, copies of the documents in ``source`` (or of
    ``templates``) under new ids: the converter's idno carries the copy's name, and
    ``identify(text, name)`` may give the copy its id another way first."""
    if templates is None:
        templates = [p for p in sorted(source.glob("*.xml")) if not p.name.startswith("collection-")]
    if not templates:
        sys.exit(f"{source}: no TEI documents to benchmark with")
    paths = []
    for n in range(count):
        template = templates[n % len(templates)]
        stem = f"{template.stem}-{n:04d}"
        text = template.read_text("utf-8")
        if identify is not None:
            text = identify(text, stem)
        path = folder / f"{stem}.xml"
        path.write_text(TEICONV_IDNO.sub(rf"\g<1>{stem}\g<3>", text, count=1), "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("tei"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temporary folder")
    parser.add_argument("--jobs", type=int, help="processes for the whole build (default: all cores)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        corpus = make_corpus(args.source, args.count, Path(scratch))
        out = args.keep or Path(scratch) / "pdf"

        started = time.perf_counter()
        edition = PdfEdition()
        setup = time.perf_counter() - started

        started = time.perf_counter()
        documents = edition.build(corpus, out, edition=False)
        per_document = time.perf_counter() - started

        started = time.perf_counter()
        book = edition.typesetter.typeset(edition.stylesheet.edition_html(
            [edition.stylesheet.parse(p) for p in corpus], None))
        (out / EDITION_NAME).write_bytes(book.pdf)
        whole = time.perf_counter() - started

        started = time.perf_counter()
        everything = edition.build(corpus, out, jobs=args.jobs)
        parallel = time.perf_counter() - started

    for diagnostic in documents.diagnostics:
        print(diagnostic, file=sys.stderr)
    print(f"corpus: {len(corpus)} documents from {args.source}/")
    print(f"setup (compile XSLT, load fonts and CSS, once): {setup:.2f} s")
    print(f"per-document PDFs: {documents.documents} documents, {documents.pages} pages in "
          f"{per_document:.1f} s = {documents.documents / per_document:.1f} docs/s, "
          f"{documents.pages / per_document:.1f} pages/s")
    print(f"edition PDF: {args.count} documents, {book.pages} pages in {whole:.1f} s = "
          f"{args.count / whole:.1f} docs/s, {book.pages / whole:.1f} pages/s")
    print(f"whole build (documents + edition) with {args.jobs or 'all'} cores: "
          f"{everything.pages} pages in {parallel:.1f} s = {everything.pages / parallel:.1f} pages/s "
          f"(workers start and load fonts once each)")


if __name__ == "__main__":
    main()
