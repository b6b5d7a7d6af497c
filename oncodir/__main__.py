"""The entry point of ``oncodir`` and ``python -m oncodir``: first Ctrl-C and closed streams, then the CLI.

Importing the command line (Typer, Click, the commands) takes most of a short run. A Ctrl-C
during those imports would end in a KeyboardInterrupt traceback, so the handler is installed
before them, in this small module the console script imports. From then until the process
ends, Ctrl-C ends it at once with the shell's status for an interrupt, 130, and no traceback:
writes to the user database are atomic, so stopping anywhere leaves it as it was or complete.

When the command has finished, the process ends without the interpreter's clean-up: by then the
results are written and flushed, every file is closed and every write is complete, and tearing
down the loaded directory object by object (the final garbage collection, then every module)
would cost more than the query itself on the bundled directory.
"""

from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = 130  # as a shell reports a process ended by SIGINT (errors.ExitCode.INTERRUPTED)


def _interrupted(signum: int, frame: object) -> None:
    os._exit(INTERRUPTED)


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGINT, _interrupted)
    from oncodir.streams import reopen_closed

    reopen_closed()  # before any file is opened, so none takes a closed stream's number
    from oncodir.cli import main as run

    try:
        run()
    except SystemExit as done:
        finish(done.code)
    raise AssertionError("the command line always ends with SystemExit")


def finish(code: object) -> None:
    """End the process with ``code`` (as ``sys.exit`` reads it), without the interpreter's clean-up."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # a message, as sys.exit prints it
        _write_last(str(code))
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # already reported by the command line's guard, or nobody is reading
    os._exit(status)


def _write_last(message: str) -> None:
    try:
        if sys.stderr is not None:
            sys.stderr.write(message + "\n")
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    main()
