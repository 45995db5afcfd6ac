"""``totext``: the source's text regenerated from the TEI, and the comparison that proves it.

:func:`to_text` writes the ``<text>`` of a TEI document back in the transcription's notation,
every convention in its bracket form (see :mod:`teiconv.convert.rendering`).  :func:`normalise` is the
one normalisation under which that text must equal the source — documented in the README and in
``docs/encoding.md``:

1. a byte-order mark at the start is removed: it is the file's encoding signature, not text
   (the reader drops it when it decodes);
2. Markdown decoration of the export is removed: bold markers (``**``), then heading marks
   (runs of ``#`` to ``######`` and a space at the start of a line) and the angle brackets of
   autolinks (``<https://…>``);
3. every run of white space (spaces, tabs, line breaks, no-break spaces) becomes one space, and
   the ends are trimmed;
4. these steps are repeated until they change nothing, so that normalising twice changes nothing
   (in ``<<https://…>>`` the outer pair is an autolink's once the inner one is gone).

Nothing else: every letter, digit, bracket, quotation mark and punctuation mark must match.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from . import conventions  # noqa: F401  (registers the conventions' renderers)
from .rendering import render
from .tei import TEI_NS
from ..diagnostics import Diagnostic, InputError, Severity
from ..validation.safe_xml import parse_file

_HEADING_MARK = re.compile(r"^(?:[^\S\n]*#{1,6}(?:[^\S\n]+|$))+", re.MULTILINE)
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_WHITE_SPACE = re.compile(r"\s+")


def _root(document: etree._Element | etree._ElementTree | Path | str) -> etree._Element:
    if isinstance(document, (str, Path)):
        return parse_file(Path(document)).tree.getroot()
    if isinstance(document, etree._ElementTree):
        return document.getroot()
    return document


def to_text(document: etree._Element | etree._ElementTree | Path | str) -> str:
    """The transcription that a TEI document (element, tree or file) encodes.

    A file is read through the safe parser; raises :class:`~teiconv.diagnostics.InputError`
    when it is refused there or is not a TEI document.
    """
    root = _root(document)
    if etree.QName(root).namespace != TEI_NS:
        name = document if isinstance(document, (str, Path)) else "<tree>"
        raise InputError(Diagnostic(str(name), root.sourceline or 1, 1, Severity.ERROR, "totext-not-tei",
                                    f"expected a TEI document, found the root element {root.tag}"))
    # Other projects' files may be a <text>, a <surface> … of their own: a text root is the text.
    text = root if root.tag == f"{{{TEI_NS}}}text" else root.find(f"{{{TEI_NS}}}text")
    if text is None:
        return ""
    lines = (line.rstrip() for line in render(text).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def normalise(text: str) -> str:
    """The form in which source and regenerated text are compared (see the module docstring)."""
    while True:  # each pass only removes, so this ends
        normalised = _normalise_once(text)
        if normalised == text:
            return text
        text = normalised


def _normalise_once(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("**", "")
    text = _HEADING_MARK.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    return _WHITE_SPACE.sub(" ", text).strip()
