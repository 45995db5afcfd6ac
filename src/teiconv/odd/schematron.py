"""The ODD's constraintSpecs as one ISO Schematron schema (``schema/teiconv.sch``).

Each constraintSpec holds whole ``sch:pattern`` elements; they are copied in document order,
each headed by the constraintSpec's description, under one ``schema`` that binds the ``tei``
prefix.  The rules are XPath 1.0 with EXSLT (``str:tokenize`` for lists of pointers), so the
schema declares ``queryBinding="exslt"``, the ISO name of that language: any XSLT 1.0 Schematron
(the ISO skeleton, xsltproc, lxml) runs it, and teiconv runs it in one pass of libxslt over the
tree it has already parsed (:mod:`teiconv.validation.schematron_libxslt`).  An ``sch:ns`` or an
``sch:let`` standing directly in a ``constraint`` belongs to the whole schema: a namespace the
rules use (EXSLT's) or a value every rule may use (all of the document's xml:ids, say), computed
once per document rather than once per rule firing.
"""

from __future__ import annotations

from lxml import etree

from .spec import NS, SCH, TEI, Documented, Odd, OddError

HEADER = " Generated from schema/teiconv.odd by `teiconv schema`: edit the ODD's constraintSpecs, not this file. "


def _copy(node: etree._Element, parent: etree._Element) -> None:
    """``node`` and its descendants under ``parent``, in the Schematron default namespace; the
    comments that explain a rule come along."""
    copy = etree.SubElement(parent, node.tag, dict(node.attrib))
    copy.text = node.text
    copy.tail = node.tail
    for child in node:
        if isinstance(child.tag, str):
            _copy(child, copy)
        elif child.tag is etree.Comment:
            copy.append(etree.Comment(" " + " ".join(child.text.split()) + " "))


def schematron_text(odd: Odd) -> str:
    schema = etree.Element(f"{{{SCH}}}schema", queryBinding="exslt", nsmap={None: SCH})
    schema.append(etree.Comment(HEADER))
    etree.SubElement(schema, f"{{{SCH}}}title").text = "teiconv edition rules"
    etree.SubElement(schema, f"{{{SCH}}}ns", prefix="tei", uri=TEI)
    for kind in ("ns", "let"):  # ISO Schematron's order: namespaces before variables
        for declaration in odd.schema.findall(f"tei:constraintSpec/tei:constraint/sch:{kind}", NS):
            _copy(declaration, schema)
    for spec in odd.constraints:
        if spec.get("scheme") != "schematron":
            raise OddError(f"{odd.where(spec)}: constraintSpec {spec.get('ident')!r} must use scheme=\"schematron\"")
        patterns = spec.findall("tei:constraint/sch:pattern", NS)
        if not patterns:
            raise OddError(f"{odd.where(spec)}: constraintSpec {spec.get('ident')!r} holds no sch:pattern")
        for pattern in patterns:
            copy = etree.SubElement(schema, f"{{{SCH}}}pattern", dict(pattern.attrib))
            etree.SubElement(copy, f"{{{SCH}}}p").text = Documented.of(spec).desc
            for child in pattern:
                if isinstance(child.tag, str):
                    _copy(child, copy)
    etree.indent(schema, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(schema, encoding="unicode") + "\n"
