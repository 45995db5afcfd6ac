"""The build manifest (``out/.teiconv-build.sqlite``): what the builds did, per stage and per
document, so the next build redoes only what changed.

For each stage it records, per input, the key the work was done under (hash of the input and of
the stage's tools), whether it succeeded, its diagnostics (re-reported while the input is
unchanged, so a broken document keeps the exit code non-zero without being redone) and the files
it wrote with their hashes (to remove them when the input goes away, and to recognise a hand-edited
TEI file).  It also keeps the size, time and hash of every input file it read (the stat cache of
:class:`~.hashing.FileHashes`).

It is a SQLite database (the standard library's), one row per stage and input, written as each
result arrives and committed every :data:`COMMIT_SECONDS`: a build of any size rewrites only the
rows that changed, and a build interrupted, even killed, keeps every result committed before, so
the next build redoes only the unfinished work.  A row is written after the files it names, so
the manifest never claims work that was not done.  The JSON manifest of earlier versions
(``.teiconv-build.json``) is read once into the database and removed.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..diagnostics import Diagnostic, Severity

NAME = ".teiconv-build.sqlite"
#: The manifest's name before it was a database.
JSON_NAME = ".teiconv-build.json"
#: Format 3 keeps the names of an entry's outputs in a column of their own (see ``StoredEntry``).
_FORMAT = 3
_JSON_FORMAT = 1
#: The longest a finished result waits to be committed (what a killed build may lose).
COMMIT_SECONDS = 1.0

_ABOUT = "CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
_TABLES = ("""
CREATE TABLE IF NOT EXISTS entries (
    stage TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, ok INTEGER NOT NULL,
    diagnostics TEXT NOT NULL, outputs TEXT NOT NULL, output_names TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (stage, name)) WITHOUT ROWID""", """
CREATE TABLE IF NOT EXISTS files (
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL) WITHOUT ROWID""")


@dataclass
class Entry:
    """One input's work in one stage."""

    key: str
    ok: bool = True
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Files written for this input, each with the hash of what was written (or None).
    outputs: dict[str, str | None] = field(default_factory=dict)
    #: What later stages need to know without redoing the work (an id, a record, a kind).
    data: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        #: The names of the files written, which is all a check of their presence needs.
        self.output_names: list[str] = list(self.outputs)

    def row(self) -> tuple[str, int, str, str, str, str]:
        """The entry's columns (key, ok, diagnostics, outputs, output names, data)."""
        diagnostics = [[d.file, d.line, d.column, d.severity.value, d.rule, d.message] for d in self.diagnostics]
        return (self.key, int(self.ok), _dump(diagnostics), _dump(self.outputs), "\n".join(self.outputs),
                _dump(self.data))


class _Column:
    """A JSON column of a :class:`StoredEntry`, decoded on first use and from then on an ordinary
    attribute (``functools.cached_property`` without the lock it takes in Python 3.11, which was
    a tenth of a no-op build)."""

    def __init__(self, index: int, decode) -> None:
        self.index, self.decode = index, decode

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, entry, owner=None):
        if entry is None:
            return self
        value = entry.__dict__[self.name] = self.decode(entry._columns[self.index])
        return value


class StoredEntry(Entry):
    """An entry as the manifest holds it.  A no-op build reads every input's entry of every
    stage, and needs of most only the key and the names of the outputs: those are lines of plain
    text, split at once (a tenth of the cost of decoding the outputs with their hashes, which was
    a quarter of a no-op build of 10,000 documents); the JSON columns are decoded on first use,
    and an empty one not at all."""

    def __init__(self, key: str, ok: int, diagnostics: str, outputs: str, output_names: str, data: str):
        self.key, self.ok = key, bool(ok)
        self.output_names = output_names.split("\n") if output_names else []
        self._columns = (diagnostics, outputs, data)
        if not diagnostics:
            self.diagnostics = []
        if not data:
            self.data = {}

    diagnostics = _Column(0, lambda text: _diagnostics(json.loads(text)))
    outputs = _Column(1, lambda text: json.loads(text) if text else {})
    data = _Column(2, lambda text: json.loads(text))


#: Severity by its value (a dictionary lookup: the enum's own is slow, and a no-op build decodes
#: every warning still standing).
_SEVERITY = {severity.value: severity for severity in Severity}


def _diagnostics(rows: list[list]) -> list[Diagnostic]:
    return [Diagnostic(f, line, col, _SEVERITY[sev], rule, message) for f, line, col, sev, rule, message in rows]


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) if value else ""


class Manifest:
    """The manifest of one output folder, open for the length of a build."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._committed = time.monotonic()
        self._db.execute("BEGIN")
        self._db.execute(_ABOUT)
        if self._about("teiconv") != __version__ or self._about("format") != str(_FORMAT):
            self._start_afresh()
        else:
            self._create_tables()
        #: The stat cache: file name → [size, mtime_ns, hash].
        self.files = {name: [size, mtime, value] for name, size, mtime, value
                      in self._db.execute("SELECT name, size, mtime_ns, hash FROM files")}

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        """The manifest in ``out_dir``; an empty one when there is none, or it was written by
        another version of teiconv (then everything is rebuilt); an unreadable one is replaced."""
        path = out_dir / NAME
        try:
            manifest = cls(path)
        except sqlite3.DatabaseError:
            for stale in (path, path.with_name(NAME + "-wal"), path.with_name(NAME + "-shm")):
                stale.unlink(missing_ok=True)
            manifest = cls(path)
        manifest._migrate(out_dir / JSON_NAME)
        return manifest

    def _about(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM about WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _create_tables(self) -> None:
        for statement in _TABLES:
            self._db.execute(statement)

    def _start_afresh(self) -> None:
        """Empty the manifest, the tables made anew in this version's shape."""
        self._db.execute("DELETE FROM about")
        for table in ("entries", "files"):
            self._db.execute(f"DROP TABLE IF EXISTS {table}")
        self._create_tables()
        self._db.executemany("INSERT INTO about VALUES (?, ?)", [("format", str(_FORMAT)), ("teiconv", __version__)])

    def _migrate(self, old: Path) -> None:
        """Take over the JSON manifest of an earlier build (if it is this version's), then
        remove it: the database is the manifest from now on."""
        if not old.is_file():
            return
        try:
            data = json.loads(old.read_text(encoding="utf-8"))
            if data.get("format") == _JSON_FORMAT and data.get("teiconv") == __version__:
                for stage, entries in data["stages"].items():
                    for name, value in entries.items():
                        self.put(stage, name, Entry(value["key"], value["ok"], _diagnostics(value["diagnostics"]),
                                                    value["outputs"], value["data"]))
                self.save_files(data["files"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):  # unreadable, or not our shape
            self._start_afresh()  # like no manifest: everything is rebuilt
        self.commit()
        old.unlink(missing_ok=True)

    def stage(self, name: str) -> dict[str, Entry]:
        """Every input's entry in the stage ``name`` (decoded as far as it is used)."""
        rows = self._db.execute("SELECT name, key, ok, diagnostics, outputs, output_names, data FROM entries"
                                " WHERE stage = ?",
                                (name,))
        return {row[0]: StoredEntry(*row[1:]) for row in rows}

    def put(self, stage: str, name: str, entry: Entry) -> None:
        """Record ``entry`` (the files it names are written); committed within a second."""
        self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (stage, name, *entry.row()))
        self._commit_now_and_then()

    def drop(self, stage: str, names: Iterable[str]) -> None:
        """Forget the entries of inputs that are gone."""
        self._db.executemany("DELETE FROM entries WHERE stage = ? AND name = ?", ((stage, n) for n in names))

    def save_files(self, seen: dict[str, list]) -> None:
        """Make the stat cache ``seen``: the files this build hashed."""
        changed = [(name, *value) for name, value in seen.items() if self.files.get(name) != value]
        self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", changed)
        self._db.executemany("DELETE FROM files WHERE name = ?", ((n,) for n in self.files.keys() - seen.keys()))
        self.files = dict(seen)

    def _commit_now_and_then(self) -> None:
        if time.monotonic() - self._committed >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Make everything recorded so far durable."""
        self._end_transaction()
        self._committed = time.monotonic()
        self._db.execute("BEGIN")

    def close(self) -> None:
        self._end_transaction()
        self._db.close()

    def _end_transaction(self) -> None:
        """Commit the open transaction, if there is one: Ctrl+C may have arrived between a
        commit and the next BEGIN, and the build still closes its record on the way out."""
        if self._db.in_transaction:
            self._db.execute("COMMIT")
