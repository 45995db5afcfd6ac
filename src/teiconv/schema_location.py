"""Where a TEI file teiconv writes says its schema is: the hrefs of its ``<?xml-model?>`` lines.

An editor (oXygen, VS Code with an XML extension, Emacs nXML) validates and completes a file by
the ``<?xml-model?>`` processing instructions at its top, so every file names our RELAX NG
grammar and our Schematron rules.  The href must be one the user's editor can resolve:

* **inside a teiconv project** (teiconv run from a source checkout, whose ``schema/`` folder is
  the customisation): a relative path, ``../schema/teiconv.rng``, because the encodings live in
  ``tei/`` beside ``schema/``; the files then keep working when the project is cloned or moved;
* **installed teiconv** (a wheel, converting into any folder): our customisation has no public
  address yet, and an address we made up would send every editor to a page that does not
  exist; so the file names the TEI Consortium's published ``tei_all``, which every XML editor
  can fetch, and our own grammar and rules are checked with ``teiconv validate`` (or by copying
  ``schema/`` beside ``tei/``, as a teiconv project has it).

The choice depends only on how teiconv is installed, never on the machine, so output stays
byte-identical for a given installation.
"""

from __future__ import annotations

from .resources import is_checkout

#: The TEI Consortium's published tei_all, which XML editors fetch and cache.
TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
#: Where the schema is, relative to an encoding in a project's ``tei/`` folder.
PROJECT_SCHEMA_BASE = "../schema/"

RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"


def schema_base() -> str | None:
    """The folder (relative path ending in /) the xml-model hrefs point into; None where our
    schema has no address an editor resolves (an installed teiconv)."""
    return PROJECT_SCHEMA_BASE if is_checkout() else None


def xml_model_instructions(base: str | None = None) -> list[tuple[str, str]]:
    """The ``xml-model`` processing instructions (target, text): our grammar first, then our
    rules; the official tei_all alone where our schema has no address (see the module's text)."""
    base = schema_base() if base is None else base
    if base is None:
        return [("xml-model", f'href="{TEI_ALL_URL}" type="application/xml" schematypens="{RELAXNG_NS}"')]
    return [
        ("xml-model", f'href="{base}teiconv.rng" type="application/xml" schematypens="{RELAXNG_NS}"'),
        ("xml-model", f'href="{base}teiconv.sch" type="application/xml" schematypens="{SCHEMATRON_NS}"'),
    ]
