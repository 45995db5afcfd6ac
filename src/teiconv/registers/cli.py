"""``teiconv registers``: the editor's view of the edition's names, and the changes they make.

Each subcommand calls one function of :mod:`teiconv.registers.review`; register errors become
``error: …`` in the command group, like every library error.
"""

from __future__ import annotations

from pathlib import Path

import click


def _folders(function):
    """The registers folder and the TEI folder, shared by every subcommand."""
    function = click.option("--registers", "registers_dir", type=click.Path(file_okay=False, path_type=Path),
                            default=Path("registers"), show_default=True, help="The registers' folder.")(function)
    return click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"),
                        show_default=True, help="The TEI files (a folder or a file).")(function)


@click.group("registers")
def registers_command() -> None:
    """Registers of persons, places and organisations: entries, candidates, merging, checks.

    Example: teiconv registers candidates
    """


@registers_command.command("list")
@_folders
@click.option("--kind", type=click.Choice(["person", "place", "org"]), help="Only this register.")
@click.option("--unused", is_flag=True, help="Only the entries no document mentions.")
def list_command(registers_dir: Path, tei_dir: Path, kind: str | None, unused: bool) -> None:
    """Every register entry with the documents that mention it and how often.

    Example: teiconv registers list --kind person
    """
    from ..convert.names import shared_forms
    from .model import load_registers
    from .review import entry_uses, tei_files

    registers = load_registers(registers_dir)
    for warning in shared_forms(registers):
        click.echo(str(warning), err=True)
    for use in entry_uses(registers, tei_files([tei_dir])):
        if (kind and use.kind != kind) or (unused and use.mentions):
            continue
        documents = ", ".join(f"{doc} ({count})" for doc, count in sorted(use.documents.items()))
        click.echo(f"{use.ref}\t{use.label}\t{use.mentions}\t{documents}")


@registers_command.command("candidates")
@_folders
def candidates_command(registers_dir: Path, tei_dir: Path) -> None:
    """Names the converter proposed that no register holds yet, with their documents.

    Confirm one with `teiconv registers confirm`, merge it with `teiconv registers merge`;
    to reject one, leave it (or correct the TEI by hand).

    Example: teiconv registers candidates
    """
    from .review import candidate_uses, tei_files

    for use in candidate_uses(tei_files([tei_dir])):
        documents = ", ".join(f"{doc} ({count})" for doc, count in sorted(use.documents.items()))
        click.echo(f"{use.ref}\t{use.kind}\t{use.label}\t{use.mentions}\t{documents}")


@registers_command.command("merge")
@_folders
@click.argument("source")
@click.argument("target")
def merge_command(registers_dir: Path, tei_dir: Path, source: str, target: str) -> None:
    """Merge SOURCE (an entry such as person:x, or a candidate #cand-…) into the entry TARGET.

    Mentions of SOURCE in the TEI files point to TARGET; SOURCE's names become TARGET's
    variants in the register, so the next conversion links them by itself.

    Example: teiconv registers merge '#cand-person-zhou' person:zhou-enlai
    """
    from .review import merge, tei_files

    result = merge(registers_dir, tei_files([tei_dir]), source, target)
    click.echo(f"{result.mentions} mentions in {len(result.documents)} documents now point to {target}")


@registers_command.command("confirm")
@_folders
@click.argument("candidate")
@click.option("--id", "entry_id", help="The new entry's xml:id (default: from the candidate's name).")
def confirm_command(registers_dir: Path, tei_dir: Path, candidate: str, entry_id: str | None) -> None:
    """Make a candidate (#cand-…) an entry of its register and link its mentions to it.

    Example: teiconv registers confirm '#cand-person-kozlov'
    """
    from .review import confirm, tei_files

    click.echo(confirm(registers_dir, tei_files([tei_dir]), candidate, entry_id))


@registers_command.command("shared")
@_folders
def shared_command(registers_dir: Path, tei_dir: Path) -> None:
    """Forms of a name that two entries share (mentions link to the first only); exit 1 if any.

    Example: teiconv registers shared
    """
    from ..convert.names import shared_forms
    from .model import load_registers

    warnings = shared_forms(load_registers(registers_dir))
    for warning in warnings:
        click.echo(str(warning))
    click.echo(f"{len(warnings)} shared", err=True)
    if warnings:
        raise SystemExit(1)


@registers_command.command("unresolved")
@_folders
def unresolved_command(registers_dir: Path, tei_dir: Path) -> None:
    """Mentions whose @ref points to no register entry and no candidate; exit 1 if any.

    Example: teiconv registers unresolved --tei tei/
    """
    from .model import load_registers
    from .review import tei_files, unresolved

    missing = unresolved(load_registers(registers_dir), tei_files([tei_dir]))
    for mention in missing:
        click.echo(f"{tei_dir / mention.document if tei_dir.is_dir() else tei_dir}:{mention.line}: "
                   f"{mention.kind} \"{mention.text}\" points to {mention.ref}, which resolves nowhere")
    click.echo(f"{len(missing)} unresolved", err=True)
    if missing:
        raise SystemExit(1)
