"""Grammar engines: RELAX NG and W3C XML Schema, both compiled once by libxml2 (lxml).

libxml2 reports each error with the offending node's XPath and line but no column; the column
is recovered from the source (see :mod:`.locate`).  The grammar itself is read with the same
safe parser as documents, so a schema cannot fetch anything from the network either.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from .locate import element_column
from .errors import SCHEMA_MAX_BYTES, SchemaError
from .safe_xml import XmlDocument, XmlRefused, parse_file


class _LibxmlGrammar:
    """Shared shape of the libxml2 validators: compile once, validate a tree, map the error log."""

    _compile: type  # etree.RelaxNG or etree.XMLSchema

    def __init__(self, path: Path):
        self.path = path
        self.rule = path.name  # says which grammar objected when several run: [teiconv.rng]
        try:
            self._schema = self._compile(parse_file(path, max_bytes=SCHEMA_MAX_BYTES).tree)
        except XmlRefused as refused:
            raise SchemaError(path, refused.diagnostic.message) from None
        except etree.LxmlError as error:
            raise SchemaError(path, str(error)) from None

    def check(self, doc: XmlDocument) -> list[Diagnostic]:
        if self._schema.validate(doc.tree):
            return []
        return [self._diagnostic(doc, entry) for entry in self._schema.error_log]

    def _diagnostic(self, doc: XmlDocument, entry) -> Diagnostic:
        line, column = entry.line or 1, entry.column or 0
        if column == 0:
            column = 1
            try:
                found = doc.tree.xpath(entry.path) if entry.path else []
            except etree.XPathError:
                found = []
            if found and isinstance(found[0], etree._Element):
                line, column = found[0].sourceline or line, element_column(doc, found[0])
        return Diagnostic(doc.name, line, column, Severity.ERROR, self.rule, entry.message)


class RelaxNG(_LibxmlGrammar):
    """A RELAX NG grammar (XML syntax)."""

    _compile = etree.RelaxNG


class XmlSchema(_LibxmlGrammar):
    """A W3C XML Schema 1.0."""

    _compile = etree.XMLSchema
