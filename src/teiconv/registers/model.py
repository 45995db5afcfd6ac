"""The registers: persons, places and organisations the editor keeps as TEI in ``registers/``.

Three files, one list each — ``persons.xml`` (``listPerson``), ``places.xml`` (``listPlace``),
``organisations.xml`` (``listOrg``).  Every entry has an ``xml:id`` and the forms of its name
(``persName``/``placeName``/``orgName``: the usual form first, then variants, historical forms,
pseudonyms, expansions).  The converter reads only the names; roles, dates, kinds of place and
authority numbers are for the reader and the edition.

A mention in a TEI document points at an entry with a private URI whose prefix names the
register — ``person:stalin``, ``place:iran``, ``org:nkvd`` — and each document declares the
prefixes (``listPrefixDef``), so any TEI tool can resolve them to ``../registers/persons.xml#stalin``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..diagnostics import TeiconvError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass(frozen=True)
class Kind:
    """One register: its file, the list and entry elements, the name element, the URI prefix."""

    name: str           # person, place, org
    file: str           # persons.xml
    entry: str          # person, place, org
    name_element: str   # persName, placeName, orgName
    title: str          # Persons

    @property
    def list_element(self) -> str:
        return "list" + self.entry.capitalize()


KINDS = (
    Kind("person", "persons.xml", "person", "persName", "Persons"),
    Kind("place", "places.xml", "place", "placeName", "Places"),
    Kind("org", "organisations.xml", "org", "orgName", "Organisations"),
)
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
KIND_BY_ELEMENT = {kind.name_element: kind for kind in KINDS}


@dataclass(frozen=True)
class Form:
    """One way of writing an entry's name; ``pseudonym`` when it stands for the person."""

    text: str
    type: str | None = None

    @property
    def pseudonym(self) -> bool:
        return self.type == "pseudonym"


@dataclass
class Entry:
    """A register entry: what a mention's ``@ref`` names."""

    kind: Kind
    id: str
    forms: list[Form] = field(default_factory=list)
    line: int = 0  #: where the entry starts in its register file (for messages)

    @property
    def ref(self) -> str:
        """The value of a mention's ``@ref``: ``person:stalin``."""
        return f"{self.kind.name}:{self.id}"

    @property
    def label(self) -> str:
        return self.forms[0].text if self.forms else self.id


class RegisterError(TeiconvError):
    """A register file that cannot be read: not XML, or an entry without id or names."""


@dataclass(eq=False)
class Registers:
    """The entries of the three registers, by reference (``person:stalin``).  Compared (and
    hashed) by identity: :func:`load_registers` returns one object per content."""

    entries: dict[str, Entry] = field(default_factory=dict)
    folder: Path | None = None
    digest: str = ""

    def __contains__(self, ref: str) -> bool:
        return ref in self.entries

    def of_kind(self, kind: Kind) -> list[Entry]:
        return [entry for entry in self.entries.values() if entry.kind is kind]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def parse(path: Path, parser: etree.XMLParser) -> etree._ElementTree:
    """``path`` parsed, or a :class:`RegisterError` that says where it is not well-formed (once:
    lxml's own message repeats the place)."""
    try:
        return etree.parse(str(path), parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position
        message = error.error_log[0].message if len(error.error_log) else error.msg
        raise RegisterError(f"{path}:{line}:{column}: not well-formed XML: {message}") from None


def _read(path: Path, kind: Kind) -> list[Entry]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    root = parse(path, parser).getroot()
    entries = []
    for element in root.iter(f"{{{TEI_NS}}}{kind.entry}"):
        entry_id = element.get(XML_ID)
        if not entry_id:
            raise RegisterError(f"{path}:{element.sourceline}: a <{kind.entry}> without xml:id cannot be referred to")
        forms = [Form(_text(name), name.get("type"))
                 for name in element.findall(f"{{{TEI_NS}}}{kind.name_element}") if _text(name)]
        if not forms:
            raise RegisterError(f"{path}:{element.sourceline}: <{kind.entry} xml:id=\"{entry_id}\"> has no {kind.name_element}")
        entries.append(Entry(kind, entry_id, forms, element.sourceline or 0))
    return entries


def load_registers(folder: Path | str) -> Registers:
    """The registers in ``folder`` (files that are missing are empty registers)."""
    folder = Path(folder)
    return _load(folder.resolve(), _folder_digest(folder))


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for kind in KINDS:
        path = folder / kind.file
        digest.update(kind.file.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _load(folder: Path, digest: str) -> Registers:
    """Cached by content: a batch or a build worker reads the registers once."""
    registers = Registers(folder=folder, digest=digest)
    for kind in KINDS:
        path = folder / kind.file
        if path.is_file():
            for entry in _read(path, kind):
                if entry.ref in registers.entries:
                    raise RegisterError(f"{path}: xml:id \"{entry.id}\" is used by two entries")
                registers.entries[entry.ref] = entry
    return registers


def entry_labels(folder: Path | None) -> dict[str, str]:
    """The usual name of every entry in the registers of ``folder``, by reference
    (``person:stalin`` → Joseph Stalin): how the edition's filters and index of names show an
    entry (none without a folder)."""
    if folder is None or not Path(folder).is_dir():
        return {}
    return {ref: entry.label for ref, entry in load_registers(folder).entries.items()}


def find_registers(project: Path | str = ".") -> Path | None:
    """The project's ``registers/`` folder, if it has one (not searched for elsewhere: which
    registers a conversion used must be plain from where it ran)."""
    folder = Path(project) / "registers"
    return folder if folder.is_dir() else None
