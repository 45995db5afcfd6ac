"""Content hashes: of input files (with a stat cache, so a no-op build reads almost nothing) and
of the tools a stage uses (its stylesheets or schemas, its Python code and teiconv's version).

A stage's work for a document is keyed by the hash of the document *and* the hash of its tools,
so editing a stylesheet rebuilds every page and editing a seed rebuilds one document.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..resources import data_dir

_PACKAGE = Path(__file__).resolve().parent.parent


def digest(*parts: object) -> str:
    """A short, stable hash of ``parts`` (strings, numbers, None, nested lists)."""
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(repr(parts).encode("utf-8"))
    return hasher.hexdigest()


def hash_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def hash_file(path: Path | str) -> str:
    with open(path, "rb") as file:
        return hash_bytes(file.read())


class FileHashes:
    """Hashes of files, reusing the previous build's hash of a file whose size and modification
    time have not changed (as git's index does): a no-op build of 10 000 documents then stats
    files instead of reading them.

    ``known`` maps a file name to ``[size, mtime_ns, hash]`` from the manifest; :attr:`seen` is
    the same map for the files hashed in this build, to be saved for the next.
    """

    def __init__(self, known: dict[str, list]):
        self._known = known
        self.seen: dict[str, list] = {}

    def __call__(self, path: Path | str) -> str:
        name = os.fspath(path)
        cached = self.seen.get(name)
        if cached is not None:
            return cached[2]
        stat = os.stat(path)
        old = self._known.get(name)
        if old is not None and old[0] == stat.st_size and old[1] == stat.st_mtime_ns:
            value = old[2]
        else:
            value = hash_file(path)
        self.seen[name] = [stat.st_size, stat.st_mtime_ns, value]
        return value

    def forget(self, path: Path | str) -> None:
        """Drop what is known about ``path`` (the build has just rewritten or deleted it)."""
        self.seen.pop(os.fspath(path), None)
        self._known.pop(os.fspath(path), None)


def _tree_hash(paths: Iterable[Path]) -> list[tuple[str, str]]:
    files = []
    for root in paths:
        candidates = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        files.extend((f"{root.name}/{p.relative_to(root)}" if root.is_dir() else root.name, hash_file(p))
                     for p in candidates if "__pycache__" not in p.parts)
    return files


def tool_hash(xslt: Iterable[str] = (), schema: Iterable[str] = (), code: Iterable[str] = ()) -> str:
    """The hash of a stage's tools: folders of xslt/, files of schema/, and the code that does
    the stage's work: modules or subpackages of teiconv (``*.py``: every top-level module),
    this package's module for the stage included, so changing how a stage works redoes it."""
    xslt_dir, schema_dir = data_dir("xslt"), data_dir("schema")
    paths = [xslt_dir / name for name in xslt] + [schema_dir / name for name in schema]
    for name in code:
        paths.extend(sorted(_PACKAGE.glob(name)) if "*" in name else [_PACKAGE / name])
    return digest(__version__, _tree_hash(paths))
