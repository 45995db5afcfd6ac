"""Stage 3: a PDF of each valid document in ``out/pdf/``, and the edition as one PDF (or as
volumes of ``BuildOptions.volume_size`` documents, when it has more).

A document's PDF depends only on its TEI and the print tools.  The edition PDF depends on every
document, so it is remade whenever any of them changes; its volumes are the longest jobs, so
they start first, each a task of its own (laid out in parallel).  The collection file has no PDF of its own: it opens the edition (each volume).
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from . import tools
from .batch import Batch
from .hashing import digest, tool_hash
from .manifest import Entry
from .pool import Crash
from .project import stem
from .session import Session

STAGE = "pdf"
EDITION_STAGE = "pdf edition"
EDITION = "edition"


def pdf_task(path: str, target: str) -> tuple[str, int, Diagnostic | None]:
    """In a worker: typeset one document into ``target``; its kind, pages and failure."""
    printer = tools.printer()
    stylesheet, typesetter = printer.stylesheet, printer.typesetter
    try:
        source = stylesheet.parse(Path(path))
        if source.kind.value == "collection":
            return "collection", 0, None
        typeset = typesetter.typeset(stylesheet.document_html(source))
    except InputError as error:
        return "document", 0, error.diagnostic
    except TeiconvError as error:
        return "document", 0, Diagnostic(path, 1, 1, Severity.ERROR, "pdf-build", str(error))
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_bytes(typeset.pdf)
    return "document", typeset.pages, None


def volumes_task(files: list[str], folder: str, volume_size: int,
                 registers: str | None = None) -> tuple[list, list[Diagnostic]]:
    """In a worker: the edition's volumes of ``volume_size`` documents (one book when it has no
    more), each a job for :func:`volume_task`; and the files that are no TEI."""
    return tools.printer(registers).edition_jobs([Path(name) for name in files], Path(folder), volume_size)


def volume_task(job, registers: str | None = None) -> tuple[str, Diagnostic | None]:
    """In a worker: typeset one volume of the edition (its index of names headed by the names
    in ``registers``); the file's name, or what went wrong."""
    outcome = tools.printer(registers).make(job)
    return outcome.target.name, outcome.diagnostic


def _start_edition(session: Session, files: list[str], registers: str | None) -> Crash | tuple[list, list]:
    """Hand the edition's volumes to the workers, each its own task so that they are laid out
    in parallel, before the documents (they take longest); what could not be planned, and the
    volumes' pending results (or the planning's crash)."""
    project = session.project
    planned = session.workers.submit(volumes_task, [str(project.path(n)) for n in files], str(project.pdf),
                                     session.options.volume_size, registers).result()
    if isinstance(planned, Crash):
        return planned
    jobs, diagnostics = planned
    return diagnostics, [session.workers.submit(volume_task, job, registers) for job in jobs]


def _edition_entry(edition: Batch, folder: str, started: Crash | tuple[list, list]) -> Entry:
    """The manifest's entry for the edition: every volume written, or everything that went wrong."""
    key = edition.keys[EDITION]
    if isinstance(started, Crash):
        return edition.crashed(f"{folder}/{EDITION}", key, started)
    diagnostics, pending = started
    written = []
    for volume in pending:
        outcome = volume.result()
        if isinstance(outcome, Crash):
            return edition.crashed(f"{folder}/{EDITION}", key, outcome)
        name, diagnostic = outcome
        if diagnostic is None:
            written.append(name)
        else:
            diagnostics.append(diagnostic)
    return Entry(key, not diagnostics, diagnostics, {f"{folder}/{name}": None for name in written})


def run(session: Session, files: list[str]) -> dict[str, str]:
    """Typeset what changed; return each document's PDF with the key it was made under (the
    HTML pages offer it for download)."""
    project, options = session.project, session.options
    tool = tool_hash(xslt=["common", "print"], code=["pdf", "pipeline/stage_pdf.py"])
    with session.stage(STAGE) as report:
        if STAGE not in options.only:
            return _existing(session, files)
        keys = {name: digest(session.hash(name), tool) for name in files}
        registers = str(project.registers) if project.registers.is_dir() else None
        registers_digest = session.registers_digest  # the index's names
        batch = Batch(session, STAGE, report, keys)
        with session.stage(EDITION_STAGE) as edition_report:
            edition = Batch(session, EDITION_STAGE, edition_report,
                            {EDITION: digest(tool, options.volume_size, sorted(keys.items()), registers_digest)}
                            if options.edition_pdf and files else {})
            folder = project.name(project.pdf)
            started = _start_edition(session, files, registers) if edition.todo else None

            def target(name: str) -> str:
                return f"{folder}/{stem(name)}.pdf"

            def apply(name: str, key: str, result) -> Entry:
                kind, pages, diagnostic = result
                if diagnostic is not None:
                    return Entry(key, False, [diagnostic], data={"kind": kind})
                outputs = {target(name): None} if kind == "document" else {}
                return Entry(key, True, [], outputs, {"kind": kind, "pages": pages})

            batch.run(pdf_task, lambda name: (str(project.path(name)), str(project.path(target(name)))),
                      apply, heavy=True)
            entries = batch.commit()
            if started is not None:
                edition.record(EDITION, _edition_entry(edition, folder, started))
            edition.commit()
        return {name: entry.key for name, entry in entries.items() if entry.ok and entry.outputs}


def _existing(session: Session, files: list[str]) -> dict[str, str]:
    """Without the PDF stage: the PDFs already there, keyed by their content."""
    folder = session.project.name(session.project.pdf)
    pdfs = {name: f"{folder}/{stem(name)}.pdf" for name in files}
    return {name: session.hash(pdf) for name, pdf in pdfs.items() if session.exists(pdf)}

