"""The converter: a plain-text transcription in, a TEI document out.

    source (read, decode) → page (flavour and parts) → metadata → structure (opener, text,
    closer, registration) → inline (brackets, parsed by brackets.py and encoded by one module
    per convention family in conventions/) → pagematter (front, back) → header → tei (serialise)

``totext`` runs the conventions backwards and regenerates the source from the TEI.
"""

from .conversion import Conversion, convert_file, convert_paths, convert_source, convert_text, find_sources, source_files

__all__ = ["Conversion", "convert_file", "convert_paths", "convert_source", "convert_text", "find_sources", "source_files"]
