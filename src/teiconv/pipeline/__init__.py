"""``teiconv build``: one incremental, parallel pipeline from transcriptions to the edition.

    seeds/*.txt ──convert──▶ tei/*.xml ──validate──▶ out/pdf/*.pdf ──▶ out/html/

Every stage works per document, in a pool of worker processes that compile their stylesheets
and schemas once, and redoes a document only when its input or the stage's tools (stylesheets,
schemas, code, teiconv's version) changed, as recorded by content hashes in
``out/.teiconv-build.json``.  A no-op build therefore only stats files.  Outputs whose input is
gone are removed; a TEI file an editor changed is never overwritten (unless asked); a document
that fails a stage is reported and left out of the later ones while the rest of the edition is
built.  See :mod:`.stage_html` for what one changed document rebuilds of the site.

    from teiconv.pipeline import BuildOptions, Project, build_edition
    report = build_edition(Project(Path(".")), BuildOptions(jobs=2))
    print(report.table())
"""

from __future__ import annotations

from ..lazy import lazy_exports

#: Public name → the module that defines it, imported on first use: ``teiconv --help`` and the
#: other commands load the build's command-line options without the whole pipeline.
_API = {
    "build_edition": "edition",
    "STAGES": "project", "BuildOptions": "project", "Project": "project",
    "BuildReport": "report", "Progress": "report", "StageReport": "report",
}

__all__ = sorted(_API)
__getattr__ = lazy_exports(__name__, _API)
