"""A link target in a TEI file is text from someone else: only http(s), mailto and relative
targets become live links, and every page carries a Content-Security-Policy that lets nothing
inline run — while the site still works from file:// (test_html_browser checks search and views)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html
from playwright.sync_api import sync_playwright

from teiconv.html import build_site

from conftest import ROOT
from test_html_browser import CHROMIUM_ARGS

TARGETS = {
    "javascript:alert(1)": False,
    "JaVaScRiPt:alert(1)": False,
    "data:text/html,<script>alert(1)</script>": False,
    "vbscript:msgbox(1)": False,
    "file:///etc/passwd": False,
    "https://example.org/a": True,
    "http://example.org/b": True,
    "mailto:editor@example.org": True,
    "#note-1": True,
    "other.html": True,
}


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("links")
    refs = "".join(f'<ref target="{target.replace("<", "&lt;")}">link {n}</ref> '
                   for n, target in enumerate(TARGETS))
    text = (ROOT / "tei" / "wcda-209093.xml").read_text(encoding="utf-8")
    text = re.sub(r'<idno type="URL">[^<]*', '<idno type="URL">javascript:alert(2)', text)  # "at the archive"
    body = text.index("<body>")
    text = text[:body] + text[body:].replace("<p>", f"<p>{refs}", 1)
    source = folder / "links.xml"
    source.write_text(text, encoding="utf-8")
    build = build_site([source], folder / "site", pdf_dir=None)
    assert build.ok, build.diagnostics
    return folder / "site" / "wcda-209093.html"


def test_only_safe_targets_become_live_links(page: Path):
    tree = html.parse(str(page))
    for n, (target, live) in enumerate(TARGETS.items()):
        shown = tree.xpath(f'//main//*[normalize-space() = "link {n}"]')  # once in each view
        assert shown, target
        assert all((e.tag == "a" and e.get("href") is not None) is live for e in shown), target
    assert not tree.xpath('//@href[contains(translate(., "JAVSCRIPT", "javscript"), "script:")]')


def test_every_page_carries_a_content_security_policy(page: Path):
    for name in sorted(p.name for p in page.parent.glob("*.html")):
        policy = html.parse(str(page.parent / name)).xpath(
            '//head/meta[@http-equiv = "Content-Security-Policy"]/@content')
        assert len(policy) == 1, name
        assert "default-src 'none'" in policy[0] and "'unsafe-inline'" not in policy[0]


def test_the_policy_stops_inline_script_in_chromium(page: Path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        tab = browser.new_page()
        violations: list[str] = []
        tab.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
        tab.goto(page.as_uri())
        ran = tab.evaluate("""() => {
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.body.appendChild(script);
            return window.injected === true;
        }""")
        browser.close()
    assert ran is False and violations
