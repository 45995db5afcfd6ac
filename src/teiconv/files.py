"""Which TEI files a command works on: the files named, and the ``*.xml`` files in folders named."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .diagnostics import UsageError

#: The root elements the editions publish (HTML pages and PDFs alike): a TEI document, a corpus,
#: and the parts other projects publish as files of their own (a transcribed page's surface, a text).
PUBLISHABLE_ROOTS = frozenset(f"{{http://www.tei-c.org/ns/1.0}}{name}" for name in
                              ("TEI", "teiCorpus", "text", "surface", "facsimile", "sourceDoc"))


def tei_files(paths: Iterable[Path], purpose: str) -> list[Path]:
    """The TEI files named by ``paths`` (a folder stands for its ``*.xml`` files, sorted).

    ``purpose`` completes the message when there are none: "no TEI files to {purpose}".
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.glob("*.xml")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    if not files:
        raise UsageError(f"no TEI files to {purpose}")
    return files
