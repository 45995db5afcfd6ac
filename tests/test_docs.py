"""The documentation matches the code: every example in docs/encoding.md is what the converter makes."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from teiconv.cli import main

from conftest import ROOT
from inline_helpers import encode, round_trips

GUIDE = (ROOT / "docs" / "encoding.md").read_text(encoding="utf-8")
ROUTING_SECTION = "Routing lines and registration"


def examples() -> list[tuple[str, str, str]]:
    found = []
    for section in re.split(r"^## ", GUIDE, flags=re.MULTILINE)[1:]:
        title = section.splitlines()[0]
        for source, tei in re.findall(r"```text\n(.*?)\n```\s*```xml\n(.*?)\n```", section, re.S):
            found.append((title, source, tei))
    return found


def test_the_guide_has_examples_for_every_convention():
    titles = {title for title, _, _ in examples()}
    assert len(titles) == 15 and len(examples()) >= 40


@pytest.mark.parametrize("title, source, tei", examples(), ids=lambda v: v[:30] if isinstance(v, str) else v)
def test_example_is_what_the_converter_writes(title, source, tei):
    routing = title == ROUTING_SECTION
    assert encode(source, routing=routing)[0] == tei
    assert round_trips(source, routing=routing)


@pytest.mark.parametrize("command", main.list_commands(None))
def test_every_command_explains_itself_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.get_command(None, command).help and "Example" in main.get_command(None, command).help, command


def test_readme_quick_start_commands_are_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"^(python -m pytest[^\n`]*)", readme, re.MULTILINE).group(1).strip()
    assert test_command in ci
