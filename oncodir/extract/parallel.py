"""Reading a big page on more than one processor: a reader runs in a forked process while the draft reads on.

A department page of a few kilobytes is read in a few milliseconds, but a page saved whole from a
browser can run to hundreds of kilobytes, and the readers of cancers and treatments and of people
take most of its time. Each is a pure function of the page's text, so on a big page it runs in a
child process forked with the page already in memory, while the parent reads the rest; the child
sends back its result (marshal: plain lists, dicts and strings) through a pipe. Where the platform
cannot fork, the page is small, or the child fails in any way, the reader simply runs in the
parent: the draft is the same either way, only its wall time differs.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from typing import Any

BIG = 40_000  # characters: below this a fork costs about what it saves
_CAN_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")  # (fork without exec is unsafe on macOS)


def started(reader: Callable[..., Any], *args: Any, size: int = 0) -> Callable[[], Any]:
    """Start ``reader(*args)`` (in a child process when ``size`` is big); call the result to get its value."""
    if size < BIG or not _CAN_FORK or (os.cpu_count() or 1) < 2 or _threaded():
        return _now(reader, *args)
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return _now(reader, *args)
    if pid == 0:  # the child: compute, send, and end without the parent's clean-up (its files, its buffers)
        os.close(read_end)
        status = 1
        try:
            _send(write_end, marshal.dumps(reader(*args)))
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    return lambda: _received(read_end, pid, reader, args)


def _threaded() -> bool:
    """Whether other threads run (a program using the draft as a library): a fork copies only the calling
    thread, and a lock another thread held would stay held in the child for good."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def _now(reader: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    value = reader(*args)
    return lambda: value


def _send(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.close(fd)


def _received(fd: int, pid: int, reader: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    chunks = []
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return reader(*args)
    try:
        return marshal.loads(b"".join(chunks))
    except (EOFError, ValueError, TypeError):
        return reader(*args)
