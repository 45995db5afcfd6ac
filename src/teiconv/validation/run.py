"""Validating many files: collect them, check each against every schema, in parallel when it pays.

Each schema is compiled once per process, and files are checked a batch at a time, each engine
over the whole batch (:class:`Validator`).  The rest may go to a pool of worker processes, on
cores nothing else is using; workers take chunks of files, not one task per file.  Where it is
safe, a worker is a fork of this process and inherits its compiled schemas (ready in
milliseconds), so a run of more than a few hundred files uses the pool at once.  Otherwise a
worker is started fresh and compiles them again ("spawn", a few tenths of a second: Saxon's
runtime, which a Schematron schema in XPath 2.0 or later needs, must not be forked once
started), and the first files are checked in this process for a tenth of a second or so; from
how long that took, and how long the schemas took to compile, the run decides whether the rest
would finish sooner in the pool.  A large RELAX NG grammar (tei_all) goes to jing in a Java
process of its own, which runs beside this one (:mod:`.jing`).
One file's problem never stops the others: every file yields a :class:`FileResult`, in the order
the files were given.  With a result cache (:mod:`.cache`), files whose bytes were checked
against the same schemas before are not checked again, and schemas are compiled only when some
file is new.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, UsageError, display_name
from .cache import ResultCache, digest
from . import schematron
from .jing import JingFailed, JingRun, readable_by_jing
from .safe_xml import DEFAULT_MAX_BYTES, XmlDocument, XmlRefused, parse_bytes, parse_file, read_limited
from .schemas import Engine, checked_by_jing, load_engine

#: Files checked in this process before deciding whether a pool would finish sooner: at most
#: SAMPLE of them, for at most SAMPLE_SECONDS.  The sooner the decision, the more of the work a
#: worker takes, since its start (about a second on two cores) overlaps the checks here; a tenth
#: of a second of files (15-30 of teiconv's) is enough to tell a run of minutes from one of seconds.
SAMPLE = 200
SAMPLE_SECONDS = 0.1
_SAMPLE_BATCH = 8
#: Seconds a worker process needs to start before it compiles anything (measured with bench/):
#: a fresh interpreter, or a fork of this one.
WORKER_START_SECONDS = 0.4
FORKED_WORKER_START_SECONDS = 0.02
_CHUNK = 64
#: New results written to the cache at a time (an interrupted run keeps what it has done).
_CACHE_BATCH = 500


@dataclass(frozen=True)
class FileResult:
    """Everything the schemas said about one file."""

    name: str
    diagnostics: tuple[Diagnostic, ...]
    #: SHA-256 of the bytes checked (None when the file could not be read): the result's cache key.
    digest: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def valid(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)

    def strict(self) -> "FileResult":
        """The same result with every warning counted as an error (``--strict``)."""
        return FileResult(self.name, tuple(d.as_error() for d in self.diagnostics), self.digest)


class Validator:
    """Compiled schemas, applied in order to each file.

    Files are checked a batch at a time: every document of a batch is parsed, then each engine
    checks them all in turn.  An engine going from document to document keeps its code and data in
    the CPU's caches, where one document taken through lxml's parser, libxml2's RELAX NG and
    libxslt's Schematron before the next is begun evicts them: a batch of 32 of teiconv's documents
    costs a quarter less CPU.
    """

    #: Most documents, and most bytes of them, held parsed at once.
    BATCH_FILES = 32
    BATCH_BYTES = 4 * 1024 * 1024

    def __init__(self, schemas: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES):
        self.engines: list[Engine] = [load_engine(path) for path in schemas]
        self.max_bytes = max_bytes

    def check_file(self, path: Path, name: str | None = None) -> FileResult:
        """What the schemas say about ``path``, shown as ``name`` (default: the path) in a form
        every report can carry (:func:`~teiconv.diagnostics.display_name`)."""
        return self.check_files([path], [name or path])[0]

    def check_files(self, paths: Sequence[Path], names: Sequence[str | Path] | None = None) -> list[FileResult]:
        """What the schemas say about each of ``paths`` (shown as ``names``, default the paths), in order."""
        results: list[FileResult | None] = []
        batch: list[tuple[int, XmlDocument]] = []
        size = 0
        for path, name in zip(paths, names or paths):
            parsed = self._parse(path, display_name(name))
            results.append(parsed if isinstance(parsed, FileResult) else None)
            if isinstance(parsed, XmlDocument):
                batch.append((len(results) - 1, parsed))
                size += len(parsed.source)
                if len(batch) == self.BATCH_FILES or size >= self.BATCH_BYTES:
                    self._judge(batch, results)
                    batch, size = [], 0
        self._judge(batch, results)
        return results

    def _parse(self, path: Path, name: str) -> XmlDocument | FileResult:
        """The parsed document, or the result that says why it cannot be checked."""
        try:
            data = read_limited(path, name, self.max_bytes)
        except XmlRefused as refused:
            return FileResult(name, (refused.diagnostic,))
        try:
            return parse_bytes(data, name)
        except XmlRefused as refused:
            return FileResult(name, (refused.diagnostic,), digest(data))

    def _judge(self, batch: list[tuple[int, XmlDocument]], results: list[FileResult | None]) -> None:
        """Every engine on every document of ``batch``, one engine at a time; the results in their places."""
        docs = [doc for _, doc in batch]
        found: list[list[Diagnostic]] = [[] for _ in docs]
        for engine in self.engines:
            for diagnostics, more in zip(found, engine.check_many(docs)):
                diagnostics.extend(more)
        for (index, doc), diagnostics in zip(batch, found):
            results[index] = FileResult(doc.name, tuple(sorted(set(diagnostics))), digest(doc.source))


def collect(paths: Iterable[Path]) -> list[Path]:
    """The XML files named by ``paths`` (files as given, folders searched for ``*.xml``).

    A folder without any XML file is a usage error: validating nothing must not pass in CI.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.xml") if p.is_file())
            if not found:
                raise UsageError(f"{path}: no XML files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def validate_files(
    files: Sequence[Path],
    schemas: Sequence[Path],
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: Path | None = None,
) -> Iterator[FileResult]:
    """Check ``files`` against ``schemas``; results come in the order of ``files``.

    Large RELAX NG grammars (tei_all) are checked by jing in a Java process of their own, when
    Java is there, while this process checks the other schemas (see :mod:`.jing`).  With
    ``cache`` (a folder, see :mod:`.cache`), the verdicts of the other schemas are remembered
    there and files checked before are not checked again.

    Raises :class:`~teiconv.validation.errors.SchemaError` (before any result) when a schema
    cannot be used.
    """
    jobs = jobs or os.cpu_count() or 1
    by_jing = [schema for schema in schemas if checked_by_jing(schema)]
    if not by_jing:
        yield from _validate(files, schemas, jobs, max_bytes, cache)
        return
    readable, with_dtd = _readable_by_jing(files, max_bytes)
    runs = [JingRun(grammar, readable) for grammar in by_jing]
    others = [schema for schema in schemas if schema not in by_jing]
    results = list(_validate(files, others, jobs, max_bytes, cache))
    found = _jing_findings(runs, [path for path, _ in readable], max_bytes)
    if with_dtd:
        found.update((result.name, result.diagnostics)
                     for result in _check(with_dtd, by_jing, 1, max_bytes))
    for result in results:
        extra = found.get(result.name, ())
        yield FileResult(result.name, tuple(sorted({*result.diagnostics, *extra}))) if extra else result


def _validate(files: Sequence[Path], schemas: Sequence[Path], jobs: int, max_bytes: int,
              cache: Path | None = None) -> Iterator[FileResult]:
    """Check ``files``, answering from the cache what it remembers and remembering the rest."""
    store = ResultCache.for_schemas(schemas, cache) if cache is not None and schemas else None
    if store is None:
        yield from _check(files, schemas, jobs, max_bytes)
        return
    remembered = {} if store.empty() else _remembered(files, store, max_bytes)
    new = [path for path in files if path not in remembered]
    checked = _check(new, schemas, jobs, max_bytes) if new else iter(())
    learnt: list[tuple[bytes, tuple[Diagnostic, ...]]] = []
    try:
        for path in files:
            result = remembered.get(path) or next(checked)
            if path not in remembered and result.digest is not None:
                learnt.append((result.digest, result.diagnostics))
                if len(learnt) >= _CACHE_BATCH:
                    store.put_many(learnt)
                    learnt.clear()
            yield result
    finally:
        store.put_many(learnt)


def _remembered(files: Sequence[Path], store: ResultCache, max_bytes: int) -> dict[Path, FileResult]:
    """The results the cache holds for the current bytes of ``files``."""
    found = {}
    for path in files:
        name = display_name(path)
        try:
            key = digest(read_limited(path, name, max_bytes))
        except XmlRefused:
            continue
        diagnostics = store.get(key, name)
        if diagnostics is not None:
            found[path] = FileResult(name, diagnostics, key)
    return found


def _check(files: Sequence[Path], schemas: Sequence[Path], jobs: int, max_bytes: int) -> Iterator[FileResult]:
    """Check ``files`` in this process, or in a pool when the first files say it finishes sooner.

    The schemas are compiled before this returns, so a schema error comes before any result.
    """
    since = _Since()
    validator = Validator(schemas, max_bytes)
    return _checked(files, validator, schemas, jobs, max_bytes, since)


def _checked(files: Sequence[Path], validator: Validator, schemas: Sequence[Path], jobs: int,
             max_bytes: int, since: _Since) -> Iterator[FileResult]:
    started = time.perf_counter()
    compile_seconds = started - since.wall
    sampled = 0
    # A forked worker starts in milliseconds: more files than a sample's worth repay it whatever
    # they cost, and sampling first would only keep the other cores idle meanwhile.
    sure = len(files) > SAMPLE and _can_fork()
    while not sure and sampled < min(SAMPLE, len(files)) and time.perf_counter() - started < SAMPLE_SECONDS:
        batch = files[sampled:sampled + _SAMPLE_BATCH]
        yield from validator.check_files(batch)
        sampled += len(batch)
    per_file = (time.perf_counter() - started) / max(sampled, 1)
    rest = files[sampled:]
    jobs = min(jobs, 1 + _idle_cores(since))
    if jobs > 1 and (sure or _pool_pays(len(rest), per_file, compile_seconds, jobs)):
        yield from _in_pool(rest, validator, tuple(schemas), jobs, max_bytes)
    else:
        for start in range(0, len(rest), validator.BATCH_FILES):
            yield from validator.check_files(rest[start:start + validator.BATCH_FILES])


def _readable_by_jing(files: Sequence[Path], max_bytes: int) -> tuple[list[tuple[Path, str]], list[Path]]:
    """The files jing may read (as path and name), and the well-formed ones it may not (a DOCTYPE).

    Files the safe parser refuses are in neither: their refusal is all that is said of them.
    """
    readable, with_dtd = [], []
    for path in files:
        try:
            doc = parse_file(path, max_bytes=max_bytes)
        except XmlRefused:
            continue
        if readable_by_jing(doc):
            readable.append((path, doc.name))
        else:
            with_dtd.append(path)
    return readable, with_dtd


def _jing_findings(runs: list[JingRun], readable: list[Path], max_bytes: int) -> dict[str, tuple[Diagnostic, ...]]:
    """What the jing runs found, by file name; libxml2 checks instead when a run cannot be trusted."""
    found: dict[str, list[Diagnostic]] = {}
    for run in runs:
        try:
            findings = run.diagnostics()
        except JingFailed:
            findings = {result.name: result.diagnostics for result in _check(readable, [run.grammar], 1, max_bytes)}
        for name, diagnostics in findings.items():
            found.setdefault(name, []).extend(diagnostics)
    return {name: tuple(diagnostics) for name, diagnostics in found.items()}


#: Shortest stretch of time over which the kernel's idle count says how many cores are idle (it
#: counts in hundredths of a second).
_IDLE_WINDOW_SECONDS = 0.03


def _idle_seconds() -> float | None:
    """Seconds the cores have been idle in all since the machine started (Linux's /proc/stat),
    or None where the kernel does not say."""
    try:
        with open("/proc/stat", "rb") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    if len(fields) < 6 or fields[0] != b"cpu":
        return None
    return (int(fields[4]) + int(fields[5])) / os.sysconf("SC_CLK_TCK")  # idle and waiting for disks


@dataclass(frozen=True)
class _Since:
    """A moment to count idle cores from (:func:`_idle_cores`)."""

    wall: float = field(default_factory=time.perf_counter)
    idle: float | None = field(default_factory=_idle_seconds)


def _idle_cores(since: _Since | None = None) -> int:
    """How many cores nothing runs on now, besides the one this process uses.

    Where the kernel counts idle time, the count is taken over the time since ``since`` (while
    this run compiled its schemas, holding one core itself): what the machine is doing now.
    Elsewhere, the CPUs less the last minute's load average (which counts this process), which
    remembers a minute: the command run just before (a CI job's previous step, a benchmark's
    previous round) would still hold a core there.  A worker started on a machine whose cores
    are all taken only shares them, and its start-up is pure loss (as on a CI runner that runs
    other jobs, or a workstation building something else).
    """
    if since is not None and since.idle is not None:
        elapsed, idle = time.perf_counter() - since.wall, _idle_seconds()
        if idle is not None and elapsed >= _IDLE_WINDOW_SECONDS:
            return max(0, int((idle - since.idle) / elapsed + 0.5))
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average: assume the machine is ours
        load = 1.0
    return max(0, round((os.cpu_count() or 1) - max(load, 1.0)))


def _pool_pays(count: int, per_file: float, compile_seconds: float, jobs: int) -> bool:
    """Whether ``count`` files would be done sooner with ``jobs - 1`` workers helping here.

    Each worker is idle for its start-up while this process goes on checking, so the pool
    finishes in (work + (jobs - 1) × start-up) / jobs: sooner exactly when the work left exceeds
    one worker's start-up, whatever the number of jobs.  A forked worker's start-up is the fork;
    a fresh one's is an interpreter's start and the schemas compiled again.
    """
    start_up = FORKED_WORKER_START_SECONDS if _can_fork() else WORKER_START_SECONDS + compile_seconds
    return start_up < count * per_file


def _can_fork() -> bool:
    """Whether a worker may be a fork of this process, with the schemas compiled here.

    Only on Linux (macOS's system libraries are not safe to use in a forked child), only while
    Saxon's runtime has not been loaded (it must not be forked once started), and only while this
    process runs a single thread (a fork copies no other thread, and no lock another one holds
    is ever released in the child).
    """
    return sys.platform == "linux" and "saxonche" not in sys.modules and threading.active_count() == 1


# ---------------------------------------------------------------- worker processes

_worker: Validator | Exception | None = None


def _start_worker(schemas: tuple[Path, ...], max_bytes: int, compiled_rules: dict[bytes, str]) -> None:
    global _worker
    schematron.remember(compiled_rules)
    try:
        _worker = Validator(schemas, max_bytes)
    except Exception as error:  # reported by the first task, so the parent sees the real cause
        _worker = error


def _adopt(validator: Validator) -> None:
    """A forked worker's start: the parent's compiled schemas, inherited with its memory."""
    global _worker
    _worker = validator


def _check_in_worker(paths: Sequence[Path]) -> list[FileResult]:
    if isinstance(_worker, Exception):
        raise _worker
    return _worker.check_files(paths)


def _in_pool(files: Sequence[Path], validator: Validator, schemas: tuple[Path, ...], jobs: int,
             max_bytes: int) -> Iterator[FileResult]:
    """Check ``files`` with ``jobs - 1`` workers taking chunks from the front and this process
    (its schemas already compiled) taking them from the back, until they meet.

    A worker that dies (killed for its memory, or crashed in a library) breaks the pool: the
    chunks it had not answered are then checked here, so the run still reports every file.
    """
    from concurrent.futures import ProcessPoolExecutor  # 50 ms of imports a run without a pool need not pay
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    size = max(1, min(_CHUNK, len(files) // (jobs * 8)))
    chunks = [files[start:start + size] for start in range(0, len(files), size)]
    if _can_fork():  # a forked child's arguments are inherited, never pickled
        start = {"mp_context": get_context("fork"), "initializer": _adopt, "initargs": (validator,)}
    else:
        start = {"mp_context": get_context("spawn"), "initializer": _start_worker,
                 "initargs": (schemas, max_bytes, schematron.compiled())}
    with ProcessPoolExecutor(jobs - 1, **start) as pool, _quiet_about_cancelled_chunks():
        futures = [pool.submit(_check_in_worker, chunk) for chunk in chunks]
        here: dict[int, list[FileResult]] = {}
        for index in reversed(range(len(chunks))):
            if not futures[index].cancel():  # a worker has it: every earlier chunk is taken too
                break
            here[index] = validator.check_files(chunks[index])
        for index, future in enumerate(futures):
            if index in here:
                yield from here[index]
                continue
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from validator.check_files(chunks[index])


@contextlib.contextmanager
def _quiet_about_cancelled_chunks() -> Iterator[None]:
    """Silence one known error of Python before 3.12 (gh-107219): when a worker dies, the pool's
    manager thread fails on the chunks this process had taken (cancelled futures) and prints a
    traceback, though every other chunk has been told the pool is broken."""
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook

    def hook(failure: threading.ExceptHookArgs) -> None:
        if not issubclass(failure.exc_type, InvalidStateError):
            previous(failure)

    threading.excepthook = hook
    try:
        yield
    finally:
        threading.excepthook = previous
