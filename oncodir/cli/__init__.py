"""The command line: the app, its global options, and the commands in the order ``--help`` lists.

Commands are plain functions in their own modules (:mod:`~oncodir.cli.find`,
:mod:`~oncodir.cli.browse`, :mod:`~oncodir.cli.records`); they never import this module, and
this module registers them below, so the order of :data:`COMMANDS` is the order of the help.
Each command parses its arguments, makes one call into the core and hands the result to output;
errors become one line and an exit code in :mod:`~oncodir.cli.group` (0 results, 1 no results,
2 errors, 130 interrupted).

The modules that define commands do not use ``from __future__ import annotations``: Typer would
then evaluate every option's annotation string on each run, about 3 ms of a 70 ms query.
"""

import gc
import sys
from collections.abc import Callable
from typing import Annotated, Optional

import typer

from oncodir import __version__
from oncodir.cli import browse, find, records
from oncodir.cli.group import OncodirGroup
from oncodir.cli.options import State
from oncodir.output import DISCLAIMER

HELP = f"""A directory of cancer hospitals and their oncology departments.

Search by diagnosis or treatment, in plain words; see where each department is and why
it matched; show one hospital or department in full. Output is a table on a terminal and
tab-separated lines in a pipe (--format json|jsonl|csv|tsv|ids|table).

\\b
Examples:
  oncodir find melanoma
  oncodir find hipec --format json
  oncodir find --cancer "lung cancer" --city beijing
  oncodir show "Zhejiang Cancer Hospital"
  oncodir find melanoma --format ids | oncodir show -
  oncodir list cancers

Exit status: 0 results, 1 no results, 2 error.

{DISCLAIMER}
"""

# Name and function of every command, in the order the help lists them.
COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("find", find.find),
    ("list", browse.list_),
    ("show", browse.show),
    ("import", records.import_),
    ("export", records.export),
    ("validate", records.validate),
    ("extract", records.extract),
)

app = typer.Typer(
    cls=OncodirGroup,
    help=HELP,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"oncodir {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def global_options(
    ctx: typer.Context,
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db",
            envvar="ONCODIR_DB",
            metavar="PATH",
            help="Your own database, read together with the bundled directory (env: ONCODIR_DB).",
        ),
    ] = None,
    no_bundled: Annotated[
        bool, typer.Option("--no-bundled", help="Read your database alone, without the bundled directory.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    ctx.obj = State(db, not no_bundled)
    if ctx.invoked_subcommand is None:  # bare "oncodir": help on stdout, success
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit()


for _name, _command in COMMANDS:
    app.command(_name)(_command)


def main() -> None:
    """Console-script entry point."""
    # One short run allocates many objects and frees them at exit; cyclic collection during
    # the run only costs time (see storage.read.load). The library API leaves the collector alone.
    gc.disable()
    app(prog_name="oncodir")


__all__ = ["COMMANDS", "app", "main"]
