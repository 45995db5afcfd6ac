"""The ODD stays inside TEI: every element it specifies is a TEI element its moduleRefs include,
and every attribute it gives an element is one tei_all allows there.

This is what makes "valid against teiconv.rng" imply "valid against tei_all" by construction for
names; the content models are narrowings the tests check on every file (jing with tei_all).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .relaxng import RNG
from .spec import NS, Odd, OddError

_XML = "{http://www.w3.org/XML/1998/namespace}"


class TeiAll:
    """The element patterns of tei_all.rng, by element name, and the TEI release it was made from."""

    def __init__(self, path: Path):
        grammar = etree.parse(str(path)).getroot()
        self.defines = {d.get("name"): d for d in grammar.iter(f"{{{RNG}}}define")}
        self.elements = {e.get("name"): e for d in self.defines.values()
                         for e in d.findall(f"{{{RNG}}}element") if e.get("name")}
        comments = " ".join(c.text for c in grammar if isinstance(c, etree._Comment))
        version = re.search(r"TEI Edition: Version\s+(\d+(?:\.\d+)*)", comments)
        self.version = version.group(1) if version else "unknown"

    def attributes(self, name: str) -> set[str]:
        """The attribute names tei_all allows on element ``name``."""
        names: set[str] = set()
        self._collect(self.elements[name], names, set())
        return names

    def _collect(self, node: etree._Element, names: set[str], seen: set[str]) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag == f"{{{RNG}}}element":
                continue
            if child.tag == f"{{{RNG}}}attribute" and child.get("name"):
                names.add(child.get("name").replace(_XML, "xml:"))
            elif child.tag == f"{{{RNG}}}ref" and child.get("name") not in seen:
                seen.add(child.get("name"))
                self._collect(self.defines[child.get("name")], names, seen)
            else:
                self._collect(child, names, seen)


@lru_cache(maxsize=2)
def load_tei_all(path: Path) -> TeiAll:
    return TeiAll(path)


def problems(odd: Odd, tei_all: TeiAll) -> list[str]:
    """Every way the ODD leaves TEI, or names an element its moduleRefs do not include, one
    message each."""
    included = {(ref.get("key"), name) for ref in odd.schema.findall("tei:moduleRef", NS)
                for name in ref.get("include", "").split()}
    found = []
    for ident, spec in odd.elements.items():
        if (spec.get("module"), ident) not in included:
            found.append(f"{odd.where(spec)}: <{ident}> is missing from the @include of moduleRef key={spec.get('module')!r}")
        if ident not in tei_all.elements:
            found.append(f"{odd.where(spec)}: <{ident}> is not a TEI element")
            continue
        allowed = tei_all.attributes(ident)
        for attdef in odd.attributes(spec):
            if attdef.get("ident") not in allowed:
                found.append(f"{odd.where(attdef)}: TEI does not allow @{attdef.get('ident')} on <{ident}>")
    return found


def check(odd: Odd, tei_all_path: Path) -> None:
    found = problems(odd, load_tei_all(tei_all_path))
    if found:
        raise OddError("the ODD leaves TEI:\n  " + "\n  ".join(found))
