"""ISO Schematron in XPath 1.0 (``queryBinding`` xslt or exslt), compiled to one XSLT 1.0 stylesheet
that libxslt runs over the tree lxml has already parsed: no second parse, no second engine.

Each pattern's rules are the templates of a mode of its own, the first rule with the highest
priority, so only the first matching rule of a pattern fires and every pattern gets its say, as
ISO Schematron requires.  Where the ISO skeleton offers every node of the document to every
pattern, here each pattern is offered only the nodes its contexts may match, read from their last
steps: one walk over the elements offers each, by its name (a hash lookup in libxslt), to the
patterns whose contexts end with that name (``tei:note``, ``tei:front/tei:div``), and, when the
contexts name three attributes or more, one walk over the attributes does the same for them;
any other context (``*[@xml:id]``, ``node()``, ``text()``, an axis) is taken as it is, below any
node (``//node()``).  The templates then tell which nodes match, so this reading can only spare
work, never drop a rule.  teiconv's 34 rules take about 0.6 ms a document this way.

A failure is written as ``<failure id="…" role="…" at="/1/3/2">message</failure>``, ``at`` being
the child-element positions down to the rule's context node (to its element for an attribute or
text node; empty for the document node), which :func:`.locate.element_at_steps` turns back into
the lxml element and so its line.  ``value-of`` of several nodes writes them all, separated by
commas (XSLT 1.0 would write the first only), so messages name every offending value.

Supported, as by the XSLT 3.0 compiler for other bindings: ``ns``, ``let`` (schema, pattern and
rule level, with ``@value``), ``pattern``, ``rule`` (``@context``), ``assert`` and ``report``
(``@test``, ``@id``, ``@role``), ``value-of``, ``name``, ``emph``, ``dir``, ``span`` and the text
of messages; ``title``, ``p`` and ``phase`` are documentation (every pattern runs).  Anything
else is refused with its line, never dropped silently.  The stylesheet may read no file and no
address (libxslt's access control denies all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from .errors import SchemaError
from .locate import element_at_steps, place
from .safe_xml import XmlDocument
from .schematron import severity

XSL = "http://www.w3.org/1999/XSL/Transform"
SCH = "http://purl.oclc.org/dsdl/schematron"
#: The compiler's own names (modes, templates, the report), under prefixes no schema is likely to use.
OWN = "urn:teiconv:schematron-libxslt"
EXSL = "http://exslt.org/common"
_OWN_PREFIXES = {"teiconv-f": OWN, "teiconv-exsl": EXSL}

#: The prefixes the ISO skeleton binds for ``queryBinding="exslt"``, so schemas may use them undeclared.
EXSLT = {
    "date": "http://exslt.org/dates-and-times", "dyn": "http://exslt.org/dynamic", "exsl": EXSL,
    "math": "http://exslt.org/math", "random": "http://exslt.org/random",
    "regexp": "http://exslt.org/regular-expressions", "set": "http://exslt.org/sets",
    "str": "http://exslt.org/strings",
}

#: Schematron elements that only document the schema.
_DOCUMENTATION = {"title", "p", "phase"}
_MESSAGE = {"value-of", "name", "emph", "dir", "span"}
#: The Schematron elements each supported element may hold.
_CHILDREN = {
    "schema": {"ns", "let", "pattern", *_DOCUMENTATION}, "pattern": {"let", "rule", *_DOCUMENTATION},
    "rule": {"let", "assert", "report", *_DOCUMENTATION}, "assert": _MESSAGE, "report": _MESSAGE,
    "emph": _MESSAGE, "dir": _MESSAGE, "span": _MESSAGE,
}

#: A name test for an element: NCName or prefix:NCName (no wildcard, axis or node test).
_QNAME = re.compile(r"[^\W\d][\w.\-]*(?::[^\W\d][\w.\-]*)?")
#: An attribute by its name: ``@when``.
_ATTRIBUTE = re.compile(rf"@{_QNAME.pattern}")
#: From this many attribute names in the contexts, every attribute is offered to the patterns by
#: its name in one walk (teiconv's: 9 names), which costs less than a walk per name.
_ATTRIBUTES_AT_ONCE = 3
#: Any element that has some attribute: ``*[@xml:id]``.
_HAVING_ATTRIBUTE = re.compile(rf"\*\[\s*@(?P<attribute>{_QNAME.pattern})\s*\]")


class LibxsltSchematron:
    """The rules of one XPath 1.0 Schematron schema, compiled once and run by libxslt."""

    rule = "schematron"

    def __init__(self, path: Path, schema: XmlDocument):
        self.path = path
        stylesheet = compile_schematron(path, schema.tree.getroot())
        try:
            self._transform = etree.XSLT(stylesheet, access_control=etree.XSLTAccessControl.DENY_ALL)
        except etree.XSLTParseError as error:
            reasons = "; ".join(sorted({entry.message for entry in error.error_log})) or str(error)
            raise SchemaError(path, f"a rule does not compile: {reasons}") from None

    def check(self, doc: XmlDocument) -> list[Diagnostic]:
        try:
            report = self._transform(doc.tree)
        except etree.XSLTApplyError as error:
            return [Diagnostic(doc.name, 1, 1, Severity.ERROR, self.rule,
                               f"the Schematron rules could not be evaluated: {str(error).strip()}")]
        return [self._diagnostic(doc, failure) for failure in report.getroot()]

    def check_many(self, docs: Sequence[XmlDocument]) -> list[list[Diagnostic]]:
        return [self.check(doc) for doc in docs]

    def _diagnostic(self, doc: XmlDocument, failure: etree._Element) -> Diagnostic:
        line, column = place(doc, element_at_steps(doc, failure.get("at", "")))
        message = " ".join((failure.text or "").split())
        return Diagnostic(doc.name, line, column, severity(failure), failure.get("id") or self.rule, message)


# ---------------------------------------------------------------- the compiler


def compile_schematron(path: Path, schema: etree._Element) -> etree._Element:
    """The XSLT 1.0 stylesheet that checks the rules of ``schema`` (read from ``path``)."""
    compiler = _Compiler(path, schema)
    return compiler.stylesheet()


def _xsl(parent: etree._Element, instruction: str, **attributes: str) -> etree._Element:
    """An XSLT instruction appended to ``parent``."""
    return etree.SubElement(parent, f"{{{XSL}}}{instruction}", attributes)


class _Compiler:
    """One schema's compilation: refused whole if any part cannot be honoured."""

    def __init__(self, path: Path, schema: etree._Element):
        self.path = path
        self.schema = schema
        exslt = EXSLT if schema.get("queryBinding", "").lower() == "exslt" else {}
        self.namespaces = {**exslt, **{ns.get("prefix"): ns.get("uri") for ns in schema.findall(f"{{{SCH}}}ns")}}
        self.patterns = schema.findall(f"{{{SCH}}}pattern")
        self._check_supported()

    # ---------------------------------------------------------- refusals

    def _check_supported(self) -> None:
        refusals = [f"line {element.sourceline}: {reason}" for element, reason in self._unsupported()]
        if refusals:
            raise SchemaError(self.path, "; ".join(refusals))

    def _unsupported(self, element: etree._Element | None = None):
        """(element, reason) for everything in the schema this compiler cannot honour."""
        element = self.schema if element is None else element
        name = etree.QName(element).localname
        if name == "pattern" and (element.get("abstract") == "true" or element.get("is-a")):
            yield element, "<pattern> is not supported by teiconv's Schematron compiler (abstract patterns)"
        elif name == "rule" and (element.get("abstract") == "true" or not element.get("context")):
            yield element, "<rule> is not supported by teiconv's Schematron compiler (abstract rules)"
        elif name == "let" and element.get("value") is None:
            yield element, "<let> without @value is not supported by teiconv's Schematron compiler"
        for child in element.iterchildren(etree.Element):
            child_name = etree.QName(child).localname
            if etree.QName(child).namespace != SCH:
                yield child, f"unexpected element <{child.tag}>"
            elif child_name not in _CHILDREN.get(name, ()):
                yield child, f"<{child_name}> is not supported by teiconv's Schematron compiler"
            elif child_name not in _DOCUMENTATION:
                yield from self._unsupported(child)

    # ---------------------------------------------------------- the stylesheet

    def stylesheet(self) -> etree._Element:
        nsmap = {**self.namespaces, **_OWN_PREFIXES, "xsl": XSL}
        root = etree.Element(f"{{{XSL}}}stylesheet", {"version": "1.0",
                             "exclude-result-prefixes": " ".join(p for p in nsmap if p and p != "xsl")}, nsmap=nsmap)
        _xsl(root, "output", method="xml")
        for let in [*self.schema.findall(f"{{{SCH}}}let"), *self.schema.findall(f"{{{SCH}}}pattern/{{{SCH}}}let")]:
            _xsl(root, "variable", name=let.get("name"), select=let.get("value"))
        start = _xsl(root, "template", match="/")
        report = etree.SubElement(start, f"{{{OWN}}}failures")
        plans = []
        for number, pattern in enumerate(self.patterns):
            contexts = [context for rule in pattern.findall(f"{{{SCH}}}rule")
                        for context in alternatives(rule.get("context"))]
            plans.append((f"teiconv-f:p{number}", contexts, self._routed(contexts)))
            self._pattern(root, number, pattern)
        # Offering every attribute costs about as much as three walks for one name each.
        attribute_names = {name for *_, routed in plans for name in routed.values() if name[0] == "attribute"}
        routes: dict[tuple[str, str, str], list[str]] = {}
        for mode, contexts, routed in plans:
            if len(attribute_names) < _ATTRIBUTES_AT_ONCE:
                routed = {context: name for context, name in routed.items() if name[0] == "element"}
            for name in dict.fromkeys(routed.values()):
                routes.setdefault(name, []).append(mode)
            walked = [context for context in contexts if context not in routed]
            if walked:
                _xsl(report, "apply-templates", select=candidates(walked), mode=mode)
        self._router(root, report, routes)
        at = _xsl(root, "template", name="teiconv-f:at")
        steps = _xsl(at, "for-each", select="ancestor-or-self::*")
        _xsl(steps, "value-of", select="concat('/', count(preceding-sibling::*) + 1)")
        return root

    def _routed(self, contexts: Sequence[str]) -> dict[str, tuple[str, str, str]]:
        """The contexts of a pattern the routers offer it, with what their last step names
        (``element`` or ``attribute``, namespace URI, local name): all of them, when every one
        names an element or is an attribute's name; none otherwise (a node could then reach the
        pattern twice, and the pattern is walked for as it is)."""
        routed = {}
        for context in contexts:
            qname = _element_named(context)
            kind = "element" if qname else "attribute" if _ATTRIBUTE.fullmatch(context) else None
            name = self._expanded(qname or context.removeprefix("@")) if kind else None
            if name is None:
                return {}
            routed[context] = (kind, *name)
        return routed

    def _expanded(self, qname: str) -> tuple[str, str] | None:
        """(namespace URI, local name) of ``qname``; None if its prefix is not bound."""
        prefix, _, local = qname.rpartition(":")
        if prefix and prefix not in self.namespaces:
            return None
        return (self.namespaces[prefix] if prefix else "", local)

    def _router(self, root: etree._Element, report: etree._Element, routes: dict[tuple[str, str, str], list[str]]) -> None:
        """One walk over every element, and one over every attribute if some pattern is to be
        offered attributes, each node offered by its name (a hash lookup in libxslt) to the
        patterns whose contexts end with that name: cheaper than a walk per name."""
        walks = {"element": "//*", "attribute": "/descendant::*/@*"}
        for kind in dict.fromkeys(kind for kind, *_ in routes):
            _xsl(report, "apply-templates", select=walks[kind], mode="teiconv-f:route")
            _xsl(root, "template", match="*" if kind == "element" else "@*", mode="teiconv-f:route", priority="-1")
        for (kind, uri, local), modes in routes.items():
            match = ("@" if kind == "attribute" else "") + self._name(uri, local)
            template = _xsl(root, "template", match=match, mode="teiconv-f:route")
            for mode in modes:
                _xsl(template, "apply-templates", select=".", mode=mode)

    def _name(self, uri: str, local: str) -> str:
        """A name test for ``{uri}local`` with a prefix the stylesheet binds."""
        if not uri:
            return local
        return next(f"{prefix}:{local}" for prefix, bound in self.namespaces.items() if bound == uri and prefix)

    def _pattern(self, root: etree._Element, number: int, pattern: etree._Element) -> None:
        mode = f"teiconv-f:p{number}"
        rules = pattern.findall(f"{{{SCH}}}rule")
        for index, rule in enumerate(rules):
            template = _xsl(root, "template", match=rule.get("context"), mode=mode, priority=str(len(rules) - index))
            for child in rule:
                if child.tag == f"{{{SCH}}}let":
                    _xsl(template, "variable", name=child.get("name"), select=child.get("value"))
                elif child.tag in (f"{{{SCH}}}assert", f"{{{SCH}}}report"):
                    test = child.get("test") if child.tag == f"{{{SCH}}}report" else f"not({child.get('test')})"
                    self._failure(_xsl(template, "if", test=test), child)
        # A node no rule of this pattern matches: nothing (XSLT's built-in rules would copy its text).
        _xsl(root, "template", match="/ | node() | @*", mode=mode, priority="-1")

    def _failure(self, parent: etree._Element, check: etree._Element) -> None:
        rule = check.getparent()
        failure = etree.SubElement(parent, f"{{{OWN}}}failure", {
            "id": check.get("id") or rule.get("id") or "schematron", "role": check.get("role") or "error"})
        attribute = _xsl(failure, "attribute", name="at")
        _xsl(attribute, "call-template", name="teiconv-f:at")
        self._message(failure, check)

    def _message(self, parent: etree._Element, element: etree._Element) -> None:
        if element.text:
            _xsl(parent, "text").text = element.text
        for child in element:
            if isinstance(child.tag, str):
                name = etree.QName(child).localname
                if name == "value-of":
                    self._value_of(parent, child.get("select"))
                elif name == "name":
                    _xsl(parent, "value-of", select=f"name({child.get('path') or '.'})")
                else:  # emph, dir, span: their text
                    self._message(parent, child)
            if child.tail:
                _xsl(parent, "text").text = child.tail

    @staticmethod
    def _value_of(parent: etree._Element, select: str) -> None:
        """Every node of a node-set, separated by commas; a string, number or boolean as it is."""
        choose = _xsl(parent, "choose")
        each = _xsl(_xsl(choose, "when", test=f"teiconv-exsl:object-type({select}) = 'node-set'"), "for-each", select=select)
        _xsl(_xsl(each, "if", test="position() != 1"), "text").text = ", "
        _xsl(each, "value-of", select=".")
        _xsl(_xsl(choose, "otherwise"), "value-of", select=select)


def candidates(contexts: Sequence[str]) -> str:
    """The expression selecting every node one of ``contexts`` (the alternatives of a pattern's
    rules the routers do not serve) may match: each alternative taken as it is, below any node
    (``//tei:p[@n]``, ``/descendant::*/@when``), except that alternatives whose last steps name the
    same element share one walk for every element of that name (``tei:front/tei:div`` and
    ``tei:back/tei:div[@type = 'summary']``: ``//tei:div``), the rules' templates then telling which
    of them match."""
    by_name: dict[str, list[str]] = {}
    for context in contexts:
        by_name.setdefault(_element_named(context) or context, []).append(context)
    return " | ".join(f"//{key}" if len(set(alike)) > 1 else _everywhere(alike[0]) for key, alike in by_name.items())


def _element_named(context: str) -> str | None:
    """The element name (a QName) the last step of ``context`` tests, when it is a plain child
    step; None otherwise (an attribute, a wildcard, a node test, an axis)."""
    last = _outside_brackets(context).split("/")[-1].strip()
    return last if _QNAME.fullmatch(last) else None


def _outside_brackets(expression: str) -> str:
    """``expression`` without its predicates (string literals inside them respected)."""
    kept, depth, quote = [], 0, ""
    for char in expression:
        if quote:
            quote = "" if char == quote else quote
        elif depth and char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif not depth:
            kept.append(char)
    return "".join(kept)


def alternatives(pattern: str) -> list[str]:
    """The alternatives of an XSLT pattern: its parts separated by ``|`` outside predicates,
    parentheses and string literals."""
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(pattern):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return [part.strip() for part in parts if part.strip()]


def _everywhere(alternative: str) -> str:
    """The expression selecting every node of the document the pattern alternative matches: the
    alternative itself when it starts from the root (``/``, ``//``) or with ``id()`` or ``key()``,
    else the alternative below any node (``//tei:div``, ``//@when``)."""
    if alternative.startswith("/") or re.match(r"(id|key)\s*\(", alternative):
        return alternative
    having = _HAVING_ATTRIBUTE.fullmatch(alternative)
    if having:  # the attributes' parents: no predicate evaluated on every element of the document
        return f"/descendant::*/@{having['attribute']}/.."
    if _ATTRIBUTE.fullmatch(alternative):  # only elements have attributes: skip the text nodes
        return f"/descendant::*/{alternative}"
    return "//" + alternative
