"""What the site is made of, known before anything is rendered: the edition's title, the reading
order of its documents, the names of the register pages.  Apart from the stylesheets (Saxon,
lxml), so that a build with nothing to render decides so without loading them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import data_dir

if TYPE_CHECKING:
    from .stylesheets import Record

DEFAULT_TITLE = "Soviet Documents from the Wilson Center Digital Archive"
#: The page of each register.
REGISTER_PAGES = {"person": "persons.html", "place": "places.html", "org": "organisations.html"}


def edition_title(records: list[Record]) -> str:
    """The title of the one collection among the records; the default with none or several."""
    titles = [r["title"] for r in records if r["kind"] == "collection"]
    return titles[0] if len(titles) == 1 and titles[0] else DEFAULT_TITLE


def reading_key(record: Record) -> tuple:
    """Dated documents first, by date (and time), then undated ones; ties by id."""
    return record["when"] == "", record["when"], record["id"]


def assets_folder() -> Path:
    """The site's stylesheet, script and fonts, copied as they are into its ``assets/``."""
    return data_dir("xslt") / "html" / "assets"


def asset_names() -> list[str]:
    """The files of the site's assets, relative to its ``assets/`` folder."""
    folder = assets_folder()
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
