"""The one guard every command runs under: errors become one line on stderr and an exit code.

:meth:`OncodirGroup.invoke` sees every command run, so expected failures (an
:class:`~oncodir.errors.OncodirError`) and a reader that went away (a broken pipe) are handled
there, once. :meth:`OncodirGroup.main` covers what happens outside a command: usage errors
while parsing, Ctrl-C, and bugs, which are reported in one line too (the traceback on request).
Commands never catch these themselves.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from oncodir.errors import Ambiguous, ExitCode, NoResults, OncodirError, OutputError
from oncodir.streams import guarded, silence
from oncodir.text import clean_line, shorten

DEBUG_ENV = "ONCODIR_DEBUG"
MAX_MESSAGE = 300  # an error line stays readable even when the query was 100,000 characters
MAX_CANDIDATES = 20  # an ambiguous name lists at most this many records


def err(message: str) -> None:
    """One line on stderr, prefixed ``oncodir:``, cleaned of control characters and shortened."""
    sys.stderr.write(f"oncodir: {shorten(clean_line(message), MAX_MESSAGE)}\n")


def report(exc: OncodirError) -> int:
    """Tell the user about an expected failure (one line, or a short list for ambiguity)."""
    if isinstance(exc, OutputError):  # what stdout still holds can never be written: drop it
        silence(sys.stdout)
    err(str(exc))
    if isinstance(exc, NoResults) and exc.suggestions:
        err("did you mean: " + ", ".join(exc.suggestions) + "?")
    if isinstance(exc, Ambiguous):
        for rid, label in exc.candidates[:MAX_CANDIDATES]:
            sys.stderr.write(f"  {clean_line(rid)}\t{clean_line(label)}\n")
    return int(exc.exit_code)


def quiet_broken_pipe() -> int:
    """The reader went away (``| head -1``): not a failure, and nothing more to say."""
    # Point stdout at devnull so the interpreter's final flush cannot raise again and print
    # "Exception ignored" (exit 120).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK


def relax_streams() -> None:
    """Never crash on output the terminal's encoding cannot show: replace those characters."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change: leave it
                reconfigure(errors="replace")


def redecode(arg: str) -> str:
    """Arguments under an ASCII locale arrive as surrogate escapes; read their bytes as UTF-8."""
    if not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _usage_error(exc: typer.TyperException) -> int:
    fmt = getattr(exc, "format_message", None)
    message = fmt() if callable(fmt) else str(exc)
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    err(f"{message}{hint}")
    return int(getattr(exc, "exit_code", ExitCode.ERROR) or ExitCode.ERROR)


def _system_exit(exc: SystemExit) -> int:
    # Typer answers a broken pipe while printing help with exit(1) after swapping stdout for
    # click's PacifyFlushWrapper; that is a closed reader, not a failure.
    code = exc.code if isinstance(exc.code, int) else ExitCode.ERROR
    if code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
        return quiet_broken_pipe()
    return code


def _bug(exc: BaseException) -> int:
    """A bug: say so in one line, details on request."""
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exc()
    err(f"internal error: {type(exc).__name__}: {exc}. Set {DEBUG_ENV}=1 to see the traceback, and please report it.")
    return ExitCode.ERROR


def exit_code_for(exc: BaseException) -> int:
    """The exit code for whatever escaped the run, after telling the user about it."""
    if isinstance(exc, BrokenPipeError):
        return quiet_broken_pipe()
    if isinstance(exc, OncodirError):  # stdout failing at the last flush, after the command
        return report(exc)
    if isinstance(exc, SystemExit):
        return _system_exit(exc)
    if isinstance(exc, typer.TyperException):  # click's usage errors: a bad option, a missing argument
        return _usage_error(exc)
    if isinstance(exc, typer.Abort):
        err("aborted")
        return ExitCode.INTERRUPTED
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    return _bug(exc)


class OncodirGroup(TyperGroup):
    """Runs every command under one guard: one-line errors, quiet broken pipes."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            rv = super().invoke(ctx)
            sys.stdout.flush()
        except OncodirError as exc:
            raise typer.Exit(report(exc)) from None
        except BrokenPipeError:
            # Typer would turn a broken pipe into exit 1, which here means "no results".
            raise typer.Exit(quiet_broken_pipe()) from None
        return rv

    def _main_shell_completion(self, ctx_args: Any, prog_name: str, complete_var: str | None = None) -> None:
        from oncodir.cli.complete import use_safe_shells

        use_safe_shells()  # candidates cleaned and quoted for the shell that asks
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        relax_streams()
        argv = [redecode(a) for a in (sys.argv[1:] if args is None else args)]
        with guarded():  # closed, full or broken stdout and stderr: see oncodir.streams
            try:
                rv = super().main(
                    args=argv,
                    prog_name=prog_name or "oncodir",
                    complete_var=complete_var,
                    standalone_mode=False,
                    windows_expand_args=windows_expand_args,
                    **extra,
                )
                code = rv if isinstance(rv, int) else ExitCode.OK
                sys.stdout.flush()
            except (Exception, SystemExit, KeyboardInterrupt) as exc:
                code = exit_code_for(exc)
        if standalone_mode:
            sys.exit(code)
        return code
