"""The HTML edition built one document at a time, on the public API of :mod:`teiconv.html`.

:class:`teiconv.html.HtmlSite` builds a whole site in one call, or in parts: read one document,
write one document's page and downloads.  An incremental build runs those parts in worker
processes (the functions named ``*_task``), keeps each record on disk between builds, and writes
the edition-wide pages (index and search index, About page, assets) as separate tasks, so that
each is redone only when what it depends on changed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from saxonche import PySaxonApiError

from ..diagnostics import Diagnostic, Severity, os_error_diagnostic
from ..html import SiteDocument, about
from ..html.layout import assets_folder
from ..html.registers import RegisterPages
from ..html.search import write_search_index
from ..validation.safe_xml import XmlRefused, parse_file
from . import tools


def record_task(path: str, record_file: str, features_file: str,
                base_url: str) -> tuple[dict | None, Diagnostic | None]:
    """In a worker: read a document's record and what it could show on the About page, save
    them (the index, the citations and the About page need them whole) and return the part of
    the record that orders and links the pages.  The record keeps the words a search can find
    the document by instead of its text, which the edition-wide pages would otherwise hold for
    every document at once."""
    try:
        document = tools.site(base_url).read(Path(path))
    except XmlRefused as refused:
        return None, refused.diagnostic
    except PySaxonApiError as error:
        return None, Diagnostic(path, 1, 1, Severity.ERROR, "html-render", f"cannot read the document: {error}")
    record = document.record
    _save(record_file, record)
    _save(features_file, about.about_features(document.xml.tree.getroot()))
    return {key: record[key] for key in ("id", "title", "when", "kind", "page")}, None


def _save(name: str, value) -> None:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(json.dumps(value, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def contributors(paths: list[str], feature_files: list[str]) -> list[str]:
    """The documents (in the given order) that add a feature no earlier one has."""
    return about.contributors((path, json.loads(Path(name).read_text(encoding="utf-8")))
                              for path, name in zip(paths, feature_files))


def page_task(path: str, record_file: str, out_dir: str, pdf: str | None, base_url: str, title: str,
              neighbours: dict[str, str]) -> Diagnostic | None:
    """In a worker: write a document's page and its downloads (TEI, text, citations, PDF)."""
    record = json.loads(Path(record_file).read_text(encoding="utf-8"))
    source = Path(path)
    try:
        html = tools.site(base_url, title)
        xml = parse_file(source)
        document = SiteDocument(source, xml, html.stylesheets.parse(xml), record)
        html.write_document(document, Path(out_dir), previous=_neighbour(neighbours, "prev"),
                            following=_neighbour(neighbours, "next"), pdf=Path(pdf) if pdf else None)
    except XmlRefused as refused:
        return refused.diagnostic
    except PySaxonApiError as error:
        return Diagnostic(path, 1, 1, Severity.ERROR, "html-render", f"cannot render the document: {error}")
    except OSError as error:
        return os_error_diagnostic(error, "html-write", "cannot write the page", path)
    return None


def _neighbour(neighbours: dict[str, str], which: str) -> dict | None:
    """The previous or next page's id and title, as write_document wants a record."""
    identifier = neighbours.get(f"{which}-id", "")
    return {"id": identifier, "title": neighbours.get(f"{which}-title", "")} if identifier else None


def index_task(record_files: list[str], registers_dir: str | None, out_dir: str, base_url: str, title: str) -> None:
    """In a worker: the collection page and the search index, from the records in order (its
    filters name the register entries by their usual names)."""
    out = Path(out_dir)
    write_search_index(((record, record["words"]) for record in _each_record(record_files)), out)
    tools.site(base_url, title, registers_dir).write_index(_listings(record_files), out)


def about_task(paths: list[str], feature_files: list[str], record_files: list[str], out_dir: str,
               base_url: str, title: str) -> None:
    """In a worker: "About this edition", from the documents (in reading order) that can show
    something on it (:func:`teiconv.html.about.about_features`) and every record."""
    records = _listings(record_files)
    stylesheets = tools.site(base_url, title).stylesheets
    nodes = [stylesheets.parse(parse_file(Path(path))) for path in contributors(paths, feature_files)]
    Path(out_dir, "about.html").write_text(stylesheets.about_page(nodes, records), encoding="utf-8")


def registers_task(record_files: list[str], registers_dir: str | None, out_dir: str, base_url: str,
                   title: str) -> None:
    """In a worker: the index pages of persons, places and organisations, from the records (in
    reading order), which count each document's names."""
    RegisterPages(tools.site(base_url, title).stylesheets).write(
        Path(registers_dir) if registers_dir else None, _listings(record_files), Path(out_dir))


def _each_record(record_files: list[str]):
    """The saved records, read one at a time."""
    for name in record_files:
        yield json.loads(Path(name).read_text(encoding="utf-8"))


def _listings(record_files: list[str]) -> list[dict]:
    """Every record without its words: what the index and About pages show of a document."""
    return [{key: value for key, value in record.items() if key != "words"} for record in _each_record(record_files)]


def assets_task(out_dir: str) -> None:
    """In a worker: the site's stylesheet and script."""
    shutil.copytree(assets_folder(), Path(out_dir) / "assets", dirs_exist_ok=True)


#: The edition-wide parts of the site, by name.
EDITION_TASKS = {"index": index_task, "about": about_task, "assets": assets_task, "registers": registers_task}


def edition_task(part: str, *arguments) -> None:
    """In a worker: one edition-wide part of the site."""
    EDITION_TASKS[part](*arguments)
