"""What the converter knows about the world, from tables the editor can read and extend.

``data/repositories.tsv`` lists archives (siglum, full name, country, settlement) and
``data/languages.tsv`` language names with their BCP 47 tags.  Both are plain tab-separated text
with ``#`` comment lines, shipped inside the package; adding a line teaches the converter one more
archive or language without touching code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Repository:
    """An archive: its siglum and, where known, full name, country and settlement, and the other
    sigla citations write it with (``AVP RF`` for ``AVPRF``)."""

    siglum: str | None
    name: str | None = None
    country_code: str | None = None
    country: str | None = None
    settlement: str | None = None
    variants: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way a citation names it: its sigla and its full name."""
        return tuple(filter(None, (self.siglum, *self.variants, self.name)))


def _rows(file_name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", file_name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def repositories() -> tuple[Repository, ...]:
    """The table's archives; a siglum column of ``AVPRF|AVP RF`` gives the siglum, then its variants."""
    found = []
    for row in _rows("repositories.tsv"):
        sigla = (row.pop("siglum") or "").split("|")
        found.append(Repository(sigla[0] or None, **{key: value or None for key, value in row.items()},
                                variants=tuple(sigla[1:])))
    return tuple(found)


@lru_cache(maxsize=1)
def language_tags() -> dict[str, str]:
    """Language name (lower case) → BCP 47 tag."""
    return {row["name"].lower(): row["tag"] for row in _rows("languages.tsv")}


def language_tag(name: str) -> str | None:
    return language_tags().get(name.strip().lower())


def find_repository(name: str) -> Repository | None:
    """The table's repository whose siglum or full name is ``name`` (case-insensitive)."""
    wanted = " ".join(name.split()).lower()
    if not wanted:
        return None
    return next((r for r in repositories() if wanted in (form.lower() for form in r.forms)), None)


def repository_at_start(text: str) -> tuple[Repository, int] | None:
    """The table's repository a reference opens with (by siglum or full name), and where it ends."""
    best: tuple[Repository, int] | None = None
    for repository in repositories():
        for form in repository.forms:
            end = len(form)
            if text.startswith(form) and (end == len(text) or not text[end].isalnum()):
                if best is None or end > best[1]:
                    best = (repository, end)
    return best
