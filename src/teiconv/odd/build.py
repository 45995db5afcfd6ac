"""``teiconv schema``: regenerate, or check, what the ODD and tei_all.rng give."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import UsageError
from ..resources import data_dir, is_checkout
from .conformance import check, load_tei_all
from .page import schema_page
from .relaxng import grammar_text
from .schematron import schematron_text
from .spec import Odd


def outputs(schema_dir: Path, docs_dir: Path) -> dict[Path, str]:
    """Each generated file and the text it should have."""
    odd = Odd(schema_dir / "teiconv.odd")
    tei_all = schema_dir / "tei_all.rng"
    check(odd, tei_all)
    return {
        schema_dir / "teiconv.rng": grammar_text(odd),
        schema_dir / "teiconv.sch": schematron_text(odd),
        docs_dir / "schema.md": schema_page(odd, load_tei_all(tei_all).version),
    }


def regenerate(schema_dir: Path | None = None, docs_dir: Path | None = None, check_only: bool = False) -> list[Path]:
    """Write the generated files that differ from what the ODD gives (or, with ``check_only``,
    only name them); return those paths."""
    if schema_dir is None and not is_checkout():
        raise UsageError("teiconv schema regenerates the files of a source checkout; this teiconv is "
                         "installed from a wheel, whose schema is already generated")
    schema_dir = schema_dir or data_dir("schema")
    docs_dir = docs_dir or schema_dir.parent / "docs"
    stale = []
    for path, text in outputs(schema_dir, docs_dir).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not check_only:
                path.write_text(text, encoding="utf-8")
    return stale
