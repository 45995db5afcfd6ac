"""Reading a transcription from disk: bytes in, checked Unicode text out.

Archive exports arrive as UTF-8 most of the time, but editors also hand us files saved by older
tools in Windows-1251 (Cyrillic) or Latin-1, or in UTF-16 by Windows editors.  We accept UTF-8
(with or without a byte-order mark) as is, UTF-16 and UTF-32 when they start with a byte-order
mark, let ``charset-normalizer`` identify a legacy encoding when UTF-8 fails, and refuse files
that are empty (white space only) or binary with a message that names the file and the place.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from ..diagnostics import Diagnostic, InputError, Severity, display_name

#: Characters XML 1.0 cannot contain (C0 controls but tab and line ends, lone surrogates, U+FFFE/F).
#: The escapes are the expression's, not the string's: mypyc cannot compile a lone surrogate.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Byte-order marks of the wider Unicode encodings (UTF-32's first: UTF-16 LE's is its prefix).
_UNICODE_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                  (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Legacy encodings we are prepared to read, in the order we trust them.
LEGACY_ENCODINGS = ("cp1251", "latin_1", "cp1252", "koi8_r")


@dataclass(frozen=True)
class Source:
    """A transcription ready for conversion: its name (for messages and ids) and its text."""

    name: str
    text: str
    encoding: str = "utf-8"


def _fail(name: str, line: int, column: int, rule: str, message: str) -> InputError:
    return InputError(Diagnostic(name, line, column, Severity.ERROR, rule, message))


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (1-based) of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode(data: bytes, name: str) -> Source:
    """Decode the bytes of a transcription, or raise :class:`InputError` saying why not."""
    for mark, encoding in _UNICODE_MARKS:  # UTF-16 and UTF-32 hold NUL bytes: not binary
        if data.startswith(mark):
            try:
                return _checked(Source(name, data.decode(encoding), encoding))
            except UnicodeDecodeError as error:
                line, column = _position(data, error.start)
                raise _fail(name, line, column, "input-encoding",
                            f"the file starts with a {encoding} byte-order mark but is not {encoding}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data, nul)
        raise _fail(name, line, column, "input-binary",
                    "the file contains NUL bytes: it is binary, not a plain-text transcription")
    try:
        return _checked(Source(name, data.decode("utf-8-sig"), "utf-8"))
    except UnicodeDecodeError as error:
        utf8_error = error
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        line, column = _position(data, utf8_error.start)
        raise _fail(name, line, column, "input-encoding",
                    f"byte 0x{data[utf8_error.start]:02x} is not UTF-8, and the text is not in any "
                    f"of {', '.join(LEGACY_ENCODINGS)}; save it as UTF-8")
    return _checked(Source(name, str(best), best.encoding))


def from_text(text: str, name: str) -> Source:
    """A transcription already in memory as text (its byte-order mark, if any, is dropped, as
    :func:`decode` drops it from bytes); refused for the same reasons as a file."""
    return _checked(Source(name, text.removeprefix("\ufeff")))


def _checked(source: Source) -> Source:
    """Refuse a text with nothing in it (white space of any kind, no-break spaces included) and
    characters XML 1.0 cannot hold, rather than drop them unseen."""
    if not source.text.strip():
        raise _fail(source.name, 1, 1, "input-empty",
                    "the file is empty (nothing but white space); expected the text of a document")
    match = _NOT_XML.search(source.text)
    if match:
        before = source.text[: match.start()]
        line = before.count("\n") + 1
        column = match.start() - (before.rfind("\n") + 1) + 1
        raise _fail(source.name, line, column, "input-control-character",
                    f"control character U+{ord(match.group()):04X} cannot be kept in XML; "
                    "remove it or replace it with what it stands for")
    return source


def read_source(path: Path | str) -> Source:
    """Read and decode the transcription at ``path`` (named as any report can carry it)."""
    path, name = Path(path), display_name(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(name, 0, 0, "input-missing", "no such file") from None
    except IsADirectoryError:
        raise _fail(name, 0, 0, "input-folder", "is a folder; expected a text file") from None
    except OSError as error:
        raise _fail(name, 0, 0, "input-unreadable", error.strerror or str(error)) from None
    return decode(data, name)
