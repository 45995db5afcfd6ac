"""The whole build: convert → validate → PDF → HTML, each stage on what the previous one let
through, all sharing one manifest and one set of workers (a local pool, or a Dask cluster).

Interrupted (Ctrl-C), the build stops its workers at once, queued work included, and keeps
what finished: the manifest holds every result as it arrived, and the next build redoes only
the rest."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from . import stage_convert, stage_html, stage_pdf, stage_validate, tools
from .manifest import Manifest
from .pool import Executor, Workers
from .project import BuildOptions, Project
from .report import BuildReport, Progress, Silent
from .session import Session


def build_edition(project: Project | None = None, options: BuildOptions | None = None,
                  progress: Progress | None = None) -> BuildReport:
    """Bring ``tei/`` and ``out/`` up to date with ``seeds/`` and the tools; redo only what
    changed.  Never raises for a bad document: its diagnostics are in the report.
    Defaults: the current folder, :class:`BuildOptions` (), no progress shown.
    Raises :class:`KeyboardInterrupt` when interrupted, the finished work kept."""
    project, options, progress = project or Project(), options or BuildOptions(), progress or Silent()
    with fewer_cycle_collections(), executor(options) as workers:
        session = Session(project, options, Manifest.load(project.out), workers, progress)
        try:
            failed = stage_convert.run(session)
            valid = stage_validate.run(session, failed)
            pdfs = stage_pdf.run(session, valid)
            stage_html.run(session, valid, pdfs)
        finally:
            session.finish()
            tools.release()
    return session.report


def executor(options: BuildOptions) -> Executor:
    """Where the per-document work runs: the Dask cluster at ``options.scheduler``, else a
    pool of ``options.processes`` local processes."""
    if options.scheduler is None:
        return Workers(options.processes)
    from .cluster import ClusterWorkers

    return ClusterWorkers(options.scheduler, options.processes)


#: Allocations between two runs of Python's cycle collector during a build (Python's own: 700).
ALLOCATIONS_PER_COLLECTION = 100_000


@contextmanager
def fewer_cycle_collections() -> Iterator[None]:
    """Run Python's cycle collector less often in the build's process while it builds.  A build
    holds a few objects per document and stage (manifest entries, keys, records: 300,000 for
    10,000 documents) from start to end, none in a cycle; at Python's default pace the collector
    went over them again and again, three or four times in full, which was a fifth of a no-op
    build's CPU (0.35-0.45 s of 2 s for 10,000 documents).  Cycles are still collected, every
    :data:`ALLOCATIONS_PER_COLLECTION` allocations; the workers are processes of their own,
    untouched; the caller's setting is restored."""
    before = gc.get_threshold()
    gc.set_threshold(ALLOCATIONS_PER_COLLECTION, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
