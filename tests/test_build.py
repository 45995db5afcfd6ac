"""`teiconv build` and `teiconv serve` on copies of the project's seeds (never the repository's
tei/ or out/): incremental, hand-edit-safe, failure-tolerant, and the same bytes with any number
of processes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from teiconv.convert import find_sources
from teiconv.diagnostics import TeiconvError
from teiconv.pipeline import BuildOptions, Project, build_edition
from teiconv.pipeline.manifest import NAME as MANIFEST
from teiconv.pipeline.pool import Crash, Workers
from teiconv.cli import main

from conftest import ROOT

LETTER_SEED = "001_4e323987126384ee.txt"
LETTER_TEI = "tei/wcda-209093.xml"
LETTER_PAGE = "out/html/wcda-209093.html"
PHRASE = "current situation excludes the possibility"
FAST = BuildOptions(jobs=1, edition_pdf=False)


def new_project(folder: Path) -> Project:
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return Project(folder)


def files(project: Project) -> dict[str, bytes]:
    """Every file the build made, by name (the manifest aside: it holds modification times)."""
    return {p.relative_to(project.root).as_posix(): p.read_bytes()
            for folder in (project.tei, project.out) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != MANIFEST}


def stamps(project: Project) -> dict[str, int]:
    return {p.relative_to(project.root).as_posix(): p.stat().st_mtime_ns
            for folder in (project.tei, project.out) for p in folder.rglob("*")
            if p.is_file() and p.name != MANIFEST}


def built(report) -> dict[str, int]:
    return {stage.name: stage.built for stage in report.stages}


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` with ``new`` in one step, as editors save (a watcher never sees the file
    emptied half way)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    edited = path.with_name(path.name + ".edited")
    edited.write_text(text.replace(old, new), encoding="utf-8")
    os.replace(edited, path)


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> tuple[Project, object]:
    """The whole edition, PDFs included, built once from a fresh copy of the seeds."""
    project = new_project(tmp_path_factory.mktemp("edition"))
    return project, build_edition(project, BuildOptions(jobs=1))


def test_a_fresh_build_makes_the_whole_edition(edition):
    project, report = edition
    assert report.ok, [str(d) for d in report.diagnostics]
    assert sorted(p.name for p in project.tei.glob("*.xml")) == sorted(p.name for p in (ROOT / "tei").glob("*.xml"))
    assert (project.html / "index.html").is_file() and (project.html / "about.html").is_file()
    assert (project.pdf / "edition.pdf").read_bytes().startswith(b"%PDF")
    assert len(list(project.pdf.glob("wcda-*.pdf"))) == 2
    assert (project.html / "downloads" / "wcda-209093.pdf").is_file()
    assert built(report)["convert"] == 5 and built(report)["html"] == 5


def test_a_second_build_does_no_work(edition):
    project, _ = edition
    before = stamps(project)
    report = build_edition(project, BuildOptions(jobs=1))
    assert report.ok
    assert set(built(report).values()) == {0}, built(report)
    assert sum(stage.up_to_date for stage in report.stages) > 0
    assert stamps(project) == before


def test_a_no_op_build_loads_none_of_the_tools(edition):
    """Deciding that nothing changed takes the manifest and file hashes only: importing the
    converter, lxml, Saxon, WeasyPrint or Dask would be most of a no-op build's time."""
    project, _ = edition
    script = ("import sys\nfrom teiconv.cli import main\n"
              "try:\n    main(['build', '-C', sys.argv[1], '--jobs', '1'])\nexcept SystemExit as end:\n"
              "    assert not end.code, end.code\n"
              "tools = ('lxml', 'saxonche', 'weasyprint', 'distributed', 'teiconv.convert.conversion')\n"
              "print(sorted(name for name in tools if name in sys.modules))")
    output = subprocess.run([sys.executable, "-c", script, str(project.root)], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip().splitlines()[-1] == "[]"


def test_changing_one_seed_rebuilds_only_that_document(tmp_path):
    project = new_project(tmp_path)
    build_edition(project, FAST)
    before = stamps(project)
    edit(project.seeds / LETTER_SEED, PHRASE, "current situation rules out the possibility")

    report = build_edition(project, FAST)

    assert report.ok
    counts = built(report)
    assert [counts[s] for s in ("convert", "validate", "pdf", "html records", "html")] == [1, 1, 1, 1, 1]
    after = stamps(project)
    changed = {name for name in after if after[name] != before.get(name)}
    assert LETTER_TEI in changed and LETTER_PAGE in changed and "out/pdf/wcda-209093.pdf" in changed
    assert "out/html/index.html" in changed  # the search index holds every text
    assert not {name for name in changed if name.startswith("tei/")} - {LETTER_TEI}
    edition_pages = {f"out/html/{page}" for page in ("index.html", "about.html", "persons.html", "places.html",
                                                     "organisations.html")}  # each draws on every document
    assert not {name for name in changed if name.endswith(".html")} - {LETTER_PAGE, *edition_pages}
    assert "rules out the possibility" in (project.root / LETTER_PAGE).read_text(encoding="utf-8")


def test_a_hand_edited_tei_file_survives_a_build(tmp_path):
    project = new_project(tmp_path)
    build_edition(project, FAST)
    tei = project.root / LETTER_TEI
    edit(tei, PHRASE, "current situation (as the editor reads it) excludes the possibility")
    edited = tei.read_bytes()
    # The transcription changes too, so the converter runs for this document again.
    edit(project.seeds / LETTER_SEED, "FLASH PRECEDENCE", "FLASH  PRECEDENCE")

    report = build_edition(project, FAST)

    assert tei.read_bytes() == edited
    warnings = [d for d in report.diagnostics if d.rule == "tei-hand-edited"]
    assert [d.file for d in warnings] == [str(project.root / LETTER_TEI)]
    assert "as the editor reads it" in (project.root / LETTER_PAGE).read_text(encoding="utf-8")
    # Still kept, and still said, on the next build.
    again = build_edition(project, FAST)
    assert tei.read_bytes() == edited and any(d.rule == "tei-hand-edited" for d in again.diagnostics)

    build_edition(project, BuildOptions(jobs=1, edition_pdf=False, reconvert=True))
    assert "as the editor reads it" not in tei.read_text(encoding="utf-8")


def test_one_broken_input_does_not_stop_the_others(tmp_path):
    project = new_project(tmp_path)
    (project.seeds / "zz-broken.txt").write_bytes(b"")
    project.tei.mkdir()
    (project.tei / "hand-written.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n',
                                                  encoding="utf-8")

    result = CliRunner().invoke(main, ["build", "-C", str(project.root), "--jobs", "1", "--no-edition-pdf"])

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    messages = result.stderr
    assert re.search(r"seeds/zz-broken\.txt:\d+:\d+: error: ", messages), messages
    assert re.search(r"tei/hand-written\.xml:3:\d+: error: ", messages), messages
    assert len(list(project.pdf.glob("*.pdf"))) == 4
    assert len(list(project.html.glob("*.html"))) == 5 + 2 + 3  # documents, index, about, registers
    assert not (project.html / "hand-written.html").exists()
    # The failures are reported again, without being redone, until they are fixed.
    again = build_edition(project, FAST)
    assert not again.ok and set(built(again).values()) == {0}


def test_outputs_of_a_deleted_seed_are_removed(tmp_path):
    project = new_project(tmp_path)
    build_edition(project, FAST)
    (project.seeds / LETTER_SEED).unlink()

    report = build_edition(project, FAST)

    assert report.ok
    assert not (project.root / LETTER_TEI).exists()
    assert not (project.root / LETTER_PAGE).exists()
    assert not (project.pdf / "wcda-209093.pdf").exists()
    assert not list((project.html / "downloads").glob("wcda-209093.*"))
    assert "wcda-209093" not in (project.html / "index.html").read_text(encoding="utf-8")


def test_a_validator_bug_on_one_file_fails_that_file_not_its_batch(tmp_path, monkeypatch):
    from teiconv.validation.run import Validator

    real = Validator._parse

    def buggy(self, path, name):
        if path.name == "wcda-209093.xml":
            raise KeyError("a bug")
        return real(self, path, name)

    monkeypatch.setattr(Validator, "_parse", buggy)
    project = new_project(tmp_path)
    report = build_edition(project, BuildOptions(jobs=1, only=frozenset({"convert", "validate"})))

    errors = [d for d in report.diagnostics if d.severity.value == "error"]
    assert [(d.rule, d.file) for d in errors] == [("build-internal", str(project.root / LETTER_TEI))]
    validate = next(stage for stage in report.stages if stage.name == "validate")
    assert validate.built == len(list(project.tei.glob("*.xml")))


def test_two_processes_write_the_same_bytes_as_one(tmp_path, monkeypatch):
    """Also when fresh workers take over the PDFs along the way (every HEAVY_TASKS_PER_WORKER),
    while the edition PDF is being laid out."""
    monkeypatch.setattr("teiconv.pipeline.pool.HEAVY_TASKS_PER_WORKER", 1)
    one, two = new_project(tmp_path / "one"), new_project(tmp_path / "two")
    assert build_edition(one, BuildOptions(jobs=1)).ok
    assert CliRunner().invoke(main, ["build", "-C", str(two.root), "--jobs", "2"]).exit_code == 0
    assert files(one) == files(two)
    assert any(name.endswith("edition.pdf") for name in files(two))


def test_heavy_work_is_done_in_rounds_of_fresh_workers(monkeypatch):
    monkeypatch.setattr("teiconv.pipeline.pool.HEAVY_TASKS_PER_WORKER", 2)
    tasks = [(number,) for number in range(9)]
    with Workers(2) as workers:
        results = list(workers.map(numbered_by_worker, tasks, heavy=True))
    assert [number for number, _ in results] == list(range(9))
    rounds = [{pid for _, pid in results[start:start + 4]} for start in range(0, 9, 4)]
    assert all(len(workers) <= 2 for workers in rounds)
    assert not rounds[0] & rounds[1] and not rounds[1] & rounds[2]
    assert not any(process.pid in set().union(*rounds) for process in psutil.Process().children())


def numbered_by_worker(number: int) -> tuple[int, int]:
    return number, os.getpid()


@pytest.mark.parametrize("heavy", [False, True])
def test_a_task_whose_worker_dies_fails_alone(heavy, tmp_path, monkeypatch):
    """As when the system kills a worker for its memory: the task it was doing is a crash, every
    other task is done by fresh workers, in order."""
    monkeypatch.setenv(DEATHS, str(tmp_path))  # where a dying worker leaves its process id
    tasks = [(number,) for number in range(40)]
    with Workers(2) as workers:
        results = list(workers.map(dies_on_7_and_30, tasks, heavy=heavy))
        died = {int(path.stem): int(path.suffix[1:]) for path in tmp_path.iterdir()}
        alone = workers.submit(dies_on_7_and_30, 7).result()
    assert [r if isinstance(r, Crash) else r[0] for r in results] == [
        n if n not in (7, 30) else results[n] for n in range(40)]
    assert all(isinstance(results[n], Crash) and "died" in results[n].error and not results[n].bug for n in (7, 30))
    assert isinstance(alone, Crash) and "died" in alone.error and not alone.bug
    # fresh workers took over: no task after a death was done by the worker that died
    assert all(results[n][1] != died[7] for n in range(8, 40) if n != 30)
    assert all(results[n][1] != died[30] for n in range(31, 40))
    workers_pids = {r[1] for r in results if not isinstance(r, Crash)}
    assert not any(process.pid in workers_pids for process in psutil.Process().children())


#: The environment variable naming the folder where :func:`dies_on_7_and_30` notes who died.
DEATHS = "TEICONV_TEST_DEATHS"


def dies_on_7_and_30(number: int) -> tuple[int, int]:
    if number in (7, 30):
        folder = os.environ.get(DEATHS)
        if folder:
            Path(folder, f"{number}.{os.getpid()}").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return number, os.getpid()


def test_workers_that_keep_dying_between_tasks_end_the_build_with_an_error(monkeypatch):
    class BrokenAtOnce:
        def submit(self, *arguments):
            future = Future()
            future.set_exception(BrokenProcessPool("a worker died"))
            return future

    monkeypatch.setattr(Workers, "_executor", lambda self: BrokenAtOnce())
    monkeypatch.setattr(Workers, "_bury_broken_pool", lambda self: set())  # no task was posted
    with pytest.raises(TeiconvError, match="keep dying"):
        list(Workers(2).map(numbered_by_worker, [(1,), (2,), (3,)]))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_previews_the_site_rebuilds_on_change_and_outlives_a_build_that_cannot_run(tmp_path):
    """A register file saved half edited stops one rebuild, not the preview."""
    project = new_project(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-c", "from teiconv.cli import main; main()", "serve", "-C", str(project.root),
             "--port", str(port), "--jobs", "1", "--stop-after", "600"],  # a safety net: the test stops it
            stdout=subprocess.PIPE, stderr=stderr, text=True)

    def served(url: str) -> str:
        assert server.poll() is None, f"serve ended (exit {server.returncode}):\n{log.read_text()[-3000:]}"
        return fetch(url)

    try:
        line = ""
        while "Serving" not in line:
            line = server.stdout.readline()
            assert line, f"serve ended before serving:\n{log.read_text()[-3000:]}"
        assert f"http://127.0.0.1:{port}/" in line
        page = f"http://127.0.0.1:{port}/wcda-209093.html"
        assert PHRASE in served(page)

        edit(project.seeds / LETTER_SEED, PHRASE, "current situation rules out the possibility")
        deadline = time.monotonic() + 120  # a rebuild on a busy 2-core runner
        while "rules out the possibility" not in served(page):
            assert time.monotonic() < deadline, f"the page was not rebuilt:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)

        project.registers.mkdir(exist_ok=True)
        (project.registers / "persons.xml").write_text("<listPerson", encoding="utf-8")
        deadline = time.monotonic() + 120
        while "waiting for the next change" not in log.read_text():
            assert time.monotonic() < deadline, f"the broken register was not reported:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
        assert "persons.xml:1:12: not well-formed XML: Couldn't find end of Start Tag listPerson line 1 (" in log.read_text()

        (project.registers / "persons.xml").unlink()
        edit(project.seeds / LETTER_SEED, "rules out the possibility", "excludes the possibility")
        deadline = time.monotonic() + 120
        while "excludes the possibility" not in served(page):
            assert time.monotonic() < deadline, f"the page was not rebuilt:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl+C: the way a user stops it
        server.wait(timeout=120)  # a rebuild may be in a long native call (Saxon, a PDF) when it arrives
    assert server.returncode == 0


def test_the_about_page_is_made_from_fewer_documents_but_is_the_same(tmp_path):
    """The About page reads only the documents that can add an example or a principle; the page
    is byte for byte the one `teiconv html` makes from all of them."""
    from teiconv.pipeline import site
    from teiconv.html import build_site

    project = new_project(tmp_path)
    build_edition(project, FAST)
    for original in sorted(project.tei.glob("*.xml")):
        for copy in range(3):  # copies dated a year later each, so they interleave in reading order
            text = original.read_text(encoding="utf-8")
            text = re.sub(r'(<idno type="teiconv">)([^<]+)', rf"\g<1>\g<2>-copy{copy}", text)
            text = re.sub(r'when="(\d{4})', lambda m, later=copy + 1: f'when="{int(m[1]) + later}', text)
            (project.tei / f"{original.stem}-copy{copy}.xml").write_text(text, encoding="utf-8")
    report = build_edition(project, BuildOptions(jobs=1, only=frozenset({"validate", "html"})))
    assert report.ok, [str(d) for d in report.diagnostics]

    cache = project.out / ".teiconv-cache" / "about"
    paths = sorted(str(p) for p in project.tei.glob("*.xml"))
    features = [str(cache / f"{Path(p).stem}.json") for p in paths]
    assert len(site.contributors(paths, features)) <= len(paths) // 4 + 1

    reference = build_site([project.tei], tmp_path / "reference")
    assert reference.ok
    assert (project.html / "about.html").read_bytes() == (tmp_path / "reference" / "about.html").read_bytes()


def test_a_bug_on_one_document_fails_that_document_not_the_build(tmp_path, monkeypatch):
    from teiconv.pipeline import site

    real = site.page_task

    def buggy(path, *rest):
        if path.endswith("wcda-209093.xml"):
            raise KeyError("a bug")
        return real(path, *rest)

    monkeypatch.setattr(site, "page_task", buggy)
    project = new_project(tmp_path)
    report = build_edition(project, FAST)

    errors = [d for d in report.diagnostics if d.severity.value == "error"]
    assert [(d.rule, d.file) for d in errors] == [("build-internal", str(project.root / LETTER_TEI))]
    assert "KeyError" in errors[0].message
    assert len(list(project.html.glob("*.html"))) == 4 + 2 + 3  # documents, index, about, registers
    monkeypatch.setattr(site, "page_task", real)
    assert build_edition(project, FAST).ok  # tried again, not remembered as done


def test_a_document_that_stops_validating_leaves_the_site_and_the_pdfs(tmp_path):
    project = new_project(tmp_path)
    build_edition(project, BuildOptions(jobs=1, edition_pdf=False))
    assert (project.pdf / "wcda-209093.pdf").exists()
    edit(project.root / LETTER_TEI, "<teiHeader>", '<teiHeader><unknownElement/>')

    report = build_edition(project, BuildOptions(jobs=1, edition_pdf=False))

    assert not report.ok
    assert [d.file for d in report.diagnostics if d.severity.value == "error"] == [str(project.root / LETTER_TEI)]
    assert not (project.root / LETTER_PAGE).exists() and not (project.pdf / "wcda-209093.pdf").exists()
    assert "wcda-209093" not in (project.html / "index.html").read_text(encoding="utf-8")
    assert (project.html / "wcda-209068.html").exists()


def test_only_runs_the_stages_asked_for(tmp_path):
    project = new_project(tmp_path)
    result = CliRunner().invoke(main, ["build", "-C", str(project.root), "-j", "1", "--only", "convert,validate"])
    assert result.exit_code == 0, result.output
    assert len(list(project.tei.glob("*.xml"))) == 5
    assert not project.html.exists() and not project.pdf.exists()
    wrong = CliRunner().invoke(main, ["build", "-C", str(project.root), "--only", "htm"])
    assert wrong.exit_code == 2 and "unknown stage(s) htm" in wrong.output


def test_the_declared_edition_is_in_every_header_and_a_new_declaration_reconverts(tmp_path):
    project = new_project(tmp_path)
    convert_only = ["build", "-C", str(project.root), "-j", "1", "--only", "convert"]
    assert CliRunner().invoke(main, convert_only).exit_code == 0
    assert "<name type=\"unnamed\">unnamed editor</name>" in (project.root / LETTER_TEI).read_text("utf-8")
    (project.root / "teiconv.toml").write_text('editors = ["A. Historian"]\nlicence = "CC BY 4.0"\n', "utf-8")
    result = CliRunner().invoke(main, convert_only)
    assert result.exit_code == 0, result.output
    tei = (project.root / LETTER_TEI).read_text("utf-8")
    assert "<authority><persName>A. Historian</persName></authority>" in tei
    assert "<licence><p>CC BY 4.0</p></licence>" in tei


def test_a_large_edition_pdf_is_split_into_volumes_in_reading_order():
    from teiconv.pdf import volumes

    documents = [Path(f"{n}.xml") for n in range(5)]
    assert volumes(documents, 5) == [("edition.pdf", documents)]
    assert volumes(documents, 2) == [("edition-1.pdf", documents[:2]), ("edition-2.pdf", documents[2:4]),
                                     ("edition-3.pdf", documents[4:])]


def test_each_volume_of_the_edition_pdf_is_a_task_of_its_own(tmp_path, monkeypatch):
    from teiconv.pipeline import stage_pdf

    typeset = []

    def volume(job, *rest):
        typeset.append(job.target.name)
        return real(job, *rest)

    real = stage_pdf.volume_task
    monkeypatch.setattr(stage_pdf, "volume_task", volume)
    monkeypatch.setattr(stage_pdf, "pdf_task", lambda path, target: ("document", 1, None))  # not under test
    project = new_project(tmp_path)
    options = BuildOptions(jobs=1, volume_size=2, only=frozenset({"convert", "validate", "pdf"}))
    report = build_edition(project, options)

    assert report.ok
    assert typeset == ["edition-1.pdf", "edition-2.pdf"]
    assert sorted(path.name for path in project.pdf.glob("edition*.pdf")) == typeset
    assert built(build_edition(project, options))["pdf edition"] == 0  # both recorded as done


def test_a_json_manifest_of_an_earlier_build_is_taken_over(tmp_path):
    """Builds before the SQLite manifest wrote out/.teiconv-build.json: the first build after
    takes it over (nothing is redone) and removes it."""
    import json

    from teiconv import __version__
    from teiconv.pipeline.manifest import JSON_NAME, Manifest

    project = new_project(tmp_path)
    options = BuildOptions(jobs=1, only=frozenset({"convert", "validate"}))
    build_edition(project, options)
    manifest = Manifest.load(project.out)
    stages = {stage: {name: {"key": e.key, "ok": e.ok, "outputs": e.outputs, "data": e.data,
                             "diagnostics": [[d.file, d.line, d.column, d.severity.value, d.rule, d.message]
                                             for d in e.diagnostics]}
                      for name, e in manifest.stage(stage).items()} for stage in ("convert", "validate")}
    old = {"format": 1, "teiconv": __version__, "files": manifest.files, "stages": stages}
    manifest.close()
    for stale in project.out.glob(f"{MANIFEST}*"):
        stale.unlink()
    (project.out / JSON_NAME).write_text(json.dumps(old), encoding="utf-8")

    report = build_edition(project, options)

    assert report.ok and set(built(report).values()) == {0}
    assert not (project.out / JSON_NAME).exists() and (project.out / MANIFEST).is_file()


def test_a_manifest_of_an_earlier_shape_is_started_afresh(tmp_path):
    """A manifest whose tables have another shape (an earlier format of the database) is not
    misread: the build redoes everything and leaves a manifest of today's shape."""
    import sqlite3

    from teiconv import __version__

    project = new_project(tmp_path)
    options = BuildOptions(jobs=1, only=frozenset({"convert", "validate"}))
    project.out.mkdir(parents=True)
    old = sqlite3.connect(project.out / MANIFEST)
    old.executescript(f"""
        CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO about VALUES ('format', '2'), ('teiconv', '{__version__}');
        CREATE TABLE entries (stage TEXT, name TEXT, key TEXT, ok INTEGER, diagnostics TEXT, outputs TEXT,
                              data TEXT, PRIMARY KEY (stage, name));
        INSERT INTO entries VALUES ('convert', 'seeds/x.txt', 'k', 1, '', '{{}}', '');""")
    old.commit()
    old.close()

    report = build_edition(project, options)

    assert report.ok and built(report)["convert"] == len(list(find_sources([project.seeds])))
    assert set(built(build_edition(project, options)).values()) == {0}


def test_the_cycle_collector_runs_less_often_during_a_build_and_as_before_after():
    import gc

    from teiconv.pipeline.edition import ALLOCATIONS_PER_COLLECTION, fewer_cycle_collections

    before = gc.get_threshold()
    with fewer_cycle_collections():
        assert gc.get_threshold() == (ALLOCATIONS_PER_COLLECTION, *before[1:])
    assert gc.get_threshold() == before


def test_sources_are_listed_in_path_order(tmp_path):
    """The build lists the seeds with os.scandir as strings: the same files, in the same order
    (folder by folder, as paths sort), as the transcriptions under a folder by pathlib."""
    for name in ["a/x.txt", "a-b/y.md", "a b/z.TXT", ".txt", "b.markdown", "c.xml", "a/.hidden/q.txt", "Z.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a")  # not entered, as pathlib's rglob does not
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".md", ".markdown"))
    assert list(find_sources([tmp_path])) == expected
    assert [p.relative_to(tmp_path).as_posix() for p in expected] == [
        "Z.txt", "a/.hidden/q.txt", "a/x.txt", "a b/z.TXT", "a-b/y.md", "b.markdown"]
