"""Where a TEI file teiconv writes says its schema is: the hrefs of its ``<?xml-model?>`` lines.

An editor (oXygen, VS Code with an XML extension, Emacs nXML) validates and completes a file by
the ``<?xml-model?>`` processing instructions at its top, so every file names our RELAX NG
grammar and our Schematron rules.  The href must be one the user's editor can resolve:

* **inside a teiconv project** (teiconv run from a source checkout, whose ``schema/`` folder is
  the customisation): a relative path, ``../schema/teiconv.rng``, because the encodings live in
  ``tei/`` beside ``schema/``; the files then keep working when the project is cloned or moved;
* **installed teiconv** (a wheel, converting into any folder): the published URL of the schema
  of this very version, so a file keeps pointing at the schema it was made to satisfy.

The choice depends only on how teiconv is installed, never on the machine, so output stays
byte-identical for a given installation.
"""

from __future__ import annotations

from . import __version__
from .resources import is_checkout

#: Where each release publishes ``schema/`` (teiconv.rng, teiconv.sch, teiconv.odd).
PUBLISHED_SCHEMA_BASE = "https://teiconv.github.io/schema/{version}/"
#: Where the schema is, relative to an encoding in a project's ``tei/`` folder.
PROJECT_SCHEMA_BASE = "../schema/"

RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"


def schema_base() -> str:
    """The folder (relative path or URL, ending in /) the xml-model hrefs point into."""
    return PROJECT_SCHEMA_BASE if is_checkout() else PUBLISHED_SCHEMA_BASE.format(version=__version__)


def xml_model_instructions(base: str | None = None) -> list[tuple[str, str]]:
    """The ``xml-model`` processing instructions (target, text): grammar first, then rules."""
    base = schema_base() if base is None else base
    return [
        ("xml-model", f'href="{base}teiconv.rng" type="application/xml" schematypens="{RELAXNG_NS}"'),
        ("xml-model", f'href="{base}teiconv.sch" type="application/xml" schematypens="{SCHEMATRON_NS}"'),
    ]
