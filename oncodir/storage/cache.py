"""A per-database snapshot cache, so a query does not redo work the last one already did.

Parsing, checking and merging the databases and indexing records by vocabulary term grow
with the data (about 3.5 s for 100,000 departments, most of it checking every record). The
result is kept in the user's cache directory as a ``marshal`` file: marshal reads plain
dicts, lists, sets and strings back faster than ``json`` and, unlike pickle, cannot run code
on load. A snapshot records the size and modification time of every database it was built
from, and oncodir's version; any difference and it is ignored and rebuilt, so editing or
importing into a database invalidates it. ``ONCODIR_CACHE=0`` turns the cache off. Failing
to read or write the cache is never an error: the work is simply done again.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from pathlib import Path
from typing import Any

from oncodir import __version__
from oncodir.storage.paths import cache_dir

SCHEMA = 1
ENV_CACHE = "ONCODIR_CACHE"


def enabled() -> bool:
    return os.environ.get(ENV_CACHE, "1").strip().lower() not in ("0", "no", "off", "false")


def fingerprint(paths: list[Path], options: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    """The snapshot's file name (from which databases) and its key (their current state)."""
    state: list[Any] = [SCHEMA, __version__, *options]
    for path in paths:
        st = path.stat()
        # Size and times catch edits in place; the inode catches a file replaced (os.replace).
        state.append((str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    # crc32, not hashlib: importing hashlib costs 5 ms, and a clash only means a cache miss
    # (the full key inside the file is compared before use).
    name = zlib.crc32(repr((SCHEMA, options, [str(p.resolve()) for p in paths])).encode())
    return f"snapshot-{name:08x}.marshal", tuple(state)


def read(name: str, key: tuple[Any, ...]) -> dict[str, Any] | None:
    """The snapshot if it exists and was built from exactly these databases, else None."""
    if not enabled():
        return None
    try:
        # loads() on the whole file: load() on a file object reads it piece by piece, 8x slower.
        data = marshal.loads((cache_dir() / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data


def write(name: str, key: tuple[Any, ...], data: dict[str, Any]) -> None:
    """Save a snapshot atomically; a cache that cannot be written is silently skipped."""
    if not enabled():
        return
    import tempfile  # only when writing, which most queries do not

    directory = cache_dir()
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".snapshot-", dir=directory)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps({**data, "key": key}))
        os.replace(tmp, directory / name)
        tmp = None
    except (OSError, ValueError):  # read-only home, full disk, unmarshallable data: no cache
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
