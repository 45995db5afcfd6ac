"""Brackets that are not editorial: what the archive's web page left in the text.

``[email protected]`` is what the site's e-mail obfuscation writes in place of an address (or of
any word with an ``@``) when a page is copied without its scripts.  It is neither the
translator's nor the editor's, so it stays text: no editorial markup claims it.
"""

from __future__ import annotations

import re

from .base import BracketSite

_EMAIL_PROTECTION = re.compile(r"email\s+protected", re.IGNORECASE)


def site_artefact(site: BracketSite) -> list[str] | None:
    if not _EMAIL_PROTECTION.fullmatch(site.inner) or not site.bracket.closed:
        return None
    return [site.ctx.slice(site.bracket.start, site.bracket.end)]
