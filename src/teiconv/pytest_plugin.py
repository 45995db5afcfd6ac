"""A pytest plugin that makes each TEI (or any XML) file a test: valid passes, invalid fails.

Registered through the ``pytest11`` entry point, so installing teiconv is enough.  It does nothing
until a project names its files in its pytest configuration, e.g. in ``pyproject.toml``::

    [tool.pytest.ini_options]
    testpaths = ["tests", "tei"]          # pytest must walk the folder holding the files
    tei_validate = ["tei/*.xml"]          # globs, relative to the rootdir
    tei_schema = ["teiconv"]              # optional: schema paths, or teiconv / tei_all

A failing file's report lists every message as ``file:line:col: error: [rule] message``.  The
files a session runs are validated together when the first of their tests runs, as
``teiconv validate`` would: each schema is compiled once, and tei_all is checked by jing in one
Java process when Java is there (seconds, where compiling tei_all in libxml2 takes 10-20 s).
"""

from __future__ import annotations

from dataclasses import replace
from fnmatch import fnmatch
from pathlib import Path

import pytest

from .diagnostics import TeiconvError
from .validation import FileResult, default_schemas, tei_all, validate_files

_RESULTS = pytest.StashKey["dict[Path, FileResult] | TeiconvError"]()
_NAMED_SCHEMAS = {"teiconv": default_schemas, "tei_all": lambda: (tei_all(),)}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("tei_validate", type="linelist", default=[],
                  help="Glob patterns (relative to the rootdir) of XML files to validate, one test each.")
    parser.addini("tei_schema", type="linelist", default=["teiconv"],
                  help="Schemas for tei_validate: .rng/.xsd/.sch paths (relative to the rootdir), "
                       "or 'teiconv' (teiconv's schema and rules) or 'tei_all'.")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    patterns = config.getini("tei_validate")
    if not patterns or file_path.suffix != ".xml":
        return None
    try:
        relative = file_path.relative_to(config.rootpath).as_posix()
    except ValueError:
        return None
    if any(fnmatch(relative, pattern) for pattern in patterns):
        return TeiFile.from_parent(parent, path=file_path)
    return None


def _schemas(config: pytest.Config) -> list[Path]:
    schemas: list[Path] = []
    for entry in config.getini("tei_schema"):
        named = _NAMED_SCHEMAS.get(entry)
        schemas.extend(named() if named else [config.rootpath / entry])
    return schemas


def _validated(config: pytest.Config, paths: list[Path]) -> dict[Path, FileResult]:
    """The result of each of ``paths``, shown by its name relative to the rootdir."""
    names = [path.relative_to(config.rootpath).as_posix() for path in paths]
    results = validate_files(paths, _schemas(config), jobs=1)
    return {path: _renamed(result, name) for path, name, result in zip(paths, names, results)}


def _renamed(result: FileResult, name: str) -> FileResult:
    return FileResult(name, tuple(replace(d, file=name) if d.file == result.name else d for d in result.diagnostics))


def _result(item: "TeiItem") -> FileResult:
    """``item``'s result, from the batch of every TEI test the session runs (validated on first use)."""
    config = item.config
    if _RESULTS not in config.stash:
        try:
            config.stash[_RESULTS] = _validated(config, [i.path for i in item.session.items if isinstance(i, TeiItem)])
        except TeiconvError as error:  # a schema that cannot be used fails every file's test
            config.stash[_RESULTS] = error
    results = config.stash[_RESULTS]
    if isinstance(results, TeiconvError):
        raise results
    if item.path not in results:  # run outside the session's list (a plugin re-running it)
        results.update(_validated(config, [item.path]))
    return results[item.path]


class TeiFile(pytest.File):
    """An XML file named by ``tei_validate``: it holds one test, its validity."""

    def collect(self):
        yield TeiItem.from_parent(self, name="valid")


class TeiInvalid(Exception):
    """The file broke at least one schema rule."""

    def __init__(self, result: FileResult):
        super().__init__(result.name)
        self.result = result


class TeiItem(pytest.Item):
    """Validates its file against the configured schemas."""

    def runtest(self) -> None:
        result = _result(self)
        if not result.valid:
            raise TeiInvalid(result)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, TeiInvalid):
            return "\n".join(str(d) for d in excinfo.value.result.diagnostics)
        if isinstance(excinfo.value, TeiconvError):  # e.g. a tei_schema entry that cannot be used
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"TEI validation: {self.path.name}"
