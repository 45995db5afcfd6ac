"""Ids made from text someone else wrote: the one function that makes them safe everywhere.

A document's id becomes a file name (``tei/<id>.xml``, ``<id>.html``, ``<id>.pdf``), a URL and
the ``idno`` our schema checks (``data.slug``).  Record numbers, titles and ids of third-party TEI
can hold anything — ``1/../../../escaped``, ``:``, spaces — so an id is built only from lowercase
ASCII letters and digits in runs joined by single hyphens.  Such an id is never empty by accident
(callers give the fallback), never ``.`` or ``..``, holds no separator of any file system, reads
the same on case-insensitive ones, and is deterministic.  With a letter in front (``wcda-``,
``collection-``) it is also a valid ``xml:id``.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")
#: Longest id: file systems allow 255 bytes per name, and ids end up in URLs people copy.
MAX_LENGTH = 120


def safe_id(text: str, words: int | None = None) -> str:
    """``text`` as a safe id (its first ``words`` words, if given); ``""`` when nothing is left.

    >>> safe_id("1/../../../escaped"), safe_id("1 2 3"), safe_id(":"), safe_id("Čeká Novák", 1)
    ('1-escaped', '1-2-3', '', 'ceka')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(_WORD.findall(ascii_text)[:words])[:MAX_LENGTH].rstrip("-")
