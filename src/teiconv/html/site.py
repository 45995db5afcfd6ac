"""Build the HTML edition: every TEI document becomes a page, plus index, about, assets and
downloads.

Two passes over the documents. The first parses each file and keeps its record and what it could
show on the About page (so the documents can be put in date order before any page is written,
for previous/next links); the second renders each page. The parsed documents are kept between
the passes up to :data:`KEPT_SOURCE_BYTES` of source (those the About page is made from, until
it is written), so an edition of ordinary size is parsed once; beyond that a document is parsed
again for its page, and memory stays bounded. A file that cannot be read or rendered becomes a diagnostic and is left out;
the rest of the site is still built. Output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from saxonche import PySaxonApiError, PyXdmNode

from ..diagnostics import Diagnostic, Severity, os_error_diagnostic
from ..files import tei_files
from ..identifiers import safe_id
from ..resources import data_dir
from ..convert.totext import to_text
from ..edition import Edition, load_edition
from ..files import PUBLISHABLE_ROOTS
from ..registers.model import entry_labels
from ..validation.safe_xml import PUBLISHING, XmlDocument, XmlRefused, parse_file
from . import citations
from .about import FeatureTable, about_features, contributors
from .layout import DEFAULT_TITLE, edition_title, reading_key
from .registers import RegisterPages
from .filters import write_filter_lists
from .search import SEARCH_FOLDER, document_words, reading_text, search_index, search_text, search_text_file
from .stylesheets import Record, SiteStylesheets

#: Documents per collection page: a very large edition's index comes in pages of this many.
INDEX_PAGE_SIZE = 500
#: The source bytes of the parsed documents a build keeps from its first pass to its second.
#: Their lxml and Saxon trees take about 12 times as much memory (measured: 48 MB more for 200
#: cable-size documents, 4.2 MB of TEI), so this keeps about 400 of them in about 100 MB.
KEPT_SOURCE_BYTES = 8 * 1024 * 1024


@dataclass
class HtmlBuild:
    """What a build wrote and what went wrong."""

    pages: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)


@dataclass
class _Listed:
    """What the first pass keeps of a document: its record, its About-page features and, while
    the build's budget lasts, the parsed document itself."""

    path: Path
    record: Record
    features: tuple[int, ...]
    document: SiteDocument | None


@dataclass
class SiteDocument:
    """A TEI file read for the site: its lxml tree (plain text), Saxon's tree (pages), its record."""

    path: Path
    xml: XmlDocument
    node: PyXdmNode
    record: Record


class HtmlSite:
    """The HTML pipeline with its stylesheets compiled once, for one or many builds.

    :meth:`build` does a whole site. A build tool that runs documents in parallel or only the
    changed ones uses the parts: :meth:`read` each file, put the records in reading order
    (:func:`in_reading_order`), :meth:`write_document` for each page (its neighbours' records
    give the previous/next links), then :meth:`write_shared` for index, about, search, assets
    (about from only the documents that add to it: :mod:`.about`).
    """

    def __init__(self, *, edition: Edition | None = None, edition_title: str | None = None,
                 base_url: str = "", registers_dir: Path | None = None) -> None:
        """``edition``: the project's declaration (default: the one of the current folder,
        :func:`~teiconv.edition.load_edition`); ``edition_title`` and ``base_url`` override it.
        With no title anywhere, the title of the edition's collection file, if it has one.
        ``registers_dir``: the registers whose index pages the site shows (None: empty pages)."""
        self.edition = (edition or load_edition()).with_overrides(title=edition_title, base_url=base_url)
        self.base_url = self.edition.base_url
        self.edition_title = self.edition.title or None
        self.registers_dir = registers_dir
        self.stylesheets = SiteStylesheets(edition_title=self.edition_title or DEFAULT_TITLE, edition=self.edition)

    def build(self, paths: Iterable[Path], out_dir: Path, *, pdf_dir: Path | None = None) -> HtmlBuild:
        """Write the site for the TEI files (or folders of them) in ``paths`` into ``out_dir``."""
        result = HtmlBuild()
        features = FeatureTable()
        listed = sorted(self._read_all(tei_files(paths, "publish"), features, result),
                        key=lambda entry: reading_key(entry.record))
        records = [entry.record for entry in listed]
        self.stylesheets.edition_title = self.edition_title or edition_title(records)
        for_about = set(contributors(enumerate(entry.features for entry in listed)))
        for position, entry in enumerate(listed):
            previous = records[position - 1] if position > 0 else None
            following = records[position + 1] if position + 1 < len(records) else None
            written = _attempt(result, entry.path, lambda e=entry, p=previous, f=following:
                               self.write_document(e.document or self.reread(e.path, e.record), out_dir,
                                                   previous=p, following=f,
                                                   pdf=pdf_dir / f"{e.path.stem}.pdf" if pdf_dir else None))
            if position not in for_about:
                entry.document = None  # its page is written: the tree is not needed any more
            result.pages.extend(written or [])
        about = [self._about_tree(listed[position]) for position in sorted(for_about)]
        result.pages.extend(self.write_shared(records, about, out_dir))
        return result

    def _about_tree(self, entry: _Listed) -> PyXdmNode:
        """Saxon's tree of a document the About page is made from: the one its page was made
        from, if the build kept it (an edition's documents mostly add something to the About
        page, :mod:`.about`, and a parse is a tenth of a document's work), else parsed again."""
        if entry.document is not None:
            return entry.document.node
        return self.stylesheets.parse(parse_file(entry.path, policy=PUBLISHING))

    def read(self, path: Path) -> SiteDocument:
        """Parse ``path`` and read its record, with the words a search finds it by ("words",
        :func:`.search.document_words`); raise :class:`XmlRefused` if it is not TEI XML."""
        document = self.reread(path, {})
        record = self.stylesheets.record(document.node)
        record["id"] = page_id(record["id"] or path.stem)
        record["title"] = record["title"] or path.stem  # a header-less surface or text names no title
        record["page"] = f"{record['id']}.html"
        record["words"] = document_words(record, document.xml.tree.getroot())
        document.record = record
        return document

    def reread(self, path: Path, record: Record) -> SiteDocument:
        """Parse ``path`` again for its page, with the ``record`` :meth:`read` gave it (record.xsl
        is not run twice); raise :class:`XmlRefused` if it is not TEI XML."""
        xml = parse_file(path, policy=PUBLISHING)
        root = xml.tree.getroot()
        if root.tag not in PUBLISHABLE_ROOTS:
            raise XmlRefused(Diagnostic(str(path), root.sourceline or 1, 1, Severity.ERROR, "html-not-tei",
                                        "expected a TEI document (a root element TEI, teiCorpus, text, surface, "
                                        f"facsimile or sourceDoc in the TEI namespace), found {root.tag}"))
        return SiteDocument(path, xml, self.stylesheets.parse(xml), record)

    def name_edition(self, documents: list[SiteDocument]) -> None:
        """Use the title given, else the collection file's, on every page written from now on."""
        self.stylesheets.edition_title = self.edition_title or edition_title([d.record for d in documents])

    def write_document(self, document: SiteDocument, out_dir: Path, *, previous: Record | None = None,
                       following: Record | None = None, pdf: Path | None = None) -> list[Path]:
        """Write the document's page and downloads (``pdf``, if given, among them); return the page."""
        record = document.record
        page_id = record["id"]
        downloads = out_dir / "downloads"
        _write_bytes(downloads / f"{page_id}.xml", document.xml.source)  # the bytes read, as they were
        _write_bytes(downloads / f"{page_id}.txt", to_text(document.xml.tree).encode())
        cited = citations.citation(record, replace(self.edition, title=self.stylesheets.edition_title))
        _write_bytes(downloads / f"{page_id}.bib", citations.bibtex(cited).encode())
        _write_bytes(downloads / f"{page_id}.ris", citations.ris(cited).encode())
        _write_bytes(downloads / f"{page_id}.csl.json", citations.csl_json(cited).encode())
        _write_bytes(out_dir / SEARCH_FOLDER / search_text_file(record),
                     search_text(record, reading_text(document.xml.tree.getroot())).encode())
        has_pdf = pdf is not None and pdf.is_file()
        if has_pdf:
            shutil.copyfile(pdf, downloads / f"{page_id}.pdf")
        page = self.stylesheets.document_page(document.node, {
            "page-id": page_id,
            "prev-id": previous["id"] if previous else "",
            "prev-title": previous["title"] if previous else "",
            "next-id": following["id"] if following else "",
            "next-title": following["title"] if following else "",
            "has-text": True,
            "has-pdf": has_pdf,
            "citation": citations.chicago(cited),
        })
        return [_write_bytes(out_dir / record["page"], page.encode())]

    def write_shared(self, records: list[Record], about: list[PyXdmNode], out_dir: Path) -> list[Path]:
        """Write what depends on all documents (their records in reading order): index, search,
        assets, the register pages, and about from the documents that add to it (in reading
        order, :mod:`.about`)."""
        shutil.copytree(data_dir("xslt") / "html" / "assets", out_dir / "assets", dirs_exist_ok=True)
        search_index(records, out_dir)
        return self.write_index(records, out_dir) + [
            _write(out_dir / "about.html", self.stylesheets.about_page(about, records)),
            *self.register_pages.write(self.registers_dir, records, out_dir)]

    @cached_property
    def register_pages(self) -> RegisterPages:
        """registers.xsl, compiled on first use and kept for every later build of this site, as
        the other stylesheets are: compiling it and its first run cost about 72 M instructions,
        a whole document's share of a build."""
        return RegisterPages(self.stylesheets)

    def write_index(self, records: list[Record], out_dir: Path) -> list[Path]:
        """The collection page, in pages of :data:`INDEX_PAGE_SIZE` documents for a large edition:
        ``index.html``, ``index-2.html``, … each linking to the others, whose filters find documents
        on every page (:mod:`.filters`)."""
        chunks = [records[start:start + INDEX_PAGE_SIZE] for start in range(0, len(records), INDEX_PAGE_SIZE)] or [[]]
        total = sum(1 for record in records if record["kind"] == "document")
        labels = entry_labels(self.registers_dir)
        filters = write_filter_lists(records, out_dir)
        return [_write(out_dir / index_file(number),
                       self.stylesheets.index_page(chunk, number, len(chunks), total, labels, filters))
                for number, chunk in enumerate(chunks, start=1)]

    def _read_all(self, files: list[Path], features: FeatureTable, result: HtmlBuild) -> list[_Listed]:
        documents: list[_Listed] = []
        seen: dict[str, Path] = {}
        budget = KEPT_SOURCE_BYTES
        for path in files:
            document = _attempt(result, path, lambda p=path: self.read(p))
            if document is None:
                continue
            page_id = document.record["id"]
            if page_id in seen:
                result.diagnostics.append(Diagnostic(
                    str(path), 1, 1, Severity.ERROR, "html-duplicate-id",
                    f"the id {page_id!r} is already used by {seen[page_id]}; this file is left out"))
                continue
            seen[page_id] = path
            kept = len(document.xml.source) <= budget
            budget -= len(document.xml.source) if kept else 0
            documents.append(_Listed(path, document.record, features.add(about_features(document.xml.tree.getroot())),
                                     document if kept else None))
        return documents


def _write(path: Path, html: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path``, making its folder only when it is missing (the first document
    of a build makes it, the others find it): one system call to open the file."""
    try:
        path.write_bytes(data)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return path


def _attempt(result: HtmlBuild, path: Path, step):
    """Run ``step``; a failure becomes a diagnostic about ``path`` and ``None``."""
    try:
        return step()
    except XmlRefused as refused:
        result.diagnostics.append(refused.diagnostic)
    except PySaxonApiError as error:
        result.diagnostics.append(Diagnostic(str(path), 1, 1, Severity.ERROR, "html-render",
                                             f"cannot render the document: {error}"))
    except OSError as error:
        result.diagnostics.append(os_error_diagnostic(error, "html-write", "cannot write the page", str(path)))
    except Exception as error:  # noqa: BLE001 - one document's failure must not stop the batch
        result.diagnostics.append(Diagnostic(str(path), 1, 1, Severity.ERROR, "html-internal",
                                             f"cannot publish the document ({type(error).__name__}: {error})"))
    return None


def index_file(number: int) -> str:
    """The file of the collection page ``number`` (1: index.html)."""
    return "index.html" if number == 1 else f"index-{number}.html"


def page_id(identifier: str) -> str:
    """A file-name-safe id (the converter's ids already are; foreign TEI may not be)."""
    return safe_id(identifier) or "document"


def in_reading_order(documents: list[SiteDocument]) -> list[SiteDocument]:
    return sorted(documents, key=lambda d: reading_key(d.record))
