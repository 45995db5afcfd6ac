"""teiconv's ODD processor: from ``schema/teiconv.odd`` (and ``schema/tei_all.rng``) to the
files that validate and document the edition.

    teiconv.odd ──► teiconv.rng    (relaxng.py: the pure-ODD content models as RELAX NG)
                ──► teiconv.sch    (schematron.py: the constraintSpecs as one Schematron schema)
                ──► docs/schema.md (page.py: glosses, descriptions, values and rules)
    tei_all.rng ──► checks that every element and attribute of the ODD is TEI's (conformance.py)

It reads the subset of ODD the customisation uses (elementSpec, classSpec of attributes,
macroSpec, dataSpec, constraintSpec; sequence, alternate, elementRef, macroRef, dataRef,
textNode, empty, valList) and refuses anything else with a message, so that an ODD it accepts
means what the TEI Consortium's processors would make of it.  No Java and no network.
"""

from __future__ import annotations

from .build import outputs, regenerate
from .spec import Odd, OddError

__all__ = ["Odd", "OddError", "outputs", "regenerate"]
