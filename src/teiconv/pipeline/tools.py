"""The compiled tools of one process (converter needs none; schemas, HTML and print stylesheets,
fonts), created on first use and kept for every later document that process handles.

Each worker process of the pool, and the main process when it works alone, has its own: Saxon's
runtime cannot be shared between processes, and compiling once per process is what makes a
worker fast after its first document.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..html import HtmlSite
    from ..validation import Validator


@cache
def validator() -> Validator:
    """The schemas' validator (lxml, Saxon and the engines are imported only here)."""
    from ..validation import Validator, default_schemas

    return Validator(default_schemas())


@cache
def site(base_url: str, title: str = "", registers_dir: str | None = None) -> HtmlSite:
    """The HTML pipeline for one edition title (it can change between builds) and registers
    (Saxon and the stylesheets' support are imported only here)."""
    from ..html import HtmlSite

    return HtmlSite(edition_title=title, base_url=base_url, registers_dir=Path(registers_dir) if registers_dir else None)


@cache
def printer(registers_dir: str | None = None):
    """The print pipeline: stylesheet and typesetter (WeasyPrint and fonts are imported only here),
    with the registers whose names head the edition's index of names."""
    from ..pdf.build import PdfEdition

    return PdfEdition(registers_dir=Path(registers_dir) if registers_dir else None)


def release() -> None:
    """Drop the tools while the interpreter is whole (WeasyPrint's font cache complains if it is
    collected during interpreter shutdown)."""
    for tool in (validator, site, printer):
        tool.cache_clear()
