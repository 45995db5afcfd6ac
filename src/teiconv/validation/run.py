"""Validating many files: collect them, check each against every schema, in parallel when it pays.

Each schema is compiled once per process.  The first files are checked in this process; from
how long that took, and how long the schemas took to compile, the run decides whether the rest
would finish sooner in a pool of worker processes, each of which must start and compile the
schemas again (worth it for teiconv's schema from about a thousand files, never for tei_all's
five-second compilation at edition sizes).  Workers are started fresh ("spawn": Saxon's runtime
must not be forked once started).  One file's problem never stops the others: every file yields
a :class:`FileResult`, in the order the files were given.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, UsageError, display_name
from .safe_xml import DEFAULT_MAX_BYTES, XmlRefused, parse_file
from .schemas import Engine, load_engine

#: Files checked in this process before deciding whether a pool would finish sooner.
SAMPLE = 200
#: Seconds a worker process needs to start before it compiles anything (measured with bench/).
WORKER_START_SECONDS = 0.4
_CHUNK = 64


@dataclass(frozen=True)
class FileResult:
    """Everything the schemas said about one file."""

    name: str
    diagnostics: tuple[Diagnostic, ...]

    @property
    def valid(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)

    def strict(self) -> "FileResult":
        """The same result with every warning counted as an error (``--strict``)."""
        return FileResult(self.name, tuple(d.as_error() for d in self.diagnostics))


class Validator:
    """Compiled schemas, applied in order to each file."""

    def __init__(self, schemas: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES):
        self.engines: list[Engine] = [load_engine(path) for path in schemas]
        self.max_bytes = max_bytes

    def check_file(self, path: Path, name: str | None = None) -> FileResult:
        """What the schemas say about ``path``, shown as ``name`` (default: the path) in a form
        every report can carry (:func:`~teiconv.diagnostics.display_name`)."""
        name = display_name(name or path)
        try:
            doc = parse_file(path, name, self.max_bytes)
        except XmlRefused as refused:
            return FileResult(name, (refused.diagnostic,))
        found: list[Diagnostic] = []
        for engine in self.engines:
            found.extend(engine.check(doc))
        return FileResult(name, tuple(sorted(set(found))))


def collect(paths: Iterable[Path]) -> list[Path]:
    """The XML files named by ``paths`` (files as given, folders searched for ``*.xml``).

    A folder without any XML file is a usage error: validating nothing must not pass in CI.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.xml") if p.is_file())
            if not found:
                raise UsageError(f"{path}: no XML files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def validate_files(
    files: Sequence[Path],
    schemas: Sequence[Path],
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[FileResult]:
    """Check ``files`` against ``schemas``; results come in the order of ``files``.

    Raises :class:`~teiconv.validation.errors.SchemaError` (before any result) when a schema
    cannot be used.
    """
    jobs = jobs or os.cpu_count() or 1
    started = time.perf_counter()
    validator = Validator(schemas, max_bytes)
    compile_seconds = time.perf_counter() - started
    sample, rest = files[:SAMPLE], files[SAMPLE:]
    started = time.perf_counter()
    for path in sample:
        yield validator.check_file(path)
    per_file = (time.perf_counter() - started) / max(len(sample), 1)
    if jobs > 1 and _pool_pays(len(rest), per_file, compile_seconds, jobs):
        yield from _in_pool(rest, tuple(schemas), jobs, max_bytes)
    else:
        for path in rest:
            yield validator.check_file(path)


def _pool_pays(count: int, per_file: float, compile_seconds: float, jobs: int) -> bool:
    """Whether ``count`` files would be done sooner by ``jobs`` fresh workers than here."""
    here = count * per_file
    return WORKER_START_SECONDS + compile_seconds + here / jobs < here


# ---------------------------------------------------------------- worker processes

_worker: Validator | Exception | None = None


def _start_worker(schemas: tuple[Path, ...], max_bytes: int) -> None:
    global _worker
    try:
        _worker = Validator(schemas, max_bytes)
    except Exception as error:  # reported by the first task, so the parent sees the real cause
        _worker = error


def _check_in_worker(path: Path) -> FileResult:
    if isinstance(_worker, Exception):
        raise _worker
    return _worker.check_file(path)


def _in_pool(files: Sequence[Path], schemas: tuple[Path, ...], jobs: int, max_bytes: int) -> Iterator[FileResult]:
    chunk = max(1, min(_CHUNK, len(files) // (jobs * 4)))
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"),
                             initializer=_start_worker, initargs=(schemas, max_bytes)) as pool:
        yield from pool.map(_check_in_worker, files, chunksize=chunk)
