"""Remembered verdicts: a file whose bytes and schemas are unchanged since it was last checked is
not checked again.

A result is stored under two keys: the SHA-256 of the file's bytes, and a *fingerprint* of
everything else a verdict depends on — each schema's name and bytes, the Schematron compiler,
the source of this package (the engines and their messages), and the versions of lxml, libxml2,
libxslt and, when a schema is Schematron that Saxon runs, saxonche.  A changed schema, or another
teiconv, is another fingerprint, so its files are checked afresh; nothing is ever invalidated by
time or by guessing.  Diagnostics are stored without the file's name, which is given back on
reading (the same bytes under another name are the same verdict).  Schemas that read other files (RELAX NG ``include``/``externalRef``, XML
Schema ``include``/``import``/``redefine``/``override``) are not cached: the fingerprint would
not see those files change.

The store is one SQLite file in the user's cache folder (``$TEICONV_CACHE_DIR`` when set), so
every project and CI job on a machine shares it.  It is a convenience, never a failure: a cache
that cannot be opened, read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..resources import data_dir
from .errors import SCHEMA_MAX_BYTES
from .safe_xml import XmlRefused, parse_file
from .schematron import runs_in_saxon

#: Elements by which a schema reads another file (Clark notation).
_READS_OTHER_FILES = frozenset({
    "{http://relaxng.org/ns/structure/1.0}include", "{http://relaxng.org/ns/structure/1.0}externalRef",
    *(f"{{http://www.w3.org/2001/XMLSchema}}{name}" for name in ("include", "import", "redefine", "override")),
})

#: Fingerprints unused for this long are forgotten, with their results.
_FORGET_AFTER_SECONDS = 30 * 24 * 3600


def cache_dir() -> Path:
    """The folder the cache lives in: ``$TEICONV_CACHE_DIR``, else the platform's user cache."""
    if os.environ.get("TEICONV_CACHE_DIR"):
        return Path(os.environ["TEICONV_CACHE_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "teiconv" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "teiconv"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "teiconv"


def digest(data: bytes) -> bytes:
    """The key of a file's bytes."""
    return hashlib.sha256(data).digest()


def fingerprint(schemas: Sequence[Path]) -> str | None:
    """What a verdict against ``schemas`` depends on besides the file, or None when it cannot be
    known (a schema reads other files, or cannot be read: its error is the engines' to report)."""
    from lxml import etree

    hashed = hashlib.sha256()
    versions = [etree.LXML_VERSION, etree.LIBXML_VERSION, etree.LIBXSLT_VERSION]
    for schema in schemas:
        try:
            data = schema.read_bytes()
            tree = parse_file(schema, max_bytes=SCHEMA_MAX_BYTES).tree
        except (OSError, XmlRefused):
            return None
        if next(tree.iter(*_READS_OTHER_FILES), None) is not None:
            return None
        hashed.update(b"%d:%s%d:" % (len(schema.name), schema.name.encode(), len(data)) + data)
        if runs_in_saxon(tree.getroot()) and len(versions) == 3:
            import saxonche  # 20 ms: only when Saxon's verdicts are remembered

            versions.append(_version(saxonche))
    code = [data_dir("schema") / "schematron-compiler.xsl", *sorted(Path(__file__).parent.glob("*.py"))]
    for path in code:
        hashed.update(path.read_bytes())
    hashed.update(repr(versions).encode())
    return hashed.hexdigest()


def _version(module) -> str:
    """A package's version, from the module when it says (importlib.metadata costs 50 ms)."""
    if hasattr(module, "__version__"):
        return module.__version__
    from importlib.metadata import version

    return version(module.__name__)


class ResultCache:
    """The remembered diagnostics of files checked against one set of schemas."""

    def __init__(self, fingerprint: str, folder: Path | None = None):
        self.fingerprint = fingerprint
        self._db = self._open((folder or cache_dir()) / "validation.sqlite3")

    @classmethod
    def for_schemas(cls, schemas: Sequence[Path], folder: Path | None = None) -> ResultCache | None:
        """The cache for ``schemas``, or None when their verdicts cannot be cached."""
        key = fingerprint(schemas)
        if key is None:
            return None
        cache = cls(key, folder)
        return cache if cache._db is not None else None

    def _open(self, path: Path) -> sqlite3.Connection | None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS fingerprints (fingerprint TEXT PRIMARY KEY, used REAL)")
            db.execute("CREATE TABLE IF NOT EXISTS results (fingerprint TEXT, digest BLOB, diagnostics TEXT,"
                       " PRIMARY KEY (fingerprint, digest))")
            now = time.time()
            with db:
                db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", (self.fingerprint, now))
                db.execute("DELETE FROM results WHERE fingerprint IN "
                           "(SELECT fingerprint FROM fingerprints WHERE used < ?)", (now - _FORGET_AFTER_SECONDS,))
                db.execute("DELETE FROM fingerprints WHERE used < ?", (now - _FORGET_AFTER_SECONDS,))
            return db
        except (OSError, sqlite3.Error):
            return None

    def empty(self) -> bool:
        """Whether nothing is remembered for these schemas (a first run need not look up each file)."""
        try:
            return self._db.execute("SELECT 1 FROM results WHERE fingerprint = ? LIMIT 1",
                                    (self.fingerprint,)).fetchone() is None
        except sqlite3.Error:
            return True

    def get(self, key: bytes, name: str) -> tuple[Diagnostic, ...] | None:
        """The diagnostics remembered for the bytes ``key``, as said of the file ``name``."""
        try:
            row = self._db.execute("SELECT diagnostics FROM results WHERE fingerprint = ? AND digest = ?",
                                   (self.fingerprint, key)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        return tuple(Diagnostic(name, line, column, Severity(severity), rule, message)
                     for line, column, severity, rule, message in json.loads(row[0]))

    def put_many(self, entries: Sequence[tuple[bytes, Sequence[Diagnostic]]]) -> None:
        """Remember the diagnostics of each file's bytes."""
        rows = [(self.fingerprint, key, json.dumps([[d.line, d.column, d.severity.value, d.rule, d.message]
                                                    for d in diagnostics], ensure_ascii=False))
                for key, diagnostics in entries]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            pass
