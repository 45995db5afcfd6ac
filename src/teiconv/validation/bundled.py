"""The schemas teiconv ships in ``schema/``: where they are, without loading the engines that
check them (a build deciding whether its validations are up to date hashes these files)."""

from __future__ import annotations

from pathlib import Path

from ..resources import data_dir
from .errors import SchemaError


def default_schemas() -> tuple[Path, ...]:
    """teiconv's own customisation: the grammar, then the rules."""
    folder = data_dir("schema")
    return folder / "teiconv.rng", folder / "teiconv.sch"


def tei_all() -> Path:
    """The official TEI P5 tei_all.rng (4.3.0), shipped in schema/ beside our customisation."""
    path = data_dir("schema") / "tei_all.rng"
    if not path.is_file():
        raise SchemaError(path, "missing from this installation of teiconv")
    return path
