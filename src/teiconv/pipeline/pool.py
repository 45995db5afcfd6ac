"""Running one function over many documents: in this process, or in a pool of worker processes.

Results always come back in the order the documents were given, so what the build writes does
not depend on the number of processes.  Workers are started once per build ("spawn": Saxon's
runtime must not be forked once started) and kept for every stage, each compiling its tools
once (:mod:`.tools`).  A task that raises (a bug, not a bad document: those are diagnostics)
comes back as a :class:`Crash`, so it fails one document, not the build.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Crash:
    """What a task raised, instead of its result."""

    error: str


class Workers:
    """``jobs`` processes for a build; with one job everything runs here."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable[..., Any], tasks: Sequence[tuple], *, heavy: bool = False) -> Iterator[Any]:
        """``function(*task)`` for each task, in order.  ``heavy`` tasks (seconds each, like a
        PDF) are handed out one at a time; light ones in chunks, to save the round trips."""
        if self.jobs == 1 or len(tasks) < 2:
            return (_call(function, task) for task in tasks)
        chunk = 1 if heavy else max(1, min(32, len(tasks) // (self.jobs * 8)))
        return self._executor().map(_call, [function] * len(tasks), tasks, chunksize=chunk)

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Future:
        """Start ``function(*arguments)`` on a worker now (here, at once, with one job)."""
        if self.jobs > 1:
            return self._executor().submit(_call, function, arguments)
        future: Future = Future()
        future.set_result(_call(function, arguments))
        return future

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _call(function: Callable[..., Any], task: tuple) -> Any:
    try:
        return function(*task)
    except Exception as error:  # noqa: BLE001 - reported as the document's failure
        return Crash(f"{type(error).__name__}: {error}")
