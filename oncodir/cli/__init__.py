"""The command line: the app, its global options, and the commands in the order ``--help`` lists.

Commands are plain functions in their own modules (:mod:`~oncodir.cli.find`,
:mod:`~oncodir.cli.browse`, :mod:`~oncodir.cli.compare`, :mod:`~oncodir.cli.records`); they
never import this module, and this module registers them below, so the order of
:data:`COMMANDS` is the order of the help.
Each command parses its arguments, makes one call into the core and hands the result to output;
errors become one line and an exit code in :mod:`~oncodir.cli.group` (0 results, 1 no results,
2 errors, 130 interrupted).

The modules that define commands do not use ``from __future__ import annotations``: Typer would
then evaluate every option's annotation string on each run, about 3 ms of a 70 ms query.
"""

import gc
import os
import sys
from importlib import import_module
from typing import Annotated, Optional

import typer

from oncodir import __version__
from oncodir.cli.group import OncodirGroup
from oncodir.cli.options import State
from oncodir.output import DISCLAIMER

HELP = f"""A directory of cancer hospitals and their oncology departments.

Search by diagnosis or treatment, in plain words; see where each department is and why
it matched; show one hospital or department in full. Output is a table on a terminal and
tab-separated lines in a pipe (--format json|jsonl|csv|tsv|ids|table); Markdown for
letters and wikis (--format markdown) and GeoJSON for maps (--format geojson).

\b
Examples:
  oncodir find melanoma
  oncodir find hipec --format json
  oncodir find --cancer "lung cancer" --city beijing
  oncodir show "Zhejiang Cancer Hospital"
  oncodir find melanoma --format ids | oncodir show -
  oncodir compare CHUCAS "Beijing Cancer Hospital"
  oncodir list cancers

Exit status: 0 results, 1 no results, 2 error.

{DISCLAIMER}
"""

# Every command: its name, and the module and function that define it, in the order the help
# lists them. Modules are imported when the app is made, so a run of one command imports only its own.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("find", "find", "find"),
    ("list", "browse", "list_"),
    ("show", "browse", "show"),
    ("compare", "compare", "compare"),
    ("import", "records", "import_"),
    ("export", "records", "export"),
    ("validate", "records", "validate"),
    ("extract", "records", "extract"),
)


def make_app(commands: tuple[tuple[str, str, str], ...] = COMMANDS) -> typer.Typer:
    """The app with these commands (all of them unless a run needs only one)."""
    made = typer.Typer(
        cls=OncodirGroup,
        help=HELP,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    made.callback(invoke_without_command=True)(global_options)
    for name, module, function in commands:
        made.command(name)(getattr(import_module(f"oncodir.cli.{module}"), function))
    return made


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"oncodir {__version__}\n")
        raise typer.Exit()


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


def commands_for(argv: list[str]) -> tuple[tuple[str, str, str], ...]:
    """Only the command a run names, when it names one.

    Typer builds every registered command's parameters on every run (about 5 ms of a 70 ms
    query); a run of one command needs only that one. The group's help, an unknown command's
    "did you mean" and shell completion still get every command.
    """
    words = iter(argv)
    name = next(words, None)
    while name is not None and (name in ("--db", "--no-bundled") or name.startswith("--db=")):
        if name == "--db":
            next(words, None)  # its value
        name = next(words, None)
    chosen = tuple(c for c in COMMANDS if c[0] == name)
    completing = any(key.endswith("_COMPLETE") for key in os.environ)
    return chosen if chosen and not completing else COMMANDS


def __getattr__(name: str) -> typer.Typer:
    """``oncodir.cli.app``, the whole app, made when first asked for (tests, completion, embedding):
    a run of the console script makes only the command it needs, in :func:`main`."""
    if name == "app":
        made = make_app()
        globals()["app"] = made
        return made
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point."""
    # One short run allocates many objects and frees them at exit; cyclic collection during
    # the run only costs time (see storage.read.load). The library API leaves the collector alone.
    gc.disable()
    make_app(commands_for(sys.argv[1:]))(prog_name="oncodir")


__all__ = ["COMMANDS", "app", "commands_for", "main", "make_app"]
