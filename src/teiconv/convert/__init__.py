"""The converter: a plain-text transcription in, a TEI document out.

    source (read, decode) → page (flavour and parts) → metadata → structure (opener, text,
    closer, registration) → inline (brackets, parsed by brackets.py and encoded by one module
    per convention family in conventions/) → pagematter (front, back) → header → tei (serialise)

``totext`` runs the conventions backwards and regenerates the source from the TEI.
"""

from ..lazy import lazy_exports

#: Public name → the module that defines it, imported on first use: listing the sources (a build
#: with nothing to convert) does not load the converter.
_API = {"Conversion": "conversion", "convert_file": "conversion", "convert_paths": "conversion",
        "convert_source": "conversion", "convert_text": "conversion",
        "find_sources": "sources", "source_files": "sources"}

__all__ = sorted(_API)
__getattr__ = lazy_exports(__name__, _API)
