"""What a Dask worker does for a teiconv build besides its tasks (see :mod:`.cluster`)."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from . import tools
from .pool import watch_parent


class BuildTools(WorkerPlugin):
    """A Dask worker plugin: the worker's compiled tools are released when it closes, and the
    workers of a local cluster end with the build that started them."""

    name = "teiconv-build-tools"

    def __init__(self, build_process: int | None):
        self.build_process = build_process

    def setup(self, worker) -> None:
        if self.build_process is not None:
            # The worker's parent is the build's main process, which runs its nanny.
            watch_parent(self.build_process)

    def teardown(self, worker) -> None:
        tools.release()
