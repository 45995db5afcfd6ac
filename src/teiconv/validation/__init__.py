"""Validating TEI (or any XML) against RELAX NG, W3C XML Schema and ISO Schematron, safely and fast.

The library entry points are :func:`collect` (files and folders to the XML files in them) and
:func:`validate_files` (one :class:`FileResult` per file, in order); :data:`report.FORMATS` turns
results into text, JSON, JUnit XML or GitHub annotations.  :func:`default_schemas` is teiconv's own
customisation (``schema/teiconv.rng`` + ``schema/teiconv.sch``), :func:`tei_all` the official
tei_all grammar.  The ``teiconv validate`` command (:mod:`.cli`) and the pytest plugin
(:mod:`teiconv.pytest_plugin`) are thin shells over these.
"""

from .errors import SchemaError
from .run import FileResult, Validator, collect, validate_files
from .safe_xml import DEFAULT_MAX_BYTES, XmlDocument, XmlRefused, parse_bytes, parse_file
from .schemas import default_schemas, load_engine, tei_all

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FileResult",
    "SchemaError",
    "Validator",
    "XmlDocument",
    "XmlRefused",
    "collect",
    "default_schemas",
    "load_engine",
    "parse_bytes",
    "parse_file",
    "tei_all",
    "validate_files",
]
