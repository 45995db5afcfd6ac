"""teiconv: plain-text transcriptions of archival documents into a scholarly TEI P5 edition.

The library has the same power as the command line::

    import teiconv
    conversion = teiconv.convert_file("seeds/001_4e323987126384ee.txt")
    conversion.doc_id                 # 'wcda-209093'
    conversion.to_bytes()             # the TEI document, UTF-8
    teiconv.to_text(conversion.root)  # the source's text, regenerated from the TEI

The names below are imported on first use, so that ``teiconv validate`` and worker processes
that only validate or render do not pay for loading the converter.
"""

from __future__ import annotations

from .lazy import lazy_exports

__version__ = "0.1.0"

#: Public name → the module that defines it.
_API = {
    "Conversion": "convert", "convert_file": "convert", "convert_paths": "convert", "convert_text": "convert",
    "Diagnostic": "diagnostics", "Severity": "diagnostics", "TeiconvError": "diagnostics",
    "normalise": "convert.totext", "to_text": "convert.totext",
}

__all__ = sorted(_API) + ["__version__"]
__getattr__ = lazy_exports(__name__, _API)
