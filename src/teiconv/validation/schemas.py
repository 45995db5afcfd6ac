"""Which schemas a run uses, and how a schema file becomes an engine.

A schema is named by its path; its kind is read from its root element (RELAX NG, W3C XML
Schema or ISO Schematron).  Paths are what crosses into worker processes, which compile their
own engines once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from lxml import etree

from ..diagnostics import Diagnostic
from .errors import SCHEMA_MAX_BYTES, SchemaError
from .grammar import RelaxNG, XmlSchema
from .jing import prefers_jing
from .safe_xml import XmlDocument, XmlRefused, parse_file
from .schematron import SCHEMATRON_NS, load_schematron

RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
XSD_NS = "http://www.w3.org/2001/XMLSchema"

_ENGINES = {RELAXNG_NS: RelaxNG, XSD_NS: XmlSchema, SCHEMATRON_NS: load_schematron}


class Engine(Protocol):
    """A compiled schema: checks parsed documents and says what is wrong with each."""

    def check(self, doc: XmlDocument) -> list[Diagnostic]: ...

    def check_many(self, docs: Sequence[XmlDocument]) -> list[list[Diagnostic]]: ...


def load_engine(path: Path) -> Engine:
    """Compile the schema at ``path`` into the engine its kind needs."""
    return _ENGINES[schema_kind(path)](path)


def checked_by_jing(path: Path) -> bool:
    """Whether the schema at ``path`` is a RELAX NG grammar jing should check (see :mod:`.jing`)."""
    return schema_kind(path) == RELAXNG_NS and prefers_jing(path)


def schema_kind(path: Path) -> str:
    """The namespace of the schema language of ``path`` (a key of the engines), read from its root."""
    if not path.is_file():
        raise SchemaError(path, "no such file")
    if path.suffix == ".rnc":
        raise SchemaError(path, "RELAX NG compact syntax: convert it to XML syntax (.rng) first, "
                                "e.g. with trang or rnc2rng")
    try:
        root = parse_file(path, max_bytes=SCHEMA_MAX_BYTES).tree.getroot()
    except XmlRefused as refused:
        raise SchemaError(path, refused.diagnostic.message) from None
    kind = etree.QName(root).namespace
    if kind not in _ENGINES:
        raise SchemaError(path, "not a RELAX NG, W3C XML Schema or ISO Schematron document "
                                f"(root element {root.tag})")
    return kind

