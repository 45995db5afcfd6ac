"""Validating many files: collect them, check each against every schema, in parallel when it pays.

Each schema is compiled once per process.  Small batches run in this process; large ones are
spread over a pool of worker processes started fresh ("spawn": Saxon's runtime must not be
forked once started), each compiling its own engines once.  One file's problem never stops the
others: every file yields a :class:`FileResult`, in the order the files were given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, UsageError
from .safe_xml import DEFAULT_MAX_BYTES, XmlRefused, parse_file
from .schemas import Engine, load_engine

#: Below this many files, starting worker processes costs more than it saves (bench/).
PARALLEL_THRESHOLD = 2000
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
        name = name or str(path)
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
    if jobs > 1 and len(files) >= PARALLEL_THRESHOLD:
        yield from _in_pool(files, tuple(schemas), jobs, max_bytes)
    else:
        validator = Validator(schemas, max_bytes)
        for path in files:
            yield validator.check_file(path)


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
