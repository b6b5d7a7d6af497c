"""``oncodir find``: read the query (:mod:`oncodir.query`), answer it (:mod:`oncodir.explain`), print."""

import math
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from oncodir.cli import complete
from oncodir.cli.options import FieldsOpt, FormatOpt, is_tty, state
from oncodir.errors import UsageError
from oncodir.output import Format, bytes_writer, choose, parse_fields, reads, write_machine

if TYPE_CHECKING:
    from oncodir.geo import Gazetteer


class Kind(str, Enum):
    hospital = "hospital"
    department = "department"


class Sort(str, Enum):
    name = "name"
    city = "city"
    beds = "beds"
    distance = "distance"


def _markdown_columns(hits: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Find's Markdown table: what a letter needs, the distance when --near asked for it."""
    near = [("distance_km", "km")] if any("distance_km" in h for h in hits) else []
    return [
        ("name", "Name"),
        ("kind", "Kind"),
        ("hospital", "Hospital"),
        ("city", "City"),
        *near,
        ("matched", "Matched"),
        ("source", "Source"),
    ]


TABLE_ROWS = 100  # rows a table shows unless --limit says otherwise; pipes get everything
FIND_COLUMNS = ("id", "kind", "name", "hospital", "city", "matched")


def find(
    ctx: typer.Context,
    terms: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="What to look for: a cancer, a treatment, a city, a name. Several terms must all match.",
            show_default=False,
            autocompletion=complete.terms,
        ),
    ] = None,
    cancer: Annotated[
        Optional[list[str]],
        typer.Option("--cancer", "-c", help="Match cancer types only.", autocompletion=complete.cancers),
    ] = None,
    treatment: Annotated[
        Optional[list[str]],
        typer.Option("--treatment", "-t", help="Match treatments only.", autocompletion=complete.treatments),
    ] = None,
    city: Annotated[
        Optional[list[str]],
        typer.Option("--city", help="In this city or province.", autocompletion=complete.places),
    ] = None,
    hospital: Annotated[
        Optional[list[str]],
        typer.Option("--hospital", help="In this hospital (name, alias or id).", autocompletion=complete.hospitals),
    ] = None,
    near: Annotated[
        Optional[str],
        typer.Option(
            "--near",
            metavar="CITY",
            help="Sort by distance from this city (English, Chinese or pinyin).",
            autocompletion=complete.cities,
        ),
    ] = None,
    within: Annotated[
        Optional[float], typer.Option("--within", metavar="KM", min=0, help="With --near: at most this far.")
    ] = None,
    kind: Annotated[
        Optional[Kind], typer.Option("--kind", case_sensitive=False, help="Only hospitals or only departments.")
    ] = None,
    sort: Annotated[
        Optional[Sort],
        typer.Option(
            "--sort", case_sensitive=False, help="Order by name, city, beds or distance (default: relevance)."
        ),
    ] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Show at most N results.")] = None,
    fmt: FormatOpt = None,
    fields: FieldsOpt = None,
) -> None:
    """Find departments and hospitals by cancer, treatment, place or name.

    \b
    Examples:
      oncodir find melanoma
      oncodir find skin cancer                 # words that form one term are joined
      oncodir find hipec --format json | jq '.[].id'
      oncodir find --treatment chemotherapy --city hangzhou
      oncodir find lung cancer --hospital "Beijing Cancer Hospital"
      oncodir find 胃癌                          # Chinese names, lay words, abbreviations
      oncodir find melanoma --near shanghai     # nearest first, with the distance in km
      oncodir find hipec --format markdown      # a table to paste into a letter or a wiki
      oncodir find melanoma --format geojson > melanoma.geojson   # a map (geojson.io, QGIS)
    """
    from oncodir import query

    if within is not None and not math.isfinite(within):  # nan passes min=0, and would mean "no limit"
        raise UsageError(f"--within must be a distance in km, 0 or more, not {within}")
    if within is not None and near is None:
        raise UsageError("--within needs --near CITY")
    run = state(ctx)
    restricted = {"cancer": cancer, "treatment": treatment, "city": city, "hospital": hospital}
    asked = query.build_query(
        run.planner(),
        terms or [],
        restricted,
        near=near,
        within_km=within,
        kind=kind.value if kind else None,
        sort=sort.value if sort else None,
    )
    columns = parse_fields(fields, FIND_COLUMNS)
    keys = parse_fields(fields, ()) or None
    tty = is_tty()
    form = choose(fmt, tty)
    if limit is None and form is Format.table:
        limit = TABLE_ROWS  # a person reads the best matches; thousands of rows help nobody
    hits = run.answer(asked, reads(form, columns, keys, tty, limit, utf8=bytes_writer(sys.stdout) is not None))
    if asked.set_aside:  # words that carry no criterion: say so, never silently
        from oncodir.text import clean_line

        sys.stderr.write(clean_line(f"oncodir: set aside: {', '.join(asked.set_aside)}") + "\n")
    _print(hits, query.describe(asked), form, tty, columns, keys, limit, run.gazetteer)


def _print(
    hits: list[Any],
    label: str,
    form: Format,
    tty: bool,
    columns: list[str],
    keys: list[str] | None,
    limit: int | None,
    gazetteer: Callable[[], "Gazetteer"],
) -> None:
    shown = hits[:limit] if limit else hits
    if form is Format.table and keys:  # --fields on a table: those columns
        from oncodir import views

        views.listing(
            views.console(sys.stdout), shown, [(c, c) for c in columns], f"{len(hits):,} results for {label}."
        )
    elif form is Format.table:
        from oncodir import views

        views.results(views.console(sys.stdout), shown, len(hits), label)
    elif form is Format.markdown:
        from oncodir.cli import share
        from oncodir.details import age_summary

        chosen = [(c, c) for c in columns] if keys else _markdown_columns(shown)
        counted = f"{len(hits):,} {'result' if len(hits) == 1 else 'results'} for {label}"
        if len(shown) < len(hits):
            counted += f", the first {len(shown):,} shown"
        share.markdown_table(shown, chosen, f"{counted}; {age_summary(shown)}.")
    elif form is Format.geojson:
        from oncodir.cli import share

        share.geojson(shown, gazetteer(), keys, is_tty=tty)
    else:
        write_machine(sys.stdout, form, shown, columns, keys, is_tty=tty)
