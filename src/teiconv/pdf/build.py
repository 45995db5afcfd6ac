"""Build the PDF edition: one PDF per document and one of the whole edition.

Every input is tried; a file that cannot be read or rendered becomes a diagnostic and the others
still get their PDFs.  The edition is built from the documents that parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError, UsageError
from .stylesheet import Kind, PrintStylesheet, TeiSource
from .typesetter import Typesetter

EDITION_NAME = "edition.pdf"


@dataclass
class PdfBuild:
    """What a build wrote and what went wrong."""

    written: list[Path] = field(default_factory=list)
    pages: int = 0
    documents: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics


def tei_files(paths: Iterable[Path]) -> list[Path]:
    """The TEI files named by ``paths``; a folder stands for the ``*.xml`` files in it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.xml")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    if not files:
        raise UsageError("no TEI files to typeset")
    return files


class PdfEdition:
    """The print pipeline with its stylesheet, fonts and CSS loaded once for many builds."""

    def __init__(self) -> None:
        self.stylesheet = PrintStylesheet()
        self.typesetter = Typesetter()

    def build(self, paths: Iterable[Path], out_dir: Path, *, edition: bool = True) -> PdfBuild:
        """Write ``<id>.pdf`` for each document in ``paths`` and, if asked, ``edition.pdf``."""
        result = PdfBuild()
        documents, collection = self._parse_all(tei_files(paths), result)
        out_dir.mkdir(parents=True, exist_ok=True)
        for source in documents:
            self._attempt(result, source.path, lambda s=source: self._write(
                out_dir / f"{s.stem}.pdf", self.stylesheet.document_html(s), result))
        result.documents = len(documents)
        if edition and documents:
            self._attempt(result, out_dir / EDITION_NAME, lambda: self._write(
                out_dir / EDITION_NAME, self.stylesheet.edition_html(documents, collection), result))
        return result

    def _parse_all(self, files: list[Path], result: PdfBuild
                   ) -> tuple[list[TeiSource], TeiSource | None]:
        documents: list[TeiSource] = []
        collection = None
        for path in files:
            try:
                source = self.stylesheet.parse(path)
            except InputError as error:
                result.diagnostics.append(error.diagnostic)
                continue
            if source.kind is Kind.COLLECTION:
                collection = source
            else:
                documents.append(source)
        return documents, collection

    def _write(self, target: Path, html: str, result: PdfBuild) -> None:
        typeset = self.typesetter.typeset(html)
        target.write_bytes(typeset.pdf)
        result.written.append(target)
        result.pages += typeset.pages

    @staticmethod
    def _attempt(result: PdfBuild, place: Path, step) -> None:
        """Run one build step; its failure is recorded and the build goes on."""
        try:
            step()
        except InputError as error:
            result.diagnostics.append(error.diagnostic)
        except TeiconvError as error:
            result.diagnostics.append(Diagnostic(str(place), 1, 1, Severity.ERROR, "pdf-build", str(error)))
