"""Diagnostics and errors: the one vocabulary every stage uses to tell the user what went wrong.

A :class:`Diagnostic` is a message tied to a place in a file (``file:line:col``) with a severity
and a stable rule id.  Stages collect diagnostics instead of printing them, so the library never
writes to the terminal and the CLI decides how to show them (text, JSON, JUnit, GitHub).

:class:`TeiconvError` is the root of the exceptions the library raises on purpose; the CLI turns
each into a one-line message and a non-zero exit code, so no traceback reaches a user.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


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


class InstallationError(TeiconvError):
    """teiconv itself is incomplete (its stylesheets or schemas are not where it was installed):
    no command can run, whatever its input."""

    exit_code = 2


class OutputError(TeiconvError):
    """A file or folder cannot be written (or read) for a reason of the system's: its message is
    :func:`os_error_text`, so every command says it the same way."""

    def __init__(self, error: OSError):
        super().__init__(os_error_text(error))


def os_error_text(error: OSError) -> str:
    """``out/pdf: Not a directory``: the path the system names and its reason, no errno noise."""
    # mkdir(exist_ok=True), the only way teiconv meets it, says "File exists" of a file in the way
    reason = "exists and is not a folder" if isinstance(error, FileExistsError) else error.strerror or str(error)
    names = [display_name(name) for name in (error.filename, error.filename2) if name is not None]
    return ": ".join([" -> ".join(names), reason] if names else [reason])


def os_error_diagnostic(error: OSError, rule: str, doing: str, file: str | None = None) -> Diagnostic:
    """An OS error met while ``doing`` something for ``file`` (default: the path it names)."""
    name = file or (display_name(error.filename) if error.filename is not None else "<output>")
    return Diagnostic(name, 1, 1, Severity.ERROR, rule, f"{doing}: {os_error_text(error)}")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def display_name(path: str | bytes | os.PathLike) -> str:
    """A file name as text any report can carry (UTF-8, XML, a terminal): bytes that are not
    UTF-8 and control characters are shown as ``\\xNN`` escapes, everything else as is."""
    raw = os.fsencode(Path(path) if not isinstance(path, (str, bytes)) else path)
    text = raw.decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
