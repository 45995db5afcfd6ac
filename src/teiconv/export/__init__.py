"""Handing the edition to other projects: one teiCorpus file, and the documents' bibliographic
records as CSL-JSON (Zotero, citeproc, pandoc) or Dublin Core (OAI-PMH harvesters, repositories).

    documents.py   the TEI files, read safely; a bad one is reported and left out
    corpus.py      teiCorpus: a corpus header from the edition's declaration
                   (:mod:`teiconv.edition`) and the documents' headers
    metadata.py    one record per document, as CSL-JSON or Dublin Core
"""

from __future__ import annotations

from ..lazy import lazy_exports

#: Public name → the module that defines it, imported on first use: the ``teiconv`` command
#: registers ``export`` without loading the converter and the HTML stylesheets it uses.
_API = {"build_corpus": "corpus", "EditionDocument": "documents", "read_documents": "documents",
        "METADATA_FORMATS": "metadata:FORMATS", "export_metadata": "metadata"}

__all__ = sorted(_API)
__getattr__ = lazy_exports(__name__, _API)
