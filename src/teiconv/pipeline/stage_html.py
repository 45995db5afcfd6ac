"""Stage 4: the HTML edition in ``out/html/``, in three steps with their own manifest entries.

1. *records*: each valid document's metadata (title, date, id…) and what it could show on the
   About page, read once per version of the document and kept in ``out/.teiconv-cache/``;
2. *pages*: each document's page and downloads.  A page shows its document, the edition's title,
   its previous and next documents in reading order (by date) and whether a PDF exists, so it is
   rebuilt when any of those change: editing one document rebuilds its own page, and its
   neighbours' pages only if its title, date or id changed (or it was added or removed);
3. *edition*: the collection page and the search index (from every record: rebuilt when any
   document changes), "About this edition" (drawn from every document's header and text: also
   rebuilt when any changes; it reads only the documents that can add something to it, see
   :mod:`teiconv.html.about`) and the assets (rebuilt when the stylesheets change).
"""

from __future__ import annotations

from types import ModuleType

from ..diagnostics import Diagnostic, Severity
from ..html.layout import REGISTER_PAGES, asset_names, edition_title, reading_key
from .batch import Batch
from .hashing import digest, tool_hash
from .manifest import Entry
from .project import stem
from .session import Session

RECORDS, PAGES, EDITION = "html records", "html", "html edition"
CACHE = ".teiconv-cache"
#: The files each document gets in ``downloads/`` besides its PDF.
DOWNLOADS = (".xml", ".txt", ".bib", ".ris", ".csl.json")


def run(session: Session, files: list[str], pdfs: dict[str, str]) -> None:
    """Build what changed for the ``files`` that passed validation; ``pdfs`` maps a file to the
    key of its PDF, when it has one."""
    options = session.options
    if "html" not in options.only:
        return
    tool = tool_hash(xslt=["common", "html"], code=["html", "convert", "registers", "pipeline/site.py",
                                                            "pipeline/stage_html.py"])
    records = _records(session, files, tool)
    ordered = sorted(({**record, "name": name} for name, record in records.items()), key=reading_key)
    title = edition_title(ordered)
    _pages(session, ordered, pdfs, tool, title)
    _edition(session, ordered, tool, title)


def _records(session: Session, files: list[str], tool: str) -> dict[str, dict]:
    """Each file's record (id, title, date, kind, page), without duplicate ids."""
    project, base_url = session.project, session.options.base_url
    with session.stage(RECORDS) as report:
        batch = Batch(session, RECORDS, report, {name: digest(session.hash(name), tool) for name in files})
        if batch.todo:
            batch.run(_site().record_task,
                      lambda name: (project.file(name), project.file(_record_file(project, name)),
                                    project.file(_features_file(project, name)), base_url),
                      lambda name, key, result: Entry(key, result[1] is None, [result[1]] if result[1] else [],
                                                      {_record_file(project, name): None,
                                                       _features_file(project, name): None}, result[0] or {}))
        entries = batch.commit()
        records: dict[str, dict] = {}
        seen: dict[str, str] = {}
        for name in files:
            entry = entries[name]
            if not entry.ok:
                continue
            page_id = entry.data["id"]
            if page_id in seen:
                report.diagnostics.append(Diagnostic(
                    project.shown(name), 1, 1, Severity.ERROR, "html-duplicate-id",
                    f"the id {page_id!r} is already used by {seen[page_id]}; this file is left out"))
                continue
            seen[page_id] = name
            records[name] = {**entry.data, "key": entry.key}
        return records



def _record_file(project, name: str) -> str:
    return f"{project.name(project.out)}/{CACHE}/records/{stem(name)}.json"


def _features_file(project, name: str) -> str:
    return f"{project.name(project.out)}/{CACHE}/about/{stem(name)}.json"


def _pages(session: Session, ordered: list[dict], pdfs: dict[str, str], tool: str, title: str) -> None:
    """Each document's page and downloads.  Every key is computed (it decides what is up to
    date); a page's arguments and outputs only for the pages to build."""
    project, base_url = session.project, session.options.base_url
    html, pdf_dir = project.name(project.html), project.name(project.pdf)
    with session.stage(PAGES) as report:
        keys, records, neighbours = {}, {}, {}
        for position, record in enumerate(ordered):
            name = record["name"]
            before = ordered[position - 1] if position > 0 else None
            after = ordered[position + 1] if position + 1 < len(ordered) else None
            records[name] = record
            neighbours[name] = {"prev-id": before["id"] if before else "",
                                "prev-title": before["title"] if before else "",
                                "next-id": after["id"] if after else "", "next-title": after["title"] if after else ""}
            keys[name] = digest(tool, base_url, title, record["key"], neighbours[name], pdfs.get(name))

        def pdf(name: str) -> str | None:
            return project.file(f"{pdf_dir}/{stem(name)}.pdf") if name in pdfs else None

        def arguments(name: str) -> tuple:
            return (project.file(name), project.file(_record_file(project, name)), project.file(html), pdf(name),
                    base_url, title, neighbours[name])

        def outputs(name: str) -> dict[str, None]:
            record = records[name]
            suffixes = DOWNLOADS + ((".pdf",) if name in pdfs else ())
            return {f"{html}/{record['page']}": None,
                    **{f"{html}/downloads/{record['id']}{suffix}": None for suffix in suffixes}}

        batch = Batch(session, PAGES, report, keys)
        if batch.todo:
            batch.run(_site().page_task, arguments,
                      lambda name, key, diagnostic: Entry(key, True, [], outputs(name)) if diagnostic is None
                      else Entry(key, False, [diagnostic]))
        batch.commit()


def _edition(session: Session, ordered: list[dict], tool: str, title: str) -> None:
    project, base_url = session.project, session.options.base_url
    html = project.name(project.html)
    record_files = [project.file(_record_file(project, r["name"])) for r in ordered]
    documents = digest(tool, base_url, title, [r["key"] for r in ordered])
    folder = project.file(html)
    parts = {
        "index": (digest(documents, session.registers_digest),
                  (record_files, str(project.registers) if project.registers.is_dir() else None, folder, base_url, title),
                  ["index.html", "assets/search/index.js"]),
        "about": (documents, ([project.file(r["name"]) for r in ordered],
                              [project.file(_features_file(project, r["name"])) for r in ordered],
                              record_files, folder, base_url, title), ["about.html"]),
        "assets": (tool, (folder,), [f"assets/{name}" for name in asset_names()]),
        "registers": (digest(documents, session.registers_digest),
                      (record_files, str(project.registers) if project.registers.is_dir() else None, folder,
                       base_url, title),
                      sorted(REGISTER_PAGES.values())),
    } if ordered else {}
    with session.stage(EDITION) as report:
        batch = Batch(session, EDITION, report, {part: key for part, (key, _, _) in parts.items()})
        if batch.todo:
            batch.run(_site().edition_task, lambda part: (part, *parts[part][1]),
                      lambda part, key, _: Entry(key, True, [], {f"{html}/{f}": None for f in parts[part][2]}))
        batch.commit()


def _site() -> ModuleType:
    """The stage's work in the workers (Saxon, lxml and the stylesheets' support), imported only
    when there is something to build: a no-op build decides that without them."""
    from . import site

    return site
