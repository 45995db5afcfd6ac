"""Where the stylesheets and schemas live, installed or in a checkout.

The wheel carries the repository's ``xslt/`` and ``schema/`` folders as ``teiconv/data/``; in a
source checkout (editable install) they are read from the repository root, so an edit to a
stylesheet takes effect without reinstalling.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .diagnostics import InstallationError

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def data_dir(name: str) -> Path:
    """The folder ``name`` (``"xslt"`` or ``"schema"``), from the wheel or the checkout (looked
    for once a process: a build asks for every document)."""
    installed = _PACKAGE_DIR / "data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise InstallationError(f"teiconv's {name}/ folder is missing from this installation (reinstall teiconv)")


@functools.cache
def is_checkout() -> bool:
    """Whether teiconv runs from a source checkout (editable install) rather than a wheel."""
    return not (_PACKAGE_DIR / "data").is_dir()
