"""Reviewing the edition's names: what ``teiconv registers`` shows and does.

- :func:`entry_uses` — every register entry with the documents that mention it and how often;
- :func:`candidate_uses` — the names the converter proposed (``#cand-…`` in the documents'
  ``standOff``), grouped by kind and name across documents, waiting for the editor;
- :func:`unresolved` — mentions whose ``@ref`` resolves nowhere (no such register entry, no such
  candidate, a prefix that is not a register's);
- :func:`merge` — one entry (or candidate) into another: its mentions in ``tei/`` point to the
  target, a merged register entry's names become the target's variants, a merged candidate's name
  becomes one (so the next conversion links it by itself);
- :func:`confirm` — a candidate becomes a register entry of its own.

TEI files are rewritten in place with their layout kept (lxml keeps white space); only the
``@ref`` values, the candidate lists and the header's prefix declarations change.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from lxml import etree

from .model import KIND_BY_ELEMENT, KIND_BY_NAME, TEI_NS, XML_ID, Entry, RegisterError, Registers, load_registers, parse

NAME_ELEMENTS = tuple(f"{{{TEI_NS}}}{kind}" for kind in KIND_BY_ELEMENT)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class Mention:
    """A name in a document: where, what it says, what it points to."""

    document: str
    line: int
    kind: str
    ref: str
    text: str


@dataclass
class Use:
    """An entry (registered or proposed) and the documents that mention it, with counts."""

    ref: str
    kind: str
    label: str
    documents: Counter = field(default_factory=Counter)

    @property
    def mentions(self) -> int:
        return sum(self.documents.values())


def tei_files(paths: Iterable[Path | str]) -> list[Path]:
    files = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.xml")) if path.is_dir() else [path])
    return files


def _parse(path: Path) -> etree._ElementTree:
    return parse(path, _PARSER)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def mentions(files: Iterable[Path]) -> Iterable[tuple[Path, etree._ElementTree, list[Mention]]]:
    """Each TEI file, its tree, and the names with @ref in its ``<text>``."""
    for path in files:
        tree = _parse(path)
        text = tree.getroot().find(f"{{{TEI_NS}}}text")
        found = [] if text is None else [
            Mention(path.name, element.sourceline or 0, KIND_BY_ELEMENT[etree.QName(element).localname].name,
                    element.get("ref"), _text(element))
            for element in text.iter(*NAME_ELEMENTS) if element.get("ref")]
        yield path, tree, found


def entry_uses(registers: Registers, files: Iterable[Path]) -> list[Use]:
    """Every register entry, in register order, with the documents that mention it."""
    uses = {ref: Use(ref, entry.kind.name, entry.label) for ref, entry in registers.entries.items()}
    for path, _, found in mentions(files):
        for mention in found:
            if mention.ref in uses:
                uses[mention.ref].documents[path.stem] += 1
    return list(uses.values())


def candidate_uses(files: Iterable[Path]) -> list[Use]:
    """The proposed names, one per kind and name, with the documents that mention them."""
    uses: dict[str, Use] = {}
    for path, tree, found in mentions(files):
        names = {element.get(XML_ID): _text(element) for element in _candidate_entries(tree)}
        for mention in found:
            if mention.ref.startswith("#") and mention.ref[1:] in names:
                use = uses.setdefault(mention.ref, Use(mention.ref, mention.kind, names[mention.ref[1:]]))
                use.documents[path.stem] += 1
    return sorted(uses.values(), key=lambda use: (use.kind, -use.mentions, use.label))


def _candidate_entries(tree: etree._ElementTree) -> list[etree._Element]:
    return tree.getroot().xpath("tei:standOff/*[@type='candidates']/*", namespaces={"tei": TEI_NS})


def unresolved(registers: Registers, files: Iterable[Path]) -> list[Mention]:
    """Mentions whose @ref names no register entry and no candidate of their document."""
    missing = []
    for _, tree, found in mentions(files):
        local_ids = {element.get(XML_ID) for element in _candidate_entries(tree)}
        for mention in found:
            if mention.ref.startswith("#"):
                if mention.ref[1:] not in local_ids:
                    missing.append(mention)
            elif mention.ref not in registers or registers.entries[mention.ref].kind.name != mention.kind:
                missing.append(mention)
    return missing


@dataclass
class MergeResult:
    documents: list[str]
    mentions: int


def merge(registers_dir: Path | str, files: Iterable[Path], source: str, target: str) -> MergeResult:
    """Point every mention of ``source`` (an entry or a candidate) at the entry ``target``."""
    registers_dir = Path(registers_dir)
    registers = load_registers(registers_dir)
    if target not in registers:
        raise RegisterError(f"{target}: no such register entry (merge into an entry of registers/)")
    if source == target:
        raise RegisterError(f"{source}: an entry cannot be merged into itself")
    entry = registers.entries[target]
    names: list[tuple[str, str | None]] = []
    if not source.startswith("#"):
        if source not in registers:
            raise RegisterError(f"{source}: no such register entry")
        names = _remove_entry(registers_dir, registers.entries[source])
    result = MergeResult([], 0)
    for path, tree, found in mentions(tei_files(files)):
        count = _retarget(tree, source, target, entry, names)
        if count:
            _write(tree, path)
            result.documents.append(path.name)
            result.mentions += count
    if source.startswith("#") and not result.documents:
        raise RegisterError(f"{source}: no document proposes this candidate")
    _add_variants(registers_dir, entry, names)
    return result


def confirm(registers_dir: Path | str, files: Iterable[Path], candidate: str, entry_id: str | None = None) -> str:
    """Make the candidate ``#cand-…`` an entry of its register; return the entry's reference."""
    uses = {use.ref: use for use in candidate_uses(tei_files(files))}
    if candidate not in uses:
        raise RegisterError(f"{candidate}: no document proposes this candidate")
    use = uses[candidate]
    kind = KIND_BY_NAME[use.kind]
    entry_id = entry_id or candidate.split("-", 2)[2]
    registers_dir = Path(registers_dir)
    path = registers_dir / kind.file
    tree = _parse(path) if path.is_file() else _new_register(kind)
    if tree.getroot().xpath("//*[@xml:id = $id]", id=entry_id):
        raise RegisterError(f"{path}: xml:id \"{entry_id}\" is taken; give another id")
    listing = tree.getroot().find(f".//{{{TEI_NS}}}{kind.list_element}")
    element = etree.SubElement(listing, f"{{{TEI_NS}}}{kind.entry}", {XML_ID: entry_id})
    etree.SubElement(element, f"{{{TEI_NS}}}{kind.name_element}").text = use.label
    _indent_last(listing)
    _write(tree, path)
    ref = f"{kind.name}:{entry_id}"
    merge(registers_dir, files, candidate, ref)
    return ref


def _retarget(tree: etree._ElementTree, source: str, target: str, entry: Entry,
              names: list[tuple[str, str | None]]) -> int:
    root = tree.getroot()
    count = 0
    for element in root.iter(*NAME_ELEMENTS):
        if element.get("ref") == source:
            element.set("ref", target)
            count += 1
    if count and source.startswith("#"):
        for candidate in _candidate_entries(tree):
            if candidate.get(XML_ID) == source[1:]:
                names.append((_text(candidate), None))
                _remove(candidate)
        for listing in root.xpath("tei:standOff/*[not(*)] | tei:standOff[not(*/*)]", namespaces={"tei": TEI_NS}):
            _remove(listing)
    if count:
        declare_prefix(root, entry.kind.name)
    return count


def declare_prefix(root: etree._Element, kind_name: str) -> None:
    """Declare the register's prefix in the header, if the document does not yet."""
    from ..convert.names import prefix_definition

    encoding = root.find(f"{{{TEI_NS}}}teiHeader/{{{TEI_NS}}}encodingDesc")
    if encoding is None:
        return
    listing = encoding.find(f"{{{TEI_NS}}}listPrefixDef")
    if listing is None:
        listing = etree.SubElement(encoding, f"{{{TEI_NS}}}listPrefixDef")
    if listing.find(f"{{{TEI_NS}}}prefixDef[@ident='{kind_name}']") is None:
        listing.append(prefix_definition(KIND_BY_NAME[kind_name]))


def _remove(element: etree._Element) -> None:
    """Remove ``element``, keeping the text after it and the layout before it."""
    parent = element.getparent()
    previous = element.getprevious()
    if previous is not None:
        previous.tail = element.tail if element.getnext() is None else previous.tail
    else:
        parent.text = (parent.text or "") if element.getnext() is not None else element.tail
    parent.remove(element)


def _remove_entry(registers_dir: Path, entry: Entry) -> list[tuple[str, str | None]]:
    path = registers_dir / entry.kind.file
    tree = _parse(path)
    element = tree.getroot().xpath("//*[@xml:id = $id]", id=entry.id)[0]
    _remove(element)
    _write(tree, path)
    return [(form.text, form.type) for form in entry.forms]


def _add_variants(registers_dir: Path, entry: Entry, names: list[tuple[str, str | None]]) -> None:
    known = {form.text for form in entry.forms}
    new = [(text, type_) for text, type_ in dict.fromkeys(names) if text not in known]
    if not new:
        return
    path = registers_dir / entry.kind.file
    tree = _parse(path)
    element = tree.getroot().xpath("//*[@xml:id = $id]", id=entry.id)[0]
    last_name = element.findall(f"{{{TEI_NS}}}{entry.kind.name_element}")[-1]
    for text, type_ in reversed(new):
        name = etree.Element(f"{{{TEI_NS}}}{entry.kind.name_element}", {"type": type_ or "variant"})
        name.text = text
        name.tail = last_name.tail
        last_name.addnext(name)
    _write(tree, path)


def _new_register(kind) -> etree._ElementTree:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>Register of '
        f'{kind.title.lower()}</title></titleStmt><publicationStmt><p>Part of the edition.</p></publicationStmt>'
        f'<sourceDesc><p>Compiled from the edition\'s documents.</p></sourceDesc></fileDesc></teiHeader>'
        f'<text><body><{kind.list_element}/></body></text></TEI>')
    return etree.ElementTree(root)


def _indent_last(listing: etree._Element) -> None:
    """Give an appended entry the layout of its siblings."""
    entry = listing[-1]
    between = listing.text or "\n"  # the white space before the first entry: between entries
    if len(listing) > 1:
        previous = listing[-2]
        entry.tail, previous.tail = previous.tail, between
    else:
        listing.text = entry.tail = "\n"
    etree.indent(entry, space="  ", level=_depth(entry))


def _depth(element: etree._Element) -> int:
    return sum(1 for _ in element.iterancestors())


def _write(tree: etree._ElementTree, path: Path) -> None:
    data = etree.tostring(tree.getroot(), encoding="UTF-8")
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n' + data + b"\n")
