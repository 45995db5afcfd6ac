"""teiconv: plain-text transcriptions of archival documents into a scholarly TEI P5 edition.

The library has the same power as the command line::

    import teiconv
    conversion = teiconv.convert_file("seeds/001_4e323987126384ee.txt")
    conversion.doc_id                 # 'wcda-209093'
    conversion.to_bytes()             # the TEI document, UTF-8
    teiconv.to_text(conversion.root)  # the source's text, regenerated from the TEI
"""

__version__ = "0.1.0"

from .convert import Conversion, convert_file, convert_paths, convert_text  # noqa: E402
from .diagnostics import Diagnostic, Severity, TeiconvError  # noqa: E402
from .totext import normalise, to_text  # noqa: E402

__all__ = ["Conversion", "Diagnostic", "Severity", "TeiconvError", "convert_file", "convert_paths",
           "convert_text", "normalise", "to_text", "__version__"]
