"""Commands for the user's own records: import, export, validate and extract.

Every failure is one line on stderr and an exit code (0 done, 1 nothing to export, 2 error),
by the guard in :mod:`oncodir.cli.group`. Reports go to stderr, so stdout carries only data.
"""

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from oncodir.cli.group import err
from oncodir.cli.options import directory, is_tty, state
from oncodir.errors import InputError, NoResults, ProblemsFound, UsageError
from oncodir.text import clean_line


class ExportFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class DraftFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def import_(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="JSON array, JSON Lines or CSV with a header; '-' reads stdin."),
    ],
) -> None:
    """Add records to your database, or update those with the same id.

    The format is the one 'show --format json' prints; 'kind' and 'name' are required, ids
    are made from names when absent. All or nothing: one bad record and nothing changes.

    \b
    Examples:
      oncodir import clinics.csv
      oncodir import mine.json more.jsonl
      oncodir extract page.txt | oncodir import -
    """
    from oncodir import importer
    from oncodir.storage.paths import user_db_path

    if files.count(importer.STDIN) > 1:
        raise UsageError("'-' (standard input) can be given once")
    entries = []
    for name in files:
        found = importer.parse(importer.read_text(name), name)
        if not found:
            raise UsageError(f"{name}: no records; nothing was imported")
        entries.extend(found)
    path, named = user_db_path(state(ctx).db)
    outcome = importer.import_entries(entries, path, create=not named)
    for line in outcome.warnings:
        err(line)
    report = f"{path}: added {outcome.added}, updated {outcome.updated}"
    if outcome.unchanged:
        report += f", unchanged {outcome.unchanged}"
    err(report)


def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = (
        ExportFormat.json
    ),
    all_: Annotated[bool, typer.Option("--all", help="Export the bundled records too, not only yours.")] = False,
) -> None:
    """Print your records in the import format, so export and import round-trip.

    \b
    Examples:
      oncodir export > mine.json
      oncodir export --format csv > mine.csv
      oncodir export --all --format jsonl
    """
    from oncodir import csvcells
    from oncodir.output import TerminalSafe, write_json, write_jsonl
    from oncodir.storage.read import user_records

    records = directory(ctx).records if all_ else user_records(state(ctx).db)
    if not records:
        raise NoResults("no records to export")
    out: Any = TerminalSafe(sys.stdout) if is_tty() else sys.stdout
    if fmt is ExportFormat.json:
        write_json(out, records)
    elif fmt is ExportFormat.jsonl:
        write_jsonl(out, records)
    else:
        csvcells.write_csv(out, records)


def validate(ctx: typer.Context) -> None:
    """Check the bundled directory and your database: shape, required fields, links, terms.

    Prints one line per problem (database, record, field) and exits 2 if there is any.
    Terms the vocabulary does not know are warnings in your database, problems in the bundled one.

    \b
    Examples:
      oncodir validate
      oncodir --db mine.json validate
    """
    from oncodir import checks
    from oncodir.storage.paths import bundled_path, user_db_path

    path, named = user_db_path(state(ctx).db)
    user = path if named or path.exists() else None
    problems, warnings, checked = checks.validate_all(bundled_path(), user)
    for line in [*problems, *warnings]:  # ids, terms and paths come from the data: cleaned
        sys.stdout.write(f"{clean_line(line)}\n")
    summary = f"{_plural(len(problems), 'problem')}, {_plural(len(warnings), 'warning')} in {checked}"
    if problems:
        raise ProblemsFound(summary)
    err(f"ok: {summary}")


def extract(
    ctx: typer.Context,
    pages: Annotated[
        list[str],
        typer.Argument(metavar="PAGE.txt...", help="Plain text of department pages; '-' for stdin."),
    ],
    fmt: Annotated[
        Optional[DraftFormat],
        typer.Option("--format", "-f", case_sensitive=False, help="Default: table on a terminal, json in a pipe."),
    ] = None,
    document: Annotated[
        Optional[str], typer.Option("--document", metavar="NAME", help="The source document to cite (one page).")
    ] = None,
    url: Annotated[
        Optional[str], typer.Option("--url", metavar="URL", help="The page's address, cited as the source (one page).")
    ] = None,
    hospital: Annotated[
        Optional[str],
        typer.Option("--hospital", metavar="NAME", help="The hospital, when the page does not name it."),
    ] = None,
) -> None:
    """Draft department records from the text of their web pages, to check and then import.

    Finds each department's name, hospital, city, cancers and treatments (vocabulary terms),
    beds, staff, people and roles, founding date, patients a year, programmes and the page's
    update date. It states only what the page states: a fact it is not sure of stays null and
    the draft's notes say why. Several pages give one JSON array, each draft citing its file.

    \b
    Examples:
      oncodir extract page.txt --url https://example.org/dept.html
      oncodir extract page.txt --hospital "Zhejiang Cancer Hospital"
      oncodir extract pages/*.txt --format json > drafts.json   # check them, then:
      oncodir import drafts.json
    """
    from oncodir import importer
    from oncodir.extract import draft
    from oncodir.output import TerminalSafe, write_json, write_jsonl

    if len(pages) > 1 and (document or url):
        raise UsageError("--document and --url describe one page; give them with a single PAGE")
    if pages.count(importer.STDIN) > 1:
        raise UsageError("'-' (standard input) can be given once")
    records = []
    for page in pages:
        text = importer.read_text(page)
        if not text.strip():
            where = "standard input" if page == importer.STDIN else page
            raise InputError(f"{where}: the page is empty: nothing to draft a record from")
        cite = document if document is not None or page == importer.STDIN else Path(page).name
        records.append(draft(text, cite, directory(ctx), url=url, hospital=hospital))
    tty = is_tty()
    form = fmt or (DraftFormat.table if tty else DraftFormat.json)
    if form is DraftFormat.table:
        from oncodir import views

        console = views.console(sys.stdout)
        for record in records:
            views.detail(console, record, [], False)
        return
    out: Any = TerminalSafe(sys.stdout) if tty else sys.stdout
    (write_json if form is DraftFormat.json else write_jsonl)(out, records)
