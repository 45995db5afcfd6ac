"""The build manifest (``out/.teiconv-build.json``): what the last build did, per stage and per
document, so the next build redoes only what changed.

For each stage it records, per input, the key the work was done under (hash of the input and of
the stage's tools), whether it succeeded, its diagnostics (re-reported while the input is
unchanged, so a broken document keeps the exit code non-zero without being redone) and the files
it wrote with their hashes (to remove them when the input goes away, and to recognise a hand-edited
TEI file).  It also keeps the size, time and hash of every input file it read (the stat cache of
:class:`~.hashing.FileHashes`).  The file is written sorted and without timestamps.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..diagnostics import Diagnostic, Severity

NAME = ".teiconv-build.json"
_FORMAT = 1


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

    def to_json(self) -> dict:
        return {"key": self.key, "ok": self.ok, "outputs": self.outputs, "data": self.data,
                "diagnostics": [[d.file, d.line, d.column, d.severity.value, d.rule, d.message]
                                for d in self.diagnostics]}

    @classmethod
    def from_json(cls, value: dict) -> Entry:
        diagnostics = [Diagnostic(f, line, col, Severity(sev), rule, message)
                       for f, line, col, sev, rule, message in value["diagnostics"]]
        return cls(value["key"], value["ok"], diagnostics, value["outputs"], value["data"])


class Manifest:
    """The manifest of one output folder: loaded at the start of a build, saved at its end."""

    def __init__(self, path: Path, stages: dict[str, dict[str, Entry]] | None = None,
                 files: dict[str, list] | None = None):
        self.path = path
        self.stages = stages or {}
        #: The stat cache: file name → [size, mtime_ns, hash].
        self.files = files or {}
        #: Whether a build changed anything that must be saved.
        self.changed = False

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        """The manifest in ``out_dir``; an empty one when there is none, it is unreadable or of
        another shape, or it was written by another version of teiconv (then everything is
        rebuilt)."""
        path = out_dir / NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != _FORMAT or data.get("teiconv") != __version__:
                return cls(path)
            stages = {stage: {name: Entry.from_json(value) for name, value in entries.items()}
                      for stage, entries in data["stages"].items()}
            return cls(path, stages, dict(data["files"]))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):  # unreadable, or not our shape
            return cls(path)

    def stage(self, name: str) -> dict[str, Entry]:
        return self.stages.setdefault(name, {})

    def save(self) -> None:
        """Write the manifest atomically (a build interrupted while saving keeps the old one)."""
        data = {"format": _FORMAT, "teiconv": __version__, "files": self.files,
                "stages": {stage: {name: entry.to_json() for name, entry in entries.items()}
                           for stage, entries in self.stages.items()}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
                             encoding="utf-8")
        os.replace(temporary, self.path)
