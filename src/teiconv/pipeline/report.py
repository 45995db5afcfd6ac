"""What a build did, stage by stage, and the hooks through which it shows progress.

The library never prints: the CLI passes a :class:`Progress` (a bar on a terminal, plain lines in
CI) and prints :meth:`BuildReport.table` and the diagnostics at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..diagnostics import Diagnostic, Severity


@dataclass
class StageReport:
    """One stage's count of documents: built now, already up to date, skipped, removed."""

    name: str
    documents: int = 0
    built: int = 0
    up_to_date: int = 0
    removed: int = 0
    seconds: float = 0.0
    #: What this build's work (and checks) found.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: What earlier builds found about inputs that have not changed since (still true).
    earlier: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics + self.earlier)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics + self.earlier)


@dataclass
class BuildReport:
    stages: list[StageReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(stage.errors for stage in self.stages)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Everything known to be wrong, found now or by an earlier build."""
        return [d for stage in self.stages for d in stage.earlier + stage.diagnostics]

    @property
    def news(self) -> list[Diagnostic]:
        """What to show: this build's findings and every error still standing (warnings about
        unchanged inputs were shown when they were found, and are only counted)."""
        return [d for stage in self.stages
                for d in [e for e in stage.earlier if e.severity is Severity.ERROR] + stage.diagnostics]

    def stage(self, name: str) -> StageReport:
        return next(stage for stage in self.stages if stage.name == name)

    def table(self) -> str:
        """The summary table printed at the end of ``teiconv build``."""
        header = ("stage", "documents", "built", "up to date", "removed", "warnings", "errors", "time")
        rows = [header] + [(s.name, str(s.documents), str(s.built), str(s.up_to_date), str(s.removed),
                            str(s.warnings), str(s.errors), f"{s.seconds:.2f} s") for s in self.stages]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                           for i, (cell, w) in enumerate(zip(row, widths))) for row in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)


class Progress(Protocol):
    """Told when a stage starts (with how many documents it must build), after each document,
    and when the stage ends."""

    def start(self, stage: str, total: int) -> None: ...

    def advance(self) -> None: ...

    def finish(self, report: StageReport) -> None: ...


class Silent:
    """No progress shown (the library's default)."""

    def start(self, stage: str, total: int) -> None:
        pass

    def advance(self) -> None:
        pass

    def finish(self, report: StageReport) -> None:
        pass
