"""Writing validation results for people and for CI: text, JSON, JUnit XML, GitHub annotations.

Each format is one function from the list of :class:`~.run.FileResult` to a string, so the
library can produce a report without a terminal and the CLI only chooses and prints one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from .run import FileResult


def summary(results: Sequence[FileResult]) -> str:
    invalid = sum(not r.valid for r in results)
    return f"{len(results)} file(s) checked, {invalid} invalid"


def text(results: Sequence[FileResult]) -> str:
    lines = [str(d) for r in results for d in r.diagnostics]
    return "\n".join([*lines, summary(results)]) + "\n"


def _diagnostic_dict(d: Diagnostic) -> dict:
    return {"file": d.file, "line": d.line, "column": d.column, "severity": d.severity.value,
            "rule": d.rule, "message": d.message}


def as_json(results: Sequence[FileResult]) -> str:
    document = {
        "files": [{"file": r.name, "valid": r.valid,
                   "diagnostics": [_diagnostic_dict(d) for d in r.diagnostics]} for r in results],
        "checked": len(results),
        "invalid": sum(not r.valid for r in results),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def junit(results: Sequence[FileResult]) -> str:
    """One test case per file; an invalid file fails with its messages as the failure text."""
    from lxml import etree

    failures = sum(not r.valid for r in results)
    suites = etree.Element("testsuites", tests=str(len(results)), failures=str(failures))
    suite = etree.SubElement(suites, "testsuite", name="teiconv validate",
                             tests=str(len(results)), failures=str(failures), errors="0")
    for result in results:
        case = etree.SubElement(suite, "testcase", classname="teiconv.validate", name=result.name)
        if not result.valid:
            first = next(d for d in result.diagnostics if d.severity is Severity.ERROR)
            failure = etree.SubElement(case, "failure", type=first.rule, message=first.message)
            failure.text = "\n".join(str(d) for d in result.diagnostics)
        elif result.diagnostics:
            etree.SubElement(case, "system-out").text = "\n".join(str(d) for d in result.diagnostics)
    return etree.tostring(suites, encoding="UTF-8", xml_declaration=True, pretty_print=True).decode("utf-8")


def _escape(value: str, *, property_: bool = False) -> str:
    """GitHub workflow-command escaping (data, or a property value, which also escapes , and :)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_ else value


def github(results: Sequence[FileResult]) -> str:
    """GitHub Actions annotations (``::error file=…,line=…,col=…,title=…::message``)."""
    lines = [
        f"::{d.severity.value} file={_escape(d.file, property_=True)},line={d.line},col={d.column},"
        f"title={_escape(d.rule, property_=True)}::{_escape(f'[{d.rule}] {d.message}')}"
        for r in results for d in r.diagnostics
    ]
    return "\n".join([*lines, summary(results)]) + "\n"


FORMATS: dict[str, Callable[[Sequence[FileResult]], str]] = {
    "text": text,
    "json": as_json,
    "junit": junit,
    "github": github,
}
