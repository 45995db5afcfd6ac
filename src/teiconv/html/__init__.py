"""The HTML edition: a static, citable website built from the TEI documents by XSLT 3.0.

TEI → HTML by the stylesheets in xslt/html/ (which import the shared text renderer in
xslt/common/), run by Saxon and compiled once per :class:`HtmlSite`. The site works from the
file system and from any plain web server: no server code, no network requests.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..edition import Edition
from ..lazy import lazy_exports

if TYPE_CHECKING:
    from .site import HtmlBuild

#: Public name → the module that defines it, imported on first use: a build deciding what is up
#: to date needs the reading order and the edition's title, not Saxon.
_API = {"DEFAULT_TITLE": "layout", "edition_title": "layout", "reading_key": "layout",
        "HtmlBuild": "site", "HtmlSite": "site", "SiteDocument": "site", "in_reading_order": "site", "page_id": "site"}

__all__ = sorted([*_API, "build_site"])
__getattr__ = lazy_exports(__name__, _API)


def build_site(paths: Iterable[Path], out_dir: Path, *, base_url: str = "",
               pdf_dir: Path | None = None, edition_title: str | None = None,
               edition: Edition | None = None, registers_dir: Path | None = None) -> HtmlBuild:
    """Build the site for the TEI files (or folders) in ``paths`` into ``out_dir``.

    ``edition``: the project's declaration (default: ``teiconv.toml`` or ``[tool.teiconv]`` of the
    current folder); ``edition_title`` and ``base_url`` override its title and address;
    ``registers_dir``: the registers of names whose index pages the site shows.
    """
    from .site import HtmlSite

    site = HtmlSite(edition=edition, edition_title=edition_title, base_url=base_url, registers_dir=registers_dir)
    return site.build(paths, out_dir, pdf_dir=pdf_dir)
