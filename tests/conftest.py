"""Fixtures shared by the test suite: the seeds, the committed encodings, the official schema,
a web server that must not be reached; and the property tests' hypothesis profiles."""

from __future__ import annotations

import http.server
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: "ci" (the default) is derandomised and keeps no example database, so every run
# and every clone tries the same examples and a failure found once cannot haunt later runs;
# "fuzz" (HYPOTHESIS_PROFILE=fuzz) is the long random search, run by hand and reported.
_PROPERTY_SETTINGS = dict(deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("ci", max_examples=300, derandomize=True, **_PROPERTY_SETTINGS)
settings.register_profile("fuzz", max_examples=10_000, **_PROPERTY_SETTINGS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEI_FILES = sorted((ROOT / "tei").glob("*.xml"))


@pytest.fixture(autouse=True)
def _own_validation_cache(tmp_path_factory, monkeypatch):
    """Each test starts with an empty validation cache of its own: ``teiconv validate`` really
    checks, and nothing is written to the user's cache folder."""
    monkeypatch.setenv("TEICONV_CACHE_DIR", str(tmp_path_factory.mktemp("validation-cache")))


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    """The official TEI P5 ``tei_all`` RELAX NG schema (4.3.0), shipped in schema/."""
    path = ROOT / "schema" / "tei_all.rng"
    assert path.is_file(), path
    return path


@pytest.fixture
def server():
    """A local web server that records every request made to it (nothing may reach it)."""
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server API)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leaked "fetched">')

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
