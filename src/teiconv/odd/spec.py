"""Reading an ODD: its schemaSpec and the specifications in it, by identifier."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..diagnostics import TeiconvError

TEI = "http://www.tei-c.org/ns/1.0"
SCH = "http://purl.oclc.org/dsdl/schematron"
NS = {"tei": TEI, "sch": SCH}


class OddError(TeiconvError):
    """The ODD says something this processor cannot turn into a schema."""


def words(node: etree._Element | None) -> str:
    """The text of ``node`` with its white space collapsed (empty for no node)."""
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


@dataclass(frozen=True)
class Documented:
    """What every specification, attribute and value says about itself."""

    gloss: str
    desc: str
    remarks: str

    @classmethod
    def of(cls, node: etree._Element) -> "Documented":
        return cls(words(node.find("tei:gloss", NS)), words(node.find("tei:desc", NS)),
                   words(node.find("tei:remarks", NS)))


class Odd:
    """One ODD document: the schemaSpec and its specifications."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        except (OSError, etree.XMLSyntaxError) as error:
            raise OddError(f"{path}: {error}") from None
        specs = self.tree.findall(".//tei:schemaSpec", NS)
        if len(specs) != 1:
            raise OddError(f"{path}: an ODD for teiconv has exactly one schemaSpec, not {len(specs)}")
        self.schema = specs[0]
        self.elements = self._by_ident("elementSpec")
        self.macros = self._by_ident("macroSpec") | self._by_ident("dataSpec")
        self.classes = self._by_ident("classSpec")
        self.constraints = self.schema.findall("tei:constraintSpec", NS)

    def _by_ident(self, kind: str) -> dict[str, etree._Element]:
        found: dict[str, etree._Element] = {}
        for spec in self.schema.findall(f"tei:{kind}", NS):
            ident = spec.get("ident")
            if ident in found:
                raise OddError(f"{self.path}:{spec.sourceline}: {kind} {ident!r} is specified twice")
            found[ident] = spec
        return found

    @property
    def start(self) -> str:
        return self.schema.get("start", "TEI")

    @property
    def namespace(self) -> str:
        return self.schema.get("ns", TEI)

    def attributes(self, element: etree._Element) -> list[etree._Element]:
        """The attDefs of ``element``: those of the attribute classes it is a member of, then its own."""
        attdefs = []
        for member in element.findall("tei:classes/tei:memberOf", NS):
            spec = self.classes.get(member.get("key"))
            if spec is None:
                raise OddError(f"{self.path}:{member.sourceline}: no classSpec {member.get('key')!r} in the ODD")
            attdefs += spec.findall("tei:attList/tei:attDef", NS)
        return attdefs + element.findall("tei:attList/tei:attDef", NS)

    def where(self, node: etree._Element) -> str:
        return f"{self.path}:{node.sourceline}"
