"""The PDF edition: print-quality PDFs of each TEI document and of the whole edition.

TEI → print HTML by XSLT 3.0 (xslt/print/, Saxon), HTML → PDF by WeasyPrint with CSS Paged
Media (xslt/print/print.css).  Use :class:`PdfEdition` to keep the compiled stylesheet and the
loaded fonts across builds, or :func:`build_pdfs` for a single build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .build import DEFAULT_MAX_BYTES, EDITION_NAME, VOLUME_SIZE, PdfBuild, PdfEdition, tei_files, volumes

__all__ = ["DEFAULT_MAX_BYTES", "EDITION_NAME", "VOLUME_SIZE", "PdfBuild", "PdfEdition", "build_pdfs", "tei_files",
           "volumes"]


def build_pdfs(paths: Iterable[Path], out_dir: Path, *, edition: bool = True, jobs: int | None = 1,
               max_bytes: int = DEFAULT_MAX_BYTES, volume_size: int = VOLUME_SIZE,
               progress: Callable[[Path, int, int], None] | None = None,
               registers_dir: Path | None = None) -> PdfBuild:
    """Typeset the TEI files (or folders of them) in ``paths`` into ``out_dir``; files larger
    than ``max_bytes`` are refused unread; the edition in volumes of ``volume_size`` documents
    when it has more, its index of names headed by the names in ``registers_dir``."""
    return PdfEdition(max_bytes=max_bytes, registers_dir=registers_dir).build(paths, out_dir, edition=edition, jobs=jobs,
                                                 volume_size=volume_size, progress=progress)
