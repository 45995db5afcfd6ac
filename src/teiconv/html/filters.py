"""The index page's filters over the whole edition, not only the page they are on.

A large edition's collection page comes in pages (:data:`teiconv.html.site.INDEX_PAGE_SIZE`
documents each), but a reader who picks a person, a place, a year, a type or a language wants
every document of the edition that matches.  So the edition's facets are written once, as
scripts under ``assets/filters/`` (scripts, not JSON, for the reason the search index gives:
browsers load scripts from ``file://`` but refuse ``fetch`` there):

- ``<facet>-<n>.js`` for each value of a facet assigns ``window.TEICONV_FILTER["<facet>:<value>"]
  = [document numbers]``, the documents having that value, numbered as in the search index
  (``assets/search/index.js``, :mod:`.search`), whose document list gives each match's page,
  title, date and summary.

The index page names each value's script in its option (``data-list``), so a filter loads only
the lists of the values chosen; assets/edition.js intersects them.  Only documents are listed,
never a collection page: a count of matches counts documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .scripts import data_script, replace_scripts
from .stylesheets import Record

#: The folder of the filter lists, relative to the site's root.
FILTER_FOLDER = Path("assets") / "filters"
#: Each filter of the index page and the field of a document's record it filters by.
FACETS = {"year": "year", "type": "type-label", "language": "original-language",
          "person": "persons", "place": "places"}


def values(record: Record, field: str) -> list[str]:
    """The record's values for ``field``, once each (a list field such as "persons" has several)."""
    value = record.get(field)
    found = value if isinstance(value, list) else [value]
    return list(dict.fromkeys(v for v in found if v))


def write_filter_lists(records: Sequence[Record], site: Path) -> dict[str, dict[str, str]]:
    """Write every facet value's list of documents (``records`` in display order, numbered as the
    search index numbers them); return, for each facet, each value's script (a path relative to
    the site).  Lists of an earlier build are removed."""
    lists: dict[str, dict[str, list[int]]] = {facet: {} for facet in FACETS}
    for number, record in enumerate(records):
        if record["kind"] == "document":
            for facet, field in FACETS.items():
                for value in values(record, field):
                    lists[facet].setdefault(value, []).append(number)
    scripts: dict[str, dict[str, str]] = {}
    files: list[tuple[str, str]] = []
    for facet, by_value in lists.items():
        scripts[facet] = {}
        for n, (value, numbers) in enumerate(sorted(by_value.items())):
            name = f"{facet}-{n}.js"
            files.append((name, data_script("TEICONV_FILTER", f"{facet}:{value}", numbers)))
            scripts[facet][value] = (FILTER_FOLDER / name).as_posix()
    replace_scripts(site / FILTER_FOLDER, "*.js", files)
    return scripts
