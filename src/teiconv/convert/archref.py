"""Archival references: ``APRF: F. 39, Op. 1, D. 31, Ll. 54-58`` read into their parts.

A reference names a repository (by siglum or full name, known from
:mod:`teiconv.convert.knowledge`, or written before a colon, as ``Name (SIGLUM)``, or as the first
of its parts when that is a siglum or names an archive: ``BStU, MfS …``, ``National Archives of
Australia, A1838 …``), then a shelfmark.  Russian
and Soviet archives give the shelfmark as fond / opis / delo (and papka), then the folios (``ll.``,
``listy``), abbreviated or not, with or without spaces (``F.17 Op.162 D. 17, L. 151``); other
archives write a shelfmark of their own (``B 136/59748``, ``Department of Foreign Affairs/5/313/3D``),
which is kept whole.  A repository the table does not know is still read where the reference
writes it: before a colon, or before the fond.  The reference as written is always kept too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .knowledge import Repository, find_repository, repository_at_start

#: Parts of a Russian shelfmark: kind → its words, full or abbreviated (RGANI's fond 89 has a
#: *perechen* where other fonds have an opis).
_PARTS = {
    "fond": r"fond|f\.",
    "opis": r"opis'?|op\.|perechen'?|per\.",
    "delo": r"delo|d\.",
    "papka": r"papka|pap\.",
}
_PART = re.compile(
    r"(?<![\w.])(?P<word>" + "|".join(f"(?P<{kind}>{words})" for kind, words in _PARTS.items()) + r")"
    r"\s*(?P<value>[\w-]*\d[\w-]*)",
    re.IGNORECASE,
)
_FOLIOS = re.compile(r"(?<![\w.])(?:listy|list|ll?\.)\s*(?P<from>\d+\w*)(?:\s*[-\u2013]\s*(?P<to>\d+\w*))?",
                     re.IGNORECASE)
_LEADING_SIGLUM = re.compile(r"(?P<siglum>[A-Z][\w .-]{0,20}?)\s*:\s")
_LEADING_SEPARATOR = re.compile(r"\A[\s,:;]+")
#: A siglum in parentheses after a repository's name: ``Hungarian National Archives (MNL OL), …``.
_SIGLUM_AFTER = re.compile(r"\s*\((?P<siglum>[^()]{1,30})\)")
#: ``Stiftung Archiv der Parteien … (SAPMO-BArch), DY 30/3386``: a name, then its siglum.
#: A siglum: a short word or two with two capitals or more (``SAPMO-BArch``, ``MNL OL``), not a
#: place and year (``Moscow, 1994``).
_SIGLUM = r"(?=[^()]*[A-Z][^()]*[A-Z])[A-Z][A-Za-z.\- ]{1,24}"
_NAME_AND_SIGLUM = re.compile(rf"(?P<name>[A-Z][^(),:]{{2,160}}?)\s*\((?P<siglum>{_SIGLUM})\)(?=[\s,;:]|$)")
#: The first part of a reference, when it is a siglum (``BStU``, ``NAA``: two capitals or more in
#: a short word) or names an archive (``National Archives of Australia``, ``Hoover Institution
#: Library``), before a comma.
_NAMED_FIRST = re.compile(r"(?:(?P<siglum>(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,7})"
                          r"|(?P<name>(?:[A-Z][^,:;]{0,80}?\b)?(?:Archives?|Archiv\w*|Library|Museum|Records|Institution"
                          r"|Institute)\b[^,:;]{0,60})),\s")
#: Words before a fond that name the repository the table does not know (``GAPPOD AzR, f. 1``).
REPOSITORY_MAX_WORDS = 8


@dataclass
class Folios:
    text: str
    start: str
    end: str | None = None


@dataclass
class ArchivalReference:
    """A reference as written, and what it says."""

    as_written: str
    repository: Repository | None = None
    #: ``(kind, as written)``: ``("fond", "F. 39")``.
    parts: list[tuple[str, str]] = field(default_factory=list)
    folios: Folios | None = None
    shelfmark: str | None = None

    @property
    def is_archival(self) -> bool:
        """It names a repository or has the parts of an archive's shelfmark."""
        return self.repository is not None or bool(self.parts)


def parse_reference(text: str) -> ArchivalReference:
    """Read a reference (see the module's docstring); parts it does not recognise stay in ``shelfmark``."""
    written = " ".join(text.split()).rstrip(" .;,")
    reference = ArchivalReference(written)
    rest = written
    known = repository_at_start(written)
    if known:
        reference.repository, end = known
        siglum = _SIGLUM_AFTER.match(written, end)
        rest = written[siglum.end() if siglum else end:]
    else:
        reference.repository, rest = _repository_as_written(written)
    rest = _LEADING_SEPARATOR.sub("", rest)
    matches = list(_PART.finditer(rest))
    reference.parts = [(next(k for k in _PARTS if match.group(k)), match.group()) for match in matches]
    if reference.repository is None and not matches:  # a first part naming an archive, then its shelfmark
        named = _NAMED_FIRST.match(rest)
        if named:
            reference.repository = Repository(named.group("siglum"), named.group("name") and named.group("name").strip())
            rest = rest[named.end():]
    before_parts = rest[: matches[0].start()].strip(" ,:;") if matches else ""
    if before_parts and reference.repository is None and len(before_parts.split()) <= REPOSITORY_MAX_WORDS:
        reference.repository = Repository(before_parts)
    folios = _FOLIOS.search(rest)
    if folios and reference.parts:
        reference.folios = Folios(folios.group(), folios.group("from"), folios.group("to"))
    if not reference.parts and rest:
        reference.shelfmark = rest
    return reference


def _repository_as_written(written: str) -> tuple[Repository | None, str]:
    """A repository the reference opens with that the table does not know by its first words:
    a siglum before a colon, or a name and its siglum in parentheses (a siglum the table knows
    gives the table's entry); and the rest of the reference."""
    leading = _LEADING_SIGLUM.match(written)
    if leading:
        return Repository(leading.group("siglum").strip()), written[leading.end():]
    named = _NAME_AND_SIGLUM.match(written)
    if named:
        siglum, name = named.group("siglum").strip(), named.group("name").strip()
        return find_repository(siglum) or Repository(siglum, name), written[named.end():]
    return None, written
