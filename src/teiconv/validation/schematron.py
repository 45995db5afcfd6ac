"""ISO Schematron: each schema checked by the engine its query language binding calls for.

A schema whose ``queryBinding`` is ``xslt`` or ``exslt`` (XPath 1.0, the second with EXSLT's
functions; teiconv's own rules are such) is compiled to one XSLT 1.0 stylesheet that libxslt runs
in a single walk over the tree lxml has already parsed for the grammar, about a millisecond a
document (:mod:`.schematron_libxslt`).  Any other binding, or none — schemas written for oXygen or
SchXslt mostly use XPath 2 or 3, whether they declare it or not — is compiled to XSLT 3.0 and run
in Saxon (:mod:`.schematron_saxon`), which must parse every document again.  Both report each
failed assertion as a :class:`~teiconv.diagnostics.Diagnostic` placed on its node's line and column.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..diagnostics import Severity
from .errors import SCHEMA_MAX_BYTES, SchemaError
from .safe_xml import XmlRefused, parse_file

SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"

#: Query language bindings whose expressions are XPath 1.0 (the ISO skeleton's spellings).
XPATH1_BINDINGS = frozenset({"xslt", "xslt1", "exslt"})

#: Schematron @role values that make a finding a warning; any other role is an error.
WARNING_ROLES = frozenset({"warning", "warn", "info", "information"})

#: The XSLT 3.0 that Saxon's compiler made of each schema in this process, by the SHA-256 of the
#: schema's bytes: handed to worker processes (:func:`compiled`, :func:`remember`), which then
#: need not compile it again.  (Compiling for libxslt takes milliseconds: it is not handed on.)
COMPILED_XSLT3: dict[bytes, str] = {}


def compiled() -> dict[bytes, str]:
    """The XSLT 3.0 compiled in this process, for :func:`remember` in another."""
    return dict(COMPILED_XSLT3)


def remember(texts: dict[bytes, str]) -> None:
    """Take another process's :func:`compiled` texts as compiled here."""
    COMPILED_XSLT3.update(texts)


def severity(failure: etree._Element) -> Severity:
    """How grave a failure the compiled rules reported is, from its assertion's @role."""
    return Severity.WARNING if failure.get("role", "").lower() in WARNING_ROLES else Severity.ERROR


def load_schematron(path: Path):
    """The engine that checks documents against the Schematron schema at ``path``."""
    try:
        schema = parse_file(path, max_bytes=SCHEMA_MAX_BYTES)
    except XmlRefused as refused:
        raise SchemaError(path, refused.diagnostic.message) from None
    if not runs_in_saxon(schema.tree.getroot()):
        from .schematron_libxslt import LibxsltSchematron

        return LibxsltSchematron(path, schema)
    from .schematron_saxon import SaxonSchematron  # Saxon is loaded only when a schema needs it

    return SaxonSchematron(path)


def runs_in_saxon(root: etree._Element) -> bool:
    """Whether the schema whose root element is ``root`` is Schematron that Saxon checks."""
    return root.tag == f"{{{SCHEMATRON_NS}}}schema" and root.get("queryBinding", "").lower() not in XPATH1_BINDINGS
