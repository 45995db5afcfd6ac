"""The site's data as scripts: JSON assigned to a ``window`` variable (browsers load scripts from
``file://`` but refuse ``fetch`` there, and the site must work opened from the disk).

A folder of such scripts (the search index's word shards, the index's filter lists) is rewritten
by every build: :func:`replace_scripts` overwrites the files that are still wanted and removes only
the others, because creating a file costs the file system several times as much as rewriting
one (measured: about 300 µs of CPU against 100 µs on this project's build machine).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def data_script(variable: str, key: str | None, value) -> str:
    """A script that assigns ``value`` (as JSON) to ``window.<variable>``, or to its entry ``key``."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    if key is None:
        return f"window.{variable} = {data};\n"
    return f"window.{variable} = window.{variable} || {{}};\nwindow.{variable}[{json.dumps(key)}] = {data};\n"


def replace_scripts(folder: Path, pattern: str, scripts: Iterable[tuple[str, str]]) -> list[Path]:
    """Write each ``(file name, script)`` into ``folder``, then remove the files of an earlier
    build that match ``pattern`` and were not written now; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, script in scripts:
        path = folder / name
        path.write_text(script, encoding="utf-8")
        written.append(path)
    kept = set(written)
    for old in folder.glob(pattern):
        if old not in kept:
            old.unlink()
    return written
