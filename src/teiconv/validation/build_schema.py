"""Regenerate what is derived from the schema sources: ``schema/teiconv.rng`` and ``docs/schema.md``.

    python -m teiconv.validation.build_schema [--check]

The customisation is written in RELAX NG compact syntax (``schema/teiconv.rnc``) because people
read it; lxml and jing need the XML syntax, which ``rnc2rng`` (a test/development dependency)
produces.  The documentation page lists each element with its attributes, values and content,
and each Schematron rule with its id and message, all read from the schema files so it cannot
drift from them.  ``--check`` only reports whether the committed files are stale (exit 1).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..resources import data_dir
from .safe_xml import parse_bytes, parse_file

RNG = "{http://relaxng.org/ns/structure/1.0}"
ANNOTATION = "{http://relaxng.org/ns/compatibility/annotations/1.0}documentation"
SCH = "{http://purl.oclc.org/dsdl/schematron}"


def compile_rnc(rnc: Path) -> str:
    """The RELAX NG XML syntax of the compact-syntax grammar ``rnc``."""
    import rnc2rng  # development dependency: only regeneration needs it

    return rnc2rng.dumps(rnc2rng.load(str(rnc)))


# ---------------------------------------------------------------- reading the grammar


@dataclass
class Attribute:
    name: str
    required: bool
    values: list[str]


@dataclass
class ElementDoc:
    name: str
    define: str
    documentation: str
    attributes: list[Attribute] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    text: bool = False

    def add_attribute(self, attribute: Attribute) -> None:
        """Record ``attribute``; the same name in alternative branches merges into one row."""
        for known in self.attributes:
            if known.name == attribute.name:
                known.required = known.required and attribute.required
                known.values += [v for v in attribute.values if v not in known.values]
                return
        self.attributes.append(attribute)


def _name(node: etree._Element) -> str:
    if node.get("name"):
        return node.get("name")
    name = node.find(f"{RNG}name")
    if name is None:
        return "*"
    prefix = "xml:" if name.get("ns") == "http://www.w3.org/XML/1998/namespace" else ""
    return prefix + name.text.strip()


def _documentation(node: etree._Element) -> str:
    return " ".join(" ".join(doc.text.split()) for doc in node.findall(ANNOTATION) if doc.text)


class GrammarReader:
    """Walks the RELAX NG grammar: one :class:`ElementDoc` per element pattern."""

    def __init__(self, grammar: etree._Element):
        self.defines = {d.get("name"): d for d in grammar.iter(f"{RNG}define")}

    def elements(self) -> list[ElementDoc]:
        docs = []
        for define_name, define in self.defines.items():
            for element in define.iter(f"{RNG}element"):
                doc = ElementDoc(_name(element), define_name,
                                 _documentation(define) if element.getparent() is define else "")
                self._content(element, doc, optional=False, seen=set())
                docs.append(doc)
        return sorted(docs, key=lambda d: (d.name.lower(), d.define))

    def _content(self, node: etree._Element, doc: ElementDoc, optional: bool, seen: set[str]) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag in (f"{RNG}name", ANNOTATION):
                continue
            tag = child.tag.removeprefix(RNG)
            if tag == "element":
                doc.children.append(_name(child))
            elif tag == "attribute":
                doc.add_attribute(Attribute(_name(child), not optional, self._values(child, set())))
            elif tag == "text" or (tag == "data" and node.tag != f"{RNG}attribute"):
                doc.text = True
            elif tag == "ref" and child.get("name") not in seen:
                self._content(self.defines[child.get("name")], doc, optional,
                              seen | {child.get("name")})
            else:
                self._content(child, doc, optional or tag in ("optional", "zeroOrMore"), seen)

    def _values(self, node: etree._Element, seen: set[str]) -> list[str]:
        values: list[str] = []
        for child in node.iter(f"{RNG}value", f"{RNG}data", f"{RNG}ref", f"{RNG}text"):
            if child.tag == f"{RNG}value":
                values.append(f'"{child.text}"')
            elif child.tag == f"{RNG}data":
                pattern = child.find(f"{RNG}param[@name='pattern']")
                values.append(f"xsd:{child.get('type')}" + (f" /{pattern.text}/" if pattern is not None else ""))
            elif child.tag == f"{RNG}text":
                values.append("text")
            elif child.get("name") not in seen:
                values.extend(self._values(self.defines[child.get("name")], seen | {child.get("name")}))
        return values


# ---------------------------------------------------------------- the page


def _element_section(doc: ElementDoc) -> list[str]:
    lines = [f"### `<{doc.name}>` ({doc.define})", ""]
    if doc.documentation:
        lines += [doc.documentation, ""]
    children = sorted(set(doc.children), key=str.lower)
    content = ", ".join(f"`{c}`" for c in children) + (" and text" if doc.text and children else "")
    lines += [f"Content: {content or ('text' if doc.text else 'empty')}.", ""]
    if doc.attributes:
        lines += ["| attribute | required | values |", "| --- | --- | --- |"]
        for attribute in doc.attributes:
            values = " \\| ".join(attribute.values) or "any"
            lines.append(f"| `@{attribute.name}` | {'yes' if attribute.required else 'no'} | {values} |")
        lines.append("")
    return lines


def _rule_rows(schematron: etree._Element) -> list[str]:
    rows = ["| rule id | severity | applies to | message |", "| --- | --- | --- | --- |"]
    for check in schematron.iter(f"{SCH}assert", f"{SCH}report"):
        parts = check.xpath("node()")  # text nodes come as strings, value-of/name as elements
        message = " ".join("".join(p if isinstance(p, str) else "…" for p in parts).split())
        message = message.replace("|", "\\|")
        severity = "warning" if check.get("role") in ("warning", "warn", "info") else "error"
        context = check.getparent().get("context").replace("|", "\\|")
        rows.append(f"| `{check.get('id')}` | {severity} | `{context}` | {message} |")
    return rows


def schema_page(rng: str, sch: Path) -> str:
    """docs/schema.md: the elements and attributes of the grammar ``rng``, then the rules of ``sch``."""
    elements = GrammarReader(parse_bytes(rng.encode("utf-8"), "teiconv.rng").tree.getroot()).elements()
    lines = [
        "# The teiconv TEI customisation",
        "",
        "Generated from `schema/teiconv.rnc` and `schema/teiconv.sch` by "
        "`python -m teiconv.validation.build_schema`; do not edit by hand.",
        "",
        "Every element is in the TEI namespace (`http://www.tei-c.org/ns/1.0`). A document valid "
        "against this schema is also valid against `tei_all`. Check files with "
        "`teiconv validate [PATHS…]` (add `--tei-all` for conformance with the whole TEI).",
        "",
        f"## Elements ({len({e.name for e in elements})} names, {len(elements)} patterns)",
        "",
    ]
    for doc in elements:
        lines += _element_section(doc)
    lines += ["## Rules (Schematron)", "",
              "Checked with XPath 3.1 in Saxon; each message shows its id in brackets, e.g. "
              "`[tc-pointer-resolves]`.", ""]
    lines += _rule_rows(parse_file(sch, max_bytes=1 << 24).tree.getroot())
    return "\n".join(lines) + "\n"


def outputs(schema_dir: Path, docs_dir: Path) -> dict[Path, str]:
    """Each derived file and the text it should have."""
    rng = compile_rnc(schema_dir / "teiconv.rnc")
    return {
        schema_dir / "teiconv.rng": rng,
        docs_dir / "schema.md": schema_page(rng, schema_dir / "teiconv.sch"),
    }


def main(argv: list[str]) -> int:
    schema_dir = data_dir("schema")
    check = "--check" in argv
    wanted = outputs(schema_dir, schema_dir.parent / "docs")
    stale = [path for path, text in wanted.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    for path in stale:
        if not check:
            path.write_text(wanted[path], encoding="utf-8")
        print(f"{path}: {'stale' if check else 'written'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
