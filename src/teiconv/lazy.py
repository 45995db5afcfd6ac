"""Public names of a package imported on first use, so that a command loads only what it runs.

``teiconv --help`` must not load the converter, the build pipeline, lxml or Saxon; a package's
``__init__`` therefore names where each public name lives instead of importing it::

    __getattr__ = lazy_exports(__name__, {"build_edition": "edition", "Project": "project"})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, api: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``api`` maps each public name to its submodule
    (``"module:name"`` when the submodule calls it otherwise)."""

    def __getattr__(name: str) -> Any:
        if name not in api:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = api[name].partition(":")
        value = getattr(importlib.import_module(f".{module}", package), attribute or name)
        setattr(sys.modules[package], name, value)  # the next use is a plain attribute
        return value

    return __getattr__
