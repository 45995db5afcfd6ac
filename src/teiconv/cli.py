"""The ``teiconv`` command: parses arguments, calls the library, prints what it says.

Each subcommand is a thin shell over one library function.  Library errors
(:class:`~teiconv.diagnostics.TeiconvError`) become one-line messages and exit codes here, in one
place, so no traceback reaches a user.
"""

from __future__ import annotations

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teiconv")
def main() -> None:
    """Turn archival transcriptions into a TEI P5 edition, validate it, publish it."""
