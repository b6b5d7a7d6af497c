"""Rich views for people at a terminal: the results table, detail view, list tables and comparison.

Imported only when a table is drawn, so piped output never pays for Rich. Every string
from data or from the user goes in as a ``Text`` (never markup) after control characters
are replaced, so a record cannot style or drive the terminal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from oncodir import details
from oncodir.models import NOT_STATED, field_text, reason_text
from oncodir.output import DISCLAIMER, NUMERIC_COLUMNS
from oncodir.text import clean

if TYPE_CHECKING:
    from oncodir.compare import Row


def dumb() -> bool:
    """TERM=dumb: a terminal that cannot draw; it gets plain, stacked text without borders."""
    return os.environ.get("TERM") == "dumb"


YOURS = " (your record)"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits 1 here, which oncodir uses for "no results"; let the CLI's guard decide.
        self.quiet = True
        raise BrokenPipeError


def console(stream: TextIO, *, width: int | None = None) -> Console:
    height = None
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    if width is None and columns.isdigit() and int(columns) > 0:
        # Rich ignores COLUMNS on TERM=dumb and assumes 80x25 unless given both sizes.
        width = int(columns)
        height = int(lines) if lines.isdigit() and int(lines) > 0 else 25
    # highlight=False: Rich would otherwise colour numbers and names inside data.
    return _Console(file=stream, highlight=False, width=width, height=height, emoji=False, markup=False)


def t(value: Any, style: str = "") -> Text:
    return Text(clean(str(value)), style=style)


def _hospital_cell(hit: Mapping[str, Any]) -> Text:
    if hit.get("kind") == "hospital":
        return t(hit.get("name"), "bold")
    if hit.get("hospital"):
        return t(hit["hospital"])
    return t("hospital not named", "italic")


NARROW = 60  # below this many columns, tables turn into stacked lines that stay readable


def _reasons(hit: Mapping[str, Any]) -> str:
    # City and hospital filters already show in their own columns; list them only if alone.
    reasons = [m for m in hit.get("matched", []) if m.get("match") != "filter"] or hit.get("matched", [])
    return "; ".join(reason_text(m) for m in reasons)


def results(out: Console, hits: Sequence[Mapping[str, Any]], total: int, query: str) -> None:
    near = any("distance_km" in h for h in hits)
    if out.width < NARROW or dumb():
        for hit in hits:
            _stacked_result(out, hit, near)
    else:
        out.print(_results_table(hits, near))
    noun = "result" if total == 1 else "results"
    if len(hits) < total:
        counted = f"The first {len(hits)} of {total:,} {noun} for {query} (--limit N or --format tsv for more)."
    else:
        counted = f"{total:,} {noun} for {query}."
    ages = details.age_summary(hits)
    out.print(t(f"{counted} {ages[0].upper()}{ages[1:]}; 'oncodir show NAME' gives the full record.", "dim"))


def _stacked_result(out: Console, hit: Mapping[str, Any], near: bool) -> None:
    """One result as three lines, for a narrow terminal."""
    where = ", ".join(str(v) for v in (hit.get("hospital"), hit.get("city")) if v)
    if near:
        where += f" ({field_text(hit, 'distance_km')} km)"
    name = f"{hit.get('name')} (hospital-wide)" if hit.get("kind") == "hospital" else hit.get("name")
    line = t(name, "bold")
    if hit.get("origin") == "user":
        line.append(YOURS, style="cyan")
    out.print(line)
    out.print(t(f"  {where or NOT_STATED}"))
    out.print(t(f"  matched: {_reasons(hit)}", "dim"))


def _results_table(hits: Sequence[Mapping[str, Any]], near: bool) -> Table:
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("Hospital", overflow="fold")
    table.add_column("Department", overflow="fold")
    table.add_column("City", overflow="fold")
    if near:
        table.add_column("km", justify="right")
    table.add_column("Matched", overflow="fold")
    for hit in hits:
        hospital = _hospital_cell(hit)
        dept = t("(hospital-wide)", "italic") if hit.get("kind") == "hospital" else t(hit.get("name"))
        if hit.get("origin") == "user":  # mark the user's own records where their name is shown
            (dept if hit.get("kind") == "department" else hospital).append(YOURS, style="cyan")
        row = [hospital, dept, t(hit.get("city") or NOT_STATED)]
        if near:
            row.append(t(field_text(hit, "distance_km")))
        row.append(t(_reasons(hit)))
        table.add_row(*row)
    return table


def _lines(values: list[str]) -> Text:
    return t("\n".join(values)) if values else t(NOT_STATED, "dim")


class _Grid:
    """The label/value grid of a detail view; on a narrow terminal each label sits above its value."""

    def __init__(self, narrow: bool) -> None:
        self.narrow = narrow
        self.table = Table.grid(padding=(0, 2))
        if not narrow:
            self.table.add_column(style="bold", no_wrap=True)
        self.table.add_column(overflow="fold")

    def row(self, label: str, value: Text) -> None:
        if self.narrow:  # label above its value, so the value gets the whole width
            self.table.add_row(Text(label, style="bold"))
            self.table.add_row(Text.assemble("  ", value))
        else:
            self.table.add_row(Text(label), value)


def detail(out: Console, record: Mapping[str, Any], departments: Sequence[Mapping[str, Any]], user: bool) -> None:
    if dumb():  # TERM=dumb: the plain text, without borders
        out.print(t(details.plain(record, departments, user).rstrip("\n")))
        return
    kind = record.get("kind", "record")
    title = Text.assemble(t(record.get("name"), "bold"), "  ", t(f"{kind} · {record.get('id')}", "dim"))
    if user:
        title.append(f" {YOURS}", style="cyan")
    out.print(title)
    grid = _Grid(out.width < NARROW)
    for label, values in details.facts(record):
        grid.row(label, _lines(values))
    out.print(grid.table)
    if kind == "hospital":
        _departments(out, departments)
    out.print(t(DISCLAIMER, "dim italic"))


def _departments(out: Console, departments: Sequence[Mapping[str, Any]]) -> None:
    if not departments:
        out.print(t("Departments: none in the directory", "dim"))
        return
    table = Table(title=None, header_style="bold")
    table.add_column("Department")
    table.add_column("Id", style="dim", overflow="fold")
    for d in departments:
        table.add_row(t(d.get("name")), t(d.get("id")))
    out.print(t(f"Departments ({len(departments)})", "bold"))
    out.print(table)


def listing(out: Console, rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], footer: str) -> None:
    if out.width < NARROW:
        columns = columns[:2]  # the name and its count (or id): what fits and still reads
    table = Table(header_style="bold", box=None if dumb() else box.HEAVY_HEAD)
    for key, label in columns:
        table.add_column(label, justify="right" if key in NUMERIC_COLUMNS else "left", overflow="fold")
    keys = [key for key, _ in columns]
    mark = keys.index("name") if "name" in keys else 0  # the user's records are marked after their name
    for r in rows:
        cells = [t(field_text(r, key) if not isinstance(r.get(key), str) else r[key]) for key in keys]
        if r.get("origin") == "user" and cells:
            cells[mark].append(YOURS, style="cyan")
        table.add_row(*cells)
    out.print(table)
    out.print(t(footer, "dim"))


DIFFERS = "≠"  # marks a fact on which the compared records differ (visible without colour)
MIN_COLUMN = 14  # narrower than this, a compared record's column no longer reads: stack instead


def comparison(
    out: Console, records: Sequence[Mapping[str, Any]], rows: Sequence[Row], headings: Sequence[str]
) -> None:
    """Records side by side (a column each, a row per fact), or on a narrow terminal each fact
    with its records' values under it; the facts that differ are marked and, in colour, highlighted."""
    label_width = max(len(r.label) for r in rows) + 2
    room = out.width - label_width - 3 * (len(records) + 1)  # borders and padding
    if dumb() or room // len(records) < MIN_COLUMN:
        _stacked_comparison(out, records, rows, headings)
    else:
        table = Table(header_style="bold", show_lines=True, box=box.HEAVY_HEAD)
        table.add_column("", no_wrap=True)
        for record, heading in zip(records, headings, strict=True):
            table.add_column(Text.assemble(t(heading, "bold"), "\n", t(record.get("id"), "dim")), overflow="fold")
        for row in rows:
            table.add_row(_fact_label(row), *(_lines(v) for v in row.values))
        out.print(table)
    if any(r.differs for r in rows):
        out.print(t(f"{DIFFERS} marks the facts that differ.", "dim"))
    out.print(t(DISCLAIMER, "dim italic"))


def _fact_label(row: Row) -> Text:
    return Text(f"{DIFFERS} {row.label}", style="bold yellow") if row.differs else Text(f"  {row.label}")


def _stacked_comparison(
    out: Console, records: Sequence[Mapping[str, Any]], rows: Sequence[Row], headings: Sequence[str]
) -> None:
    """A narrow terminal: the records numbered once, then each fact and every record's value under it."""
    named = Table.grid(padding=(0, 1))
    named.add_column(no_wrap=True)
    named.add_column(overflow="fold")
    for i, (record, heading) in enumerate(zip(records, headings, strict=True), start=1):
        named.add_row(f"[{i}]", Text.assemble(t(heading, "bold"), " ", t(record.get("id"), "dim")))
    out.print(named)
    for row in rows:
        out.print(_fact_label(row))
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for i, values in enumerate(row.values, start=1):
            grid.add_row(f"    [{i}]", _lines(values))
        out.print(grid)
