"""Stage 3: a PDF of each valid document in ``out/pdf/``, and the edition as one PDF (or as
volumes of ``BuildOptions.volume_size`` documents, when it has more).

A document's PDF depends only on its TEI and the print tools.  The edition PDF depends on every
document, so it is remade whenever any of them changes; it is the longest job, so it starts
first.  The collection file has no PDF of its own: it opens the edition (each volume).
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


def edition_task(files: list[str], folder: str, volume_size: int,
                 registers: str | None = None) -> tuple[list[str], list[Diagnostic]]:
    """In a worker: the whole edition as one book, or volumes of ``volume_size`` documents (the
    documents, opened by the collection, its index of names headed by the names in
    ``registers``); the files written and what went wrong."""
    made = tools.printer(registers).build([Path(name) for name in files], Path(folder), volume_size=volume_size, each=False)
    return [path.name for path in made.written], made.diagnostics


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
            # The edition takes longest: a worker starts on it before the documents are handed out.
            pending = session.workers.submit(edition_task, [str(project.path(n)) for n in files],
                                             str(project.pdf), options.volume_size, registers) if edition.todo else None

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
            if pending is not None:
                outcome, key = pending.result(), edition.keys[EDITION]
                edition.record(EDITION, edition.crashed(f"{folder}/{EDITION}", key, outcome) if isinstance(outcome, Crash)
                               else Entry(key, not outcome[1], outcome[1], {f"{folder}/{name}": None for name in outcome[0]}))
            edition.commit()
        return {name: entry.key for name, entry in entries.items() if entry.ok and entry.outputs}


def _existing(session: Session, files: list[str]) -> dict[str, str]:
    """Without the PDF stage: the PDFs already there, keyed by their content."""
    folder = session.project.name(session.project.pdf)
    pdfs = {name: f"{folder}/{stem(name)}.pdf" for name in files}
    return {name: session.hash(pdf) for name, pdf in pdfs.items() if session.exists(pdf)}

