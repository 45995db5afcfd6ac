"""Running one function over many documents: in this process, or in a pool of worker processes.

Results always come back in the order the documents were given, so what the build writes does
not depend on the number of processes.  Workers are started once per build ("spawn": Saxon's
runtime must not be forked once started) and kept for every stage, each compiling its tools
once (:mod:`.tools`), except that ``heavy`` work (a PDF each) is done in rounds of
:data:`HEAVY_TASKS_PER_WORKER` a worker, each round by fresh workers: a worker's memory grows
with every PDF it lays out (about 0.2 MB: Saxon's and WeasyPrint's caches), and a build's memory
must not grow with the corpus.  A task that raises (a bug, not a bad document: those are diagnostics)
comes back as a :class:`Crash`, so it fails one document, not the build; so does a task whose
worker dies under it (killed by the system for its memory, or crashed in a library): each worker
posts the task it is doing on a shared board (:class:`_Board`), so the task that took its worker
down is known, and the others the broken pool had not answered go to fresh workers.

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
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol

from ..diagnostics import TeiconvError

#: How often a worker checks that the build's main process is still there.
PARENT_POLL_SECONDS = 0.5

#: Heavy tasks a worker does before fresh workers take over (:meth:`Workers.map`): 200 PDFs
#: keep a worker within about 40 MB of its start.
HEAVY_TASKS_PER_WORKER = 200


@dataclass(frozen=True)
class Crash:
    """What a task raised instead of its result, or why it has none (its worker died)."""

    error: str
    #: Whether teiconv itself failed (worth a report), rather than the machine under it.
    bug: bool = True


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
        self._board: _Board | None = None  # what each worker of the pool is doing
        self._retired: list[multiprocessing.Process] = []  # workers of earlier rounds

    def map(self, function: Callable[..., Any], tasks: Sequence[tuple], *, heavy: bool = False) -> Iterator[Any]:
        """``function(*task)`` for each task, in order; ``heavy`` tasks one at a time, in rounds
        of :data:`HEAVY_TASKS_PER_WORKER` a worker."""
        if self.jobs == 1 or len(tasks) < 2:
            return (call(function, task) for task in tasks)
        if heavy:
            return self._in_rounds(function, tasks)
        return self._surviving(function, list(tasks), chunk_size(len(tasks), self.jobs, heavy=False))

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Future:
        """Start ``function(*arguments)`` on a worker now (here, at once, with one job); its
        result is a :class:`Crash` if the worker dies under it."""
        future: Future = Future()
        if self.jobs == 1:
            future.set_result(call(function, arguments))
            return future
        started = self._executor().submit(_call_posted, function, [(None, arguments)])
        started.add_done_callback(lambda done: _relay(done, future))
        return future

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._board = _Board(context, self.jobs)
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                             initargs=(os.getpid(), self._board))
        return self._pool

    def _in_rounds(self, function: Callable[..., Any], tasks: Sequence[tuple]) -> Iterator[Any]:
        size = self.jobs * HEAVY_TASKS_PER_WORKER
        for start in range(0, len(tasks), size):
            if start:
                self._retire()
            yield from self._surviving(function, list(tasks[start:start + size]), 1)

    def _surviving(self, function: Callable[..., Any], tasks: Sequence[tuple], size: int) -> Iterator[Any]:
        """``function(*task)`` for each task, in order, ``size`` tasks to a worker at a time.

        When a worker dies, the pool breaks and answers nothing more: the task the dead worker
        had posted comes back as a :class:`Crash`, and every task not yet answered goes to fresh
        workers.  Workers that die with no task posted (at their start, say) twice in a row end
        the build with an error instead of being started again and again.
        """
        crashed: dict[int, Crash] = {}
        answered = 0  # tasks given back so far, in order
        idle_deaths = 0
        while answered < len(tasks):
            pool = self._executor()
            todo = [index for index in range(answered, len(tasks)) if index not in crashed]
            chunks = [todo[start:start + size] for start in range(0, len(todo), size)]
            futures = [pool.submit(_call_posted, function, [(index, tasks[index]) for index in chunk])
                       for chunk in chunks]
            try:
                for chunk, future in zip(chunks, futures):
                    for index, result in zip(chunk, future.result()):
                        yield from (crashed[earlier] for earlier in range(answered, index))
                        yield result
                        answered = index + 1
            except BrokenProcessPool:
                culprits = self._bury_broken_pool()
                crashed.update((index, _died()) for index in culprits)
                idle_deaths = 0 if culprits else idle_deaths + 1
                if idle_deaths == 2:
                    raise TeiconvError("the build's worker processes keep dying before they take any "
                                       "work (out of memory? try fewer --jobs)") from None
                continue
            yield from (crashed[index] for index in range(answered, len(tasks)))
            answered = len(tasks)

    def _bury_broken_pool(self) -> set[int]:
        """Forget the broken pool: the tasks its dead workers had posted.

        The pool's own thread ends the workers still alive (SIGTERM) and collects them all; an
        exit status read before it has done so may be lost to it, so it is read after.  The
        workers it ended are not the dead ones, and their tasks are only to be done again.
        """
        pool, board = self._pool, self._board
        self._pool = self._board = None
        processes = _processes(pool)
        pool.shutdown(wait=True)
        dead = {process.pid for process in processes if process.exitcode not in (None, 0, -signal.SIGTERM)}
        return board.tasks_of(dead)

    def _retire(self) -> None:
        """Hand what comes next to fresh workers; the present ones end once they have done what
        they were given (an edition volume started beside the round, say)."""
        if self._pool is not None:
            self._retired.extend(_processes(self._pool))
            self._pool.shutdown(wait=False)
            self._pool = self._board = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = self._board = None
        for process in self._retired:
            process.join()
        self._retired = []

    def stop(self) -> None:
        """End the workers now, queued and running work with them (the build was interrupted)."""
        processes, self._retired = self._retired, []
        if self._pool is not None:
            processes.extend(_processes(self._pool))
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._board = None
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


class _Board:
    """What each worker of one pool is doing: a slot per worker in memory the processes share,
    holding its process id and the index of the task it is on (-1 between tasks).  Only the
    worker writes its slot; the build reads the board once a worker has died."""

    IDLE = -1

    def __init__(self, context, workers: int):
        self._slots = context.Array("q", 2 * workers, lock=False)
        self._claimed = context.Value("i", 0)

    def claim(self) -> int:
        """This worker's slot (at its start)."""
        with self._claimed.get_lock():
            slot = self._claimed.value
            self._claimed.value += 1
        self._slots[2 * slot], self._slots[2 * slot + 1] = os.getpid(), self.IDLE
        return slot

    def post(self, slot: int, index: int) -> None:
        self._slots[2 * slot + 1] = index

    def tasks_of(self, pids: set[int]) -> set[int]:
        """The tasks the workers ``pids`` were on."""
        slots = self._slots[:]
        return {slots[at + 1] for at in range(0, len(slots), 2) if slots[at] in pids and slots[at + 1] != self.IDLE}


#: In a worker: the board of its pool and its slot there.
_posting: tuple[_Board, int] | None = None


def _start_worker(parent: int, board: _Board) -> None:
    global _posting
    belong_to(parent)
    _posting = board, board.claim()


def _call_posted(function: Callable[..., Any], tasks: Sequence[tuple[int | None, tuple]]) -> list[Any]:
    """``function(*task)`` for each (index, task), each index posted on the board while its task
    runs (None: a task submitted alone, which no map waits for)."""
    board, slot = _posting
    results = []
    for index, task in tasks:
        board.post(slot, _Board.IDLE if index is None else index)
        results.append(call(function, task))
        board.post(slot, _Board.IDLE)
    return results


def _relay(done: Future, future: Future) -> None:
    """Give ``future`` the outcome of the task ``done`` ran alone: a dead worker is a crash."""
    if done.cancelled():
        future.cancel()
    elif isinstance(done.exception(), BrokenProcessPool):  # this task's worker, or another of the pool
        future.set_result(Crash("a worker process died while this was being done (killed by the system, "
                                "perhaps for its memory, or crashed in a library)", bug=False))
    elif done.exception() is not None:
        future.set_result(Crash(f"{type(done.exception()).__name__}: {done.exception()}"))
    else:
        future.set_result(done.result()[0])


def _died() -> Crash:
    return Crash("the worker process doing this died (killed by the system, perhaps for its memory, "
                 "or crashed in a library)", bug=False)


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
