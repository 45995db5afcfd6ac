"""`teiconv build --scheduler`: the work on a real Dask scheduler and workers on 127.0.0.1 (started
as a user would, with `dask scheduler` and `dask worker`), the same bytes as the local pool, and
a worker that dies mid-build costing only a retry of its documents."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402

from teiconv.cli import main  # noqa: E402
from teiconv.pipeline import BuildOptions, Project, build_edition  # noqa: E402

from conftest import ROOT  # noqa: E402
from test_build import files  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402

DOCUMENTS = 200
WITHOUT_PDF = frozenset({"convert", "validate", "html"})
#: The `dask` command of this Python (as `pip install 'teiconv[cluster]'` installs it).
DASK = str(Path(sys.executable).with_name("dask")) if Path(sys.executable).with_name("dask").exists() \
    else shutil.which("dask") or "dask"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A scheduler and workers as processes of their own, stopped (all of them) by :meth:`stop`."""

    def __init__(self, workers: int):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.processes: list[subprocess.Popen] = []
        self.environment = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
        port = self.address.rpartition(":")[2]
        self._start("scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard")
        for _ in range(workers):
            self.add_worker()
        self.wait_for(workers)

    def _start(self, command: str, *arguments: str) -> subprocess.Popen:
        process = subprocess.Popen([DASK, command, *arguments],
                                   env=self.environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(process)
        return process

    def add_worker(self, *options: str) -> subprocess.Popen:
        """A worker as `dask worker` starts it (one thread: teiconv runs one task at a time)."""
        return self._start("worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                           "--no-dashboard", *options)

    def wait_for(self, workers: int) -> None:
        deadline = time.monotonic() + 120
        while True:
            try:
                with distributed.Client(self.address, timeout=5) as client:
                    client.wait_for_workers(workers, timeout=max(1, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                assert time.monotonic() < deadline, "the cluster did not start"
                time.sleep(0.5)

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.send_signal(signal.SIGINT)  # how `dask worker` and `dask scheduler` are stopped
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="module")
def cluster():
    running = Cluster(workers=2)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A few hundred synthetic transcriptions (bench/corpus.py) and the seeds' collection page."""
    seeds = tmp_path_factory.mktemp("corpus") / "seeds"
    make_corpus(seeds, DOCUMENTS)
    return seeds


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory) -> dict[str, bytes]:
    """Every file the local process pool makes of the corpus (no PDFs: they are compared below,
    on the seeds, where there are few)."""
    project = project_of(corpus, tmp_path_factory.mktemp("local"))
    assert build_edition(project, BuildOptions(jobs=2, only=WITHOUT_PDF)).ok
    return files(project)


def project_of(seeds: Path, folder: Path) -> Project:
    shutil.copytree(seeds, folder / "seeds")
    return Project(folder)


def test_a_cluster_build_writes_every_byte_the_local_pool_writes(cluster, corpus, local_build, tmp_path):
    project = project_of(corpus, tmp_path)
    result = CliRunner().invoke(main, ["build", "-C", str(project.root), "--scheduler", cluster.address,
                                       "--only", ",".join(sorted(WITHOUT_PDF))])
    assert result.exit_code == 0, result.output
    made = files(project)
    assert len(made) == len(local_build) > DOCUMENTS * 6
    assert [name for name in made if made[name] != local_build.get(name)] == []
    # Incremental as ever: the manifest knows what the cluster did.
    again = build_edition(project, BuildOptions(only=WITHOUT_PDF, scheduler=cluster.address))
    assert {stage.built for stage in again.stages} == {0}


def test_pdfs_from_the_cluster_are_those_of_the_local_pool(cluster, tmp_path):
    local, remote = project_of(ROOT / "seeds", tmp_path / "local"), project_of(ROOT / "seeds", tmp_path / "remote")
    assert build_edition(local, BuildOptions(jobs=1)).ok
    assert build_edition(remote, BuildOptions(scheduler=cluster.address)).ok
    assert files(remote) == files(local)
    assert any(name.endswith("edition.pdf") for name in files(remote))


class _KillAWorker:
    """Progress that kills ``victim`` once the HTML pages are under way."""

    def __init__(self, victim: subprocess.Popen, after: int):
        self.victim, self.after, self.stage, self.done = victim, after, "", 0

    def start(self, stage: str, total: int) -> None:
        self.stage, self.done = stage, 0

    def advance(self) -> None:
        self.done += 1
        if self.stage == "html" and self.done == self.after:
            self.victim.kill()
            self.victim.wait()

    def finish(self, report) -> None:
        pass


def test_a_worker_that_dies_mid_build_costs_only_a_retry(cluster, corpus, local_build, tmp_path):
    victim = cluster.add_worker("--no-nanny")  # no nanny to bring it back: it is gone for good
    cluster.wait_for(3)
    project = project_of(corpus, tmp_path)

    report = build_edition(project, BuildOptions(only=WITHOUT_PDF, scheduler=cluster.address),
                           _KillAWorker(victim, after=DOCUMENTS // 10))

    assert victim.returncode is not None
    assert report.ok, [str(d) for d in report.diagnostics[:5]]
    assert files(project) == local_build


def test_a_local_cluster_needs_no_running_scheduler(tmp_path):
    project = project_of(ROOT / "seeds", tmp_path)
    report = build_edition(project, BuildOptions(jobs=2, only=WITHOUT_PDF, scheduler="local"))
    assert report.ok and report.stage("html").built == 5


def test_an_unreachable_scheduler_is_an_error_not_a_traceback(tmp_path):
    project = project_of(ROOT / "seeds", tmp_path)
    result = CliRunner().invoke(main, ["build", "-C", str(project.root), "--scheduler",
                                       f"tcp://127.0.0.1:{free_port()}"])
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output
