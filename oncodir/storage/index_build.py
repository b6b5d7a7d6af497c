"""Building the query index (:mod:`oncodir.storage.index`) from the databases, and opening it for a query.

A missing or stale index is built from a full read of the databases (parse, check, merge: the
same work the snapshot cache saves), written to a temporary file in the cache directory and
swapped in whole, so a reader never sees half an index. On a terminal, a build that takes more
than a second shows a progress bar on stderr.
"""

from __future__ import annotations

import contextlib
import itertools
import marshal
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from oncodir.directory import Directory
from oncodir.storage.index import (
    FACETS,
    PREFIX,
    Index,
    checksum,
    enabled,
    index_name,
    index_options,
    state_key,
)
from oncodir.storage.index_docs import SURROGATES, doc_row, encoder
from oncodir.storage.index_text import stored, stored_row

PROGRESS_AFTER = 1.0  # seconds of building before a progress bar appears on a terminal


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and only after a second."""

    def __init__(self, total: int, label: str, stream: Any = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.start = time.monotonic()
        self.shown = False
        self.last = 0.0
        try:
            self.tty = bool(self.stream.isatty())
        except (AttributeError, ValueError, OSError):
            self.tty = False

    def update(self, done: int) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self.start < PROGRESS_AFTER or now - self.last < 0.1:
            return
        self.last = now
        self.shown = True
        width = 30
        filled = int(width * min(done, self.total) / self.total)
        bar = f"[{'#' * filled}{' ' * (width - filled)}] {done:,}/{self.total:,}"
        self.stream.write(f"\r\033[Koncodir: {self.label} {bar}")
        self.stream.flush()

    def waiting(self, label: str) -> Callable[[], None]:
        """Say ``label`` on the terminal if a step with no count (parsing the database) still runs
        after a second; returns the function that ends the wait."""
        if not self.tty:
            return lambda: None
        import threading

        def say() -> None:
            self.shown = True
            self.stream.write(f"\r\033[Koncodir: {label}")
            self.stream.flush()

        timer = threading.Timer(PROGRESS_AFTER, say)
        timer.daemon = True
        timer.start()

        def end() -> None:
            timer.cancel()
            timer.join()  # a message being written is finished before the line is cleared
            self.done()

        return end

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


Stored = str | bytes | None  # a TEXT column's value (index_text.stored)


def _place_keys(directory: Any) -> Callable[[Mapping[str, Any]], tuple[Stored, Stored]]:
    """A record's gazetteer city (name, province) and gazetteer province, looked up once per pair,
    as stored (index_text.stored)."""
    gaz = directory.gazetteer
    seen: dict[tuple[Any, Any], tuple[Stored, Stored]] = {}

    def keys(record: Mapping[str, Any]) -> tuple[Stored, Stored]:
        city, province = record.get("city"), record.get("province")
        pair = (city, province)
        if pair not in seen:
            located = gaz.place_of(record)
            place = f"{located.name}\t{located.province}" if located is not None else None
            # The gazetteer may come from the user's database: its names may hold a lone surrogate.
            known = gaz.province(str(province)) if province else None
            seen[pair] = (None if place is None else stored(place), None if known is None else stored(known))
        return seen[pair]

    return keys


_SCHEMA_SQL = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB, crc INTEGER);
CREATE TABLE rec (
    pos INTEGER PRIMARY KEY, id TEXT, kind TEXT, hospital_id TEXT,
    place TEXT, province TEXT, city TEXT, names TEXT
);
CREATE TABLE doc (
    pos INTEGER PRIMARY KEY, slim BLOB, scrc INTEGER, body BLOB, crc INTEGER, user INTEGER, links INTEGER
);
CREATE TABLE txt (pos INTEGER PRIMARY KEY, text TEXT);
CREATE TABLE term (field TEXT, term TEXT, posts BLOB, crc INTEGER, PRIMARY KEY (field, term)) WITHOUT ROWID;
CREATE TABLE facet (what TEXT PRIMARY KEY, body BLOB, crc INTEGER);
CREATE TABLE hname (key TEXT PRIMARY KEY, ids BLOB, crc INTEGER) WITHOUT ROWID;
"""
_INDEXES_SQL = """
CREATE INDEX rec_id ON rec (id);
CREATE INDEX rec_hospital ON rec (hospital_id);
CREATE INDEX rec_place ON rec (place);
CREATE INDEX rec_province ON rec (province);
"""


PART = 512  # records per part of the rows stream: a part or two is all the build holds at once
FORK_AT = 20_000  # records: below this, making half the rows in a second process costs about what it saves
SHARE = 3  # the parent makes one part in SHARE and writes every part; a forked child makes the others


def _row_maker(directory: Any) -> Callable[[int], tuple[list[Any], list[Any], list[Any]]]:
    """The rows of ``rec``, ``doc`` and ``txt`` for one part of the records (a pure function of the
    loaded directory, so a forked child can make half of them)."""
    from oncodir.models import covering_text
    from oncodir.text import normalise

    records = directory.records
    places = _place_keys(directory)
    cities: dict[str, str] = {}
    user_ids = directory.user_ids
    encode = encoder()

    def make(part: int) -> tuple[list[Any], list[Any], list[Any]]:
        recs, docs, txts = [], [], []
        for pos in range(part * PART, min((part + 1) * PART, len(records))):
            record = records[pos]
            rid = str(record.get("id"))
            doc = doc_row(pos, record, 1 if rid in user_ids else 0, encode)
            docs.append(doc)
            lone = doc[6] & SURROGATES  # a lone surrogate in the record: its text is stored as bytes
            place, province = places(record)
            city = record.get("city")
            if city and city not in cities:
                cities[city] = normalise(str(city))
            row = (
                pos,
                rid,
                record.get("kind"),
                record.get("hospital_id"),
                place,
                province,
                cities[city] if city else None,
                # The id, the name and the aliases, in one normalisation that holds each one's own
                # (see models.covering_text): show and --hospital compare a key with all three.
                normalise("\n".join([rid, str(record.get("name") or ""), *map(str, record.get("aliases") or ())])),
            )
            recs.append(stored_row(row) if lone else row)
            text = covering_text(record)
            txts.append((pos, stored(text) if lone else text))
        return recs, docs, txts

    return make


Facets = Callable[[], Mapping[str, Any]]  # the rows of ``oncodir list`` (perhaps counted in a child meanwhile)


def write(target: Path, key: str, directory: Any, paths: Sequence[Path], facets: Facets) -> None:
    """Write the index for a loaded Directory to ``target`` (a new file, replaced whole)."""
    import sqlite3

    from oncodir import forking

    records = directory.records
    progress = Progress(len(records), "indexing records")
    count = -(-len(records) // PART)
    # Started before the file is opened, so a forked child holds no handle of it.
    parts = forking.streamed(_row_maker(directory), count, fork=len(records) >= FORK_AT, every=SHARE)
    try:
        first = next(parts, None)
        conn = sqlite3.connect(target)
    except BaseException:
        parts.close()
        raise
    try:
        # A new file no one else opens until it is complete: no journal, no syncs, no locking
        # between statements, and a cache big enough for building the indexes in memory.
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192;"
            " PRAGMA locking_mode=EXCLUSIVE; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"
        )
        conn.executescript(_SCHEMA_SQL)
        for number, part in enumerate(itertools.chain([first] if first else [], parts)):
            recs, docs, txts = part
            conn.executemany("INSERT INTO rec VALUES (?,?,?,?,?,?,?,?)", recs)
            conn.executemany("INSERT INTO doc VALUES (?,?,?,?,?,?,?)", docs)
            conn.executemany("INSERT INTO txt VALUES (?,?)", txts)
            progress.update((number + 1) * PART)
        progress.update(len(records))
        term_rows = []
        for fname, by_term in directory.term_index.items():
            for term, posts in by_term.items():
                blob = marshal.dumps(list(posts))
                term_rows.append((fname, stored(term), blob, checksum(blob)))  # user vocabulary: any text
        conn.executemany("INSERT INTO term VALUES (?,?,?,?)", term_rows)
        for what, rows_ in facets().items():
            blob = marshal.dumps(rows_)
            conn.execute("INSERT INTO facet VALUES (?,?,?)", (what, blob, checksum(blob)))
        hnames = [
            (stored(k), blob, checksum(blob))
            for k, ids in directory.hospital_names().items()
            for blob in [marshal.dumps(sorted(ids))]
        ]
        conn.executemany("INSERT INTO hname VALUES (?,?,?)", hnames)
        names = directory.record_names()
        meta = {
            "count": len(records),
            "vocabulary": (directory.vocabulary.rows, directory.vocabulary.state()),
            "cities": directory.gazetteer.rows,
            "names": names,
            "stopwords": sorted(directory.stopwords),
            "paths": [str(p.resolve()) for p in paths],
        }
        for k, value in meta.items():
            blob = marshal.dumps(value)
            conn.execute("INSERT INTO meta VALUES (?,?,?)", (k, blob, checksum(blob)))
        conn.executescript(_INDEXES_SQL)
        # The key goes in last: a build that stops half way leaves a file no query accepts.
        conn.execute("INSERT INTO meta VALUES ('key', ?, 0)", (key.encode(),))
        conn.commit()
    finally:
        parts.close()  # a build stopped half way ends the child making rows
        conn.close()
        progress.done()


def build(cache: Path, name: str, key: str, paths: Sequence[Path], directory: Any, facets: Facets) -> Path | None:
    """Build the index into the cache directory (atomically); None when it cannot be written."""
    import sqlite3
    import tempfile

    try:
        cache.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{PREFIX}", dir=cache)
        os.close(fd)
    except OSError:
        return None
    target = cache / name
    try:
        write(Path(tmp), key, directory, paths, facets)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return None
    from oncodir.storage.cache import sweep as sweep_all

    sweep_all(cache, target)  # snapshots and indexes of databases that are gone
    return target


Facet = Callable[[Directory, str], list[dict[str, Any]]]


def load(db: str | None, bundled: bool, facet: Facet) -> Index | Directory | None:
    """What a query reads: an :class:`Index` for a user database, else None (use the full load).

    None when there is no user database (the bundled directory alone is small: the snapshot
    path is faster than opening SQLite), when ``ONCODIR_INDEX=0`` or ``ONCODIR_CACHE=0``, or when
    a database cannot even be looked at (the full load then says why). A missing or stale
    index is built here from a full read of the databases; if it cannot be written, the
    Directory that read produced is returned instead, so the work is not done twice.
    ``facet`` makes the rows of ``oncodir list`` (:func:`oncodir.browse.facet`, passed in: storage
    sits below the core and does not import it).
    """
    from oncodir import forking
    from oncodir.storage import cache
    from oncodir.storage.paths import bundled_path, cache_dir, user_db_path

    if not enabled() or not cache.enabled():
        return None
    user_path, named = user_db_path(db)
    if not (named or user_path.exists()):
        return None
    paths = [bundled_path(), user_path]
    sources = paths if bundled else paths[1:]
    options = index_options(bundled)
    try:
        key, name = state_key(paths, options), index_name(paths, options)
    except OSError:
        return None
    path = cache_dir() / name
    found = Index.open(path, key, sources)
    if found is not None:
        return found
    import gc

    paused = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects are made and none is garbage (see read.load)
    ended = Progress(0, "").waiting("reading the database to build its query index...")
    try:
        try:
            directory = read_directory(paths, bundled)
        finally:
            ended()
        directory.sources = sources
        # Counted in a child on a big database while the rows are made and written.
        facets = forking.started(_facets, directory, facet, fork=len(directory.records) >= FORK_AT)
        built = build(cache_dir(), name, key, paths, directory, facets)
        facets()  # (already had when the index was written) no child is left behind
    finally:
        if paused:
            gc.enable()
    if built is not None:
        found = Index.open(built, key, sources)
        if found is not None:
            return found
    return directory


def _facets(directory: Directory, facet: Facet) -> dict[str, list[dict[str, Any]]]:
    return {what: facet(directory, what) for what in FACETS}


def read_directory(paths: Sequence[Path], bundled: bool) -> Directory:
    """Parse, check and merge the bundled and user databases (no snapshot: the index replaces it)."""
    import gc

    from oncodir.storage.read import check_tables, merge, read_tables

    paused = gc.isenabled()
    gc.disable()
    try:
        base = read_tables(paths[0])
        check_tables(paths[0], base)  # as a full load checks them (storage.read._load)
        user = read_tables(paths[1])
        check_tables(paths[1], user, split=len(user.get("records", ())) >= FORK_AT)
        return merge(base, user, bundled=bundled, user_path=paths[1])
    finally:
        if paused:
            gc.enable()
