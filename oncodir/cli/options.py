"""What the commands share: the global state, the --format and --fields options, is-a-terminal.

The directory is loaded on first use (:meth:`State.directory`), so ``--help`` and commands that
do not read it never open a database.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from oncodir.output import Format

if TYPE_CHECKING:
    from oncodir.directory import Directory


class State:
    """The global options (--db, --no-bundled), kept on the context for the commands."""

    def __init__(self, db: str | None, bundled: bool) -> None:
        self.db = db
        self.bundled = bundled
        self._directory: Directory | None = None

    def directory(self) -> Directory:
        if self._directory is None:
            from oncodir.storage.read import load

            self._directory = load(self.db, bundled=self.bundled)
        return self._directory


def state(ctx: typer.Context) -> State:
    """The global options of this run."""
    found: State = ctx.obj
    return found


def directory(ctx: typer.Context) -> Directory:
    """The directory this run reads (bundled and user databases), loaded once."""
    return state(ctx).directory()


def is_tty() -> bool:
    """Is standard output a terminal? Decides the default format and terminal-safe output."""
    return sys.stdout.isatty()


FormatOpt = Annotated[
    Optional[Format],
    typer.Option(
        "--format", "-f", case_sensitive=False, help="Output format. Default: table on a terminal, tsv in a pipe."
    ),
]
FieldsOpt = Annotated[
    Optional[str],
    typer.Option("--fields", metavar="a,b,c", help="Columns (tsv, csv, table) or keys (json, jsonl) to print."),
]
