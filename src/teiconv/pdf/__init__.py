"""The PDF edition: print-quality PDFs of each TEI document and of the whole edition.

TEI → print HTML by XSLT 3.0 (xslt/print/, Saxon), HTML → PDF by WeasyPrint with CSS Paged
Media (xslt/print/print.css).  Use :class:`PdfEdition` to keep the compiled stylesheet and the
loaded fonts across builds, or :func:`build_pdfs` for a single build.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .build import EDITION_NAME, PdfBuild, PdfEdition, tei_files

__all__ = ["EDITION_NAME", "PdfBuild", "PdfEdition", "build_pdfs", "tei_files"]


def build_pdfs(paths: Iterable[Path], out_dir: Path, *, edition: bool = True,
               jobs: int | None = 1) -> PdfBuild:
    """Typeset the TEI files (or folders of them) in ``paths`` into ``out_dir``."""
    return PdfEdition().build(paths, out_dir, edition=edition, jobs=jobs)
