"""What the edition says of itself: its title, its editors and its version.

One small function reads it, so that the corpus header does not depend on where the
declaration lives.  Until teiconv has its own edition declaration module, it reads the
``[tool.teiconv]`` table of the project's ``pyproject.toml``, or a ``teiconv.toml`` beside it
(top level, or its ``[edition]`` table)::

    [tool.teiconv]
    title = "Soviet Documents on Iran, 1920-1946"
    editors = ["A. Editor", "B. Editor"]
    version = "1.0"

Whatever is not declared is left out rather than made up: no editors, no version; the title
then says that none was declared.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import UsageError

UNTITLED = "Untitled edition (no title declared)"


@dataclass(frozen=True)
class EditionDeclaration:
    title: str = UNTITLED
    editors: tuple[str, ...] = ()
    version: str | None = None


def _table(path: Path, *keys: str) -> dict:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"{path}: cannot read the edition's declaration: {error}") from None
    for key in keys:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    return data if isinstance(data, dict) else {}


def read_declaration(project: Path) -> EditionDeclaration:
    """The declaration of the edition whose project folder is ``project``."""
    own = project / "teiconv.toml"
    table = (_table(project / "pyproject.toml", "tool", "teiconv") or _table(own, "edition") or _table(own))
    editors = table.get("editors", ())
    return EditionDeclaration(
        title=str(table.get("title") or UNTITLED),
        editors=tuple(str(name) for name in ([editors] if isinstance(editors, str) else editors)),
        version=str(table["version"]) if table.get("version") else None,
    )
