"""Conversion: a transcription in, a TEI document out — the stages in order.

    read (decode) → read_page (flavour and parts) → metadata → body structure + inline
    conventions → front/back → header → names (with registers) → serialise

:func:`convert_text` and :func:`convert_file` convert one document; :func:`convert_paths`
converts a batch, writing one file per document and collecting one result per source, so one
bad file never stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from lxml import etree

from .collection import build_collection
from .context import Context
from ..diagnostics import Diagnostic, InputError, Severity, TeiconvError
from ..edition import Edition
from ..identifiers import safe_id
from ..registers.model import Registers
from .header import build_header
from .metadata import Metadata, read_metadata
from .names import mark_names
from .page import read_page
from .pagematter import build_back, build_front, read_footnotes
from .source import Source, from_text, read_source
from .sources import find_sources
from .structure import StructureBuilder
from .tei import el, serialize
from ..schema_location import xml_model_instructions

#: Words of a title in an id made from date and title.
SLUG_WORDS = 6


@dataclass
class Conversion:
    """One converted document: its id, its TEI, and what the conversion had to say."""

    source: str
    doc_id: str
    root: etree._Element
    kind: str = "document"
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        """The TEI file: it names our schema in ``<?xml-model?>`` lines (see :mod:`teiconv.schema_location`)."""
        return serialize(self.root, xml_model_instructions())


def slugify(text: str, words: int = SLUG_WORDS) -> str:
    return safe_id(text, words) or "untitled"


def document_id(meta: Metadata) -> str:
    """``wcda-209093`` from the archive's record number, else ``1941-12-09-cable-from-…``.

    The id names the output file, so it is made safe (:func:`~teiconv.identifiers.safe_id`): a
    record number like ``1/../../x`` cannot lead out of the output folder.
    """
    record = safe_id(meta.record_id or "")
    if record:
        return f"wcda-{record}"
    date = (meta.dating.earliest if meta.dating else None) or "undated"
    return f"{date}-{slugify(meta.title)}"


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def convert_source(source: Source, registers: Registers | None = None,
                   edition: Edition | None = None) -> Conversion:
    """Convert a decoded transcription; with ``registers``, mark and link the names in it.
    ``edition`` is the project's declaration the header's publication statement gives (none:
    an unnamed editor, no publisher, no licence)."""
    text = source.text.replace("\r\n", "\n").replace("\r", "\n")
    page = read_page(text)
    if page.flavour == "collection":
        return _convert_collection(Context(text, source.name), edition)
    meta = read_metadata(text, page)
    ctx = Context(text, source.name, original_language=meta.foreign_tag, year=_year(meta.dating.earliest if meta.dating else None))
    doc_id = document_id(meta)
    ctx.footnotes = read_footnotes(page, ctx)
    if page.body:
        body = el("body", None, *StructureBuilder(ctx).body(page.body, meta.doc_type, run_on=page.flavour == "one-line"))
    else:
        ctx.warn(0, "document-empty", "the page has no document text between its front matter and its record fields")
        body = el("body", None, el("div", {"type": "document", "subtype": meta.doc_type}, el("p")))
    text_element = el("text", None, build_front(page, ctx), body, build_back(page, ctx))
    root = el("TEI", {"xml:lang": meta.translation_language[0]},
              build_header(meta, ctx, doc_id, page.flavour, edition), text_element)
    if registers is not None:
        mark_names(root, registers)
    return Conversion(source.name, doc_id, root, "document", ctx.diagnostics)


def _convert_collection(ctx: Context, edition: Edition | None) -> Conversion:
    title, body, front, summary = build_collection(ctx)
    doc_id = f"collection-{slugify(title)}"
    meta = Metadata(title=title, summary=summary or None, doc_type="collection")
    root = el("TEI", {"xml:lang": "en"}, build_header(meta, ctx, doc_id, "collection", edition),
              el("text", None, front, body))
    return Conversion(ctx.name, doc_id, root, "collection", ctx.diagnostics)


def convert_text(text: str, name: str = "<string>", registers: Registers | None = None,
                 edition: Edition | None = None) -> Conversion:
    """Convert the text of a transcription (``name`` is used in messages); names are marked
    only when ``registers`` are given (an empty :class:`Registers` still proposes candidates)."""
    return convert_source(from_text(text, name), registers, edition)


def convert_file(path: Path | str, registers: Registers | None = None, edition: Edition | None = None) -> Conversion:
    """Read, decode and convert the transcription at ``path``."""
    return convert_source(read_source(path), registers, edition)


# -- batches ---------------------------------------------------------------------------------


@dataclass
class BatchItem:
    """What became of one source in a batch: its conversion (if any) and its diagnostics."""

    source: str
    conversion: Conversion | None
    diagnostics: list[Diagnostic]
    written: Path | None = None

    @property
    def failed(self) -> bool:
        return self.conversion is None or any(d.severity is Severity.ERROR for d in self.diagnostics)


def convert_paths(paths: Iterable[Path | str], out_dir: Path | str, strict: bool = False,
                  registers: Registers | None = None, edition: Edition | None = None) -> list[BatchItem]:
    """Convert every source under ``paths`` into ``out_dir/<id>.xml``; never stop at a bad one.

    With ``strict``, warnings count as errors and a document with any is not written; with
    ``registers``, names are marked and linked; ``edition`` is the project's declaration.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    items: list[BatchItem] = []
    claimed: dict[str, str] = {}
    for path in find_sources(paths):
        try:
            conversion = convert_file(path, registers, edition)
        except InputError as error:
            items.append(BatchItem(str(path), None, [error.diagnostic]))
            continue
        except TeiconvError as error:
            items.append(BatchItem(str(path), None, [Diagnostic(str(path), 0, 0, Severity.ERROR, "convert", str(error))]))
            continue
        diagnostics = [d.as_error() for d in conversion.diagnostics] if strict else list(conversion.diagnostics)
        if conversion.doc_id in claimed:
            diagnostics.append(Diagnostic(str(path), 1, 1, Severity.ERROR, "id-duplicate",
                                          f"its id {conversion.doc_id} is already taken by {claimed[conversion.doc_id]}"))
        item = BatchItem(str(path), conversion, diagnostics)
        if not item.failed:
            claimed[conversion.doc_id] = str(path)
            item.written = out_dir / f"{conversion.doc_id}.xml"
            item.written.write_bytes(conversion.to_bytes())
        items.append(item)
    return items
