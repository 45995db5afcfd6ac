"""Build the PDF edition: one PDF per document and one of the whole edition.

Every input is tried; a file that cannot be read or rendered becomes a diagnostic and the others
still get their PDFs.  The edition is built from the documents that parsed.

Layout dominates the run time, and each PDF is laid out on its own, so the PDFs can be made in
parallel: with ``jobs > 1`` worker processes each load the stylesheet and fonts once and take
PDFs one at a time, the edition (the longest) first.  The bytes do not depend on ``jobs``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from ..edition import Edition, load_edition
from ..files import tei_files
from .stylesheet import Kind, PrintStylesheet
from .typesetter import Typesetter

EDITION_NAME = "edition.pdf"

# Starting a worker (Python, WeasyPrint, Saxon, fonts) costs about as much as laying out a few
# PDFs, so small builds stay in this process.
_WORTH_A_POOL = 8


@dataclass
class PdfBuild:
    """What a build wrote and what went wrong."""

    written: list[Path] = field(default_factory=list)
    pages: int = 0
    documents: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics


@dataclass(frozen=True)
class _Job:
    """One PDF to make: a document alone, or the edition of several (with their collection)."""

    target: Path
    documents: tuple[Path, ...]
    collection: Path | None = None
    edition: bool = False


@dataclass(frozen=True)
class _Outcome:
    target: Path
    pages: int = 0
    diagnostic: Diagnostic | None = None


class PdfEdition:
    """The print pipeline with its stylesheet, fonts and CSS loaded once for many builds."""

    def __init__(self, declaration: Edition | None = None) -> None:
        """``declaration``: the project's edition (default: the current folder's, load_edition)."""
        self.declaration = declaration or load_edition()
        self.stylesheet = PrintStylesheet(self.declaration)
        self.typesetter = Typesetter()

    def build(self, paths: Iterable[Path], out_dir: Path, *, edition: bool = True,
              jobs: int | None = 1) -> PdfBuild:
        """Write ``<id>.pdf`` for each document in ``paths`` and, if asked, ``edition.pdf``,
        using up to ``jobs`` processes (``None``: one per core)."""
        jobs = jobs or os.cpu_count() or 1
        result = PdfBuild()
        documents, collection = self._classify(tei_files(paths, "typeset"), result)
        out_dir.mkdir(parents=True, exist_ok=True)
        work = [_Job(out_dir / f"{path.stem}.pdf", (path,)) for path in documents]
        if edition and documents:
            work.insert(0, _Job(out_dir / EDITION_NAME, tuple(documents), collection, edition=True))
        if jobs > 1 and len(work) >= _WORTH_A_POOL:
            with ProcessPoolExecutor(min(jobs, len(work)), multiprocessing.get_context("spawn"),
                                     initializer=_start_worker, initargs=(self.declaration,)) as pool:
                outcomes = list(pool.map(_work, work))
        else:
            outcomes = [self._make(job) for job in work]
        for outcome in sorted(outcomes, key=lambda o: o.target.name == EDITION_NAME):
            if outcome.diagnostic:
                result.diagnostics.append(outcome.diagnostic)
            else:
                result.written.append(outcome.target)
                result.pages += outcome.pages
        result.documents = len(documents)
        return result

    def _classify(self, files: list[Path], result: PdfBuild) -> tuple[list[Path], Path | None]:
        """The documents and the collection file among ``files``; the rest are diagnostics."""
        documents: list[Path] = []
        collection = None
        for path in files:
            try:
                kind = self.stylesheet.parse(path).kind
            except InputError as error:
                result.diagnostics.append(error.diagnostic)
                continue
            if kind is Kind.COLLECTION:
                collection = path
            else:
                documents.append(path)
        return documents, collection

    def _make(self, job: _Job) -> _Outcome:
        """Typeset one PDF; a failure is reported in the outcome, never raised."""
        try:
            sources = [self.stylesheet.parse(path) for path in job.documents]
            if job.edition:
                about = self.stylesheet.parse(job.collection) if job.collection else None
                html = self.stylesheet.edition_html(sources, about)
            else:
                html = self.stylesheet.document_html(sources[0])
            typeset = self.typesetter.typeset(html)
        except InputError as error:
            return _Outcome(job.target, diagnostic=error.diagnostic)
        except TeiconvError as error:
            return _Outcome(job.target, diagnostic=Diagnostic(
                str(job.target), 1, 1, Severity.ERROR, "pdf-build", str(error)))
        job.target.write_bytes(typeset.pdf)
        return _Outcome(job.target, typeset.pages)


# A worker process keeps one pipeline for all the PDFs it makes.
_worker_edition: PdfEdition | None = None


def _start_worker(declaration: Edition) -> None:
    global _worker_edition
    _worker_edition = PdfEdition(declaration)


def _work(job: _Job) -> _Outcome:
    return _worker_edition._make(job)
