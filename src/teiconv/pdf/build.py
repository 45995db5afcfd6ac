"""Build the PDF edition: one PDF per document and one of the whole edition.

Every input is tried; a file that cannot be read or rendered becomes a diagnostic and the others
still get their PDFs.  The edition is built from the documents that parsed.

The edition is laid out from all its documents at once, so its memory grows with it: past
``volume_size`` documents it is split into volumes (``edition-1.pdf``, ``edition-2.pdf``, …)
of at most that many, in the edition's order, each a book with the collection's front matter.

Layout dominates the run time, and each PDF is laid out on its own, so the PDFs can be made in
parallel: with ``jobs > 1`` worker processes (the build's, :class:`teiconv.pipeline.pool.Workers`)
each load the stylesheet and fonts once and take PDFs one at a time, the edition (the longest)
first, fresh workers taking over every few hundred PDFs (a worker's memory grows with each PDF it
lays out).  A PDF whose worker dies under it is reported; the others are still made.  The bytes
do not depend on ``jobs``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError, os_error_diagnostic
from ..edition import Edition, load_edition
from ..files import tei_files
from ..registers.model import entry_labels
from ..validation.safe_xml import PUBLISHING
from .stylesheet import Kind, PrintStylesheet
from .typesetter import Typesetter

EDITION_NAME = "edition.pdf"
#: Larger TEI files are refused before layout: our largest document is under 20 kB, and layout
#: time grows with size (a 5 MB file takes about ten minutes).  ``--max-size`` raises it.
DEFAULT_MAX_BYTES = 1024 * 1024
#: Documents in one volume of the edition PDF, by default (a 500-document volume is a few
#: thousand pages, laid out in about a gigabyte).
VOLUME_SIZE = 500

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
class PdfJob:
    """One PDF to make: a document alone, or the edition (or a volume of it) of several, with
    their collection.  Small and picklable: a unit of work for another process."""

    target: Path
    documents: tuple[Path, ...]
    collection: Path | None = None
    edition: bool = False


@dataclass(frozen=True)
class PdfOutcome:
    """A PDF made (its pages) or what stopped it."""

    target: Path
    pages: int = 0
    diagnostic: Diagnostic | None = None


class PdfEdition:
    """The print pipeline with its stylesheet, fonts and CSS loaded once for many builds."""

    def __init__(self, declaration: Edition | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 registers_dir: Path | None = None) -> None:
        """``declaration``: the project's edition (default: the current folder's, load_edition);
        ``max_bytes``: the largest TEI file laid out (a guard against hours of layout);
        ``registers_dir``: the registers whose names head the entries of the index of names."""
        self.declaration = declaration or load_edition()
        self.max_bytes = max_bytes
        self.registers_dir = registers_dir
        self.stylesheet = PrintStylesheet(self.declaration, replace(PUBLISHING, max_bytes=max_bytes),
                                          entry_labels(registers_dir))
        self.typesetter = Typesetter()

    def build(self, paths: Iterable[Path], out_dir: Path, *, edition: bool = True,
              jobs: int | None = 1, volume_size: int = VOLUME_SIZE, each: bool = True,
              progress: Callable[[Path, int, int], None] | None = None) -> PdfBuild:
        """Write ``<id>.pdf`` for each document in ``paths`` (unless not ``each``) and, if asked,
        ``edition.pdf`` (or its volumes of ``volume_size`` documents), using up to ``jobs``
        processes (``None``: one per core).  ``progress(pdf, done, total)`` is called as each PDF
        is finished (or has failed)."""
        jobs = jobs or os.cpu_count() or 1
        out_dir.mkdir(parents=True, exist_ok=True)  # a folder that cannot be made stops the run, once
        result = PdfBuild()
        documents, collection = self._classify(tei_files(paths, "typeset"), result)
        work = [PdfJob(out_dir / f"{path.stem}.pdf", (path,)) for _, path in documents] if each else []
        if edition:
            work[:0] = _volume_jobs(documents, collection, out_dir, volume_size)
        if jobs > 1 and len(work) >= _WORTH_A_POOL:
            outcomes = _reported(self._in_workers(work, min(jobs, len(work))), len(work), progress)
        else:
            outcomes = _reported(map(self.make, work), len(work), progress)
        books = {job.target for job in work if job.edition}
        for outcome in sorted(outcomes, key=lambda o: o.target in books):
            if outcome.diagnostic:
                result.diagnostics.append(outcome.diagnostic)
            else:
                result.written.append(outcome.target)
                result.pages += outcome.pages
        result.documents = len(documents)
        return result

    def _in_workers(self, work: list[PdfJob], jobs: int) -> Iterator[PdfOutcome]:
        """The outcome of each job, in order, from ``jobs`` worker processes."""
        from ..pipeline.pool import Crash, Workers

        settings = (self.declaration, self.max_bytes, self.registers_dir)
        with Workers(jobs) as workers:
            for job, outcome in zip(work, workers.map(_work, [(job, *settings) for job in work], heavy=True)):
                if isinstance(outcome, Crash):
                    outcome = PdfOutcome(job.target, diagnostic=Diagnostic(
                        str(job.target), 1, 1, Severity.ERROR, "pdf-build", f"no PDF: {outcome.error}"))
                yield outcome

    def edition_jobs(self, paths: Iterable[Path], out_dir: Path,
                     volume_size: int = VOLUME_SIZE) -> tuple[list[PdfJob], list[Diagnostic]]:
        """The edition of the TEI files in ``paths`` as PDFs to make (:meth:`make`), one per
        volume of ``volume_size`` documents, in order; and the files that are no TEI.  Each
        volume is laid out on its own, so they can be made in parallel."""
        result = PdfBuild()
        documents, collection = self._classify(tei_files(paths, "typeset"), result)
        return _volume_jobs(documents, collection, out_dir, volume_size), result.diagnostics

    def _classify(self, files: list[Path], result: PdfBuild) -> tuple[list[tuple[tuple, Path]], Path | None]:
        """The documents (each with its place in the edition) and the collection file among
        ``files``; the rest are diagnostics.  Read one at a time: none is kept."""
        documents: list[tuple[tuple, Path]] = []
        collection = None
        for path in files:
            try:
                source = self.stylesheet.parse(path)
            except InputError as error:
                result.diagnostics.append(error.diagnostic)
                continue
            if source.kind is Kind.COLLECTION:
                collection = path
            else:
                documents.append((self.stylesheet.edition_order(source), path))
        return documents, collection

    def make(self, job: PdfJob) -> PdfOutcome:
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
            return PdfOutcome(job.target, diagnostic=error.diagnostic)
        except TeiconvError as error:
            return PdfOutcome(job.target, diagnostic=Diagnostic(
                str(job.target), 1, 1, Severity.ERROR, "pdf-build", str(error)))
        try:
            job.target.parent.mkdir(parents=True, exist_ok=True)
            job.target.write_bytes(typeset.pdf)
        except OSError as error:
            return PdfOutcome(job.target, diagnostic=os_error_diagnostic(error, "pdf-write", "cannot write the PDF"))
        return PdfOutcome(job.target, typeset.pages)


def _reported(outcomes: Iterable[PdfOutcome], total: int,
              progress: Callable[[Path, int, int], None] | None) -> list[PdfOutcome]:
    """All ``outcomes``, telling ``progress`` of each as it comes."""
    finished = []
    for outcome in outcomes:
        finished.append(outcome)
        if progress:
            progress(outcome.target, len(finished), total)
    return finished


def _volume_jobs(documents: list[tuple[tuple, Path]], collection: Path | None, out_dir: Path,
                 size: int) -> list[PdfJob]:
    """The edition's volumes as PDFs to make, from its ``documents`` (each with its place in the
    edition) and the ``collection`` that opens each volume."""
    in_order = [path for _, path in sorted(documents)]
    return [PdfJob(out_dir / name, tuple(volume), collection, edition=True)
            for name, volume in volumes(in_order, size)] if in_order else []


def volumes(documents: Sequence[Path], size: int) -> list[tuple[str, Sequence[Path]]]:
    """The edition's files and their documents (given in the edition's order): one
    ``edition.pdf`` up to ``size`` documents, else volumes of ``size`` (the last fewer)."""
    if len(documents) <= size:
        return [(EDITION_NAME, documents)]
    stem = EDITION_NAME.removesuffix(".pdf")
    return [(f"{stem}-{number}.pdf", documents[start:start + size])
            for number, start in enumerate(range(0, len(documents), size), start=1)]


#: In a worker process: one pipeline for all the PDFs it makes with the same settings.
_worker_editions: dict[tuple, PdfEdition] = {}


def _work(job: PdfJob, declaration: Edition, max_bytes: int, registers_dir: Path | None) -> PdfOutcome:
    settings = (declaration, max_bytes, registers_dir)
    if settings not in _worker_editions:
        _worker_editions[settings] = PdfEdition(*settings)
    return _worker_editions[settings].make(job)
