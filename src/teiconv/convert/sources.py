"""Which transcriptions a command or a build works on: the files named, and the sources in the
folders named.  Apart from the converter (it imports nothing of it), so that a build that has
nothing to convert lists its seeds without loading the converter."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Source files a folder is searched for.
SOURCE_SUFFIXES = (".txt", ".md", ".markdown")


def find_sources(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named directly, and the transcriptions in folders (sorted, for stable order)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from map(Path, source_files(os.fspath(path)))
        else:
            yield path


def source_files(folder: str) -> list[str]:
    """The transcriptions under ``folder``, as strings, sorted component by component (as
    paths sort).  One directory listing per folder and no path objects: a build of 10,000
    documents lists its seeds on every run, even when nothing changed."""
    found: list[str] = []
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):  # as Path.rglob: linked folders are not entered
                    pending.append(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES and entry.is_file():
                    found.append(entry.path)
    return sorted(found, key=lambda name: name.split(os.sep))
