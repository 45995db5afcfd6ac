"""Running one function over many documents: in this process, or in a pool of worker processes.

Results always come back in the order the documents were given, so what the build writes does
not depend on the number of processes.  Workers are started once per build ("spawn": Saxon's
runtime must not be forked once started) and kept for every stage, each compiling its tools
once (:mod:`.tools`), except that ``heavy`` work (a PDF each) is done in rounds of
:data:`HEAVY_TASKS_PER_WORKER` a worker, each round by fresh workers: a worker's memory grows
with every PDF it lays out (about 0.2 MB: Saxon's and WeasyPrint's caches), and a build's memory
must not grow with the corpus.  A task that raises (a bug, not a bad document: those are diagnostics)
comes back as a :class:`Crash`, so it fails one document, not the build.

The workers belong to the build: they ignore Ctrl-C (the build's main process decides what to
keep, then ends them) and end themselves when the main process is gone, even killed outright
(:func:`watch_parent`), so an interrupted build leaves no process behind.  :mod:`.cluster` offers
the same interface over a Dask cluster.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Protocol

#: How often a worker checks that the build's main process is still there.
PARENT_POLL_SECONDS = 0.5

#: Heavy tasks a worker does before fresh workers take over (:meth:`Workers.map`): 200 PDFs
#: keep a worker within about 40 MB of its start.
HEAVY_TASKS_PER_WORKER = 200


@dataclass(frozen=True)
class Crash:
    """What a task raised, instead of its result."""

    error: str


class Executor(Protocol):
    """Where the stages' per-document work runs: :class:`Workers` or a cluster."""

    def map(self, function: Callable[..., Any], tasks: Sequence[tuple], *,
            heavy: bool = False) -> Iterator[Any]: ...

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Any: ...

    def close(self) -> None:
        """Wait for the work given, then end the workers."""

    def stop(self) -> None:
        """End the workers now, dropping the work queued (the build was interrupted)."""

    def __enter__(self) -> Executor: ...

    def __exit__(self, kind, *rest) -> None:
        """:meth:`stop` on an exception (Ctrl-C among them), else :meth:`close`."""


def chunk_size(tasks: int, workers: int, heavy: bool) -> int:
    """How many tasks travel together: ``heavy`` ones (seconds each, like a PDF) one at a time,
    light ones in chunks, to save the round trips while keeping every worker busy."""
    return 1 if heavy else max(1, min(32, tasks // (workers * 8)))


class Workers:
    """``jobs`` processes for a build; with one job everything runs here."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._retired: list[multiprocessing.Process] = []  # workers of earlier rounds

    def map(self, function: Callable[..., Any], tasks: Sequence[tuple], *, heavy: bool = False) -> Iterator[Any]:
        """``function(*task)`` for each task, in order; ``heavy`` tasks one at a time, in rounds
        of :data:`HEAVY_TASKS_PER_WORKER` a worker."""
        if self.jobs == 1 or len(tasks) < 2:
            return (call(function, task) for task in tasks)
        if heavy:
            return self._in_rounds(function, tasks)
        return self._executor().map(call, repeat(function), tasks,
                                    chunksize=chunk_size(len(tasks), self.jobs, heavy=False))

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Future:
        """Start ``function(*arguments)`` on a worker now (here, at once, with one job)."""
        if self.jobs > 1:
            return self._executor().submit(call, function, arguments)
        future: Future = Future()
        future.set_result(call(function, arguments))
        return future

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=belong_to, initargs=(os.getpid(),))
        return self._pool

    def _in_rounds(self, function: Callable[..., Any], tasks: Sequence[tuple]) -> Iterator[Any]:
        size = self.jobs * HEAVY_TASKS_PER_WORKER
        for start in range(0, len(tasks), size):
            if start:
                self._retire()
            yield from self._executor().map(call, repeat(function), tasks[start:start + size], chunksize=1)

    def _retire(self) -> None:
        """Hand what comes next to fresh workers; the present ones end once they have done what
        they were given (an edition volume started beside the round, say)."""
        if self._pool is not None:
            self._retired.extend(_processes(self._pool))
            self._pool.shutdown(wait=False)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        for process in self._retired:
            process.join()
        self._retired = []

    def stop(self) -> None:
        """End the workers now, queued and running work with them (the build was interrupted)."""
        processes, self._retired = self._retired, []
        if self._pool is not None:
            processes.extend(_processes(self._pool))
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind, *rest) -> None:
        self.stop() if kind is not None else self.close()


def _processes(pool: ProcessPoolExecutor) -> list[multiprocessing.Process]:
    """The worker processes of ``pool`` (ProcessPoolExecutor has no public way to end running
    tasks before Python 3.14, so the build ends the processes themselves when it must)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def call(function: Callable[..., Any], task: tuple) -> Any:
    try:
        return function(*task)
    except Exception as error:  # noqa: BLE001 - reported as the document's failure
        return Crash(f"{type(error).__name__}: {error}")


def belong_to(parent: int) -> None:
    """Make this worker process part of the build run by ``parent``: Ctrl-C is the main
    process's to handle, and the worker ends when that process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent)


def watch_parent(parent: int) -> None:
    """End this process as soon as ``parent`` (the process that started it) is gone.

    A worker killed with its parent would otherwise finish every task it had queued and then
    wait forever: its task queue never reaches end of file, since the worker holds that queue's
    writing end itself.  Polling ``getppid`` works on every POSIX system (an orphan is adopted
    by another process) and costs nothing measurable.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="teiconv-parent-watch", daemon=True).start()
