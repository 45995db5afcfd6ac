"""Does a change to validation keep every verdict?  The guard of speed work on ``teiconv validate``.

Usage:
    python bench/same_verdicts.py --before ../old-checkout/src [--keep FOLDER]

Checks, with teiconv's own schemas (``schema/teiconv.rng`` + ``schema/teiconv.sch``), once with
the ``src`` of this checkout and once with ``--before``'s, every XML file of the project (``tei/``
and everything under ``tests/``), the TEI the converter makes of every transcription (seeds, the
real corpus, the test fixtures), every broken document of ``tests/test_validation_rules.py``, and
``valid/document.xml`` with its dates replaced by each value of ``DATES`` (the forms and edge cases
of XSD's date types).  Every message — file, line, column, severity, rule, text — must be the
same; each difference is printed and the exit status is 1.  Not a test: the reference is the code
before the change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "fixtures" / "sources"]

#: @when values around the edges of xs:date, dateTime, gYearMonth, gYear, gMonthDay and time.
DATES = [
    "1945", "1945-05", "1945-05-09", "1945-02-29", "1944-02-29", "1900-02-29", "2000-02-29", "1945-04-31",
    "1945-13-01", "1945-00-10", "1945-05-00", "--05-09", "--02-29", "--02-30", "--04-31", "--13-01", "---09",
    "--05", "1945-05-09T12:00:00", "1945-05-09T24:00:00", "1945-05-09T24:00:01", "1945-05-09T12:00:00Z",
    "1945-05-09T12:00:00+03:00", "1945-05-09T12:00:00+14:00", "1945-05-09T12:00:00+14:01",
    "1945-05-09T12:00:00+15:00", "1945-05-09T12:00", "12:00:00", "12:00", "24:00:00", "23:59:60", "12:00:00.5",
    "12:00:00.", "0000", "0000-01-01", "-0044-03-15", "-0044", "12345", "012345", "10000-01-01", "1945-05-09Z",
    "1945Z", "1945+01:00", " 1945-05-09 ", "1945-5-9", "194", "1945-05-09T12:00:00.123456789",
    "1945-05-09t12:00:00", "", "abc", "1945-05-09T25:00:00", "1945-05-09T12:60:00", "1945-05-09-05:00",
    "1945-05-09+05:60", "--02-29Z", "1945-05Z", "1945-05-09T12:00:00-00:00", "+1945", "12:00:00Z",
    "12:00:00+01:00", "0001", "99999-12-31", "-0001-02-29", "-0004-02-29", "1945-05-09T12:00:00+1:00",
    "24:00:00.000", "1945-05-09T00:00:00Z", "--05-09+14:00", "1945-05-09T12:00:00.", "T12:00:00",
    "1945-05-09T", "1945--05", "19450509", "1945-05-09T12:00:00ZZ", "12:00:00-14:00", "12:00:00-15:00",
    "-0000-01-01",
]
# Left out: time zones between 14:01 and 14:59, which Saxon's ``castable as`` takes on a date,
# time or gYear ("12:00:00-14:30") though XSD allows 14:00 at most (and Saxon itself refuses them
# on a dateTime); the rules follow XSD.


def documents(folder: Path) -> list[Path]:
    """Every document the comparison checks, written into ``folder`` where they are made here."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_validation_rules import BASE, CASES  # noqa: E402 (the tests' own broken documents)

    from teiconv.convert import convert_source
    from teiconv.convert.source import read_source
    from teiconv.convert.sources import find_sources
    from teiconv.diagnostics import TeiconvError

    made = folder / "made"
    made.mkdir(exist_ok=True)
    files = sorted((ROOT / "tei").glob("**/*.xml")) + sorted((ROOT / "tests").glob("**/*.xml"))
    for name, case in CASES.items():
        files.append(_write(made / f"case-{name}.xml", case.document()))
    for number, value in enumerate(DATES):
        text = BASE.replace('when="1941-12-09"', f'when="{value}"').replace('when="1941-12"', f'when="{value}"')
        files.append(_write(made / f"date-{number:03d}.xml", text))
    for number, path in enumerate(find_sources(SOURCES)):
        try:
            conversion = convert_source(read_source(path))
        except TeiconvError:
            continue
        target = made / f"converted-{number:03d}.xml"
        target.write_bytes(conversion.to_bytes())
        files.append(target)
    return files


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def verdicts(src: str, files: list[Path]) -> dict[str, list[list]]:
    """What ``teiconv validate`` says of each file when teiconv is imported from ``src``."""
    program = ("import json, sys\nfrom pathlib import Path\n"
               "from teiconv.validation import Validator, default_schemas\n"
               "paths = [Path(line) for line in sys.stdin.read().splitlines()]\n"
               "results = Validator(default_schemas()).check_files(paths)\n"
               "print(json.dumps({r.name: [[d.line, d.column, d.severity.value, d.rule, d.message]"
               " for d in r.diagnostics] for r in results}))\n")
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", program], input="\n".join(map(str, files)), env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="the src folder of the checkout to compare with")
    parser.add_argument("--keep", type=Path, help="write the documents here (kept) instead of a temporary folder")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        files = documents(folder)
        before = verdicts(options.before, files)
        after = verdicts(str(ROOT / "src"), files)
    differences = 0
    for name in before:
        if before[name] != after.get(name):
            differences += 1
            print(f"{name}:\n  before: {before[name]}\n  after:  {after.get(name)}")
    messages = sum(len(found) for found in before.values())
    print(f"{len(files)} files, {messages} messages before; {differences} files differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
