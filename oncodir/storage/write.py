"""Writing the user database: read-modify-write under a file lock, replaced atomically.

TinyDB writes in place, so a killed write leaves half a file, and it does not guard against
two writers. Here every change takes an exclusive lock (``filelock``, an ``flock`` on a
``<db>.lock`` file beside the database, released by the kernel if the process dies), reads
the current file, writes the whole new file to a temporary file in the same directory
(``.<db>.tmp-<pid>-<random>``), flushes and fsyncs it, renames it over the database with
``os.replace`` (atomic on POSIX) and fsyncs the directory so the rename survives a crash.
A reader therefore sees the old file or the new one, never a mixture; a writer killed
before the rename leaves only a temporary file, which the next writer removes.

The database path is resolved first (:func:`target`): a database reached through a symlink is
written where the link points, the link is kept, and the lock and temporary file live beside
the real file, so writers through the link and through the real path exclude each other. The
temporary file is created with the database's permissions from the start (``os.open`` with
its mode, then ``fchmod`` before any byte is written): a private (0600) database is never
readable by others, not even for the moment of a write.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from oncodir import __version__
from oncodir.errors import DatabaseError
from oncodir.storage.read import read_tables

LOCK_TIMEOUT_S = 30.0
STALE_AFTER_S = 60.0
T = TypeVar("T")
Tables = dict[str, list[dict[str, Any]]]


def target(path: Path) -> Path:
    """The file a write must replace: the database path with every symlink resolved."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the database's write lock; waits up to ``timeout`` seconds for another writer."""
    from filelock import FileLock, Timeout  # only writers need it

    timeout = LOCK_TIMEOUT_S if timeout is None else timeout
    lock = FileLock(str(lock_path(path)), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseError(path, f"another oncodir is writing it (waited {timeout:.0f} s); try again") from None
    except OSError as exc:
        raise DatabaseError(path, f"cannot lock it: {exc.strerror or exc}") from None
    try:
        yield
    finally:
        lock.release()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temps(path: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files that killed writers left behind. Call with the lock held.

    Under the lock no other writer is mid-write, but a pid can be reused, so a file is
    removed when its writer is gone or when it is older than a minute, whichever says so first.
    """
    now = time.time() if now is None else now
    removed = []
    for temp in path.parent.glob(temp_prefix(path) + "*"):
        pid_text = temp.name[len(temp_prefix(path)) :].split("-", 1)[0]
        try:
            old = now - temp.stat().st_mtime > STALE_AFTER_S
            if old or not pid_text.isdigit() or not _pid_alive(int(pid_text)):
                temp.unlink()
                removed.append(temp)
        except FileNotFoundError:
            continue
    return removed


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # some platforms cannot open a directory; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(temp: Path, path: Path) -> int:
    """Create the temporary file, already with the database's permissions (0666 less umask if new)."""
    try:
        mode: int | None = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    # 0o600 until fchmod: never more open than the database, even for the moment in between.
    fd = os.open(
        temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600 if mode is not None else 0o666
    )
    if mode is not None:
        with contextlib.suppress(OSError):  # a file system without modes has no permissions to leak
            os.fchmod(fd, mode)
    return fd


def write_atomic(path: Path, tables: Tables) -> None:
    """Write the tables as a TinyDB JSON file (documents keyed "1", "2", ...) and swap it in.

    ``path`` is the database as named; the file replaced is its :func:`target`.
    """
    path = target(path)
    doc = {name: {str(i): row for i, row in enumerate(rows, start=1)} for name, rows in tables.items()}
    temp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        with open(_create_temp(temp, path), "w", encoding="utf-8", closefd=True) as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise DatabaseError(path, f"cannot write it: {exc.strerror or exc}") from None
    _fsync_dir(path.parent)


def update(path: Path, change: Callable[[Tables], T], *, create: bool, changed: Callable[[T], bool] | None = None) -> T:
    """Read the database under the lock, let ``change`` edit its tables in place, write it back.

    ``change`` may raise to abandon the write: the file is then untouched. A database that does
    not exist starts empty when ``create`` is true (its directory is made too); otherwise it is
    an error. An existing file that is malformed is never overwritten. An existing file is left
    as it is when nothing changed: ``changed(result)`` says so when given (import knows what it
    added and replaced); otherwise the tables are compared as JSON before and after, which
    costs two serialisations of the whole database. Everything happens at
    the database's :func:`target`: a symlink is written through, and kept.
    """
    path = target(path)
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(path, f"cannot create its directory: {exc.strerror or exc}") from None
    elif not path.parent.is_dir():
        raise DatabaseError(path, "its directory does not exist")
    with locked(path):
        remove_stale_temps(path)
        exists = path.exists()
        tables: Tables = read_tables(path) if exists else {"records": []}
        tables.setdefault("records", [])
        before = json.dumps(tables, sort_keys=True) if changed is None else ""
        result = change(tables)
        if exists and (not changed(result) if changed is not None else json.dumps(tables, sort_keys=True) == before):
            return result  # nothing changed: leave the file as it is
        meta = tables.get("meta") or [{}]
        meta[0] = {**meta[0], "schema": 1, "kind": "oncodir user database", "written_by": f"oncodir {__version__}"}
        tables["meta"] = meta
        write_atomic(path, tables)
    return result
