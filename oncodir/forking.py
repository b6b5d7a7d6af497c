"""Pure work split over two processors: a part of it runs in a forked child while the parent does the rest.

Two places do enough pure work to gain from a second processor: extract on a page of hundreds of
kilobytes (its slowest readers), and building the query index of a big database (each record's
rows). A fork starts a child with the data already in memory; the child sends back its results
(marshal: plain lists, tuples, dicts, strings and bytes) through a pipe and ends without the
parent's clean-up. Where the platform cannot fork (only Linux is trusted to fork without exec),
there is one processor, other threads run, or the child fails in any way, the work runs in the
parent: the results are the same either way, only the wall time differs.
"""

from __future__ import annotations

import contextlib
import itertools
import marshal
import os
import signal
import struct
import sys
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

_CAN_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")  # (fork without exec is unsafe on macOS)
_LENGTH = struct.Struct("<Q")  # the length before each message of a stream


def usable() -> bool:
    """Whether forking can save time here: a platform that forks safely, a processor to spare, one thread."""
    return _CAN_FORK and _spare_processor() and not _threaded()


def _spare_processor() -> bool:
    """Two processors or more, and (by the last minute's load) one free: on a busy machine a child only
    adds its own costs (copying the pages it touches, sending its results) to the same work."""
    processors = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return processors >= 2 and load < processors - 0.5  # (this process's own work counts in the load too)


def _threaded() -> bool:
    """Whether other threads run (a program using oncodir as a library): a fork copies only the calling
    thread, and a lock another thread held would stay held in the child for good."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def _forked(write: Callable[[int], None]) -> tuple[int, int] | None:
    """Fork a child that runs ``write(fd)`` and ends; (pid, the read end of its pipe), or None."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 1 << 20)  # (Linux) the child can run a megabyte ahead
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: compute, send, and end without the parent's clean-up (its files, its buffers)
        os.close(read_end)
        status = 1
        try:
            write(write_end)
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def started(work: Callable[..., Any], *args: Any, fork: bool) -> Callable[[], Any]:
    """Start ``work(*args)`` (in a child process when ``fork`` and :func:`usable`); call the result to get
    its value (as often as wanted: the child is waited for once)."""
    child = _forked(lambda fd: _send(fd, marshal.dumps(work(*args)))) if fork and usable() else None
    if child is None:
        value = work(*args)
        return lambda: value
    pid, fd = child
    got: list[Any] = []

    def received() -> Any:
        if not got:  # asked again, the value first received
            got.append(_collected(pid, fd, work, args))
        return got[0]

    return received


def _collected(pid: int, fd: int, work: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    try:
        data = _read(fd, None)
    finally:
        os.close(fd)
        ok = _ended(pid)
    if ok and data is not None:
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            pass
    return work(*args)


def streamed(make: Callable[[int], Any], count: int, *, fork: bool, every: int = 2) -> Generator[Any, None, None]:
    """``make(0)``, ``make(1)``, ... ``make(count - 1)`` in order; with ``fork`` (and :func:`usable`), the
    parent makes every ``every``-th part (0, every, ...) and a child makes the others, so a parent
    with other work per part (writing it) gives the child the larger share. The child runs at most
    a part ahead of the parent's reading, so memory holds a few parts, never the whole; a child that
    fails leaves its parts to the parent."""
    mine = partial(_mine, every=every)
    child = _forked(lambda fd: _stream(fd, make, count, mine)) if fork and count > 1 and usable() else None
    if child is None:
        yield from map(make, range(count))
        return
    pid, fd = child
    alive = True
    try:
        for i in range(count):
            part = None
            if not mine(i) and alive:
                data = _read(fd, _LENGTH.size)
                size = _LENGTH.unpack(data)[0] if data is not None and len(data) == _LENGTH.size else None
                data = _read(fd, size) if size is not None else None
                if data is not None and len(data) == size:
                    part = marshal.loads(data)
                else:
                    alive = False
            yield part if part is not None else make(i)
    finally:
        os.close(fd)
        if alive:  # stopped early (an error in the parent), the child's work is not wanted
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _ended(pid)


def _mine(i: int, every: int) -> bool:
    return i % every == 0


def _stream(fd: int, make: Callable[[int], Any], count: int, mine: Callable[[int], bool]) -> None:
    for i in itertools.filterfalse(mine, range(count)):
        data = marshal.dumps(make(i))
        _write(fd, _LENGTH.pack(len(data)) + data)
    os.close(fd)


def _send(fd: int, data: bytes) -> None:
    _write(fd, data)
    os.close(fd)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read(fd: int, size: int | None) -> bytes | None:
    """``size`` bytes from the pipe (all it holds when None); None when it cannot be read."""
    chunks = []
    left = size
    try:
        while left is None or left > 0:
            chunk = os.read(fd, 1 << 20 if left is None else min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            if left is not None:
                left -= len(chunk)
    except OSError:
        return None
    return b"".join(chunks)


def _ended(pid: int) -> bool:
    """Wait for the child; whether it ended well."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.waitstatus_to_exitcode(status) == 0
