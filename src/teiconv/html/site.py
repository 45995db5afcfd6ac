"""Build the HTML edition: every TEI document becomes a page, plus index, about, assets and
downloads.

Two passes over the documents. The first parses each file and reads its record (so the
documents can be put in date order before any page is written, for previous/next links); the
second renders the pages. A file that cannot be read or rendered becomes a diagnostic and is
left out; the rest of the site is still built. Output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from saxonche import PySaxonApiError, PyXdmNode

from ..diagnostics import Diagnostic, Severity, UsageError
from ..resources import data_dir
from ..totext import to_text
from ..validation.safe_xml import XmlDocument, XmlRefused, parse_file
from . import citations
from .search import search_index_script
from .stylesheets import Record, SiteStylesheets

DEFAULT_TITLE = "Soviet Documents from the Wilson Center Digital Archive"


@dataclass
class HtmlBuild:
    """What a build wrote and what went wrong."""

    pages: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)


@dataclass
class _Document:
    path: Path
    xml: XmlDocument
    node: PyXdmNode
    record: Record


class HtmlSite:
    """The HTML pipeline with its stylesheets compiled once, for one or many builds."""

    def __init__(self, *, edition_title: str | None = None, base_url: str = "") -> None:
        """``edition_title`` None: the title of the edition's collection file, if it has one."""
        self.base_url = base_url
        self.edition_title = edition_title
        self.stylesheets = SiteStylesheets(edition_title=edition_title or DEFAULT_TITLE, base_url=base_url)

    def build(self, paths: Iterable[Path], out_dir: Path, *, pdf_dir: Path | None = None) -> HtmlBuild:
        """Write the site for the TEI files (or folders of them) in ``paths`` into ``out_dir``."""
        result = HtmlBuild()
        documents = _in_reading_order(self._read_all(tei_files(paths), result))
        self.stylesheets.edition_title = self.edition_title or _collection_title(documents)
        downloads = out_dir / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        self._copy_assets(out_dir)
        records = [d.record for d in documents]
        for position, document in enumerate(documents):
            self._attempt(result, document.path, lambda: self._write_document(
                document, records, position, out_dir, pdf_dir, result))
        (out_dir / "assets" / "search-index.js").write_text(search_index_script(records), encoding="utf-8")
        self._write(out_dir / "index.html", self.stylesheets.index_page(records), result)
        self._write(out_dir / "about.html",
                    self.stylesheets.about_page([d.node for d in documents], records), result)
        return result

    def _read_all(self, files: list[Path], result: HtmlBuild) -> list[_Document]:
        documents: list[_Document] = []
        seen: dict[str, Path] = {}
        for path in files:
            document = self._attempt(result, path, lambda p=path: self._read(p))
            if document is None:
                continue
            page_id = document.record["id"]
            if page_id in seen:
                result.diagnostics.append(Diagnostic(
                    str(path), 1, 1, Severity.ERROR, "html-duplicate-id",
                    f"the id {page_id!r} is already used by {seen[page_id]}; this file is left out"))
                continue
            seen[page_id] = path
            documents.append(document)
        return documents

    def _read(self, path: Path) -> _Document:
        xml = parse_file(path)
        root = xml.tree.getroot()
        if root.tag != "{http://www.tei-c.org/ns/1.0}TEI":
            raise XmlRefused(Diagnostic(str(path), root.sourceline or 1, 1, Severity.ERROR, "html-not-tei",
                                        f"expected a TEI document, found the root element {root.tag}"))
        node = self.stylesheets.parse(path)
        record = self.stylesheets.record(node)
        record["id"] = _page_id(record["id"] or path.stem)
        record["page"] = f"{record['id']}.html"
        return _Document(path, xml, node, record)

    def _write_document(self, document: _Document, records: list[Record], position: int,
                        out_dir: Path, pdf_dir: Path | None, result: HtmlBuild) -> None:
        record = document.record
        page_id = record["id"]
        downloads = out_dir / "downloads"
        shutil.copyfile(document.path, downloads / f"{page_id}.xml")
        (downloads / f"{page_id}.txt").write_text(to_text(document.xml.tree), encoding="utf-8")
        url = citations.stable_url(record, self.base_url)
        (downloads / f"{page_id}.bib").write_text(citations.bibtex(record, url), encoding="utf-8")
        (downloads / f"{page_id}.ris").write_text(citations.ris(record, url), encoding="utf-8",
                                                   newline="")
        (downloads / f"{page_id}.csl.json").write_text(citations.csl_json(record, url), encoding="utf-8")
        pdf = pdf_dir / f"{document.path.stem}.pdf" if pdf_dir else None
        if pdf is not None and pdf.is_file():
            shutil.copyfile(pdf, downloads / f"{page_id}.pdf")
        previous = records[position - 1] if position > 0 else None
        following = records[position + 1] if position + 1 < len(records) else None
        page = self.stylesheets.document_page(document.node, {
            "page-id": page_id,
            "prev-id": previous["id"] if previous else "",
            "prev-title": previous["title"] if previous else "",
            "next-id": following["id"] if following else "",
            "next-title": following["title"] if following else "",
            "has-text": True,
            "has-pdf": pdf is not None and pdf.is_file(),
        })
        self._write(out_dir / record["page"], page, result)

    @staticmethod
    def _copy_assets(out_dir: Path) -> None:
        source = data_dir("xslt") / "html" / "assets"
        shutil.copytree(source, out_dir / "assets", dirs_exist_ok=True)

    @staticmethod
    def _write(path: Path, html: str, result: HtmlBuild) -> None:
        path.write_text(html, encoding="utf-8")
        result.pages.append(path)

    @staticmethod
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
            result.diagnostics.append(Diagnostic(str(path), 1, 1, Severity.ERROR, "html-write",
                                                 f"cannot write the page: {error}"))
        return None


def tei_files(paths: Iterable[Path]) -> list[Path]:
    """The TEI files named by ``paths``; a folder stands for the ``*.xml`` files in it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.xml")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    if not files:
        raise UsageError("no TEI files to publish")
    return files


def _page_id(identifier: str) -> str:
    """A file-name-safe id (the converter's ids already are; foreign TEI may not be)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", identifier).strip(".-") or "document"


def _collection_title(documents: list[_Document]) -> str:
    """The title of the one collection among ``documents``; the default with none or several."""
    titles = [d.record["title"] for d in documents if d.record["kind"] == "collection"]
    return titles[0] if len(titles) == 1 and titles[0] else DEFAULT_TITLE


def _in_reading_order(documents: list[_Document]) -> list[_Document]:
    """Dated documents first, by date (and time), then undated ones; ties by id."""
    return sorted(documents, key=lambda d: (d.record["when"] == "", d.record["when"], d.record["id"]))
