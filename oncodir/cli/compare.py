"""``oncodir compare``: hospitals and departments side by side, one column each, one row per fact.

Names are resolved exactly as ``show`` resolves them (:func:`oncodir.browse.lookup_all`); the
rows come from :mod:`oncodir.compare`; this module only picks the format and writes.
"""

import sys
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from oncodir.cli import complete
from oncodir.cli.group import err
from oncodir.cli.options import is_tty, state, stdin_names


class CompareFormat(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    markdown = "markdown"


def compare(
    ctx: typer.Context,
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME NAME...",
            help="Ids, names or aliases (any case), as 'show' takes them; '-' reads ids from standard input.",
            autocompletion=complete.records,
        ),
    ],
    fmt: Annotated[
        Optional[CompareFormat],
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="Output format. Default: table on a terminal, tsv in a pipe (a row per fact, a column per record).",
        ),
    ] = None,
) -> None:
    """Compare hospitals or departments side by side: a column each, a row per fact.

    Kind, hospital, place, beds, staff, patients a year, founding, cancers, treatments,
    programmes, people, the source and its date; "not stated" where a source is silent, and
    the facts that differ marked. A hospital may be set beside a department, or a record
    beside itself (name it twice); one record alone is shown as a column of its facts.

    \b
    Examples:
      oncodir compare "Renal Cancer & Melanoma" "Bone & Soft Tissue Surgery"
      oncodir compare CHUCAS "Beijing Cancer Hospital" --format markdown
      oncodir find lung cancer --city beijing --format ids | oncodir compare -
    """
    from oncodir import browse
    from oncodir import compare as comparing

    wanted = [n for name in names for n in (stdin_names("compare") if name == "-" else [name])]
    where = state(ctx).for_names(wanted, None)
    records = browse.lookup_all(where, wanted, unique=False)
    if len(records) == 1:  # a search that found one record: its facts alone, and say why
        err("one record, nothing beside it: its facts are shown alone")
    rows = comparing.rows(records)
    headings = [comparing.heading(r) for r in records]
    tty = is_tty()
    form = fmt or (CompareFormat.table if tty else CompareFormat.tsv)
    if form is CompareFormat.table:
        from oncodir import views

        views.comparison(views.console(sys.stdout), records, rows, headings)
    elif form is CompareFormat.markdown:
        from oncodir import markdown

        sys.stdout.write(markdown.comparison(records, rows, headings) + markdown.disclaimer())
    else:
        _write_machine(form, records, rows, tty)


def _write_machine(form: CompareFormat, records: list[dict[str, Any]], rows: Any, tty: bool) -> None:
    """TSV, CSV or JSON; on a terminal, control characters replaced."""
    from oncodir import compare as comparing
    from oncodir import output

    stream: Any = output.TerminalSafe(sys.stdout) if tty else sys.stdout
    if form is CompareFormat.json:
        import json

        indent = 2 if tty else None
        stream.write(json.dumps(comparing.as_json(records, rows), ensure_ascii=False, indent=indent) + "\n")
        return
    lines = [[key, *(str(r.get(key) or "") for r in records)] for key, _ in comparing.HEAD[::-1]]
    lines += [[row.key, *(comparing.joined(v) for v in row.values)] for row in rows]
    if form is CompareFormat.csv:  # the first line, the records' ids, is the header
        output.write_csv_cells(stream, lines)
    else:
        output.write_tsv_cells(stream, lines)
