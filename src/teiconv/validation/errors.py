"""The validation errors that stop a run before any document is read: a schema that cannot be used."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import UsageError

#: Schemas are trusted more than documents (tei_all.rng alone is about 2 MB).
SCHEMA_MAX_BYTES = 64 * 1024 * 1024


class SchemaError(UsageError):
    """A schema file is missing, of an unknown kind, or does not compile (exit code 2)."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: cannot use this schema: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # raised in a worker process, it must cross back to the parent
        return type(self), (self.path, self.reason)
