"""docs/schema.md: the customisation as a page, read from the ODD so it cannot drift from it."""

from __future__ import annotations

from lxml import etree

from .spec import NS, SCH, Documented, Odd

_REPEAT = {("0", "1"): "?", ("0", "unbounded"): "*", ("1", "unbounded"): "+"}


def content_expression(node: etree._Element, nested: bool = False) -> str:
    """A pure-ODD content node in the compact notation of RELAX NG (``a, b?, (c | d)*``)."""
    kind = etree.QName(node).localname
    if kind in ("elementRef", "macroRef"):
        text = f"`{node.get('key')}`"
    elif kind == "dataRef":
        text = f"`{node.get('key')}`" if node.get("key") else f"xsd:{node.get('name')}"
    elif kind == "textNode":
        text = "text"
    elif kind == "empty":
        text = "empty"
    elif kind == "valList":
        text = " \\| ".join(f'"{v.get("ident")}"' for v in node.findall("tei:valItem", NS))
    else:
        parts = [content_expression(child, nested=True) for child in node if isinstance(child.tag, str)]
        text = (", " if kind == "sequence" else " \\| ").join(parts)
        repeat = _REPEAT.get((node.get("minOccurs", "1"), node.get("maxOccurs", "1")), "")
        return f"({text}){repeat}" if nested or repeat else text
    return text + _REPEAT.get((node.get("minOccurs", "1"), node.get("maxOccurs", "1")), "")


def _content(spec: etree._Element) -> str:
    content = spec.find("tei:content", NS)
    if content is None:
        return "empty"
    return " ".join(content_expression(child) for child in content if isinstance(child.tag, str))


def _values(attdef: etree._Element) -> str:
    """The attribute's values for the table: the closed list's idents, or its datatype."""
    items = attdef.findall("tei:valList/tei:valItem", NS)
    if items:
        datatype = attdef.find("tei:datatype", NS)
        many = datatype is not None and datatype.get("maxOccurs", "1") != "1"
        return ("one or more of " if many else "") + ", ".join(f'`{item.get("ident")}`' for item in items)
    data = attdef.find("tei:datatype/tei:dataRef", NS)
    return content_expression(data) if data is not None else "text"


def _value_list(attdef: etree._Element) -> list[str]:
    """Each value of a closed list with what it means."""
    lines = []
    for item in attdef.findall("tei:valList/tei:valItem", NS):
        doc = Documented.of(item)
        plain = item.get("ident").lower().replace("-", " ")
        gloss = f" ({doc.gloss})" if doc.gloss and doc.gloss.lower() != plain else ""
        lines.append(f"- `{item.get('ident')}`{gloss}: {doc.desc}")
    return lines


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def _element_section(odd: Odd, ident: str, spec: etree._Element) -> list[str]:
    doc = Documented.of(spec)
    lines = [f"### `<{ident}>` — {doc.gloss}", "", doc.desc, "",
             f"Module: {spec.get('module')}. Content: {_content(spec)}.", ""]
    attdefs = odd.attributes(spec)
    if attdefs:
        lines += ["| attribute | required | meaning | values |", "| --- | --- | --- | --- |"]
        for attdef in attdefs:
            required = "yes" if attdef.get("usage") == "req" else "no"
            lines.append(f"| `@{attdef.get('ident')}` | {required} | {_escape(Documented.of(attdef).desc)} "
                         f"| {_escape(_values(attdef))} |")
        lines.append("")
        for attdef in attdefs:
            if attdef.find("tei:valList/tei:valItem", NS) is not None:
                lines += [f"Values of `@{attdef.get('ident')}`:", "", *_value_list(attdef), ""]
    if doc.remarks:
        lines += [f"*Remarks.* {doc.remarks}", ""]
    return lines


def _macro_rows(odd: Odd) -> list[str]:
    rows = ["| name | meaning | content |", "| --- | --- | --- |"]
    for ident, spec in sorted(odd.macros.items()):
        rows.append(f"| `{ident}` | {_escape(Documented.of(spec).desc)} | {_escape(_content(spec))} |")
    return rows


def _message(check: etree._Element) -> str:
    parts = check.xpath("node()")  # text nodes come as strings, value-of/name as elements
    return " ".join("".join(p if isinstance(p, str) else "…" for p in parts).split())


def _rule_rows(odd: Odd) -> list[str]:
    rows = ["| rule id | severity | applies to | message |", "| --- | --- | --- | --- |"]
    for spec in odd.constraints:
        for check in spec.iter(f"{{{SCH}}}assert", f"{{{SCH}}}report"):
            severity = "warning" if check.get("role") in ("warning", "warn", "info") else "error"
            context = check.getparent().get("context")
            rows.append(f"| `{check.get('id')}` | {severity} | `{_escape(context)}` | {_escape(_message(check))} |")
    return rows


def schema_page(odd: Odd, tei_version: str) -> str:
    lines = [
        "# The teiconv TEI customisation",
        "",
        "Generated from `schema/teiconv.odd` by `teiconv schema`; do not edit by hand.",
        "",
        f"The customisation is an ODD (`schema/teiconv.odd`) over TEI P5 {tei_version} (`schema/tei_all.rng`). "
        "Every element is in the TEI namespace (`http://www.tei-c.org/ns/1.0`) and every element and "
        "attribute is TEI's own, with closed value lists for the edition's vocabularies; a document "
        "valid against this schema is also valid against `tei_all`. From the ODD come the RELAX NG "
        "grammar (`schema/teiconv.rng`), the Schematron rules (`schema/teiconv.sch`) and this page. "
        "Check files with `teiconv validate [PATHS…]` (add `--tei-all` for conformance with the whole TEI).",
        "",
        f"## Elements ({len(odd.elements)})",
        "",
    ]
    for ident, spec in sorted(odd.elements.items(), key=lambda item: item[0].lower()):
        lines += _element_section(odd, ident, spec)
    lines += ["## Shared definitions", "", *_macro_rows(odd), ""]
    lines += ["## Rules (Schematron)", "",
              "XPath 1.0 with EXSLT (`queryBinding=\"exslt\"`), so any XSLT 1.0 Schematron runs them; "
              "each message shows its id in brackets, e.g. "
              "`[tc-pointer-resolves]`.", "", *_rule_rows(odd)]
    return "\n".join(lines) + "\n"
