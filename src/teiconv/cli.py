"""The ``teiconv`` command: parses arguments, calls the library, prints what it says.

Each subcommand is a thin shell over one library function.  Library errors
(:class:`~teiconv.diagnostics.TeiconvError`) become one-line messages and exit codes here, in one
place, so no traceback reaches a user.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .diagnostics import TeiconvError

#: Commands defined beside the library they drive, imported only when run (or asked for their own
#: help), so that ``teiconv --help`` loads neither the build pipeline nor the converter:
#: name → (module, attribute, the summary ``teiconv --help`` lists, their docstring's first line).
_ELSEWHERE = {
    "build": ("teiconv.pipeline.cli", "build_command",
              "Build the edition: seeds/ → tei/ → validation → out/pdf and out/html, redoing only what changed."),
    "export": ("teiconv.export.cli", "export_group",
               "Hand the edition to other projects: one teiCorpus file, or bibliographic records."),
    "registers": ("teiconv.registers.cli", "registers_command",
                  "Registers of persons, places and organisations: entries, candidates, merging, checks."),
    "serve": ("teiconv.pipeline.cli", "serve_command",
              "Preview the HTML edition on this machine and rebuild it when seeds/, tei/, xslt/ or schema/ change."),
    "validate": ("teiconv.validation.cli", "validate_command",
                 "Validate TEI files or folders (default: tei/) against schemas; report what is wrong."),
}


class _Commands(click.Group):
    """The command group: a library error in any command becomes ``error: …`` and its exit code,
    and so does an error of the system's (an output path that is a file, a read-only disk).

    The commands of :data:`_ELSEWHERE` are imported when first looked up; the list of commands
    in ``--help`` shows their summaries without importing them.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *_ELSEWHERE})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in _ELSEWHERE:
            module, attribute, _ = _ELSEWHERE[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        listed = [(name, self.commands.get(name) or click.Command(name, help=_ELSEWHERE[name][2]))
                  for name in self.list_commands(ctx)]
        listed = [(name, command) for name, command in listed if not command.hidden]
        limit = formatter.width - 6 - max(len(name) for name, _ in listed)
        with formatter.section("Commands"):
            formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in listed])

    def invoke(self, ctx: click.Context):
        from .diagnostics import OutputError, TeiconvError  # not for --help, which never gets here

        try:
            return super().invoke(ctx)
        except OSError as error:
            self._fail(ctx, OutputError(error))
        except TeiconvError as error:
            self._fail(ctx, error)

    @staticmethod
    def _fail(ctx: click.Context, error: TeiconvError):
        click.echo(f"error: {error}", err=True)
        ctx.exit(error.exit_code)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teiconv")
def main() -> None:
    """Turn archival transcriptions into a TEI P5 edition, validate it, publish it."""



@main.command("schema")
@click.option("--check", is_flag=True, help="Only say which generated files are stale (exit 1 if any).")
def schema_command(check: bool) -> None:
    """Generate schema/teiconv.rng, schema/teiconv.sch and docs/schema.md from schema/teiconv.odd.

    Example: teiconv schema --check
    """
    from .odd import regenerate

    stale = regenerate(check_only=check)
    for path in stale:
        click.echo(f"{path}: {'stale' if check else 'written'}")
    if check and stale:
        raise SystemExit(1)
    if not stale:
        click.echo("the schema is up to date with schema/teiconv.odd")


@main.command("pdf")
@click.argument("tei", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/pdf"), show_default=True, help="Folder for the PDFs.")
@click.option("--edition/--no-edition", default=True, show_default=True,
              help="Also build the whole edition as one PDF.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="PDFs made in parallel  [default: one per core]")
@click.option("--max-size", type=click.IntRange(min=1), metavar="BYTES", default=None,
              help="Refuse TEI files larger than this  [default: 1 MiB; layout takes minutes per MB]")
@click.option("--volume-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Split the edition PDF into volumes of this many documents (edition-1.pdf, …) when it has more.")
@click.option("--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Registers of names for the index of names  [default: ./registers if there is one]")
def pdf_command(tei: tuple[Path, ...], output: Path, edition: bool, jobs: int | None,
                max_size: int | None, volume_size: int, registers_dir: Path | None) -> None:
    """Typeset TEI files (default: the tei/ folder) as one PDF each plus the edition PDF.

    Example: teiconv pdf tei/ -o out/pdf
    """
    from .pdf import DEFAULT_MAX_BYTES, build_pdfs
    from .registers import find_registers

    build = build_pdfs(tei or (Path("tei"),), output, edition=edition, jobs=jobs,
                       max_bytes=max_size or DEFAULT_MAX_BYTES, progress=_pdf_progress, volume_size=volume_size,
                       registers_dir=registers_dir or find_registers())
    _finish(build.diagnostics, f"{len(build.written)} PDFs, {build.pages} pages, in {output}", build.ok)


def _pdf_progress(pdf: Path, done: int, total: int) -> None:
    click.echo(f"pdf: {done}/{total} {pdf.name}", err=True)


def _finish(diagnostics, summary: str, ok: bool) -> None:
    """Messages on standard error, the summary on standard output, exit 1 if anything failed."""
    _print_diagnostics(diagnostics)
    click.echo(summary)
    if not ok:
        raise SystemExit(1)


def _print_diagnostics(diagnostics) -> None:
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=True)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="tei", show_default=True, type=click.Path(path_type=Path),
              help="Folder for the TEI files, one per document, named by its id.")
@click.option("--strict", is_flag=True, help="Treat warnings (e.g. unclassified brackets) as errors.")
@click.option("--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Registers of names to mark and link  [default: ./registers if there is one]")
@click.option("--no-names", is_flag=True, help="Mark no names (the registers are not read).")
def convert(sources: tuple[Path, ...], out_dir: Path, strict: bool, registers_dir: Path | None, no_names: bool) -> None:
    """Encode transcriptions (files or folders) as TEI P5, published as the edition that
    ./teiconv.toml or ./pyproject.toml ([tool.teiconv]) declares.

    Example: teiconv convert seeds/ -o tei/
    """
    from .convert import convert_paths
    from .convert.names import shared_forms
    from .edition import load_edition
    from .registers import find_registers, load_registers

    folder = None if no_names else registers_dir or find_registers()
    registers = load_registers(folder) if folder else None
    if registers is not None:
        _print_diagnostics(shared_forms(registers))  # once for the batch, not per document
    items = convert_paths(sources, out_dir, strict=strict, registers=registers, edition=load_edition())
    for item in items:
        _print_diagnostics(item.diagnostics)
        if item.written:
            click.echo(f"{item.source} -> {item.written}")
    failed = [item for item in items if item.failed]
    if not items:
        raise click.ClickException("no transcriptions found (looked for *.txt, *.md)")
    click.echo(f"{len(items) - len(failed)} converted, {len(failed)} failed", err=True)
    if failed:
        sys.exit(1)


@main.command()
@click.argument("tei_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def totext(tei_file: Path) -> None:
    """Regenerate a source transcription's text from its TEI, conventions in bracket form.

    Example: teiconv totext tei/wcda-209093.xml
    """
    from .convert.totext import to_text

    click.echo(to_text(tei_file), nl=False)


@main.command("html")
@click.argument("tei", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/html"), show_default=True, help="Folder for the website.")
@click.option("--base-url", default="", help="Address the site is published at (for stable URLs in citations).")
@click.option("--pdf-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out/pdf"),
              show_default=True, help="Where `teiconv pdf` wrote the PDFs to offer as downloads.")
@click.option("--title", default=None, help="The edition's name (default: the collection file's title).")
@click.option("--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Registers of names for the index pages  [default: ./registers if there is one]")
def html_command(tei: tuple[Path, ...], output: Path, base_url: str, pdf_dir: Path, title: str | None,
                 registers_dir: Path | None) -> None:
    """Build the static HTML edition of TEI files (default: the tei/ folder).

    Example: teiconv html tei/ -o out/html --base-url https://example.org/edition/
    """
    from .html import build_site
    from .registers import find_registers

    build = build_site(tei or (Path("tei"),), output, base_url=base_url, pdf_dir=pdf_dir, edition_title=title,
                       registers_dir=registers_dir or find_registers())
    _finish(build.diagnostics, f"{len(build.pages)} pages in {output}", build.ok)
