"""``teiconv serve``: preview ``out/html`` on this machine, rebuilding when a source changes.

The server listens on 127.0.0.1 only (a preview, not a publication).  A watcher polls
``seeds/``, ``tei/``, ``registers/``, ``xslt/`` and ``schema/`` twice a second (no extra
dependency, and polling works on every file system) and runs the incremental build when anything
there changes, and again if a source changed while it ran; the build's own writes to ``tei/``
are not mistaken for edits.  A rebuild that cannot run (a register file saved half edited, say)
is reported and the preview goes on: the watcher rebuilds once the file is mended.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..diagnostics import TeiconvError
from ..resources import data_dir
from .edition import build_edition
from .project import BuildOptions, Project
from .report import BuildReport, Progress, Silent

POLL_SECONDS = 0.5


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file under ``folders``."""
    state = {}
    for folder in folders:
        for directory, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(directory, name)
                try:
                    stat = os.stat(path)
                except FileNotFoundError:
                    continue
                state[path] = (stat.st_size, stat.st_mtime_ns)
    return state


class Preview:
    """A local web server over the built site plus a watcher that keeps it up to date."""

    def __init__(self, project: Project, options: BuildOptions, port: int = 8000,
                 progress: Progress | None = None):
        self.project, self.options, self.progress = project, options, progress or Silent()
        project.html.mkdir(parents=True, exist_ok=True)
        handler = partial(_QuietHandler, directory=str(project.html))
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def sources(self) -> list[Path]:
        """The folders the build reads and never writes."""
        return [self.project.seeds, self.project.registers, data_dir("xslt"), data_dir("schema")]

    def build(self) -> BuildReport:
        return build_edition(self.project, self.options, self.progress)

    def serve(self, on_build: Callable[[BuildReport], None], on_failure: Callable[[TeiconvError], None],
              stop_after: float | None = None) -> None:
        """Serve until interrupted (or for ``stop_after`` seconds), calling ``on_build`` with the
        report of every build the watcher starts, or ``on_failure`` with why it could not run."""
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        deadline = None if stop_after is None else time.monotonic() + stop_after
        tei = [self.project.tei]  # read by the build, and written by it
        try:
            seen = snapshot(self.sources), snapshot(tei)
            while deadline is None or time.monotonic() < deadline:
                time.sleep(POLL_SECONDS)
                now = snapshot(self.sources), snapshot(tei)
                if now != seen:
                    try:
                        on_build(self.build())
                    except TeiconvError as error:
                        on_failure(error)
                    # The build's own writes to tei/ are not edits; a source edited while it
                    # ran differs from `now`, and is built next.
                    seen = now[0], snapshot(tei)
        finally:
            self.server.shutdown()
            self.server.server_close()
