"""Reading XML that may be hostile: the one door every XML file teiconv reads comes through.

A file handed to ``validate``, ``pdf``, ``html``, ``build``, ``totext`` or the pytest plugin may
come from anywhere, so parsing must not be a way to read local files (external entities), reach
the network (DTD or schema fetches), exhaust memory (entity expansion, "billion laughs"; huge text
nodes; a file far larger than any edition document), overflow a stack (nesting deeper than Saxon
accepts) or crash the run (malformed or non-XML input).  The parser below loads no DTD, resolves
no entity, never touches the network and keeps libxml2's size limits on.  Saxon never parses a
file itself: it is handed :meth:`XmlDocument.serialized`, the checked tree without its DOCTYPE.

Entity declarations are refused by default, because a document's meaning would depend on the
parser.  :class:`Policy` ``internal_entities=True`` is the one switch for third-party TEI that
declares plain internal entities (``<!ENTITY mdash "—">``): those are expanded, while external
entities and expansions beyond libxml2's amplification limit are still refused.
Every refusal is an :class:`XmlRefused` carrying a :class:`~teiconv.diagnostics.Diagnostic` with
a place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, InputError, Severity, display_name

#: Larger files are refused unread: an edition document is a few hundred kilobytes.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
#: Deepest element nesting accepted: Saxon's parser (jdk.xml.maxElementDepth) refuses more, and
#: the stylesheets recurse once per level, so a deeper file could only fail later and worse.
MAX_DEPTH = 100


@dataclass(frozen=True)
class Policy:
    """What a parse accepts beyond plain XML; the default accepts nothing more."""

    #: Expand entities declared in the document's internal subset with literal text.  External
    #: entities (``SYSTEM``/``PUBLIC``) and runaway expansions are refused either way.
    internal_entities: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = MAX_DEPTH


STRICT = Policy()
#: What the editions accept from the TEI they publish: other projects' files may declare
#: internal entities (``<!ENTITY mdash "&#x2014;">``); external ones stay refused.
PUBLISHING = Policy(internal_entities=True)


class _ReadNothing(etree.Resolver):
    """Answers every request for an external resource (a DTD, an entity) with nothing.

    libxml2 reads a document's external DTD subset even when told not to load DTDs; answering
    here means no file is opened and no address is fetched, whatever the document names.
    """

    def resolve(self, url, public_id, context):
        return self.resolve_string("", context)


def _parser(resolve_entities: bool = False) -> etree.XMLParser:
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

    def text(self) -> str:
        """The document as text for an engine that parses it again: the file's own text when it is
        UTF-8 and has no DOCTYPE (so holds nothing to fetch or expand; a fifth of a Saxon parse
        cheaper than serializing the tree), else :meth:`serialized`.  The file's text keeps the
        comments and processing instructions around the root element."""
        info = self.tree.docinfo
        if info.doctype or info.encoding.upper() != "UTF-8":
            return self.serialized()
        return self.source.decode("utf-8").removeprefix("\ufeff")


class XmlRefused(InputError):
    """The file could not be accepted as XML; :attr:`diagnostic` says where and why."""


def _refusal(name: str, rule: str, message: str, line: int = 1, column: int = 1) -> XmlRefused:
    return XmlRefused(Diagnostic(name, line, column, Severity.ERROR, rule, message))


def read_limited(path: Path, name: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing anything larger than ``max_bytes`` without reading it."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise _too_large(name, max_bytes)
            # Read what the size says (asking for max_bytes would allocate them: 32 MiB a file,
            # three times the cost of reading it), and the rest of a pipe or a growing file after.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as error:
        raise _refusal(name, "io", f"cannot read the file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _too_large(name: str, max_bytes: int) -> XmlRefused:
    return _refusal(name, "xml-too-large", f"the file is larger than {max_bytes} bytes, the most this "
                                           "command reads (use --max-size to raise the limit)")


#: libxml2's own refusals, by the words of its message: what they mean to a user.
_LIBXML_REFUSALS = (
    ("amplification", "xml-entity-expansion",
     "entity expansion refused: the entities declared would expand without bound "
     "(an entity-expansion attack such as \"billion laughs\")"),
    ("entity reference loop", "xml-entity-expansion", "entity expansion refused: the entities refer to themselves"),
    ("Excessive depth", "xml-too-deep", f"elements are nested more than {MAX_DEPTH} deep, deeper than teiconv can render"),
)


def _syntax_refusal(parser: etree.XMLParser, error: etree.XMLSyntaxError, name: str) -> XmlRefused:
    first = parser.error_log[0] if len(parser.error_log) else None
    line, column = (first.line, first.column) if first else (error.position or (1, 1))
    message = first.message if first else str(error)
    place = max(line, 1), max(column, 1)
    for words, rule, meaning in _LIBXML_REFUSALS:
        if any(words in entry.message for entry in parser.error_log) or words in str(error):
            return _refusal(name, rule, meaning, *place)
    return _refusal(name, "xml-syntax", f"not well-formed XML: {message}", *place)


def _parse(data: bytes, name: str, resolve_entities: bool) -> etree._Element:
    parser = _parser(resolve_entities)
    try:
        return etree.fromstring(data, parser, base_url=None)
    except etree.XMLSyntaxError as error:
        raise _syntax_refusal(parser, error, name) from None
    except ValueError as error:  # e.g. an encoding declaration in a str, or an empty document
        raise _refusal(name, "xml-syntax", str(error)) from None


def _check_entities(root: etree._Element, name: str, policy: Policy) -> bool:
    """Refuse entity declarations the policy does not allow; True if some are to be expanded."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is None:  # no DOCTYPE: any entity but XML's five would have been a syntax error
        return False
    entities = list(dtd.iterentities())
    external = [entity.name for entity in entities if entity.system_url]
    if external:
        raise _refusal(name, "xml-entity",
                       "the document declares external entities (" + ", ".join(external[:5]) + "); "
                       "they are refused because they would read files or reach the network")
    if entities and not policy.internal_entities:
        raise _refusal(
            name, "xml-entity",
            "the document declares entities (" + ", ".join(entity.name for entity in entities[:5]) + "); "
            "entity declarations are refused because they can read files, reach the network "
            "or expand without bound",
        )
    unresolved = next(root.iter(etree.Entity), None)
    if unresolved is not None and not entities:  # declared in an external DTD, which is never read
        raise _refusal(name, "xml-entity",
                       f"the entity reference {unresolved.text} cannot be resolved: teiconv reads no DTD; "
                       "write the character itself", unresolved.sourceline or 1)
    return bool(entities)


@lru_cache(maxsize=4)
def _deeper_than(max_depth: int) -> etree.XPath:
    """Whether some element is nested more than ``max_depth`` deep: ``/*/*/…`` one step per level,
    each step visiting only the elements of its level, so the whole tree at most once, in C."""
    return etree.XPath("boolean(/*" + "/*" * max_depth + ")")


def _check_depth(root: etree._Element, name: str, max_depth: int) -> None:
    """Refuse nesting deeper than ``max_depth`` (found in C; walked in Python only to say where)."""
    if not _deeper_than(max_depth)(root):
        return
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > max_depth:
            raise _refusal(name, "xml-too-deep",
                           f"elements are nested more than {max_depth} deep (<{etree.QName(element).localname}> "
                           "here), deeper than teiconv can render", element.sourceline or 1)


def parse_bytes(data: bytes, name: str, policy: Policy = STRICT) -> XmlDocument:
    """Parse ``data`` safely; raise :class:`XmlRefused` for anything ``policy`` does not accept."""
    root = _parse(data, name, resolve_entities=False)
    if _check_entities(root, name, policy):
        root = _parse(data, name, resolve_entities=True)
    _check_depth(root, name, policy.max_depth)
    return XmlDocument(name, root.getroottree(), data)


def parse_file(path: Path, name: str | None = None, max_bytes: int | None = None,
               policy: Policy = STRICT) -> XmlDocument:
    """Read and parse ``path``; the document is shown to users as ``name`` (default: the path)."""
    name = name or display_name(path)
    return parse_bytes(read_limited(path, name, max_bytes or policy.max_bytes), name, policy)
