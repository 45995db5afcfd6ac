"""Stage 2: every TEI file in ``tei/`` against teiconv's schema and rules.

Hand-written TEI files (with no transcription behind them) are validated and published like
converted ones.  A file with errors is reported and left out of the later stages.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..validation import default_schemas
from . import tools
from .batch import Batch
from .hashing import digest, tool_hash
from .manifest import Entry
from .pool import Crash, call
from .session import Session

STAGE = "validate"


#: Files a task checks together: the validator checks a batch with each engine in turn, a
#: quarter less CPU than file by file (see teiconv.validation.run.Validator).
TOGETHER = 32


def validate_task(paths: list[tuple[str]]) -> list[tuple[Diagnostic, ...] | Crash]:
    """In a worker: everything the schemas say about each file, in order.  Should the validator
    fail on a file (a bug), the files are checked again one by one, so that it fails that file
    alone, not the others of its batch."""
    names = [path for path, in paths]
    try:
        return [result.diagnostics for result in tools.validator().check_files([Path(n) for n in names], names)]
    except Exception:  # noqa: BLE001 - found again, file by file, below
        return [call(_check_file, (name,)) for name in names]


def _check_file(name: str) -> tuple[Diagnostic, ...]:
    return tools.validator().check_file(Path(name), name).diagnostics


def run(session: Session, skip: set[str]) -> list[str]:
    """Validate what changed; return the TEI files fit for the later stages, in name order."""
    project = session.project
    with session.stage(STAGE) as report:
        folder = project.name(project.tei)
        files = sorted(f"{folder}/{n}" for n in os.listdir(project.tei) if n.endswith(".xml")) \
            if project.tei.is_dir() else []
        files = [name for name in files if name not in skip]
        if STAGE not in session.options.only:
            previous = session.manifest.stage(STAGE)
            return [name for name in files if name not in previous or previous[name].ok]
        tool = tool_hash(schema=[p.name for p in default_schemas()], code=["validation", "pipeline/stage_validate.py"])
        batch = Batch(session, STAGE, report, {name: digest(session.hash(name), tool) for name in files})
        batch.run(validate_task, lambda name: (str(project.path(name)),),
                  lambda name, key, diagnostics: Entry(key, not _errors(diagnostics), list(diagnostics)),
                  together=TOGETHER)
        entries = batch.commit()
        return [name for name in files if entries[name].ok]


def _errors(diagnostics) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
