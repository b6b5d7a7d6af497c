"""The entry point of ``oncodir`` and ``python -m oncodir``: first Ctrl-C and closed streams, then the CLI.

Importing the command line (Typer, Click, the commands) takes most of a short run. A Ctrl-C
during those imports would end in a KeyboardInterrupt traceback, so the handler is installed
before them, in this small module the console script imports. From then until the process
ends, Ctrl-C ends it at once with the shell's status for an interrupt, 130, and no traceback:
writes to the user database are atomic, so stopping anywhere leaves it as it was or complete.
"""

from __future__ import annotations

import os
import signal

INTERRUPTED = 130  # as a shell reports a process ended by SIGINT (errors.ExitCode.INTERRUPTED)


def _interrupted(signum: int, frame: object) -> None:
    os._exit(INTERRUPTED)


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGINT, _interrupted)
    from oncodir.streams import reopen_closed

    reopen_closed()  # before any file is opened, so none takes a closed stream's number
    from oncodir.cli import main as run

    run()


if __name__ == "__main__":
    main()
