"""The standard streams, made safe to use whatever state they arrive in: the one stream guard.

A command may start with standard input, output or error closed (``>&-``), pointed at a full
disk (``>/dev/full``) or at a pipe whose reader has gone. What is promised:

- results written and the work done: exit 0, even when stderr is gone (messages are dropped);
- stdout cannot take the results: one line on stderr (if it can take it) and exit 2;
  a reader that went away (``| head -1``, EPIPE) is the conventional quiet end, exit 0;
- stdin closed: the command that wanted it says so in one line, exit 2.

:func:`reopen_closed` runs first thing in the entry point, so that no file the command opens
later (a database, its lock) can take the number of a closed standard stream. :func:`guarded`
wraps stdout and stderr for one run of the command line; :func:`read_stdin` is the one way
commands read standard input.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from oncodir.errors import InputError, OutputError

_closed: set[int] = set()  # standard descriptors that were closed when the process started


def reopen_closed() -> None:
    """Point closed descriptors 0, 1 and 2 at /dev/null, and remember which ones were closed.

    Python has already set ``sys.stdin``/``stdout``/``stderr`` to None for them; they stay
    None, so writing results still fails (with a message) instead of silently vanishing.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            _closed.add(fd)
            with contextlib.suppress(OSError):
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)


def silence(stream: Any) -> None:
    """Point a failed standard stream at /dev/null so the interpreter's final flush cannot fail
    again ("Exception ignored", exit 120). Streams that are not the process's own are left alone."""
    try:
        fd = stream.fileno()
        if fd not in (1, 2):
            return
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


class GuardedOutput:
    """Standard output: a failed write becomes :class:`OutputError` (one line, exit 2).

    A broken pipe stays :class:`BrokenPipeError`, which the CLI's guard ends quietly.
    Anything else (isatty, fileno, encoding) is the wrapped stream's.
    """

    def __init__(self, stream: Any) -> None:
        self.wrapped = stream

    def _fail(self, exc: BaseException | None) -> OutputError:
        # Not silenced here: a library probing the stream (click writes "" to test it) may
        # catch this and write again. The guard silences stdout when it reports the error.
        if exc is None:
            return OutputError("cannot write the results: standard output is closed")
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return OutputError(f"cannot write the results to standard output: {reason}")

    def write(self, text: str) -> int:
        if self.wrapped is None:
            raise self._fail(None)
        try:
            written: int = self.wrapped.write(text)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: a closed file object
            raise self._fail(exc) from None
        return written

    def flush(self) -> None:
        if self.wrapped is None:
            return
        try:
            self.wrapped.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def bytes_writer(self) -> Callable[[bytes], None] | None:
        """A writer of bytes after the text written so far (its binary buffer, the text flushed
        first), failing as :meth:`write` fails; None when the stream has no binary buffer."""
        if self.wrapped is None or getattr(self.wrapped, "buffer", None) is None:
            return None
        return self._write_bytes

    def _write_bytes(self, data: bytes) -> None:
        self.flush()
        try:
            self.wrapped.buffer.write(data)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def isatty(self) -> bool:
        try:
            return bool(self.wrapped.isatty())
        except (AttributeError, OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self.wrapped is None:
            raise OSError("standard output is closed")
        fd: int = self.wrapped.fileno()
        return fd

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


class QuietOutput:
    """Standard error: messages that cannot be written are dropped, never an error.

    The outcome of a command (its exit code) must not depend on whether anyone reads its
    messages: a closed, full or broken stderr changes nothing but what is seen.
    """

    def __init__(self, stream: Any) -> None:
        self.wrapped = stream
        self.lost = stream is None

    def write(self, text: str) -> int:
        if not self.lost:
            try:
                self.wrapped.write(text)
                self.wrapped.flush()
            except (OSError, ValueError, AttributeError):
                self.lost = True
                silence(self.wrapped)
        return len(text)

    def flush(self) -> None:
        if not self.lost:
            try:
                self.wrapped.flush()
            except (OSError, ValueError, AttributeError):
                self.lost = True
                silence(self.wrapped)

    def isatty(self) -> bool:
        try:
            return not self.lost and bool(self.wrapped.isatty())
        except (AttributeError, OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Run with stdout and stderr guarded (see the module docstring); restored afterwards."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = GuardedOutput(out)
    sys.stderr = QuietOutput(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def read_stdin(what: str = "standard input") -> bytes:
    """All of standard input as bytes; a closed or unreadable stdin is one-line InputError."""
    stdin = sys.stdin
    if stdin is None:
        raise InputError(f"{what}: standard input is closed")
    try:
        raw = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    except IsADirectoryError:
        raise InputError(f"{what}: standard input is a directory") from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"{what}: cannot read standard input: {reason}") from None
    return raw if isinstance(raw, bytes) else raw.encode("utf-8")
