"""The stages' per-document work on a Dask distributed cluster (``teiconv build --scheduler``).

Dask (the ``cluster`` extra) schedules the tasks; this module only adapts it to the interface of
:class:`~.pool.Workers`, so the stages do not know where they run:

- results come back in the order the documents were given (the build records them in that
  order, so the output does not depend on the executor);
- tasks carry file names and return small results (ids, hashes, diagnostics): the workers must
  see the project folder at the same path, as on one machine or a shared file system;
- each worker process compiles its stylesheets and schemas once (:mod:`.tools` caches them per
  process; :class:`BuildTools` releases them when the worker closes) and runs one teiconv task
  at a time (Saxon is not shared between threads; ``dask worker --nthreads 1`` wastes nothing);
- a worker that dies costs only its tasks: the scheduler hands them to another worker (up to
  ``distributed.scheduler.allowed-failures`` times, then the documents fail as a crash);
- the build's Ctrl-C cancels every queued task, and the workers of ``--scheduler local`` end
  with the main process (Dask's nannies watch their parent; :class:`~.worker_plugin.BuildTools` too).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from typing import Any

from .. import __version__
from ..diagnostics import UsageError
from .pool import Crash, call, chunk_size

#: ``--scheduler local``: a cluster of worker processes on this machine, for this build.
LOCAL = "local"
CONNECT_SECONDS = 10

_one_at_a_time = threading.Lock()


class ClusterWorkers:
    """The build's connection to a Dask scheduler (``tcp://host:8786``, or :data:`LOCAL`)."""

    def __init__(self, address: str, jobs: int):
        self.address, self.jobs = address, jobs
        self._cluster = None
        self._connection = None
        #: The tasks given out and maybe not done (what Ctrl-C cancels).
        self._pending: list = []

    @property
    def _client(self):
        """The connection, made on the first task (a no-op build starts no cluster)."""
        if self._connection is None:
            self._connection = self._connect()
        return self._connection

    def _connect(self):
        try:  # imported here: Dask takes seconds to import, and a no-op build needs no cluster
            import distributed

            from .worker_plugin import BuildTools
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'teiconv[cluster]'") from None
        address = self.address
        try:
            if address == LOCAL:
                self._cluster = distributed.LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                                         dashboard_address=None, silence_logs=40)
                address = self._cluster.scheduler_address
            client = distributed.Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError) as error:
            self._close_cluster()
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        try:
            client.register_plugin(BuildTools(os.getpid() if self._cluster else None))
            _check_versions(client)
        except BaseException:
            client.close()
            self._close_cluster()
            raise
        return client

    @property
    def workers(self) -> int:
        return max(1, len(self._client.scheduler_info()["workers"]))

    def map(self, function: Callable[..., Any], tasks: Sequence[tuple], *, heavy: bool = False) -> Iterator[Any]:
        """``function(*task)`` for each task, in order; light tasks travel in chunks."""
        if not tasks:
            return iter(())
        size = chunk_size(len(tasks), self.workers, heavy)
        chunks = [tasks[start:start + size] for start in range(0, len(tasks), size)]
        futures = self._client.map(_run_chunk, [function] * len(chunks), chunks, pure=False)
        self._pending = [future for future in self._pending if not future.done()] + futures
        return chain.from_iterable(_outcome(future, len(chunk)) for future, chunk in zip(futures, chunks))

    def submit(self, function: Callable[..., Any], *arguments: Any):
        """Start ``function(*arguments)`` on a worker now; ``.result()`` gives its outcome."""
        future = self._client.submit(_run_chunk, function, [arguments], pure=False)
        self._pending.append(future)
        return _Submitted(future)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._close_cluster()

    def stop(self) -> None:
        """Cancel every queued task (the build was interrupted), then close."""
        try:
            if self._connection is not None:
                self._connection.cancel([f for f in self._pending if not f.done()], force=True)
        finally:
            self.close()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> ClusterWorkers:
        return self

    def __exit__(self, kind, *rest) -> None:
        self.stop() if kind is not None else self.close()


class _Submitted:
    """A task started alone, its outcome read like a :class:`concurrent.futures.Future`'s."""

    def __init__(self, future):
        self._future = future

    def result(self) -> Any:
        return next(_outcome(self._future, 1))


def _outcome(future, count: int) -> Iterator[Any]:
    """The results of one chunk; every task a crash when the chunk could not be run at all
    (its workers kept dying: Dask's ``KilledWorker``)."""
    try:
        results = future.result()
    except Exception as error:  # noqa: BLE001 - the chunk's documents fail, not the build
        results = [Crash(f"{type(error).__name__}: {error}")] * count
    finally:
        future.release()
    yield from results


def _run_chunk(function: Callable[..., Any], tasks: Sequence[tuple]) -> list[Any]:
    """On a worker: the chunk's tasks, one teiconv task at a time in this process."""
    with _one_at_a_time:
        return [call(function, task) for task in tasks]


def _check_versions(client) -> None:
    """Every worker must run this teiconv: a document's key says which tools made it."""
    versions = client.run(_version)
    wrong = sorted(worker for worker, version in versions.items() if version != __version__)
    if wrong:
        raise UsageError(f"the Dask workers {', '.join(wrong)} run another teiconv than this "
                         f"build's {__version__}: install the same one on every worker")


def _version() -> str:
    return __version__
