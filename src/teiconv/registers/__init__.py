"""Registers of persons, places and organisations: loading them, and reviewing the edition's
mentions of them (listing, candidates, merging, unresolved references)."""

from ..lazy import lazy_exports

#: Public name → the module that defines it, imported on first use: the ``teiconv`` command and a
#: build of a project without registers do not load lxml for them.
_API = {name: "model" for name in ("KINDS", "Entry", "Form", "Kind", "RegisterError", "Registers", "find_registers",
                                   "load_registers")}

__all__ = sorted(_API)
__getattr__ = lazy_exports(__name__, _API)
