"""Diagnostics and errors: the one vocabulary every stage uses to tell the user what went wrong.

A :class:`Diagnostic` is a message tied to a place in a file (``file:line:col``) with a severity
and a stable rule id.  Stages collect diagnostics instead of printing them, so the library never
writes to the terminal and the CLI decides how to show them (text, JSON, JUnit, GitHub).

:class:`TeiconvError` is the root of the exceptions the library raises on purpose; the CLI turns
each into a one-line message and a non-zero exit code, so no traceback reaches a user.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A message about one place in one file."""

    file: str
    line: int
    column: int
    severity: Severity
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.value}: [{self.rule}] {self.message}"

    def as_error(self) -> "Diagnostic":
        """The same diagnostic raised to an error (``--strict``)."""
        return Diagnostic(self.file, self.line, self.column, Severity.ERROR, self.rule, self.message)


class TeiconvError(Exception):
    """An error the user can act on; its text is shown as is, without a traceback."""

    exit_code = 1


class InputError(TeiconvError):
    """An input file cannot be read, decoded or parsed; :attr:`diagnostic` says where and why."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


class UsageError(TeiconvError):
    """The command was called with arguments that cannot work."""

    exit_code = 2
