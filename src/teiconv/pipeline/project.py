"""Where a build reads and writes, and what it was asked to do."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

#: The stages in the order they run.  PDF comes before HTML because the pages offer the PDFs as
#: downloads (a page says whether its PDF exists).
STAGES = ("convert", "validate", "pdf", "html")


@dataclass(frozen=True)
class Project:
    """A project folder: transcriptions in ``seeds/``, encodings in ``tei/``, output in ``out/``.
    Its folders are computed once (stages name them per document)."""

    root: Path = Path(".")

    @cached_property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @cached_property
    def tei(self) -> Path:
        return self.root / "tei"

    @cached_property
    def registers(self) -> Path:
        return self.root / "registers"

    @cached_property
    def out(self) -> Path:
        return self.root / "out"

    @cached_property
    def html(self) -> Path:
        return self.out / "html"

    @cached_property
    def pdf(self) -> Path:
        return self.out / "pdf"

    def name(self, path: Path | str) -> str:
        """``path`` (inside the project) relative to it, as the manifest names it.  String
        operations, not pathlib: a build of 10 000 documents names a few hundred thousand files."""
        return os.fspath(path)[len(self._prefix):]

    def path(self, name: str) -> Path:
        return self.root / name

    def file(self, name: str) -> str:
        """The file ``name`` as a string (for the hot paths)."""
        return self._prefix + name

    @cached_property
    def _prefix(self) -> str:
        return "" if self.root == Path(".") else os.path.join(self.root, "")

    def shown(self, name: str) -> str:
        """How messages name the file (as the user named the project: relative stays relative)."""
        return self.file(name)


def stem(name: str) -> str:
    """The file ``name``'s name without folder and suffix (``tei/doc-1.xml`` → ``doc-1``)."""
    return name.rpartition("/")[2].rpartition(".")[0]


@dataclass(frozen=True)
class BuildOptions:
    #: Worker processes (None: one per core).
    jobs: int | None = None
    #: The stages to run; the others' last results (from the manifest) still decide what is valid.
    only: frozenset[str] = field(default_factory=lambda: frozenset(STAGES))
    #: Redo every stage's work even where nothing changed.
    force: bool = False
    #: Overwrite TEI files an editor has changed with the converter's output.
    reconvert: bool = False
    #: Also typeset the whole edition as one PDF (its cost grows with the edition).
    edition_pdf: bool = True
    #: The address the site is published at (for stable URLs in citations).
    base_url: str = ""
    #: The Dask scheduler that runs the work (``tcp://host:8786``, or ``local`` for a cluster
    #: on this machine); None: a pool of local processes.
    scheduler: str | None = None
    #: Documents per volume of the edition PDF (teiconv.pdf.VOLUME_SIZE: importing teiconv.pdf
    #: imports WeasyPrint, which a build that typesets nothing skips).
    volume_size: int = 500

    @property
    def processes(self) -> int:
        """Local worker processes (of the pool, or of ``--scheduler local``)."""
        return self.jobs or os.cpu_count() or 1
