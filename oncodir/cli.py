"""The command line: parse, call the core, hand results to output.

This is the one place that turns domain errors into messages and exit codes
(0 results, 1 no results, 2 errors), always one line on stderr and never a traceback.
"""

import contextlib
import functools
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Optional, TypeVar

import typer
from typer.core import TyperGroup

from oncodir import __version__
from oncodir import complete as completion
from oncodir.errors import Ambiguous, ExitCode, NoResults, OncodirError, UsageError
from oncodir.output import DISCLAIMER, Format, choose, parse_fields, write_machine
from oncodir.text import clean_line, shorten

DEBUG_ENV = "ONCODIR_DEBUG"
TABLE_ROWS = 100  # rows a table shows unless --limit says otherwise; pipes get everything
MAX_MESSAGE = 300  # an error line stays readable even when the query was 100,000 characters
FIND_COLUMNS = ("id", "kind", "name", "hospital", "city", "matched")


def _err(message: str) -> None:
    sys.stderr.write(f"oncodir: {shorten(clean_line(message), MAX_MESSAGE)}\n")


class OncodirGroup(TyperGroup):
    """Runs every command under one guard: one-line errors, quiet broken pipes."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        _relax_streams()
        if args is None:
            args = sys.argv[1:]
        args = [_redecode(a) for a in args]
        try:
            rv = super().main(
                args=args,
                prog_name=prog_name or "oncodir",
                complete_var=complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
            code = rv if isinstance(rv, int) else 0
            sys.stdout.flush()
        except BrokenPipeError:
            code = _quiet_broken_pipe()
        except SystemExit as exc:
            # Typer answers a broken pipe while printing help with exit(1) after swapping
            # stdout for click's PacifyFlushWrapper; that is a closed reader, not a failure.
            code = exc.code if isinstance(exc.code, int) else ExitCode.ERROR
            if code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
                code = _quiet_broken_pipe()
        except typer.TyperException as exc:  # click's usage errors derive from it
            fmt = getattr(exc, "format_message", None)
            message = fmt() if callable(fmt) else str(exc)
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            _err(f"{message}{hint}")
            code = int(getattr(exc, "exit_code", ExitCode.ERROR) or ExitCode.ERROR)
        except typer.Abort:
            _err("aborted")
            code = 130
        except KeyboardInterrupt:
            code = 130
        except Exception as exc:  # a bug: say so in one line, details on request
            if os.environ.get(DEBUG_ENV):
                import traceback

                traceback.print_exc()
            _err(
                f"internal error: {type(exc).__name__}: {exc}. "
                f"Set {DEBUG_ENV}=1 to see the traceback, and please report it."
            )
            code = ExitCode.ERROR
        if standalone_mode:
            sys.exit(code)
        return code


def _relax_streams() -> None:
    """Never crash on output the terminal's encoding cannot show: replace those characters."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change: leave it
                reconfigure(errors="replace")


def _redecode(arg: str) -> str:
    """Arguments under an ASCII locale arrive as surrogate escapes; read their bytes as UTF-8."""
    if not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _quiet_broken_pipe() -> int:
    # The reader went away (| head -1). Point stdout at devnull so the interpreter's
    # final flush cannot raise again and print "Exception ignored" (exit 120).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK


HELP = f"""A directory of cancer hospitals and their oncology departments.

Search by diagnosis or treatment, in plain words; see where each department is and why
it matched; show one hospital or department in full. Output is a table on a terminal and
tab-separated lines in a pipe (--format json|jsonl|csv|tsv|ids|table).

\b
Examples:
  oncodir find melanoma
  oncodir find hipec --format json
  oncodir find --cancer "lung cancer" --city beijing
  oncodir show "Zhejiang Cancer Hospital"
  oncodir find melanoma --format ids | oncodir show -
  oncodir list cancers

Exit status: 0 results, 1 no results, 2 error.

{DISCLAIMER}
"""

app = typer.Typer(
    cls=OncodirGroup,
    help=HELP,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    """Global options, kept on the context for the commands."""

    def __init__(self, db: str | None, bundled: bool) -> None:
        self.db = db
        self.bundled = bundled
        self._directory: Any = None

    def directory(self) -> Any:
        if self._directory is None:
            from oncodir import store

            self._directory = store.load(self.db, bundled=self.bundled)
        return self._directory


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"oncodir {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _global(
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


def _fail(exc: OncodirError) -> typer.Exit:
    """Report a domain error (one line, or a short list for ambiguity) and exit."""
    _err(str(exc))
    if isinstance(exc, NoResults) and exc.suggestions:
        _err("did you mean: " + ", ".join(exc.suggestions) + "?")
    if isinstance(exc, Ambiguous):
        for rid, label in exc.candidates[:20]:
            sys.stderr.write(f"  {clean_line(rid)}\t{clean_line(label)}\n")
    return typer.Exit(int(exc.exit_code))


F = TypeVar("F", bound=Callable[..., None])


def _guarded(func: F) -> F:
    """Run a command so domain errors become one line and an exit code, and a closed pipe is quiet.

    Typer would turn a broken pipe into exit 1, which here means "no results".
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
            sys.stdout.flush()
        except OncodirError as exc:
            raise _fail(exc) from None
        except BrokenPipeError:
            _quiet_broken_pipe()

    return wrapper  # type: ignore[return-value]


def _is_tty() -> bool:
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


@app.command()
@_guarded
def find(
    ctx: typer.Context,
    terms: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="What to look for: a cancer, a treatment, a city, a name. Several terms must all match.",
            show_default=False,
            autocompletion=completion.terms,
        ),
    ] = None,
    cancer: Annotated[
        Optional[list[str]],
        typer.Option("--cancer", "-c", help="Match cancer types only.", autocompletion=completion.cancers),
    ] = None,
    treatment: Annotated[
        Optional[list[str]],
        typer.Option("--treatment", "-t", help="Match treatments only.", autocompletion=completion.treatments),
    ] = None,
    city: Annotated[
        Optional[list[str]],
        typer.Option("--city", help="In this city or province.", autocompletion=completion.places),
    ] = None,
    hospital: Annotated[
        Optional[list[str]],
        typer.Option("--hospital", help="In this hospital (name, alias or id).", autocompletion=completion.hospitals),
    ] = None,
    near: Annotated[
        Optional[str],
        typer.Option(
            "--near",
            metavar="CITY",
            help="Sort by distance from this city (English, Chinese or pinyin).",
            autocompletion=completion.cities,
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
    from oncodir import search

    if within is not None and near is None:
        raise UsageError("--within needs --near CITY")
    directory = ctx.obj.directory()
    criteria = [search.Criterion(t) for t in search.group_terms(terms or [], directory)]
    for values, field in ((cancer, "cancer"), (treatment, "treatment"), (city, "city"), (hospital, "hospital")):
        criteria.extend(search.Criterion(v, field) for v in values or [])
    query = search.Query(criteria, near=near, within_km=within)
    out_fields = parse_fields(fields, FIND_COLUMNS)
    hits = search.find(directory, query)
    label = " ".join(repr(c.text) if c.field is None else f"{c.field} {c.text!r}" for c in criteria)
    if near:
        label += f" near {near}"
    if not hits:
        suggestions = []
        for c in criteria:
            if c.field in (None, "cancer", "treatment", "city"):
                suggestions += search.suggestions(directory, c.text)
        known = [
            t
            for c in criteria
            if c.field in (None, "cancer", "treatment")
            for t in directory.vocabulary.resolve(c.text)
        ]
        if len(criteria) == 1 and known:  # a real term, spelt right: the sources just do not name it
            message = f"no department or hospital in the directory lists {' or '.join(known)}"
        else:
            message = f"nothing matches {label or 'that'}"
        raise NoResults(f"{message}; try 'oncodir list cancers' or 'oncodir list treatments'", suggestions)
    total = len(hits)
    tty = _is_tty()
    form = choose(fmt, tty)
    if limit is None and form is Format.table:
        limit = TABLE_ROWS  # a person reads the best matches; thousands of rows help nobody
    shown = hits[:limit] if limit else hits
    if form is Format.table:
        from oncodir import views

        views.results(views.console(sys.stdout), shown, total, label)
    else:
        write_machine(sys.stdout, form, shown, out_fields, parse_fields(fields, ()) or None, is_tty=tty)


def main() -> None:
    """Console-script entry point."""
    # One short run allocates many objects and frees them at exit; cyclic collection during
    # the run only costs time (see store.load). The library API leaves the collector alone.
    gc.disable()
    app(prog_name="oncodir")


# show and list, and the commands for the user's own records, live in their own modules;
# importing them registers them on the app.
from oncodir import cli_browse, cli_records  # noqa: E402,F401
