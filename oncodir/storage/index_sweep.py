"""Sweeping the cache directory of query indexes (:mod:`oncodir.storage.index`) no one needs."""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import time
from pathlib import Path

from oncodir.storage.index import PREFIX, SUFFIX, checksum


def sweep(directory: Path, keep: Path, now: float | None = None) -> None:
    """Remove indexes of databases that no longer exist, and builds abandoned over an hour ago."""
    import sqlite3

    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if path == keep:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if entry.name.startswith(f".{PREFIX}"):
            if now - st.st_mtime > 3600:
                with contextlib.suppress(OSError):
                    path.unlink()
            continue
        if not (entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX)):
            continue
        if not stat.S_ISREG(st.st_mode):
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        gone = True
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                row = conn.execute("SELECT v, crc FROM meta WHERE k = 'paths'").fetchone()
            finally:
                conn.close()
            if row is not None and checksum(row[0]) == row[1]:
                gone = not all(os.path.exists(p) for p in marshal.loads(row[0]))
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            gone = True
        if gone:
            with contextlib.suppress(OSError):
                path.unlink()
