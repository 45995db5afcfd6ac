"""The incremental decision, shared by every stage: which inputs to redo, which are up to date,
and which outputs lost their input.

An input is up to date when the manifest holds an entry for it with the same key (hash of the
input and of the stage's tools, plus whatever else its output depends on) and every file that
entry wrote is still there.  Up-to-date entries are kept as they are, diagnostics included, so a
broken document is reported on every build until it is fixed.  Outputs of inputs that are gone,
and outputs an input no longer produces, are removed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..diagnostics import Diagnostic, Severity
from .manifest import Entry
from .pool import Crash
from .report import StageReport
from .session import Session


class Batch:
    """One stage's inputs (name → key), classified against the manifest on creation."""

    def __init__(self, session: Session, stage: str, report: StageReport, keys: Mapping[str, str],
                 redo: Callable[[Entry], bool] | None = None):
        self.session, self.stage, self.report = session, stage, report
        self.keys = dict(keys)
        self.previous = session.manifest.stage(stage)
        self.entries: dict[str, Entry] = {}
        self.todo: list[str] = []
        if session.options.force:
            self.todo.extend(self.keys)
        else:
            self._keep_up_to_date(redo)
        report.up_to_date += len(self.entries)
        report.documents += len(self.keys)

    def _keep_up_to_date(self, redo: Callable[[Entry], bool] | None) -> None:
        """Keep the previous entries that are up to date (with their diagnostics, still true);
        the other inputs are to do.  The loop of a no-op build, once per input and stage."""
        previous, present, earlier = self.previous.get, self.session.present, self.report.earlier
        for name, key in self.keys.items():
            entry = previous(name)
            if entry is not None and entry.key == key and present(entry) and not (redo and redo(entry)):
                self.entries[name] = entry
                if entry.diagnostics:
                    earlier.extend(entry.diagnostics)
            else:
                self.todo.append(name)

    def run(self, task: Callable[..., Any], arguments: Callable[[str], tuple],
            apply: Callable[[str, str, Any], Entry], *, heavy: bool = False, together: int = 1) -> None:
        """Do ``task(*arguments(name))`` for every input to redo, in worker processes, and
        record ``apply(name, key, result)`` for each, in input order.

        With ``together`` > 1, ``task`` is given the arguments of up to that many inputs at once
        (a list of tuples) and returns their results in a list: for work whose tools do a batch
        cheaper than its documents one by one (validation).  Each input is still recorded, and
        counted in the progress, on its own."""
        session = self.session
        session.progress.start(self.stage, len(self.todo))
        groups = [self.todo[start:start + together] for start in range(0, len(self.todo), together)]
        tasks = [arguments(group[0]) if together == 1 else ([arguments(name) for name in group],) for group in groups]
        for group, results in zip(groups, session.workers.map(task, tasks, heavy=heavy)):
            if together == 1 or isinstance(results, Crash):
                results = [results] * len(group)
            for name, result in zip(group, results):
                key = self.keys[name]
                self.record(name, self.crashed(name, key, result) if isinstance(result, Crash) else apply(name, key, result))
                session.progress.advance()
        session.manifest.commit()

    def crashed(self, name: str, key: str, crash: Crash) -> Entry:
        """A failed entry for a task that raised or whose worker died; keyed so that it is tried
        again next time."""
        report = " (a bug in teiconv, please report it)" if crash.bug else ""
        return Entry(f"crashed:{key}", False, [Diagnostic(
            self.session.project.shown(name), 1, 1, Severity.ERROR, "build-internal",
            f"{self.stage} failed on this file{report}: {crash.error}")])

    def record(self, name: str, entry: Entry) -> None:
        """Record the fresh work done for ``name``, in the manifest at once: a build interrupted
        later keeps it."""
        self.entries[name] = entry
        self.session.manifest.put(self.stage, name, entry)
        self.report.built += 1
        self.report.diagnostics.extend(entry.diagnostics)

    def commit(self) -> dict[str, Entry]:
        """Remove outputs that lost their input (or that their input no longer makes) and
        forget the inputs that are gone; the entries of the stage, by input."""
        for name, old in self.previous.items():
            new = self.entries.get(name)
            if new is not old:
                self.session.remove_outputs(old.outputs, self.report, keep=new.outputs if new else ())
        self.session.manifest.drop(self.stage, self.previous.keys() - self.entries.keys())
        self.session.manifest.commit()
        return self.entries
