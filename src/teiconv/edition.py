"""The edition's own declaration: who publishes it, under what title, version and licence.

A TEI document records the *source* (an archive's document and its record); the edition built
from many of them is the editor's work, cited as such. The project declares it once, in
``[tool.teiconv]`` of its ``pyproject.toml`` or at the top level of a ``teiconv.toml``::

    [tool.teiconv]
    title = "Soviet Documents on Iran, 1941-1946"
    editors = ["A. Historian"]
    publisher = "History Department, Example University"
    version = "1.0"
    licence = "CC BY 4.0"
    base-url = "https://example.org/edition/"
    language = "en"
    archive-record-url = "https://digitalarchive.wilsoncenter.org/document/{record}"

Every output that names the edition (the site, the PDFs, each citation format) reads this one
:class:`Edition`. A project that declares nothing gets honest defaults: an unnamed editor, no
publisher, no version, no licence: nothing is invented on the editor's behalf.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .diagnostics import TeiconvError

#: What a reader is told when the project names no editor.
UNNAMED_EDITOR = "unnamed editor"

#: The archive's canonical address of a record (``{record}`` is the record number of the
#: header's ``idno[@type='record']``): a citation never gives a mirror's or staging host's address.
WILSON_CENTER_RECORD_URL = "https://digitalarchive.wilsoncenter.org/document/{record}"


@dataclass(frozen=True)
class Edition:
    """The facts of the edition as a publication (not of any one document)."""

    title: str = ""
    editors: tuple[str, ...] = ()
    publisher: str = ""
    version: str = ""
    licence: str = ""
    base_url: str = ""
    language: str = "en"
    archive_record_url: str = WILSON_CENTER_RECORD_URL

    @property
    def editor_names(self) -> str:
        """The editors as a phrase ("A and B"), or :data:`UNNAMED_EDITOR`."""
        names = list(self.editors)
        if not names:
            return UNNAMED_EDITOR
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def record_url(self, record: str, fallback: str = "") -> str:
        """The archive's canonical address of ``record`` (``fallback`` if there is no number)."""
        if record and self.archive_record_url:
            return self.archive_record_url.replace("{record}", record)
        return fallback

    def page_url(self, page: str) -> str:
        """The published address of a page of the site ('' when the base URL is unknown)."""
        return self.base_url.rstrip("/") + "/" + page if self.base_url else ""

    def with_overrides(self, **values: Any) -> Edition:
        """This declaration with the values given (None: keep the declared one), e.g. from the command line."""
        return replace(self, **{name: value for name, value in values.items() if value not in (None, "")})

    def as_parameters(self) -> dict[str, str]:
        """The declaration as stylesheet parameters (``edition-…``, strings only)."""
        return {"edition-editors": self.editor_names, "edition-publisher": self.publisher,
                "edition-version": self.version, "edition-licence": self.licence,
                "edition-language": self.language}


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Edition)}


def edition_from_mapping(table: dict[str, Any], source: str) -> Edition:
    """The declaration in ``table`` (the TOML table); an unknown key or a wrong type is an error."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _KEYS.get(key)
        if name is None:
            raise TeiconvError(f"{source}: unknown edition setting {key!r} "
                               f"(known: {', '.join(sorted(_KEYS))})")
        if name == "editors":
            if isinstance(value, str):
                value = [value]
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise TeiconvError(f"{source}: 'editors' must be a list of names")
            value = tuple(v.strip() for v in value if v.strip())
        elif not isinstance(value, str):
            raise TeiconvError(f"{source}: {key!r} must be a string, not {type(value).__name__}")
        values[name] = value
    return Edition(**values)


def load_edition(root: Path = Path(".")) -> Edition:
    """The declaration of the project at ``root``: ``teiconv.toml``, else ``[tool.teiconv]`` of
    ``pyproject.toml``, else the defaults."""
    for path, table_of in ((root / "teiconv.toml", lambda data: data),
                           (root / "pyproject.toml", lambda data: data.get("tool", {}).get("teiconv"))):
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise TeiconvError(f"{path}: cannot read the edition's declaration: {error}") from None
        table = table_of(data)
        if table is not None:
            return edition_from_mapping(table, str(path))
    return Edition()
