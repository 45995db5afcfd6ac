"""Grammar engines: RELAX NG and W3C XML Schema, both compiled once by libxml2 (lxml).

libxml2 reports each error with the offending node's XPath and line but no column; the column
is recovered from the source (see :mod:`.locate`).  The grammar itself is read with the same
safe parser as documents, so a schema cannot fetch anything from the network either.
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def check_many(self, docs: Sequence[XmlDocument]) -> list[list[Diagnostic]]:
        return [self.check(doc) for doc in docs]

    def check(self, doc: XmlDocument) -> list[Diagnostic]:
        if self._schema.validate(doc.tree):
            return []
        entries = list(self._schema.error_log)
        placed = [entry for entry in entries if entry.line]
        # libxml2 echoes a failed choice as a second entry with no place; the placed one says it all.
        return [self._diagnostic(doc, entry) for entry in (placed or entries)]

    def _diagnostic(self, doc: XmlDocument, entry) -> Diagnostic:
        line, column, message = entry.line or 1, entry.column or 1, entry.message
        element = self._element(doc, entry.path)
        if element is not None:
            line, column = element.sourceline or line, element_column(doc, element)
            if message == "Expecting an element , got nothing":  # libxml2's words for a missing child
                message = f"Element {etree.QName(element).localname} lacks a required child element"
            if "attribute" in message and element.attrib:
                message += " (it has " + " ".join(f'{_qname(k)}="{v}"' for k, v in element.attrib.items()) + ")"
        return Diagnostic(doc.name, line, column, Severity.ERROR, self.rule, message)

    @staticmethod
    def _element(doc: XmlDocument, path: str | None) -> etree._Element | None:
        """The element libxml2's XPath names, or None when it names none."""
        try:
            found = doc.tree.xpath(path) if path else []
        except etree.XPathError:
            return None
        return found[0] if found and isinstance(found[0], etree._Element) else None


def _qname(clark: str) -> str:
    """An attribute name as written: ``{http://www.w3.org/XML/1998/namespace}id`` → ``xml:id``."""
    return clark.replace("{http://www.w3.org/XML/1998/namespace}", "xml:")


class RelaxNG(_LibxmlGrammar):
    """A RELAX NG grammar (XML syntax)."""

    _compile = etree.RelaxNG


class XmlSchema(_LibxmlGrammar):
    """A W3C XML Schema 1.0."""

    _compile = etree.XMLSchema
