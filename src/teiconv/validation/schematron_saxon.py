"""ISO Schematron in XPath 2 or 3 (``queryBinding`` xslt2, xslt3…), compiled once to XSLT 3.0 and
run in saxonche.

The compiler is ``schema/schematron-compiler.xsl`` (see its header for the supported subset).
Documents reach Saxon as their text once safely parsed (:meth:`.safe_xml.XmlDocument.text`), so
Saxon's own parser never sees a DTD or anything it could fetch.  Failures come back as fn:path()
strings and are placed on a line by :mod:`.locate`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode

from ..diagnostics import Diagnostic, Severity
from ..resources import data_dir
from .errors import SCHEMA_MAX_BYTES, SchemaError
from .locate import element_at_path, place
from .safe_xml import XmlDocument, XmlRefused, parse_file
from .schematron import COMPILED_XSLT3, severity

#: What the compiler writes in place of a Schematron feature it does not support.
REFUSED = "{urn:teiconv:schematron-compiler}refused"


@lru_cache(maxsize=1)
def _processor() -> PySaxonProcessor:
    """One Saxon processor per process (it is costly to start and safe to reuse)."""
    return PySaxonProcessor(license=False)


@lru_cache(maxsize=1)
def _compiler():
    xslt = _processor().new_xslt30_processor()
    return xslt.compile_stylesheet(stylesheet_file=str(data_dir("schema") / "schematron-compiler.xsl"))


def compile_schematron(path: Path) -> str:
    """The XSLT 3.0 text that checks the rules of the Schematron schema at ``path``."""
    try:
        schema = parse_file(path, max_bytes=SCHEMA_MAX_BYTES)
    except XmlRefused as refused:
        raise SchemaError(path, refused.diagnostic.message) from None
    key = hashlib.sha256(schema.source).digest()
    if key not in COMPILED_XSLT3:
        COMPILED_XSLT3[key] = _compile(path, schema)
    return COMPILED_XSLT3[key]


def _compile(path: Path, schema: XmlDocument) -> str:
    try:
        node = _processor().parse_xml(xml_text=schema.serialized())
        xslt = _compiler().transform_to_string(xdm_node=node)
    except PySaxonApiError as error:
        raise SchemaError(path, str(error).strip()) from None
    refusals = [f"line {place(schema, element_at_path(schema, r.get('path')))[0]}: {r.text}"
                for r in etree.fromstring(xslt.encode()).iter(REFUSED)]
    if refusals:
        raise SchemaError(path, "; ".join(refusals))
    return xslt


class SaxonSchematron:
    """The rules of one Schematron schema in XPath 2 or 3, ready to check documents."""

    rule = "schematron"

    def __init__(self, path: Path):
        self.path = path
        try:
            xslt = _processor().new_xslt30_processor()
            self._executable = xslt.compile_stylesheet(stylesheet_text=compile_schematron(path))
        except PySaxonApiError as error:
            raise SchemaError(path, f"a rule does not compile: {str(error).strip()}") from None

    def check(self, doc: XmlDocument) -> list[Diagnostic]:
        return self.check_many([doc])[0]

    def check_many(self, docs: Sequence[XmlDocument]) -> list[list[Diagnostic]]:
        """What the rules say of each document: all of them parsed into Saxon, then all checked
        (each step going from document to document is a fifth cheaper than both steps in turn)."""
        nodes = [self._saxon_tree(doc) for doc in docs]
        return [self._failures(doc, node) for doc, node in zip(docs, nodes)]

    @staticmethod
    def _saxon_tree(doc: XmlDocument) -> PyXdmNode | PySaxonApiError:
        try:
            return _processor().parse_xml(xml_text=doc.text())
        except PySaxonApiError as error:
            return error

    def _failures(self, doc: XmlDocument, node: PyXdmNode | PySaxonApiError) -> list[Diagnostic]:
        if isinstance(node, PySaxonApiError):
            return [self._not_evaluated(doc, node)]
        try:
            report = self._executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as error:
            return [self._not_evaluated(doc, error)]
        return [self._diagnostic(doc, failure) for failure in etree.fromstring(report.encode())]

    def _not_evaluated(self, doc: XmlDocument, error: PySaxonApiError) -> Diagnostic:
        return Diagnostic(doc.name, 1, 1, Severity.ERROR, self.rule,
                          f"the Schematron rules could not be evaluated: {str(error).strip()}")

    def _diagnostic(self, doc: XmlDocument, failure: etree._Element) -> Diagnostic:
        line, column = place(doc, element_at_path(doc, failure.get("path", "")))
        message = " ".join((failure.text or "").split())
        return Diagnostic(doc.name, line, column, severity(failure), failure.get("id") or self.rule, message)
