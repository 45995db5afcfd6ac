"""Reading XML that may be hostile: the one door every validated file comes through.

A file handed to ``teiconv validate`` may come from anywhere, so parsing must not be a way to
read local files (external entities), reach the network (DTD or schema fetches), exhaust memory
(entity expansion, "billion laughs"; huge text nodes; a file far larger than any edition
document) or crash the run (malformed or non-XML input).  The parser below loads no DTD,
resolves no entity, never touches the network and keeps libxml2's size limits on; a document
that declares entities is refused outright, because its meaning would depend on the parser.
Every refusal is a :class:`~teiconv.diagnostics.Diagnostic` with a place, never an exception.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, Severity

#: Larger files are refused unread: an edition document is a few hundred kilobytes.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


class _ReadNothing(etree.Resolver):
    """Answers every request for an external resource (a DTD, an entity) with nothing.

    libxml2 reads a document's external DTD subset even when told not to load DTDs; answering
    here means no file is opened and no address is fetched, whatever the document names.
    """

    def resolve(self, url, public_id, context):
        return self.resolve_string("", context)


def _parser(resolve_entities: bool | str = False) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=resolve_entities,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=False,
    )
    parser.resolvers.add(_ReadNothing())
    return parser


@dataclass
class XmlDocument:
    """A safely parsed document: its tree, its bytes (for columns) and the name shown to users."""

    name: str
    tree: etree._ElementTree
    source: bytes
    _lines: list[bytes] | None = field(default=None, repr=False)

    def line_text(self, line: int) -> bytes:
        """The bytes of 1-based ``line`` (empty when out of range)."""
        if self._lines is None:
            self._lines = self.source.splitlines()
        return self._lines[line - 1] if 0 < line <= len(self._lines) else b""

    def serialized(self) -> str:
        """The root element as text, for engines that parse again (no DTD, nothing to fetch)."""
        return etree.tostring(self.tree.getroot(), encoding="unicode")


class XmlRefused(Exception):
    """The file could not be accepted as XML; :attr:`diagnostic` says where and why."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def _refusal(name: str, rule: str, message: str, line: int = 1, column: int = 1) -> XmlRefused:
    return XmlRefused(Diagnostic(name, line, column, Severity.ERROR, rule, message))


def read_limited(path: Path, name: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing anything larger than ``max_bytes`` without reading it."""
    too_large = _refusal(name, "xml-too-large",
                         f"the file is larger than {max_bytes} bytes, the most teiconv validates "
                         "(use --max-size to raise the limit)")
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                raise too_large
            data = handle.read(max_bytes + 1)  # a pipe or a growing file has no size to trust
    except OSError as error:
        raise _refusal(name, "io", f"cannot read the file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise too_large
    return data


#: The most characters one internal entity may expand to (its references' expansions included):
#: far more than any real abbreviation or character entity, far less than an expansion bomb.
MAX_ENTITY_EXPANSION = 100_000


def parse_bytes(data: bytes, name: str, internal_entities: bool = False) -> XmlDocument:
    """Parse ``data`` safely; raise :class:`XmlRefused` for anything that is not plain XML.

    ``internal_entities``: accept entities declared in the document's own DTD subset with their
    text (``<!ENTITY mdash "&#x2014;">``, as editions of other projects use), expanded here:
    they read no file and reach no network. An external entity (``SYSTEM``/``PUBLIC``) or one
    expanding beyond :data:`MAX_ENTITY_EXPANSION` characters is still refused.
    """
    root = _parse(data, name, _parser())
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    declared = list(dtd.iterentities()) if dtd is not None else []
    if declared and not internal_entities:
        raise _refusal(
            name, "xml-entity",
            "the document declares entities (" + ", ".join(e.name for e in declared[:5]) + "); "
            "entity declarations are refused because they can read files, reach the network "
            "or expand without bound",
        )
    if declared:
        _check_internal(declared, name)
        root = _parse(data, name, _parser(resolve_entities="internal"))
        tree = root.getroottree()
    unresolved = next(root.iter(etree.Entity), None)
    if unresolved is not None:  # declared in an external DTD, which is never read
        raise _refusal(name, "xml-entity",
                       f"the entity reference {unresolved.text} cannot be resolved: teiconv reads no DTD; "
                       "write the character itself", unresolved.sourceline or 1)
    return XmlDocument(name, tree, data)


def parse_file(path: Path, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               internal_entities: bool = False) -> XmlDocument:
    """Read and parse ``path``; the document is shown to users as ``name`` (default: the path).
    ``internal_entities``: see :func:`parse_bytes`."""
    name = name or str(path)
    return parse_bytes(read_limited(path, name, max_bytes), name, internal_entities)


def _parse(data: bytes, name: str, parser: etree.XMLParser) -> etree._Element:
    try:
        return etree.fromstring(data, parser, base_url=None)
    except etree.XMLSyntaxError as error:
        first = parser.error_log[0] if len(parser.error_log) else None
        line, column = (first.line, first.column) if first else (error.position or (1, 1))
        message = first.message if first else str(error)
        raise _refusal(name, "xml-syntax", f"not well-formed XML: {message}", max(line, 1), max(column, 1)) from None
    except ValueError as error:  # e.g. an encoding declaration in a str, or an empty document
        raise _refusal(name, "xml-syntax", str(error)) from None


_REFERENCE = re.compile(r"&([^;#\s]+);")


def _check_internal(declared: list, name: str) -> None:
    """Refuse external entities and any entity whose expansion is too large (or never ends)."""
    texts = {}
    for entity in declared:
        if entity.system_url is not None or entity.content is None:
            raise _refusal(name, "xml-entity",
                           f"the document declares the external entity {entity.name!r}, which would read a "
                           "file or reach the network; only entities with their text in the document are read")
        texts[entity.name] = entity.content
    sizes: dict[str, int] = {}

    def size(entity: str, open_: tuple[str, ...]) -> int:
        if entity in open_:
            raise _refusal(name, "xml-entity", f"the entity {entity!r} refers to itself")
        if entity not in sizes:
            text = texts.get(entity, "")
            sizes[entity] = len(text) + sum(size(ref, open_ + (entity,)) for ref in _REFERENCE.findall(text))
            if sizes[entity] > MAX_ENTITY_EXPANSION:
                raise _refusal(name, "xml-entity",
                               f"the entity {entity!r} expands to more than {MAX_ENTITY_EXPANSION} characters")
        return sizes[entity]

    for entity in texts:
        size(entity, ())
