"""Fixtures shared by the test suite: the seeds, the committed encodings, the official schema."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEI_FILES = sorted((ROOT / "tei").glob("*.xml"))


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
