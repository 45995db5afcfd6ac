"""Turning "which node" into "which line and column", for engines that cannot say it themselves.

Saxon-HE has no line-number function, so Schematron compiled for Saxon reports a node as its
XPath 3.1 ``fn:path()`` (``/Q{ns}TEI[1]/Q{ns}text[1]/@when``), and Schematron compiled for
libxslt as the positions of the elements down to it (``/1/3/2``); libxml2's RELAX NG errors give a
line but column 0.  All are mapped back onto the lxml tree, which knows each element's line; the column
is found by counting, on that line, the start tags of the same name that precede the element
(``<`` cannot occur raw in text or attribute values, so only comments or CDATA could mislead
the count, and then the column is merely approximate).
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from .safe_xml import XmlDocument

_STEPS = re.compile(r"/(Q\{[^}]*\}[^/]*|[^/]*)")  # a URI in Q{…} may itself contain "/"
_STEP = re.compile(r"Q\{(?P<ns>[^}]*)\}(?P<local>[^\[/]+)\[(?P<index>\d+)\]")


def element_at_path(doc: XmlDocument, path: str) -> etree._Element | None:
    """The element ``path`` (fn:path() form) names, or, for an attribute or text node, its parent."""
    node = None
    for step in _STEPS.findall(path):
        match = _STEP.fullmatch(step)
        if match is None:  # @attr, text()[n], comment()[n]: the element reached so far is the place
            break
        tag = f"{{{match['ns']}}}{match['local']}" if match["ns"] else match["local"]
        if node is None:
            root = doc.tree.getroot()
            node = root if root.tag == tag and match["index"] == "1" else None
        else:
            found = [child for child in node if child.tag == tag]
            index = int(match["index"])
            node = found[index - 1] if index <= len(found) else None
        if node is None:
            return None
    return node


def element_at_steps(doc: XmlDocument, steps: str) -> etree._Element | None:
    """The element ``steps`` names: the 1-based positions among element children, from the root
    element down (``/1/3/2``: the root, its third child element, that one's second); None for ``""``."""
    node = None
    for position in map(int, steps.split("/")[1:]):
        if node is None:
            node = doc.tree.getroot()
            continue
        node = next(islice(node.iterchildren(etree.Element), position - 1, None), None)
        if node is None:
            return None
    return node


def element_column(doc: XmlDocument, element: etree._Element) -> int:
    """The 1-based column of ``element``'s start tag on its line (1 when it cannot be found)."""
    line = element.sourceline or 1
    qname = element.prefix + ":" + etree.QName(element).localname if element.prefix else etree.QName(element).localname
    same_line_before = 0
    for other in element.getroottree().getroot().iter(element.tag):
        if other is element:
            break
        if other.sourceline == line:
            same_line_before += 1
    pattern = re.compile(rb"<" + re.escape(qname.encode()) + rb"(?=[\s/>])")
    matches = list(pattern.finditer(doc.line_text(line)))
    if same_line_before < len(matches):
        return len(doc.line_text(line)[: matches[same_line_before].start()].decode("utf-8", "replace")) + 1
    return 1


def place(doc: XmlDocument, element: etree._Element | None) -> tuple[int, int]:
    """(line, column) of ``element``, or (1, 1) when there is none."""
    if element is None:
        return 1, 1
    return element.sourceline or 1, element_column(doc, element)
