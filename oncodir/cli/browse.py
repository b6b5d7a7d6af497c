"""Commands that browse the directory: ``show`` (one record in full) and ``list`` (with counts)."""

import sys
from enum import Enum
from typing import Annotated, Any

import typer

from oncodir.cli import complete
from oncodir.cli.options import FieldsOpt, FormatOpt, is_tty, state
from oncodir.errors import NoResults, UsageError
from oncodir.output import Format, choose, parse_fields, write_machine

SHOW_COLUMNS = (
    "id",
    "kind",
    "name",
    "hospital",
    "city",
    "province",
    "cancers",
    "treatments",
    "beds",
    "staff",
    "people",
    "established",
    "annual_patients",
    "source",
)


class Facet(str, Enum):
    hospitals = "hospitals"
    departments = "departments"
    cancers = "cancers"
    treatments = "treatments"
    cities = "cities"
    # The singular works too: "list cancer" is what people type.
    hospital = "hospital"
    department = "department"
    cancer = "cancer"
    treatment = "treatment"
    city = "city"


PLURAL = {"hospital": "hospitals", "department": "departments", "cancer": "cancers", "treatment": "treatments"}
PLURAL["city"] = "cities"
NAMES_COLUMN = ("names", "Also called")  # list cancers/treatments --all: synonyms, lay words, abbreviations, Chinese


FACET_COLUMNS = {
    "hospitals": (("id", "Id"), ("name", "Hospital"), ("city", "City"), ("departments", "Departments")),
    "departments": (("id", "Id"), ("name", "Department"), ("hospital", "Hospital"), ("city", "City")),
    "cancers": (("term", "Cancer"), ("records", "Records"), ("direct", "Direct"), ("broader", "Broader")),
    "treatments": (("term", "Treatment"), ("records", "Records"), ("direct", "Direct"), ("broader", "Broader")),
    "cities": (("city", "City"), ("zh", "Chinese"), ("province", "Province"), ("records", "Records")),
}


def _print_facet(what: str, rows: list[dict[str, Any]], fmt: Format | None, fields: str | None) -> None:
    columns = FACET_COLUMNS[what]
    keys = [k for k, _ in columns]
    allowed = {k for r in rows for k in r} | set(keys)
    out_fields = parse_fields(fields, keys, allowed)
    tty = is_tty()
    form = choose(fmt, tty)
    if form is Format.table:
        from oncodir import views

        labels = {**dict(columns), NAMES_COLUMN[0]: NAMES_COLUMN[1]}
        chosen = [(k, labels.get(k, k)) for k in out_fields]
        footer = {
            "cancers": "Records: how many records 'oncodir find TERM' returns (narrower terms included); "
            "Direct: records naming the term itself.",
            "treatments": "Records: how many records 'oncodir find TERM' returns (narrower terms included); "
            "Direct: records naming the term itself.",
        }.get(what, f"{len(rows)} {what}.")
        views.listing(views.console(sys.stdout), rows, chosen, footer)
    else:
        id_key = "id" if what in ("hospitals", "departments") else keys[0]
        write_machine(sys.stdout, form, rows, out_fields, parse_fields(fields, (), allowed) or None, id_key, is_tty=tty)


def list_(
    ctx: typer.Context,
    what: Annotated[Facet, typer.Argument(case_sensitive=False, help="What to list.")],
    every_name: Annotated[
        bool, typer.Option("--all", help="Cancers and treatments: show every name (synonyms, lay, Chinese).")
    ] = False,
    fmt: FormatOpt = None,
    fields: FieldsOpt = None,
) -> None:
    """List hospitals, departments, cancers, treatments or cities, with counts.

    \b
    Examples:
      oncodir list hospitals
      oncodir list cancers --all               # with synonyms, lay words and Chinese names
      oncodir list cancers --format csv
      oncodir list departments --format ids
    """

    facet = PLURAL.get(what.value, what.value)
    rows = state(ctx).facet(facet)
    if not rows:
        raise NoResults(f"no {facet} in the directory")
    if every_name and facet in ("cancers", "treatments") and not fields:
        fields = ",".join([*(k for k, _ in FACET_COLUMNS[facet]), NAMES_COLUMN[0]])
    elif not every_name:
        rows = [{k: v for k, v in r.items() if k != NAMES_COLUMN[0]} for r in rows]
    _print_facet(facet, rows, fmt, fields)


def show(
    ctx: typer.Context,
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="[hospital|department] NAME...",
            help="Ids, names or aliases (any case); '-' reads ids from standard input. "
            "'show hospital' or 'show department' alone lists them.",
            autocompletion=complete.records,
        ),
    ],
    fmt: FormatOpt = None,
    fields: FieldsOpt = None,
) -> None:
    """Show hospitals or departments in full: every fact, its source and date.

    \b
    Examples:
      oncodir show "Zhejiang Cancer Hospital"
      oncodir show CHUCAS
      oncodir show department "Renal Cancer & Melanoma"
      oncodir show hospital                    # list the hospitals
      oncodir find melanoma --format ids | oncodir show -
    """
    from oncodir import browse

    kind = None
    if names and names[0].casefold() in ("hospital", "department", "hospitals", "departments"):
        kind = names[0].casefold().rstrip("s")
        names = names[1:]
    run = state(ctx)
    if not names:
        if kind is None:
            raise UsageError("name a hospital or department to show")
        _print_facet(f"{kind}s", run.facet(f"{kind}s"), fmt, fields)
        return
    if names == ["-"]:
        names = _stdin_names()
    where = run.for_names(names, kind)
    records = browse.lookup_all(where, names, kind)
    columns = parse_fields(fields, SHOW_COLUMNS)
    if "origin" in columns:  # asked for by --fields only: show's JSON stays the import format
        records = browse.with_origin(where, records)
    tty = is_tty()
    form = choose(fmt, tty)
    if fmt is None and fields is None and not tty:  # a pipe or a file: the whole record as plain text
        _print_plain(run.with_departments(where, records), records)
    elif form is Format.table and fields:
        from oncodir import views

        views.listing(views.console(sys.stdout), records, [(c, c) for c in columns], f"{len(records)} records.")
    elif form is Format.table:
        _print_details(run.with_departments(where, records), records)
    else:
        write_machine(sys.stdout, form, records, columns, parse_fields(fields, ()) or None, is_tty=tty)


def _stdin_names() -> list[str]:
    from oncodir.streams import read_stdin

    # Read bytes as UTF-8 whatever the locale says; ids and names are UTF-8. One name a line,
    # split on newlines only, as --format ids writes them.
    raw = read_stdin("show -").decode("utf-8", "replace")
    names = [line.strip() for line in raw.split("\n") if line.strip()]
    if not names:
        raise UsageError("no ids on standard input")
    return names


def _print_plain(where: Any, records: list[dict[str, Any]]) -> None:
    """Every fact, the departments and the source of each record, as plain text (no Rich)."""
    from oncodir import details
    from oncodir.directory import departments_of, origin

    for i, record in enumerate(records):
        deps = departments_of(where, record["id"]) if record.get("kind") == "hospital" else []
        sys.stdout.write(("\n" if i else "") + details.plain(record, deps, origin(where, record) == "user"))


def _print_details(where: Any, records: list[dict[str, Any]]) -> None:
    from oncodir import views
    from oncodir.directory import departments_of, origin

    out = views.console(sys.stdout)
    for i, record in enumerate(records):
        if i:
            out.print()
        deps = departments_of(where, record["id"]) if record.get("kind") == "hospital" else []
        views.detail(out, record, deps, origin(where, record) == "user")
