"""Commands that browse the directory: ``show`` (one record in full) and ``list`` (with counts)."""

import sys
from enum import Enum
from typing import Annotated, Any

import typer

from oncodir.cli import complete
from oncodir.cli.options import FieldsOpt, FormatOpt, State, is_tty, state, stdin_names
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


COUNTS_NOTE = (
    "Records: how many records 'oncodir find TERM' returns (narrower terms included); "
    "Direct: records naming the term itself."
)
MAPPED = ("hospitals", "departments")  # what --format geojson can place on a map


def _print_facet(run: State, what: str, rows: list[dict[str, Any]], fmt: Format | None, fields: str | None) -> None:
    columns = FACET_COLUMNS[what]
    keys = [k for k, _ in columns]
    allowed = {k for r in rows for k in r} | set(keys)
    out_fields = parse_fields(fields, keys, allowed)
    tty = is_tty()
    form = choose(fmt, tty)
    labels = {**dict(columns), NAMES_COLUMN[0]: NAMES_COLUMN[1]}
    chosen = [(k, labels.get(k, k)) for k in out_fields]
    footer = COUNTS_NOTE if what in ("cancers", "treatments") else f"{len(rows)} {what}."
    if form is Format.table:
        from oncodir import views

        views.listing(views.console(sys.stdout), rows, chosen, footer)
    elif form is Format.markdown:
        from oncodir.cli import share

        share.markdown_table(rows, chosen, footer)
    elif form is Format.geojson:
        from oncodir.cli import share

        if what not in MAPPED:
            raise share.geojson_refused(what)
        share.geojson(rows, run.gazetteer(), parse_fields(fields, (), allowed) or None, is_tty=tty)
    else:
        id_key = "id" if what in MAPPED else keys[0]
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
      oncodir list hospitals --format markdown
      oncodir list hospitals --format geojson > hospitals.geojson
    """

    facet = PLURAL.get(what.value, what.value)
    rows = state(ctx).facet(facet)
    if not rows:
        raise NoResults(f"no {facet} in the directory")
    if every_name and facet in ("cancers", "treatments") and not fields:
        fields = ",".join([*(k for k, _ in FACET_COLUMNS[facet]), NAMES_COLUMN[0]])
    elif not every_name:
        rows = [{k: v for k, v in r.items() if k != NAMES_COLUMN[0]} for r in rows]
    _print_facet(state(ctx), facet, rows, fmt, fields)


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
      oncodir show CHUCAS --format markdown    # for a letter, an email or a wiki
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
        _print_facet(run, f"{kind}s", run.facet(f"{kind}s"), fmt, fields)
        return
    if names == ["-"]:
        names = stdin_names("show")
    where = run.for_names(names, kind)
    records = browse.lookup_all(where, names, kind)
    columns = parse_fields(fields, SHOW_COLUMNS)
    if "origin" in columns:  # asked for by --fields only: show's JSON stays the import format
        records = browse.with_origin(where, records)
    _print_records(run, where, records, fmt, fields, columns)


def _print_records(
    run: State, where: Any, records: list[dict[str, Any]], fmt: Format | None, fields: str | None, columns: list[str]
) -> None:
    """``show``'s output: plain text in a pipe, the detail view on a terminal, or the format asked for."""
    tty = is_tty()
    form = choose(fmt, tty)
    if fmt is None and fields is None and not tty:  # a pipe or a file: the whole record as plain text
        _print_plain(run.with_departments(where, records), records)
    elif form in (Format.table, Format.markdown) and fields:
        _print_listing(form, records, [(c, c) for c in columns])
    elif form is Format.table:
        _print_details(run.with_departments(where, records), records)
    elif form is Format.markdown:
        from oncodir.cli import share

        full = run.with_departments(where, records)
        share.markdown_records(records, [_departments(full, r) for r in records])
    elif form is Format.geojson:
        from oncodir.cli import share

        share.geojson(records, where.gazetteer, parse_fields(fields, ()) or None, is_tty=tty)
    else:
        write_machine(sys.stdout, form, records, columns, parse_fields(fields, ()) or None, is_tty=tty)


def _print_listing(form: Format, records: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    """``show --fields``: the records as a table of those columns."""
    if form is Format.markdown:
        from oncodir.cli import share

        share.markdown_table(records, columns)
    else:
        from oncodir import views

        views.listing(views.console(sys.stdout), records, columns, f"{len(records)} records.")


def _departments(where: Any, record: dict[str, Any]) -> list[dict[str, Any]]:
    """A hospital's departments, for its full view (a department has none)."""
    from oncodir.directory import departments_of

    return departments_of(where, record["id"]) if record.get("kind") == "hospital" else []


def _print_plain(where: Any, records: list[dict[str, Any]]) -> None:
    """Every fact, the departments and the source of each record, as plain text (no Rich)."""
    from oncodir import details
    from oncodir.directory import origin

    for i, record in enumerate(records):
        deps = _departments(where, record)
        sys.stdout.write(("\n" if i else "") + details.plain(record, deps, origin(where, record) == "user"))


def _print_details(where: Any, records: list[dict[str, Any]]) -> None:
    from oncodir import views
    from oncodir.directory import origin

    out = views.console(sys.stdout)
    for i, record in enumerate(records):
        if i:
            out.print()
        deps = _departments(where, record)
        views.detail(out, record, deps, origin(where, record) == "user")
