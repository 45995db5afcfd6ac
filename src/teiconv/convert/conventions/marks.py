"""Classification and handling marks: ``STRICTLY SECRET``, ``SUBJECT TO RETURN WITHIN 48 HOURS``.

A security classification (``TOP SECRET``) is recorded in the header's taxonomy and the mark in
the text points to it; handling instructions (``Reproduction prohibited``, ``SPECIAL FILE``,
``FLASH PRECEDENCE``) are marked as such.  A line may hold a mark and then other words
(``Reproduction prohibited TO THE 4TH PART …``): :func:`split_mark` separates them.
"""

from __future__ import annotations

import re

CLASSIFICATIONS = ("strictly secret", "top secret", "secret", "confidential", "personal",
                   "unclassified", "for official use only", "top secret special file")
HANDLING = (
    r"subject to return within \d+ hours", r"reproduction prohibited", r"making copies is forbidden",
    r"copying (?:is )?prohibited", r"special file", r"top priority", r"flash precedence",
    r"urgent", r"immediate", r"priority", r"personal(?:ly)? only", r"of special importance",
)
_CLASSIFICATION = re.compile(
    r"(?P<mark>" + "|".join(sorted((re.escape(c) for c in CLASSIFICATIONS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_HANDLING = re.compile(r"(?P<mark>" + "|".join(HANDLING) + r")\b", re.IGNORECASE)


def is_classification_line(text: str) -> bool:
    """The whole line is a classification (``Top Secret``), as the archive's record gives it."""
    return bool(_CLASSIFICATION.fullmatch(text.strip()))


def split_mark(text: str) -> tuple[str, int] | None:
    """``("classification"|"handling", end of the mark)`` if ``text`` starts with a mark."""
    for kind, pattern in (("classification", _CLASSIFICATION), ("handling", _HANDLING)):
        match = pattern.match(text)
        if match:
            return kind, match.end()
    return None


def category_id(mark: str) -> str:
    """The taxonomy id of a classification: ``TOP SECRET`` → ``cls-top-secret``."""
    return "cls-" + re.sub(r"[^a-z]+", "-", mark.lower()).strip("-")


def canonical(mark: str) -> str:
    """``STRICTLY SECRET`` → ``Strictly Secret``: one spelling for the header."""
    return " ".join(word.capitalize() for word in mark.split())
