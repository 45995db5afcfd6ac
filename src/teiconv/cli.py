"""The ``teiconv`` command: parses arguments, calls the library, prints what it says.

Each subcommand is a thin shell over one library function.  Library errors
(:class:`~teiconv.diagnostics.TeiconvError`) become one-line messages and exit codes here, in one
place, so no traceback reaches a user.
"""

from __future__ import annotations

from pathlib import Path

import click

from . import __version__
from .validation.cli import validate_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teiconv")
def main() -> None:
    """Turn archival transcriptions into a TEI P5 edition, validate it, publish it."""


main.add_command(validate_command)


@main.command("pdf")
@click.argument("tei", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/pdf"), show_default=True, help="Folder for the PDFs.")
@click.option("--edition/--no-edition", default=True, show_default=True,
              help="Also build the whole edition as one PDF.")
def pdf_command(tei: tuple[Path, ...], output: Path, edition: bool) -> None:
    """Typeset TEI files (default: the tei/ folder) as one PDF each plus the edition PDF."""
    from .diagnostics import TeiconvError
    from .pdf import build_pdfs

    try:
        build = build_pdfs(tei or (Path("tei"),), output, edition=edition)
    except TeiconvError as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(error.exit_code) from None
    for diagnostic in build.diagnostics:
        click.echo(str(diagnostic), err=True)
    click.echo(f"{len(build.written)} PDFs, {build.pages} pages, in {output}")
    if not build.ok:
        raise SystemExit(1)
