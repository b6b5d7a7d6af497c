"""``oncodir find``: build the query (:mod:`oncodir.query`), let :mod:`oncodir.search` answer it, print."""

import sys
from typing import Annotated, Any, Optional

import typer

from oncodir.cli import complete
from oncodir.cli.options import FieldsOpt, FormatOpt, is_tty, state
from oncodir.errors import UsageError
from oncodir.output import Format, choose, parse_fields, write_machine

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
    """
    from oncodir import query, search

    if within is not None and near is None:
        raise UsageError("--within needs --near CITY")
    run = state(ctx)
    restricted = {"cancer": cancer, "treatment": treatment, "city": city, "hospital": hospital}
    asked = query.build_query(run.planner(), terms or [], restricted, near=near, within_km=within)
    columns = parse_fields(fields, FIND_COLUMNS)
    hits = search.answer(run.for_query(asked), asked)
    _print(hits, query.describe(asked), fmt, columns, parse_fields(fields, ()) or None, limit)


def _print(
    hits: list[dict[str, Any]],
    label: str,
    fmt: Format | None,
    columns: list[str],
    keys: list[str] | None,
    limit: int | None,
) -> None:
    tty = is_tty()
    form = choose(fmt, tty)
    if limit is None and form is Format.table:
        limit = TABLE_ROWS  # a person reads the best matches; thousands of rows help nobody
    shown = hits[:limit] if limit else hits
    if form is Format.table:
        from oncodir import views

        views.results(views.console(sys.stdout), shown, len(hits), label)
    else:
        write_machine(sys.stdout, form, shown, columns, keys, is_tty=tty)
