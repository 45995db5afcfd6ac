"""teiconv: plain-text transcriptions of archival documents into a scholarly TEI P5 edition."""

__version__ = "0.1.0"
