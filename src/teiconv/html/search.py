"""The static full-text search index: one script that assigns the documents' texts to
``window.TEICONV_SEARCH``.

A script file rather than JSON because browsers load scripts from ``file://`` but refuse
``fetch`` there; the site must search offline, opened straight from the disk. The search itself
runs in assets/edition.js.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .stylesheets import Record


def search_index_script(records: Sequence[Record]) -> str:
    """The script defining the search index over ``records`` (in their display order)."""
    entries = [
        {"page": r["page"], "title": r["title"], "date": r["date-text"],
         "summary": r["summary"], "text": r["text"]}
        for r in records
    ]
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.TEICONV_SEARCH = {data};\n"
