"""What the commands share: the global state, the --format and --fields options, is-a-terminal.

The directory is loaded on first use (:meth:`State.directory`), so ``--help`` and commands that
do not read it never open a database. ``find``, ``show`` and ``list`` read through the query
index when there is a user database (:mod:`oncodir.storage.index`): they get a Directory of only
the records that may answer them, and ``list`` gets its stored rows. Without a user database
neither the index code (:mod:`oncodir.narrow`, :mod:`oncodir.storage.index`) nor SQLite is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer

from oncodir.errors import UsageError
from oncodir.output import Format, Reads

if TYPE_CHECKING:
    from oncodir.directory import Directory
    from oncodir.geo import Gazetteer
    from oncodir.query import Query
    from oncodir.storage.index import Index

T = TypeVar("T")


class State:
    """The global options (--db, --no-bundled), kept on the context for the commands."""

    def __init__(self, db: str | None, bundled: bool) -> None:
        self.db = db
        self.bundled = bundled
        self._directory: Directory | None = None
        self._source: Index | Directory | None = None

    def directory(self) -> Directory:
        """Every record (the full load, through the snapshot cache)."""
        if self._directory is None:
            from oncodir.storage.read import load

            self._directory = load(self.db, bundled=self.bundled)
        return self._directory

    def _through_index(self, use: Callable[[Index], T], otherwise: Callable[[Directory], T]) -> T:
        """``use(index)`` when a query index serves this run, else ``otherwise(full directory)``.

        An index found damaged while it is read is removed and built again, once.
        """
        if self._source is None and not self._may_have_index():
            self._source = self.directory()  # index_build.load would say None: not even imported
        if self._source is not None and self._source is self._directory:
            return otherwise(self._directory)  # the full load (an Index is never self._directory)
        from oncodir.storage import index, index_build

        for attempt in (1, 2):
            if self._source is None:
                # No index (bundled directory alone, cache off) or none could be written: the full load.
                from oncodir.browse import facet

                self._source = index_build.load(self.db, self.bundled, facet) or self.directory()
            source = self._source
            if not isinstance(source, index.Index):
                self._directory = source
                return otherwise(source)
            try:
                return use(source)
            except index.IndexError_:
                source.discard()
                self._source = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _may_have_index(self) -> bool:
        """False when there is no user database, so no index (:func:`oncodir.storage.index_build.load`
        returns None): the bundled directory alone then needs neither the index code nor SQLite."""
        from oncodir.storage.paths import user_db_path

        user_path, named = user_db_path(self.db)
        try:
            return named or user_path.exists()
        except OSError:  # not for us to say: the usual path reports it
            return True

    def planner(self) -> Directory:
        """The vocabulary and cities, to read what was typed (records may not be loaded)."""

        def use(index: Index) -> Directory:
            from oncodir import narrow

            return narrow.for_plan(index)

        return self._through_index(use, lambda d: d)

    def answer(self, query: Query, reads: Reads | None = None) -> list[Any]:
        """The ranked results of ``query`` (:func:`oncodir.explain.answer`): searched among the
        records the index says may answer, explained (when nothing matches) among the records
        that may match any one criterion; over every record without an index. Through the index,
        the results are made what the writer ``reads`` (:func:`oncodir.narrow.finish`)."""
        from oncodir import explain

        def use(index: Index) -> list[Any]:
            from oncodir import narrow

            return narrow.answer(index, query, reads)

        return self._through_index(use, lambda d: explain.answer(d, query))

    def for_names(self, names: Sequence[str], kind: str | None) -> Directory:
        """Every record ``show`` may mean by these names."""

        def use(index: Index) -> Directory:
            from oncodir import narrow

            return narrow.for_lookup(index, names, kind)

        return self._through_index(use, lambda d: d)

    def with_departments(self, where: Directory, records: Sequence[dict[str, Any]]) -> Directory:
        """The records and their hospitals' departments, for ``show``'s detail view."""

        def use(index: Index) -> Directory:
            from oncodir import narrow

            return narrow.with_departments(index, records)

        return self._through_index(use, lambda d: where)

    def gazetteer(self) -> Gazetteer:
        """The cities, to place records on a map (GeoJSON)."""
        return self._through_index(lambda i: i.gazetteer, lambda d: d.gazetteer)

    def facet(self, what: str) -> list[dict[str, Any]]:
        """The rows of ``list WHAT``: from the index, or counted over every record."""
        from oncodir import browse

        def use(index: Index) -> list[dict[str, Any]]:
            from oncodir import narrow

            return narrow.facet(index, what)

        return self._through_index(use, lambda d: browse.facet(d, what))


def state(ctx: typer.Context) -> State:
    """The global options of this run."""
    found: State = ctx.obj
    return found


def directory(ctx: typer.Context) -> Directory:
    """The directory this run reads (bundled and user databases), loaded once."""
    return state(ctx).directory()


def stdin_names(command: str) -> list[str]:
    """The ids or names on standard input, one a line (what ``--format ids`` writes): ``show -``, ``compare -``."""
    from oncodir.streams import read_stdin

    # Read bytes as UTF-8 whatever the locale says; ids and names are UTF-8. Split on newlines
    # only, as --format ids writes them.
    raw = read_stdin(f"{command} -").decode("utf-8", "replace")
    names = [line.strip() for line in raw.split("\n") if line.strip()]
    if not names:
        raise UsageError("no ids on standard input")
    return names


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
