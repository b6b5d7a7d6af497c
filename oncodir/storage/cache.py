"""A per-database snapshot cache, so a query does not redo work the last one already did.

Parsing, checking and merging the databases and indexing records by vocabulary term grow
with the data (about 3.5 s for 100,000 departments, most of it checking every record). The
result is kept in the user's cache directory as a ``marshal`` file: marshal reads plain
dicts, lists, sets and strings back faster than ``json`` and, unlike pickle, cannot run code
on load. A snapshot records the size and modification time of every database it was built
from, and oncodir's version; any difference and it is ignored and rebuilt, so editing or
importing into a database invalidates it. ``ONCODIR_CACHE=0`` turns the cache off. Failing
to read or write the cache is never an error: the work is simply done again.

A snapshot is a header (magic, crc32 of the rest, the databases' paths as JSON) and the
marshalled data. It is read only from a regular file (a FIFO, a device or a link in its place
is never opened for reading, so it can neither hang a query nor feed it /dev/zero), and used
only when the crc32 matches: a damaged snapshot that still unmarshals is rebuilt, not served.
Writing one removes the snapshots and query indexes of databases that no longer exist.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import time
import zlib
from pathlib import Path
from typing import Any

from oncodir import __version__
from oncodir.storage.paths import cache_dir

SCHEMA = 2
ENV_CACHE = "ONCODIR_CACHE"
MAGIC = b"oncodir\x02"
# The header: the magic (8 bytes), then the crc32 of everything after the header and the length
# of the paths, 4 little-endian bytes each (int.from_bytes: the struct module costs start-up time).
HEAD_SIZE = 16


def _head(raw: bytes) -> tuple[bytes, int, int]:
    return bytes(raw[:8]), int.from_bytes(raw[8:12], "little"), int.from_bytes(raw[12:16], "little")


def _pack_head(crc: int, skip: int) -> bytes:
    return MAGIC + crc.to_bytes(4, "little") + skip.to_bytes(4, "little")


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
        raw = read_regular(cache_dir() / name)
        if raw is None or len(raw) < HEAD_SIZE:
            return None
        magic, crc, skip = _head(raw)
        body = memoryview(raw)[HEAD_SIZE:]
        if magic != MAGIC or zlib.crc32(body) != crc:
            return None
        data = marshal.loads(body[skip:])
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data


def read_regular(path: Path, limit: int | None = None) -> bytes | None:
    """A file's bytes (at most ``limit``) if it is a regular file, else None; never blocks on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # a symbolic link fails here (ELOOP); a FIFO opens without waiting
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None
        size = st.st_size if limit is None else min(st.st_size, limit)
        chunks = []
        while size > 0:
            chunk = os.read(fd, min(size, 1 << 26))
            if not chunk:
                break
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def header_paths(path: Path) -> list[str] | None:
    """The database paths a snapshot was built from (its header only), or None if it is not one."""
    import json

    try:
        raw = read_regular(path, 1 << 16)
        if raw is None or len(raw) < HEAD_SIZE:
            return None
        magic, _, skip = _head(raw)
        paths = json.loads(raw[HEAD_SIZE : HEAD_SIZE + skip]) if magic == MAGIC else None
    except (OSError, ValueError):
        return None
    return [str(p) for p in paths] if isinstance(paths, list) else None


def write(name: str, key: tuple[Any, ...], data: dict[str, Any]) -> None:
    """Save a snapshot atomically, and sweep the ones no database needs; a cache that cannot be written is
    silently skipped."""
    if enabled():
        write_file(name, key, data)
        sweep(cache_dir(), keep=cache_dir() / name)


def write_file(name: str, key: tuple[Any, ...], data: dict[str, Any]) -> bool:
    """Save a cache file atomically (read back by :func:`read` with the same key); False when it cannot be."""
    if not enabled():
        return False
    import json
    import tempfile  # only when writing, which most queries do not

    directory = cache_dir()
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".snapshot-", dir=directory)
        paths = json.dumps([p[0] for p in key if isinstance(p, tuple) and p and isinstance(p[0], str)]).encode()
        body = paths + marshal.dumps({**data, "key": key})
        with os.fdopen(fd, "wb") as fh:
            fh.write(_pack_head(zlib.crc32(body), len(paths)))
            fh.write(body)
        os.replace(tmp, directory / name)
        tmp = None
    except (OSError, ValueError):  # read-only home, full disk, unmarshallable data: no cache
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return True


def sweep(directory: Path, keep: Path) -> None:
    """Remove snapshots and indexes of databases that no longer exist (they would pile up), and
    snapshots in an older format; indexes go through :func:`oncodir.storage.index_sweep.sweep`."""
    from oncodir.storage import index_sweep

    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".snapshot-"):  # a write that never finished
            with contextlib.suppress(OSError):
                if time.time() - entry.stat(follow_symlinks=False).st_mtime > 3600:
                    path.unlink()
            continue
        if path == keep or not (entry.name.startswith("snapshot-") and entry.name.endswith(".marshal")):
            continue
        paths = header_paths(path)
        if paths is None or not all(os.path.exists(p) for p in paths):
            with contextlib.suppress(OSError):
                path.unlink()
    index_sweep.sweep(directory, keep)
