"""Building and writing TEI with lxml: the namespace, an element factory, mixed content, output.

Everything the converter builds passes through these few functions, so the TEI namespace is
written in one place and serialisation is deterministic: attributes in the order given,
indentation only inside element-only containers (never inside mixed content, where added
whitespace would change the text), UTF-8, a final newline.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from typing import Iterable, Union

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: TEI_NS}

#: Items of mixed content: text or elements, in document order.
Mixed = Union[str, etree._Element]

#: Containers whose content model admits no text: safe to indent.
ELEMENT_ONLY = frozenset(
    """TEI teiHeader fileDesc titleStmt publicationStmt sourceDesc msDesc msIdentifier
    availability encodingDesc editorialDecl classDecl taxonomy category charDecl glyph
    profileDesc langUsage abstract textClass keywords handNotes revisionDesc listChange
    respStmt text front back body div docTitle list listBibl floatingText notesStmt msContents msItem
    correspDesc correspAction altIdentifier
    listPrefixDef standOff listPerson listPlace listOrg person place org""".split()
)


@lru_cache(maxsize=1024)
def qname(tag: str) -> str:
    """``"xml:id"`` → the Clark name lxml wants; ``"p"`` → ``{TEI}p`` (remembered: a document
    asks for a few dozen names some hundreds of times)."""
    if tag.startswith("xml:"):
        return f"{{{XML_NS}}}{tag[4:]}"
    return f"{{{TEI_NS}}}{tag}"


@lru_cache(maxsize=1024)
def _attribute_name(name: str) -> str:
    return qname(name) if name.startswith("xml:") else name


@lru_cache(maxsize=1024)
def _blank(tag: str) -> etree._Element:
    """An empty ``tag`` element, made once and copied for every element of that name: lxml checks
    a new element's name each time it makes one (and the check costs CPython a TypeError raised
    and cleared inside ``bytes.__contains__``), while a copy is made in C with no check, in a
    third of the time."""
    return etree.Element(qname(tag), nsmap=NSMAP)


def el(tag: str, attrs: dict[str, str | None] | None = None, *content: Mixed | None) -> etree._Element:
    """A TEI element with attributes (``None`` values are left out, the others kept in the order
    given) and mixed content."""
    element = copy(_blank(tag))
    if attrs:
        _set_attributes(element, attrs)
    if content:
        _fill(element, content)
    return element


def sub(parent: etree._Element, tag: str, attrs: dict[str, str | None] | None = None,
        *content: Mixed | None) -> etree._Element:
    """Like :func:`el`, appended to ``parent``."""
    child = copy(_blank(tag))
    parent.append(child)
    if attrs:
        _set_attributes(child, attrs)
    if content:
        _fill(child, content)
    return child


def _set_attributes(element: etree._Element, attrs: dict[str, str | None]) -> None:
    """Set one by one: handed to lxml's constructor as a mapping, attributes take a slower path,
    about twice what making the element costs."""
    for name, value in attrs.items():
        if value is not None:
            element.set(_attribute_name(name), value)


def _fill(element: etree._Element, content: tuple[Mixed | None, ...]) -> None:
    """The content of an element just made: most elements hold one string (a title, a name, a
    date), which becomes the text outright; other content is appended item by item."""
    if len(content) == 1 and isinstance(content[0], str):
        if content[0]:
            element.text = content[0]
    else:
        _append_after(element, None, content)


def append(parent: etree._Element, content: Iterable[Mixed | None]) -> etree._Element:
    """Append mixed content (strings and elements) to ``parent``, joining adjacent strings.

    A run of strings is joined before it is stored: lxml copies a text or tail on every read
    and write, so adding strings one by one would cost time in the square of the run's length.
    """
    return _append_after(parent, _last_child(parent), content)


def _append_after(parent: etree._Element, last: etree._Element | None,
                  content: Iterable[Mixed | None]) -> etree._Element:
    """:func:`append`, given ``parent``'s ``last`` child (known to be none for an element just
    made: looking for it would raise and catch an IndexError); each element appended is then
    the last."""
    run: list[str] = []
    for item in content:
        if isinstance(item, str):
            if item:
                run.append(item)
        elif item is not None:
            if run:
                _add_text(parent, last, run)
                run = []
            parent.append(item)
            last = item
    if run:
        _add_text(parent, last, run)
    return parent


def _add_text(parent: etree._Element, last: etree._Element | None, run: list[str]) -> None:
    """Add the strings to the end of ``parent``'s content: the tail of its ``last`` child, or its
    text."""
    if last is not None:
        last.tail = (last.tail or "") + "".join(run)
    else:
        parent.text = (parent.text or "") + "".join(run)


def _last_child(parent: etree._Element) -> etree._Element | None:
    """The last child, found from the end (``len()`` would count every child, each time)."""
    try:
        return parent[-1]
    except IndexError:
        return None


def local(element: etree._Element) -> str:
    """The local name of a TEI element (``"p"`` for ``{TEI}p``)."""
    tag = element.tag
    return _local_name(tag) if isinstance(tag, str) else ""


@lru_cache(maxsize=1024)
def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


#: :data:`ELEMENT_ONLY` as lxml names them: compared with every element's tag when serialising.
_ELEMENT_ONLY_TAGS = frozenset(qname(name) for name in ELEMENT_ONLY)


def _indent(root: etree._Element) -> None:
    """Indent the element-only containers under ``root``, wherever they are (inside mixed content
    too).  lxml finds them (in C, without a Python call for each element of the tree); each
    indents only its own text and its children's tails.  They come in document order, so each
    container's level is its nearest container ancestor's (known by then) plus the steps up to
    it: counting every ancestor of every container cost more than the indenting."""
    levels = {root: 0}
    for element in root.iter(*_ELEMENT_ONLY_TAGS):
        level = _level(element, levels)
        last = _last_child(element)
        if last is None:
            continue
        inner = "\n" + "  " * (level + 1)
        if not (element.text or "").strip():
            element.text = inner
        for child in element:
            if not (child.tail or "").strip():
                child.tail = inner
        last.tail = "\n" + "  " * level


def _level(element: etree._Element, levels: dict[etree._Element, int]) -> int:
    """How far below ``root`` (the key at level 0 of ``levels``) ``element`` is, counted up to
    the nearest element whose level is known; remembered in ``levels``."""
    level = levels.get(element)
    if level is None:
        steps, ancestor = 1, element.getparent()
        while ancestor not in levels:
            steps, ancestor = steps + 1, ancestor.getparent()
        level = levels[element] = levels[ancestor] + steps
    return level


def serialize(root: etree._Element, instructions: Iterable[tuple[str, str]] = ()) -> bytes:
    """The document as UTF-8 bytes: XML declaration, the processing ``instructions`` (target,
    text) one a line, indented structure, final newline."""
    _indent(root)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return _prolog(tuple(instructions)) + body + b"\n"


@lru_cache(maxsize=16)
def _prolog(instructions: tuple[tuple[str, str], ...]) -> bytes:
    """The XML declaration and the processing instructions, one a line (the same few for every
    document: made once)."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + b"".join(
        etree.tostring(etree.ProcessingInstruction(target, text)) + b"\n" for target, text in instructions)
