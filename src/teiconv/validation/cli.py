"""``teiconv validate``: options in, library call, report out; exit 0 valid, 1 invalid, 2 usage."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .report import FORMATS, summary


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-s", "--schema", "schemas", multiple=True, type=click.Path(path_type=Path),
              help="A RELAX NG (.rng), W3C XML Schema (.xsd) or ISO Schematron (.sch) file; "
                   "repeat for several.  Default: teiconv's own schema and rules.")
@click.option("--tei-all", is_flag=True, help="Also check conformance with the official tei_all.")
@click.option("-f", "--format", "format_", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="How to write the report.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per CPU).")
@click.option("--max-size", type=click.IntRange(min=1), metavar="BYTES",
              help="Refuse files larger than this (default: 32 MiB).")
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Remember verdicts in the user cache folder ($TEICONV_CACHE_DIR), so that files "
                   "unchanged since they were checked against the same schemas are not checked again.")
def validate_command(paths, schemas, tei_all, format_, output, jobs, max_size, strict, cache) -> None:
    """Validate TEI files or folders (default: tei/) against schemas; report what is wrong.

    Example: teiconv validate tei/ --tei-all --format github
    """
    from . import DEFAULT_MAX_BYTES, collect, default_schemas, tei_all as tei_all_schema, validate_files
    from .cache import cache_dir

    files = collect(paths or (Path("tei"),))
    chosen = list(schemas or default_schemas()) + ([tei_all_schema()] if tei_all else [])
    results = _with_progress(validate_files(files, chosen, jobs, max_size or DEFAULT_MAX_BYTES,
                                            cache_dir() if cache else None), len(files))
    if strict:
        results = [result.strict() for result in results]
    report = FORMATS[format_](results)
    if output:
        output.write_text(report, encoding="utf-8")
        click.echo(summary(results), err=True)
    else:
        click.echo(report, nl=False)
    raise SystemExit(0 if all(result.valid for result in results) else 1)


def _with_progress(results, total: int) -> list:
    """All results, drawing a progress bar while they come when standard error is a terminal."""
    if not sys.stderr.isatty():
        return list(results)
    with click.progressbar(results, length=total, label="Validating", file=sys.stderr) as bar:
        return list(bar)
