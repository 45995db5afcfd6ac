"""The ODD's specifications as a RELAX NG grammar (XML syntax), as TEI's odd2relax would make it.

Each elementSpec becomes a define of the same name holding one element pattern: its attributes
(those of its attribute classes, then its own attDefs) and its content; each macroSpec and
dataSpec a define of its own.  Glosses and descriptions travel as ``a:documentation``, which
XML editors show while completing.
"""

from __future__ import annotations

from lxml import etree

from .spec import NS, TEI, Documented, Odd, OddError

RNG = "http://relaxng.org/ns/structure/1.0"
ANNOTATIONS = "http://relaxng.org/ns/compatibility/annotations/1.0"
XSD_DATATYPES = "http://www.w3.org/2001/XMLSchema-datatypes"
XML_NS = "http://www.w3.org/XML/1998/namespace"
HEADER = " Generated from schema/teiconv.odd by `teiconv schema`: edit the ODD, not this file. "


def _rng(tag: str, **attributes: str) -> etree._Element:
    return etree.Element(f"{{{RNG}}}{tag}", attributes, nsmap={None: RNG})


def _documentation(target: etree._Element, doc: Documented) -> None:
    text = f"({doc.gloss}) {doc.desc}" if doc.gloss and doc.desc else doc.gloss or doc.desc
    if text:
        etree.SubElement(target, f"{{{ANNOTATIONS}}}documentation", nsmap={"a": ANNOTATIONS}).text = text


def _occurs(node: etree._Element, patterns: list[etree._Element]) -> list[etree._Element]:
    """``patterns`` wrapped as @minOccurs and @maxOccurs say."""
    low, high = node.get("minOccurs", "1"), node.get("maxOccurs", "1")
    if (low, high) == ("1", "1"):
        return patterns
    wrappers = {("0", "1"): "optional", ("0", "unbounded"): "zeroOrMore", ("1", "unbounded"): "oneOrMore"}
    if (low, high) not in wrappers:
        raise OddError(f"minOccurs={low} maxOccurs={high}: only optional, zero-or-more and one-or-more "
                       "repetitions are supported")
    wrapper = _rng(wrappers[low, high])
    wrapper.extend(patterns)
    return [wrapper]


class GrammarWriter:
    """Turns the specifications of one :class:`Odd` into RELAX NG patterns."""

    def __init__(self, odd: Odd):
        self.odd = odd

    def grammar(self) -> etree._Element:
        grammar = _rng("grammar", ns=self.odd.namespace, datatypeLibrary=XSD_DATATYPES)
        grammar.append(etree.Comment(HEADER))
        start = etree.SubElement(grammar, f"{{{RNG}}}start")
        etree.SubElement(start, f"{{{RNG}}}ref", name=self.odd.start)
        for ident, spec in sorted(self.odd.macros.items()):
            define = etree.SubElement(grammar, f"{{{RNG}}}define", name=ident)
            _documentation(define, Documented.of(spec))
            define.extend(self.content(spec))
        for ident, spec in sorted(self.odd.elements.items(), key=lambda item: item[0].lower()):
            define = etree.SubElement(grammar, f"{{{RNG}}}define", name=ident)
            define.append(self.element(ident, spec))
        return grammar

    def element(self, ident: str, spec: etree._Element) -> etree._Element:
        element = _rng("element", name=ident)
        _documentation(element, Documented.of(spec))
        for attdef in self.odd.attributes(spec):
            element.append(self.attribute(attdef))
        element.extend(self.content(spec))
        return element

    def content(self, spec: etree._Element) -> list[etree._Element]:
        content = spec.find("tei:content", NS)
        if content is None:
            return [_rng("empty")]
        patterns = [pattern for child in content for pattern in self.pattern(child)]
        return patterns or [_rng("empty")]

    def attribute(self, attdef: etree._Element) -> etree._Element:
        ident = attdef.get("ident")
        attribute = (_rng("attribute", name=ident.removeprefix("xml:"), ns=XML_NS) if ident.startswith("xml:")
                     else _rng("attribute", name=ident))
        _documentation(attribute, Documented.of(attdef))
        attribute.append(self.attribute_value(attdef))
        if attdef.get("usage") == "req":
            return attribute
        optional = _rng("optional")
        optional.append(attribute)
        return optional

    def attribute_value(self, attdef: etree._Element) -> etree._Element:
        datatype = attdef.find("tei:datatype", NS)
        values = attdef.find("tei:valList", NS)
        if values is not None and values.get("type") == "closed":
            choice = self.pattern(values)[0]
            if datatype is None or datatype.get("maxOccurs", "1") == "1":
                return choice
            listed = _rng("list")
            listed.append(_occurs(datatype, [choice])[0])
            return listed
        if datatype is not None:
            return self.pattern(datatype.find("tei:dataRef", NS))[0]
        return _rng("text")

    def pattern(self, node: etree._Element) -> list[etree._Element]:
        """The RELAX NG for one pure-ODD content node."""
        if not isinstance(node.tag, str):
            return []
        kind = etree.QName(node).localname if etree.QName(node).namespace == TEI else None
        if kind in ("elementRef", "macroRef"):
            known = self.odd.elements if kind == "elementRef" else self.odd.macros
            if node.get("key") not in known:
                raise OddError(f"{self.odd.where(node)}: {kind} to {node.get('key')!r}, which the ODD does not specify")
            return _occurs(node, [_rng("ref", name=node.get("key"))])
        if kind == "dataRef":
            return [self.data(node)]
        if kind in ("sequence", "alternate"):
            group = _rng("group" if kind == "sequence" else "choice")
            group.extend(p for child in node for p in self.pattern(child))
            return _occurs(node, [group])
        if kind == "textNode":
            return [_rng("text")]
        if kind == "empty":
            return [_rng("empty")]
        if kind == "valList":
            return [self.values(node)]
        raise OddError(f"{self.odd.where(node)}: <{etree.QName(node).localname}> is not part of the ODD "
                       "subset teiconv processes (sequence, alternate, elementRef, macroRef, dataRef, "
                       "textNode, empty, valList)")

    def data(self, node: etree._Element) -> etree._Element:
        if node.get("key"):
            if node.get("key") not in self.odd.macros:
                raise OddError(f"{self.odd.where(node)}: dataRef to {node.get('key')!r}, which the ODD does not specify")
            return _rng("ref", name=node.get("key"))
        data = _rng("data", type=node.get("name"))
        if node.get("restriction"):
            etree.SubElement(data, f"{{{RNG}}}param", name="pattern").text = node.get("restriction")
        return data

    def values(self, node: etree._Element) -> etree._Element:
        choice = _rng("choice")
        for item in node.findall("tei:valItem", NS):
            etree.SubElement(choice, f"{{{RNG}}}value").text = item.get("ident")
            _documentation(choice, Documented.of(item))
        return choice


def grammar_text(odd: Odd) -> str:
    """teiconv.rng: the grammar of ``odd``, indented, UTF-8 text."""
    root = GrammarWriter(odd).grammar()
    etree.cleanup_namespaces(root, top_nsmap={None: RNG, "a": ANNOTATIONS})
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="UTF-8"?>\n', "\n"])
