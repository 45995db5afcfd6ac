"""``teiconv export``: the edition as one teiCorpus file, or its documents' records."""

from __future__ import annotations

from pathlib import Path

import click

from ..diagnostics import UsageError


def _documents(sources: tuple[Path, ...], purpose: str):
    from .documents import read_documents

    documents, diagnostics = read_documents(sources or (Path("tei"),), purpose)
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=True)
    if not documents:
        raise UsageError(f"no TEI documents to {purpose}")
    return documents, diagnostics


_PROJECT_OPTION = click.option(
    "--project", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
    help="The project folder whose teiconv.toml or pyproject.toml declares the edition.")


@click.group("export")
def export_group() -> None:
    """Hand the edition to other projects: one teiCorpus file, or bibliographic records.

    Example: teiconv export corpus tei/ -o edition.xml
    """


@export_group.command("corpus")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The teiCorpus file to write.")
@_PROJECT_OPTION
def corpus_command(sources: tuple[Path, ...], output: Path, project: Path) -> None:
    """Write TEI files or folders (default: tei/) as one teiCorpus with a corpus header.

    Example: teiconv export corpus tei/ -o out/edition-corpus.xml
    """
    from ..edition import load_edition
    from .corpus import build_corpus

    documents, diagnostics = _documents(sources, "export")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(build_corpus(load_edition(project), documents))
    click.echo(f"{len(documents)} document(s) in {output}")
    if diagnostics:
        raise SystemExit(1)


@export_group.command("metadata")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-f", "--format", "format_", type=click.Choice(["csl-json", "dc"]), default="csl-json",
              show_default=True, help="CSL-JSON (reference managers) or Dublin Core (harvesters).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--base-url", default=None,
              help="Address the HTML edition is published at (cited instead of the archive's; default: the declared base-url).")
@_PROJECT_OPTION
def metadata_command(sources: tuple[Path, ...], format_: str, output: Path | None, base_url: str | None,
                     project: Path) -> None:
    """Write the bibliographic record of each document in TEI files or folders (default: tei/).

    Example: teiconv export metadata tei/ --format csl-json -o edition.json
    """
    from ..edition import load_edition
    from .metadata import export_metadata

    documents, diagnostics = _documents(sources, "describe")
    text = export_metadata(documents, format_, load_edition(project).with_overrides(base_url=base_url))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    if diagnostics:
        raise SystemExit(1)
