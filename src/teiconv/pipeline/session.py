"""The state one build shares between its stages: the project, the options, the manifest, the
file hashes, the worker processes, progress, and the removal of outputs that lost their input."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from ..diagnostics import Diagnostic, Severity, os_error_diagnostic
from .hashing import FileHashes
from .manifest import Entry, Manifest
from .pool import Executor
from .project import BuildOptions, Project
from .report import BuildReport, Progress, StageReport


@dataclass
class Session:
    project: Project
    options: BuildOptions
    manifest: Manifest
    workers: Executor
    progress: Progress
    report: BuildReport = field(default_factory=BuildReport)

    def __post_init__(self) -> None:
        self.hashes = FileHashes(dict(self.manifest.files))
        #: The folders listed so far, and the names of the files in them.
        self._listed: set[str] = set()
        self._present: set[str] = set()

    @cached_property
    def registers_digest(self) -> str:
        """The content of the project's registers ("" without them), read once per build: the
        names every stage marks, prints and lists depend on it."""
        if not self.project.registers.is_dir():
            return ""
        # Imported here: registers need lxml, which a no-op build of a project without them skips.
        from ..registers import load_registers

        return load_registers(self.project.registers).digest

    def hash(self, name: str) -> str:
        return self.hashes(self.project.file(name))

    @contextmanager
    def stage(self, name: str) -> Iterator[StageReport]:
        """Time a stage and add its report to the build's."""
        report = StageReport(name)
        self.report.stages.append(report)
        started = time.perf_counter()
        try:
            yield report
        finally:
            report.seconds = time.perf_counter() - started
            self.progress.finish(report)

    def exists(self, name: str) -> bool:
        """Whether the project's file ``name`` is there.  Each folder is listed once per build,
        its files' names kept in one set: a no-op build checks tens of thousands of files, and a
        set lookup is what checking one then costs (not a stat, nor splitting the name)."""
        if name in self._present:
            return True
        folder = name.rpartition("/")[0]
        if folder in self._listed:
            return False
        self._list(folder)
        return name in self._present

    def _list(self, folder: str) -> None:
        self._listed.add(folder)
        try:
            files = os.listdir(self.project.file(folder))
        except (FileNotFoundError, NotADirectoryError):
            return
        prefix = f"{folder}/" if folder else ""
        self._present.update(prefix + file for file in files)

    def present(self, entry: Entry) -> bool:
        """Whether every file ``entry`` wrote is still there."""
        names = entry.output_names
        return self._present.issuperset(names) or all(map(self.exists, names))

    def remove_outputs(self, outputs: dict[str, str | None], report: StageReport, keep=frozenset()) -> None:
        """Delete the files in ``outputs`` (except ``keep``).  A file recorded with a hash is
        deleted only if it still has it: anything else is someone's edit and is kept, with a
        warning."""
        removed = False
        for name, written in outputs.items():
            path = self.project.path(name)
            if name in keep or not path.exists():
                continue
            if written is not None and self.hashes(path) != written:
                report.diagnostics.append(Diagnostic(
                    str(path), 1, 1, Severity.WARNING, "build-kept-edit",
                    "its input is gone, but the file was edited since teiconv wrote it: kept"))
                continue
            path.unlink()
            self.hashes.forget(path)
            self._present.discard(name)
            self._listed.discard(name.rpartition("/")[0])  # listed again when next asked
            removed = True
        report.removed += removed

    def finish(self) -> None:
        """Save the stat cache of every file this build looked at and close the manifest (a
        no-op build changes no row); a manifest that cannot be saved is reported with the stages'
        findings, not instead of them."""
        try:
            self.manifest.save_files(self.hashes.seen)
            self.manifest.close()
        except OSError as error:
            self.report.stages.append(StageReport("manifest", diagnostics=[
                os_error_diagnostic(error, "build-manifest", "cannot save the build's record")]))
