"""Sweeping the cache directory of query indexes (:mod:`oncodir.storage.index`) no one needs.

Three kinds go, each only when nothing can still be using it:

- an index of databases that no longer exist;
- an index of the same databases as the one just built, under a name this version does not
  give them: made under another :data:`~oncodir.storage.index.SCHEMA` (the name holds it), so
  no query of this version opens it again, and after an upgrade it would stay for good (2.4 GB
  at a million departments). An index of *other* databases is never taken for one: its stored
  paths differ. Removing a file another process has open does not hurt it (on POSIX its reader
  keeps the file until it closes it; where a file in use cannot be removed, it stays);
- a temporary build file no build holds: a build writes with SQLite's ``locking_mode=EXCLUSIVE``
  (:func:`oncodir.storage.index_build.write`), so its file stays locked until it is closed, and
  a dead build's lock is gone with its process. A file too young to be locked yet (the build has
  not written its first table) is left for :data:`GRACE` seconds.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import time
from pathlib import Path

from oncodir.storage.index import PREFIX, SUFFIX, checksum, index_name, index_options

GRACE = 60.0  # seconds a temporary build file may exist before its build locks it


def stored_paths(path: Path) -> list[str] | None:
    """The database paths an index was built from (its checked ``meta``), or None if it is no
    index this code can read (then it is of no use to anyone)."""
    import sqlite3

    try:
        # immutable: no lock taken, so a reader or a build is never kept waiting
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT v, crc FROM meta WHERE k = 'paths'").fetchone()
        finally:
            conn.close()
        if row is None or checksum(row[0]) != row[1]:
            return None
        paths = marshal.loads(row[0])
    except (sqlite3.Error, ValueError, EOFError, TypeError, OSError):
        return None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        return None
    return paths


def current_names(paths: list[str]) -> set[str]:
    """Every name this version gives the index of these databases."""
    try:
        # with and without the bundled database: the two names of the same databases' indexes
        return {index_name([Path(p) for p in paths], index_options(bundled)) for bundled in (True, False)}
    except (OSError, RuntimeError, ValueError):  # a path that cannot be resolved (a link loop)
        return set()


def building(path: Path) -> bool:
    """Does a build hold this temporary file (SQLite's exclusive lock on it)?"""
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_BUSY" or "locked" in str(exc)
    except (sqlite3.Error, OSError, ValueError):
        return False  # not a database at all: no build writes such a file
    return False


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sweep_temp(path: Path, st: os.stat_result, now: float) -> None:
    """Remove a temporary build file that no build holds (a non-regular one is never a build's)."""
    if not stat.S_ISREG(st.st_mode) or (now - st.st_mtime > GRACE and not building(path)):
        _remove(path)


def _stale(path: Path, st: os.stat_result, kept: list[str] | None, names: set[str]) -> bool:
    """Is this index of no use: not a regular file, unreadable, of databases that are gone, or
    of the kept index's databases under a name this version does not give them?"""
    if not stat.S_ISREG(st.st_mode):
        return True
    paths = stored_paths(path)
    if paths is None or not all(os.path.exists(p) for p in paths):
        return True
    return kept is not None and paths == kept and path.name not in names


def sweep(directory: Path, keep: Path, now: float | None = None) -> None:
    """Remove indexes of databases that no longer exist, indexes of ``keep``'s databases made
    under another schema, and temporary build files no build holds; never ``keep`` itself."""
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    is_index = keep.name.startswith(PREFIX) and keep.name.endswith(SUFFIX)
    kept = stored_paths(keep) if is_index else None
    names = current_names(kept) | {keep.name} if kept is not None else set()
    for entry in entries:
        path = Path(entry.path)
        if path == keep:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if entry.name.startswith(f".{PREFIX}"):
            _sweep_temp(path, st, now)
        elif entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX) and _stale(path, st, kept, names):
            _remove(path)
