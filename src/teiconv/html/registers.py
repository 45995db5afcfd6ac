"""The register pages of the HTML edition: persons.html, places.html, organisations.html.

Each page is ``xslt/html/registers.xsl`` applied to the register's TEI, with the documents
that mention each entry (from the documents' records, which count their names: metadata.xsl,
"mentions"), in reading order.  Without a registers folder the pages are still written, empty,
so the site's navigation never breaks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from ..registers.model import KINDS, Kind
from ..resources import data_dir
from .layout import REGISTER_PAGES as PAGES
from .stylesheets import HTML_NS, Record, SiteStylesheets, _compile

_EMPTY = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body/></text></TEI>'


def mentions(records: Iterable[Record]) -> dict[str, dict[str, list[dict]]]:
    """For each register (person, place, org): entry id → the documents naming it (by their
    ``records``, in the given order), each with its page, title, date and how often."""
    found: dict[str, dict[str, list[dict]]] = {kind.name: {} for kind in KINDS}
    for record in records:
        for ref, count in sorted(record["mentions"].items()):
            kind, _, entry = ref.partition(":")
            found[kind].setdefault(entry, []).append(
                {"page": record["page"], "title": record["title"], "when": record.get("when", ""), "count": count})
    return found


class RegisterPages:
    """``registers.xsl`` compiled once, on the site's processor (it shares layout and title)."""

    def __init__(self, stylesheets: SiteStylesheets):
        self.stylesheets = stylesheets
        compiler = stylesheets.processor.new_xslt30_processor()
        self._executable = _compile(compiler, data_dir("xslt") / "html" / "registers.xsl")

    def write(self, registers_dir: Path | None, records: Iterable[Record], out_dir: Path) -> list[Path]:
        """Write the three register pages for the documents (their records, in reading order)."""
        found = mentions(records)
        written = []
        for kind in KINDS:
            written.append(self._page(kind, registers_dir, found[kind.name], out_dir))
        return written

    def _page(self, kind: Kind, registers_dir: Path | None, uses: dict[str, list[dict]], out_dir: Path) -> Path:
        source = registers_dir / kind.file if registers_dir else None
        processor = self.stylesheets.processor
        register = (processor.parse_xml(xml_file_name=str(source)) if source and source.is_file()
                    else processor.parse_xml(xml_text=_EMPTY))
        self._executable.set_parameter("register", register)
        html = self.stylesheets._run(self._executable, {"kind": kind.name, "file": PAGES[kind.name],
                                                        "mentions": json.dumps(uses, sort_keys=True)},
                                     lambda: self._executable.call_template_returning_string(f"{{{HTML_NS}}}register"))
        path = out_dir / PAGES[kind.name]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        return path
