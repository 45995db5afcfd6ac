"""Handing the edition to other projects: one teiCorpus file, and the documents' bibliographic
records as CSL-JSON (Zotero, citeproc, pandoc) or Dublin Core (OAI-PMH harvesters, repositories).

    documents.py   the TEI files, read safely; a bad one is reported and left out
    corpus.py      teiCorpus: a corpus header from the edition's declaration
                   (:mod:`teiconv.edition`) and the documents' headers
    metadata.py    one record per document, as CSL-JSON or Dublin Core
"""

from __future__ import annotations

from .corpus import build_corpus
from .documents import EditionDocument, read_documents
from .metadata import FORMATS as METADATA_FORMATS, export_metadata

__all__ = ["EditionDocument", "METADATA_FORMATS", "build_corpus", "export_metadata", "read_documents"]
