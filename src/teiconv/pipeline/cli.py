"""``teiconv build`` and ``teiconv serve``: options in, :func:`~.pipeline.build_edition` called,
progress, diagnostics and the summary table out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..diagnostics import TeiconvError, UsageError
from .project import STAGES, BuildOptions, Project
from .report import BuildReport, StageReport


class _Bars:
    """A progress bar per stage, on a terminal."""

    def __init__(self) -> None:
        self._bar = None

    def start(self, stage: str, total: int) -> None:
        if total:
            self._bar = click.progressbar(length=total, label=f"{stage:<12}", file=sys.stderr)
            self._bar.__enter__()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def finish(self, report: StageReport) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


class _Lines:
    """Plain lines for logs (CI): a stage's start, every tenth of its work, its end."""

    def __init__(self) -> None:
        self._stage, self._total, self._done = "", 0, 0

    def start(self, stage: str, total: int) -> None:
        self._stage, self._total, self._done = stage, total, 0
        if total:
            click.echo(f"{stage}: building {total}", err=True)

    def advance(self) -> None:
        self._done += 1
        step = max(1, self._total // 10)
        if self._done % step == 0 and self._done < self._total:
            click.echo(f"{self._stage}: {self._done}/{self._total}", err=True)

    def finish(self, report: StageReport) -> None:
        click.echo(f"{report.name}: {report.built} built, {report.up_to_date} up to date, "
                   f"{report.errors} errors ({report.seconds:.1f} s)", err=True)


def _progress():
    return _Bars() if sys.stderr.isatty() else _Lines()


def _stages(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset(STAGES)
    chosen = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = chosen - set(STAGES)
    if unknown:
        raise click.BadParameter(f"unknown stage(s) {', '.join(sorted(unknown))}; choose from {', '.join(STAGES)}")
    return chosen


def _show(report: BuildReport) -> None:
    for diagnostic in report.news:
        click.echo(str(diagnostic), err=True)
    click.echo(report.table())


def _show_failure(error: TeiconvError) -> None:
    click.echo(f"error: {error} (waiting for the next change)", err=True)


_project = click.option("-C", "--project", "root", type=click.Path(file_okay=False, path_type=Path),
                        default=Path("."), show_default=True,
                        help="The project folder (with seeds/ and/or tei/; output goes to out/).")
_jobs = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes  [default: one per core]")
_base_url = click.option("--base-url", default="", help="Address the site is published at (for citations).")


@click.command("build")
@_project
@_jobs
@click.option("--only", metavar="STAGES", help=f"Run only these stages (comma-separated: {','.join(STAGES)}).")
@click.option("--force", is_flag=True, help="Redo everything, even what is up to date.")
@click.option("--reconvert", is_flag=True, help="Overwrite TEI files edited by hand with the converter's output.")
@click.option("--edition-pdf/--no-edition-pdf", default=True, show_default=True,
              help="Also typeset the whole edition as one PDF.")
@click.option("--volume-size", type=click.IntRange(min=1), default=BuildOptions.volume_size, show_default=True,
              help="Split the edition PDF into volumes of this many documents (edition-1.pdf, …) when it has more.")
@_base_url
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the work on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' "
                   "for a cluster of --jobs workers on this machine (needs teiconv[cluster]).")
def build_command(root: Path, jobs: int | None, only: str | None, force: bool, reconvert: bool,
                  edition_pdf: bool, volume_size: int, base_url: str, scheduler: str | None) -> None:
    """Build the edition: seeds/ → tei/ → validation → out/pdf and out/html, redoing only what changed.

    Ctrl-C stops the build at once and keeps the work finished: the next build does the rest.

    Example: teiconv build --jobs 2 --only convert,validate,html
    """
    from .edition import build_edition

    options = BuildOptions(jobs, _stages(only), force, reconvert, edition_pdf, base_url, scheduler, volume_size)
    project = Project(root)
    _require_inputs(project)
    try:
        report = build_edition(project, options, _progress())
    except KeyboardInterrupt:
        click.echo("\ninterrupted: the work finished so far is kept; the next build does the rest", err=True)
        raise SystemExit(130) from None
    _show(report)
    if not report.ok:
        raise SystemExit(1)


@click.command("serve")
@_project
@_jobs
@click.option("-p", "--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--stop-after", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Stop after this many seconds (for scripts and tests).")
@_base_url
def serve_command(root: Path, jobs: int | None, port: int, stop_after: float | None, base_url: str) -> None:
    """Preview the HTML edition on this machine and rebuild it when seeds/, tei/, xslt/ or schema/ change.

    Example: teiconv serve --port 8000
    """
    from .serve import Preview

    project = Project(root)
    _require_inputs(project)
    preview = Preview(project, BuildOptions(jobs=jobs, base_url=base_url), port, _progress())
    _show(preview.build())
    click.echo(f"Serving {preview.url} (Ctrl+C to stop)", err=False)
    sys.stdout.flush()
    try:
        preview.serve(_show, _show_failure, stop_after)
    except KeyboardInterrupt:
        pass


def _require_inputs(project: Project) -> None:
    if not project.seeds.is_dir() and not project.tei.is_dir():
        raise UsageError(f"{project.root}: no seeds/ or tei/ folder to build from")
