"""Validating TEI (or any XML) against RELAX NG, W3C XML Schema and ISO Schematron, safely and fast.

The library entry points are :func:`collect` (files and folders to the XML files in them) and
:func:`validate_files` (one :class:`FileResult` per file, in order); :data:`report.FORMATS` turns
results into text, JSON, JUnit XML or GitHub annotations.  :func:`default_schemas` is teiconv's own
customisation (``schema/teiconv.rng`` + ``schema/teiconv.sch``), :func:`tei_all` the official
tei_all grammar.  The ``teiconv validate`` command (:mod:`.cli`) and the pytest plugin
(:mod:`teiconv.pytest_plugin`) are thin shells over these.
"""

from __future__ import annotations

from ..lazy import lazy_exports

#: Public name → the module that defines it, imported on first use so that ``teiconv --help`` and
#: ``teiconv validate --help`` do not load lxml, Saxon and the engines.
_API = {
    "SchemaError": "errors",
    "FileResult": "run", "Validator": "run", "collect": "run", "validate_files": "run",
    "DEFAULT_MAX_BYTES": "safe_xml", "XmlDocument": "safe_xml", "XmlRefused": "safe_xml",
    "parse_bytes": "safe_xml", "parse_file": "safe_xml",
    "default_schemas": "bundled", "load_engine": "schemas", "tei_all": "bundled",
}

__all__ = sorted(_API)
__getattr__ = lazy_exports(__name__, _API)
