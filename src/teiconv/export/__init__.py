"""Handing the edition to other projects: one teiCorpus file, and the documents' bibliographic
records as CSL-JSON (Zotero, citeproc, pandoc) or Dublin Core (OAI-PMH harvesters, repositories).

    documents.py   the TEI files, read safely; a bad one is reported and left out
    declaration.py what the edition says of itself (title, editors, version)
    corpus.py      teiCorpus: a corpus header from the declaration and the documents' headers
    metadata.py    one record per document, as CSL-JSON or Dublin Core
"""

from __future__ import annotations

from .corpus import build_corpus
from .declaration import EditionDeclaration, read_declaration
from .documents import EditionDocument, read_documents
from .metadata import FORMATS as METADATA_FORMATS, export_metadata

__all__ = ["EditionDeclaration", "EditionDocument", "METADATA_FORMATS", "build_corpus", "export_metadata",
           "read_declaration", "read_documents"]
