"""Registers of persons, places and organisations: loading them, and reviewing the edition's
mentions of them (listing, candidates, merging, unresolved references)."""

from .model import KINDS, Entry, Form, Kind, RegisterError, Registers, find_registers, load_registers

__all__ = ["KINDS", "Entry", "Form", "Kind", "RegisterError", "Registers", "find_registers", "load_registers"]
