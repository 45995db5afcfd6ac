"""Stage 1: transcriptions in ``seeds/`` → TEI files in ``tei/``.

Hand edits in ``tei/`` are precious.  The manifest records the hash of every TEI file the
converter wrote; a file whose hash differs has been edited since, and is kept (with a warning)
instead of being overwritten, unless the build is told ``reconvert``.  A file the build has no
record of writing that differs from the converter's output is treated the same way.

The TEI travels by file, not by message: a worker writes it to a staging file in the output's
cache (:func:`staged`), and the main process, which alone decides which id a transcription may
claim and whether an editor's version is in the way, moves it into ``tei/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..convert.sources import source_files
from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from ..edition import Edition, load_edition
from .batch import Batch
from .hashing import digest, hash_bytes, tool_hash
from .manifest import Entry
from .report import StageReport
from .session import Session

STAGE = "convert"


def convert_task(path: str, staging: str, registers: str | None = None,
                 edition: Edition | None = None) -> tuple[str | None, str | None, list[Diagnostic]]:
    """In a worker: convert ``path``, writing its TEI to ``staging``; the document's id, the
    hash of its TEI (None if it failed) and the diagnostics.  Names are marked when the project
    has ``registers`` (read once per worker and content); the header publishes the document as
    the project's ``edition``."""
    # Imported here, in the worker: the build's main process never loads the converter.
    from ..convert import convert_file
    from ..registers import load_registers

    try:
        conversion = convert_file(path, load_registers(registers) if registers else None, edition)
    except InputError as error:
        return None, None, [error.diagnostic]
    except TeiconvError as error:
        return None, None, [Diagnostic(path, 1, 1, Severity.ERROR, "convert", str(error))]
    except Exception as error:  # noqa: BLE001 - a converter bug is this document's failure
        return None, None, [Diagnostic(path, 1, 1, Severity.ERROR, "convert-internal",
                                       f"the converter failed on this file: {error!r}")]
    if any(d.severity is Severity.ERROR for d in conversion.diagnostics):
        return conversion.doc_id, None, conversion.diagnostics
    data = conversion.to_bytes()
    Path(staging).parent.mkdir(parents=True, exist_ok=True)
    Path(staging).write_bytes(data)
    return conversion.doc_id, hash_bytes(data), conversion.diagnostics


def staged(session: Session, name: str) -> str:
    """Where a worker leaves the TEI of the transcription ``name`` for the main process."""
    project = session.project
    return project.file(f"{project.name(project.out)}/.teiconv-cache/convert/{name}.xml")


def run(session: Session) -> set[str]:
    """Convert what changed; return the TEI files that later stages must skip (those whose
    transcription failed to convert)."""
    project = session.project
    with session.stage(STAGE) as report:
        if STAGE not in session.options.only:
            return _failed_outputs(session.manifest.stage(STAGE))
        registers = str(project.registers) if project.registers.is_dir() else None
        tool = tool_hash(code=["*.py", "convert", "registers", "pipeline/stage_convert.py"])
        if registers:  # the registers decide what every document's names point to
            tool = digest(tool, session.registers_digest)
        edition = load_edition(project.root)
        tool = digest(tool, edition)  # the declaration is in every header
        sources = source_files(str(project.seeds)) if project.seeds.is_dir() else []  # sorted
        keys = {project.name(path): digest(session.hashes(path), tool) for path in sources}
        batch = Batch(session, STAGE, report, keys,
                      redo=(lambda entry: _edited(session, entry)) if session.options.reconvert else None)
        for entry in batch.entries.values():
            report.diagnostics.extend(_kept_edits(session, entry))
        if batch.todo:
            claimed = {entry.data["id"]: name for name, entry in batch.entries.items() if entry.ok}
            writer = _Writer(session, report, batch.previous, claimed)
            batch.run(convert_task, lambda name: (project.file(name), staged(session, name), registers, edition),
                      writer.apply)
        return _failed_outputs(batch.commit())


def _failed_outputs(entries: dict[str, Entry]) -> set[str]:
    return {output for entry in entries.values() if not entry.ok for output in entry.outputs}


def _edited(session: Session, entry: Entry) -> bool:
    return any(_differs(session, name, written) for name, written in entry.outputs.items())


def _differs(session: Session, name: str, written: str | None) -> bool:
    """Whether the file ``name`` is there with other content than ``written``."""
    try:
        return session.hash(name) != written
    except FileNotFoundError:
        return False


def _kept_edits(session: Session, entry: Entry) -> list[Diagnostic]:
    if not entry.ok or not _edited(session, entry):
        return []
    return [_kept(session.project.shown(name)) for name in entry.outputs]


def _kept(name: str) -> Diagnostic:
    return Diagnostic(name, 1, 1, Severity.WARNING, "tei-hand-edited",
                      "differs from what the converter makes of its transcription: kept as an "
                      "editor's version (teiconv build --reconvert overwrites it)")


class _Writer:
    """Moves each new conversion to ``tei/<id>.xml`` unless an editor's version is there."""

    def __init__(self, session: Session, report: StageReport, previous: dict[str, Entry],
                 claimed: dict[str, str]):
        self.session = session
        self.report = report
        self.claimed = claimed
        #: What the converter last wrote to each TEI file, whichever transcription it came from.
        self.written = {name: value for entry in previous.values() for name, value in entry.outputs.items()}
        self.previous = previous

    def apply(self, name: str, key: str, result) -> Entry:
        doc_id, new_hash, diagnostics = result
        old = self.previous.get(name)
        if new_hash is None:
            return Entry(key, False, diagnostics, old.outputs if old else {})
        staging = staged(self.session, name)
        if doc_id in self.claimed:
            os.unlink(staging)
            return Entry(key, False, [*diagnostics, Diagnostic(
                self.session.project.shown(name), 1, 1, Severity.ERROR, "id-duplicate",
                f"its id {doc_id} is already taken by {self.claimed[doc_id]}")])
        self.claimed[doc_id] = name
        target = self.session.project.tei / f"{doc_id}.xml"
        target_name = self.session.project.name(target)
        entry = Entry(key, True, list(diagnostics), {target_name: new_hash}, {"id": doc_id})
        current = self.session.hashes(target) if target.exists() else None
        if current != new_hash and (current is None or self.session.options.reconvert
                                    or self.written.get(target_name) == current):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, target)
            self.session.hashes.forget(target)
            return entry
        if current != new_hash:  # not in the entry's diagnostics: re-checked, and re-reported, on every build
            self.report.diagnostics.append(_kept(str(target)))
        os.unlink(staging)
        return entry
