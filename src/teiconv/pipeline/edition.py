"""The whole build: convert → validate → PDF → HTML, each stage on what the previous one let
through, all sharing one manifest and one pool of worker processes."""

from __future__ import annotations

from . import stage_convert, stage_html, stage_pdf, stage_validate, tools
from .manifest import Manifest
from .pool import Workers
from .project import BuildOptions, Project
from .report import BuildReport, Progress, Silent
from .session import Session


def build_edition(project: Project | None = None, options: BuildOptions | None = None,
                  progress: Progress | None = None) -> BuildReport:
    """Bring ``tei/`` and ``out/`` up to date with ``seeds/`` and the tools; redo only what
    changed.  Never raises for a bad document: its diagnostics are in the report.
    Defaults: the current folder, :class:`BuildOptions` (), no progress shown."""
    project, options, progress = project or Project(), options or BuildOptions(), progress or Silent()
    with Workers(options.processes) as workers:
        session = Session(project, options, Manifest.load(project.out), workers, progress)
        try:
            failed = stage_convert.run(session)
            valid = stage_validate.run(session, failed)
            pdfs = stage_pdf.run(session, valid)
            stage_html.run(session, valid, pdfs)
        finally:
            session.finish()
            tools.release()
    return session.report
