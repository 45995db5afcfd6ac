"""Stage 3: a PDF of each valid document in ``out/pdf/``, and the edition as one PDF.

A document's PDF depends only on its TEI and the print tools.  The edition PDF depends on every
document, so it is remade whenever any of them changes; it is the longest job, so it starts
first.  The collection file has no PDF of its own: it opens the edition.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from . import tools
from .batch import Batch
from .hashing import digest, tool_hash
from .manifest import Entry
from .pool import Crash
from .session import Session

STAGE = "pdf"
EDITION_STAGE = "pdf edition"
EDITION = "edition"
#: The edition's file name, as `teiconv pdf` names it (teiconv.pdf.EDITION_NAME); repeated here
#: because importing teiconv.pdf imports WeasyPrint, which a build that typesets nothing skips.
EDITION_NAME = "edition.pdf"


def pdf_task(path: str, target: str) -> tuple[str, int, Diagnostic | None]:
    """In a worker: typeset one document into ``target``; its kind, pages and failure."""
    stylesheet, typesetter = tools.printer()
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


def edition_task(files: list[str], target: str) -> Diagnostic | None:
    """In a worker: the whole edition as one book (the documents, opened by the collection)."""
    stylesheet, typesetter = tools.printer()
    try:
        sources = [stylesheet.parse(Path(path)) for path in files]
        documents = [source for source in sources if source.kind.value == "document"]
        collections = [source for source in sources if source.kind.value == "collection"]
        if not documents:
            return None
        typeset = typesetter.typeset(stylesheet.edition_html(documents, (collections or [None])[-1]))
    except InputError as error:
        return error.diagnostic
    except TeiconvError as error:
        return Diagnostic(target, 1, 1, Severity.ERROR, "pdf-build", str(error))
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_bytes(typeset.pdf)
    return None


def run(session: Session, files: list[str]) -> dict[str, str]:
    """Typeset what changed; return each document's PDF with the key it was made under (the
    HTML pages offer it for download)."""
    project, options = session.project, session.options
    tool = tool_hash(xslt=["common", "print"], code=["pdf", "pipeline/stage_pdf.py"])
    with session.stage(STAGE) as report:
        if STAGE not in options.only:
            return _existing(session, files)
        keys = {name: digest(session.hash(name), tool) for name in files}
        batch = Batch(session, STAGE, report, keys)
        with session.stage(EDITION_STAGE) as edition_report:
            edition = Batch(session, EDITION_STAGE, edition_report,
                            {EDITION: digest(tool, sorted(keys.items()))} if options.edition_pdf and files else {})
            book = project.name(project.pdf / EDITION_NAME)
            # The edition takes longest: a worker starts on it before the documents are handed out.
            pending = session.workers.submit(edition_task, [str(project.path(n)) for n in files],
                                             str(project.path(book))) if edition.todo else None

            def target(name: str) -> str:
                return project.name(project.pdf / f"{Path(name).stem}.pdf")

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
                diagnostic, key = pending.result(), edition.keys[EDITION]
                edition.record(EDITION, edition.crashed(book, key, diagnostic) if isinstance(diagnostic, Crash)
                               else Entry(key, diagnostic is None, [diagnostic] if diagnostic else [],
                                          {book: None} if diagnostic is None else {}))
            edition.commit()
        return {name: entry.key for name, entry in entries.items() if entry.ok and entry.outputs}


def _existing(session: Session, files: list[str]) -> dict[str, str]:
    """Without the PDF stage: the PDFs already there, keyed by their content."""
    project = session.project
    found = {}
    for name in files:
        pdf = project.pdf / f"{Path(name).stem}.pdf"
        if pdf.is_file():
            found[name] = session.hashes(pdf)
    return found
