"""A query index beside the user's database: what a query reads instead of the whole file.

The TinyDB JSON file stays the database people own (``import`` writes it; people read and edit
it). Every query used to parse all of it, or a snapshot of all of it. This module keeps, in the
user cache directory, a SQLite file (stdlib ``sqlite3``, no dependency) built from the same
databases, with:

- ``rec``: one row per merged record, in the order a full load has them (``pos``), with the
  columns that narrow a query: id, kind, hospital_id, the gazetteer place and province, the
  normalised city and the normalised names ``show`` and ``--hospital`` match;
- ``doc``: each record, marshalled (faster to write and to read than JSON, measured; marshal
  cannot run code), with its crc32; ``txt``: the normalised text the word search tests;
- ``term``: for each cancer or treatment term, the positions of the records naming it;
- ``facet``: the rows of ``oncodir list`` (counts made once, when the index is built);
- ``meta``: the key (oncodir's version and the size, times and inode of every database it was
  built from), the vocabulary and the cities.

A query asks the index for *candidates* (a superset of the answer), loads and parses only
those records, and runs oncodir's own matching and ranking (:mod:`oncodir.search`,
:mod:`oncodir.browse`) on them, so answers are those of a full load, byte for byte.

Trust: an index is used only when its stored key equals the databases' current state and it
is a regular file (a FIFO, a device or a symbolic link in its place is removed and rebuilt, so
it can neither hang a query nor feed it /dev/zero). Everything served is checked against a
stored crc32 (each record, each term's postings, each facet, the vocabulary and cities); any
mismatch, a missing row or SQLite reporting a malformed file means the index is rebuilt, never
used. The narrowing columns are not checksummed row by row (that would mean reading them all);
they only choose candidates, and every candidate is matched again on its checked record.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oncodir import __version__
from oncodir.directory import Directory

if TYPE_CHECKING:
    import sqlite3

    from oncodir.geo import Gazetteer
    from oncodir.vocabulary import Vocabulary

SCHEMA = 1
PREFIX = "index-"
SUFFIX = ".sqlite"
ENV_INDEX = "ONCODIR_INDEX"  # "0": never use an index (the full-load path; for comparison and debugging)
CHUNK = 500  # ids per "IN (...)": well under SQLite's variable limit
PROGRESS_AFTER = 1.0  # seconds of building before a progress bar appears on a terminal
FACETS = ("hospitals", "departments", "cancers", "treatments", "cities")
_MAX_META = 64 * 2**20


class IndexError_(Exception):
    """The index is damaged or not the one these databases need: rebuild it."""


def enabled() -> bool:
    return os.environ.get(ENV_INDEX, "1").strip().lower() not in ("0", "no", "off", "false")


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


def _record_crc(body: bytes, user: int) -> int:
    """A record's checksum covers where it came from too (``origin`` is printed)."""
    return zlib.crc32(b"\x01" if user else b"\x00", zlib.crc32(body))


def state_key(paths: Sequence[Path], options: tuple[Any, ...]) -> str:
    """The databases' current state: any edit, replacement or upgrade changes it."""
    state: list[Any] = [SCHEMA, __version__, sys.hexversion, *options]  # marshal's format is Python's
    for path in paths:
        st = path.stat()
        state.append((str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return repr(state)


def index_name(paths: Sequence[Path], options: tuple[Any, ...]) -> str:
    """The index's file name: which databases (not their state), so a rebuild replaces it."""
    name = zlib.crc32(repr((SCHEMA, options, [str(p.resolve()) for p in paths])).encode())
    return f"{PREFIX}{name:08x}{SUFFIX}"


# --- reading -------------------------------------------------------------------------------


def _safe_regular_file(path: Path) -> bool:
    """Is ``path`` a regular file (not a link, FIFO or device)? Anything else in its place is removed."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISREG(st.st_mode) and st.st_size > 0:
        return True
    if not stat.S_ISDIR(st.st_mode):
        with contextlib.suppress(OSError):
            path.unlink()  # a link to /dev/zero, a FIFO, an empty file: never opened
    return False


class Index:
    """An open, checked index: candidates, records and counts for one set of databases."""

    def __init__(self, conn: sqlite3.Connection, path: Path, sources: list[Path]) -> None:
        self.conn = conn
        self.path = path
        self.sources = sources
        self._vocabulary: Vocabulary | None = None
        self._gazetteer: Gazetteer | None = None
        count = self._meta("count")
        if not isinstance(count, int):
            raise IndexError_("count")
        self.count: int = count
        # Cut short: the last row of each table is missing. (max is a look-up, count(*) would read
        # every page; the scans below count the rows they pass instead.)
        last = self.count - 1 if self.count else None
        for table in ("rec", "doc", "txt"):
            if self._one(f"SELECT max(pos) FROM {table}")[0] != last:
                raise IndexError_(f"rows of {table}")

    # Opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, key: str, sources: list[Path]) -> Index | None:
        """The index at ``path`` if it is a regular file built for exactly ``key``, else None."""
        import sqlite3

        if not _safe_regular_file(path):
            return None
        conn = None
        try:
            # immutable: no locks and no journal look-ups; indexes are only ever replaced whole.
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            row = conn.execute("SELECT v FROM meta WHERE k = 'key'").fetchone()
            if row is None or row[0] != key.encode():
                conn.close()
                return None
            return cls(conn, path, sources)
        except (sqlite3.Error, IndexError_, ValueError, KeyError, TypeError, EOFError):
            if conn is not None:
                conn.close()
            return None

    def close(self) -> None:
        self.conn.close()

    def discard(self) -> None:
        """Close and remove a damaged index, so the next query builds it again."""
        self.conn.close()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def _meta(self, name: str) -> Any:
        row = self._one("SELECT v, crc FROM meta WHERE k = ?", (name,))
        if row is None or _crc(row[0]) != row[1]:
            raise IndexError_(f"meta {name}")
        return marshal.loads(row[0])

    def _one(self, sql: str, args: Sequence[Any] = ()) -> Any:
        import sqlite3

        try:
            return self.conn.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise IndexError_(str(exc)) from None

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        import sqlite3

        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise IndexError_(str(exc)) from None

    # The small tables ----------------------------------------------------------------------

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            from oncodir.vocabulary import Vocabulary

            rows, state = self._meta("vocabulary")  # only when a query needs it (not show or list)
            self._vocabulary = Vocabulary.from_rows(rows, state)
        return self._vocabulary

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from oncodir.geo import Gazetteer

            self._gazetteer = Gazetteer.lazy(self._meta("cities"))
        return self._gazetteer

    # Candidates ----------------------------------------------------------------------------

    def term_positions(self, field: str, terms: Iterable[str]) -> set[int]:
        out: set[int] = set()
        terms = list(terms)
        for start in range(0, len(terms), CHUNK):
            part = terms[start : start + CHUNK]
            marks = ",".join("?" * len(part))
            for term, posts, crc in self._all(
                f"SELECT term, posts, crc FROM term WHERE field = ? AND term IN ({marks})", (field, *part)
            ):
                if _crc(posts) != crc:
                    raise IndexError_(f"postings of {term!r}")
                out.update(marshal.loads(posts))
        return out

    def positions_where(self, where: str, args: Sequence[Any]) -> set[int]:
        return {row[0] for row in self._all(f"SELECT pos FROM rec WHERE {where}", args)}

    def _scan(self, table: str, where: str, args: Sequence[Any]) -> set[int]:
        """Positions in ``table`` meeting ``where``, found by reading every row (instr has no index),
        counting the rows on the way: a table with a row removed is not served."""
        row = self._one(
            f"SELECT count(*), json_group_array(pos) FILTER (WHERE {where}) FROM {table}",
            args,
        )
        if row is None or row[0] != self.count:
            raise IndexError_(f"rows of {table}")
        found = json.loads(row[1])
        if not isinstance(found, list):
            raise IndexError_(f"scan of {table}")
        return set(found)

    def text_positions(self, keys: Iterable[str]) -> set[int]:
        """Records whose normalised text contains any key (the test search applies first)."""
        keys = list(keys)
        if not keys:
            return set()
        return self._scan("txt", " OR ".join("instr(text, ?) > 0" for _ in keys), keys)

    def name_positions(self, name: str, key: str) -> set[int]:
        """Records ``show NAME`` may mean: the id itself, the normalised id, or a name key containing it."""
        return self._scan("rec", "id = ? OR nid = ? OR instr(names, ?) > 0", (name, key, key))

    def id_positions(self, ids: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for start in range(0, len(ids), CHUNK):
            part = list(ids[start : start + CHUNK])
            marks = ",".join("?" * len(part))
            for rid, pos in self._all(f"SELECT id, pos FROM rec WHERE id IN ({marks})", part):
                out[rid] = pos
        return out

    def department_positions(self, hospital_ids: Iterable[str]) -> set[int]:
        ids = list(hospital_ids)
        out: set[int] = set()
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            marks = ",".join("?" * len(part))
            out |= self.positions_where(f"kind = 'department' AND hospital_id IN ({marks})", part)
        return out

    # Records -------------------------------------------------------------------------------

    def rows(self, positions: Iterable[int], text: bool = False) -> list[tuple[int, dict[str, Any], str, bool]]:
        """(position, record, search text or '', from the user database) in position order, each checked."""
        wanted = sorted(set(positions))
        out = []
        text_sql = ("text", "JOIN txt ON txt.pos = doc.pos") if text else ("''", "")
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start : start + CHUNK]
            marks = ",".join("?" * len(part))
            found = self._all(
                f"SELECT doc.pos, body, crc, {text_sql[0]}, user FROM doc {text_sql[1]}"
                f" WHERE doc.pos IN ({marks}) ORDER BY doc.pos",
                part,
            )
            if len(found) != len(part):
                raise IndexError_("missing records")
            for pos, body, crc, words, user in found:
                if _record_crc(body, user) != crc:
                    raise IndexError_(f"record at {pos}")
                out.append((pos, marshal.loads(body), words, bool(user)))
        return out

    def all_positions(self) -> range:
        return range(self.count)

    def directory(self, positions: Iterable[int], text: bool = False) -> Directory:
        """A Directory of just these records (with the full vocabulary and cities, and all names).

        With ``text``, its search text is the index's covering text (see
        :func:`oncodir.models.covering_text`): it holds every key the exact text holds, and search
        tests each field after it anyway. Without, the exact text is made if anything asks for it.
        """
        rows = self.rows(positions, text)
        return _Narrowed(
            self,
            records=[r for _, r, _, _ in rows],
            vocabulary=self.vocabulary,
            gazetteer=self.gazetteer,
            user_ids={str(r["id"]) for _, r, _, user in rows if user},
            sources=self.sources,
            search_text=[t for _, _, t, _ in rows] if text else None,
        )

    def record_names(self) -> list[str]:
        """Every record's name and aliases in record order, as a full load lists them (suggestions)."""
        names = self._meta("names")
        if not isinstance(names, list):
            raise IndexError_("names")
        return names

    def facet(self, what: str) -> list[dict[str, Any]]:
        row = self._one("SELECT body, crc FROM facet WHERE what = ?", (what,))
        if row is None or _crc(row[0]) != row[1]:
            raise IndexError_(f"facet {what}")
        rows = marshal.loads(row[0])
        if not isinstance(rows, list):
            raise IndexError_(f"facet {what}")
        return rows


class _Narrowed(Directory):
    """A Directory of some records, chosen by the index, that still lists every record's names."""

    def __init__(self, index: Index, **parts: Any) -> None:
        super().__init__(**parts)
        self._index = index

    def record_names(self) -> list[str]:
        return self._index.record_names()


# --- building ------------------------------------------------------------------------------


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
        self.stream.write(f"\roncodir: {self.label} [{'#' * filled}{' ' * (width - filled)}] {done:,}/{self.total:,}")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _place_keys(directory: Any) -> Callable[[Mapping[str, Any]], tuple[str | None, str | None]]:
    """A record's gazetteer city (name, province) and gazetteer province, looked up once per pair."""
    gaz = directory.gazetteer
    seen: dict[tuple[Any, Any], tuple[str | None, str | None]] = {}

    def keys(record: Mapping[str, Any]) -> tuple[str | None, str | None]:
        city, province = record.get("city"), record.get("province")
        pair = (city, province)
        if pair not in seen:
            located = gaz.locate(str(city), province) if city else None
            place = f"{located.name}\t{located.province}" if located is not None else None
            seen[pair] = (place, gaz.province(str(province)) if province else None)
        return seen[pair]

    return keys


def place_key(city: Any) -> str:
    return f"{city.name}\t{city.province}"


_SCHEMA_SQL = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB, crc INTEGER);
CREATE TABLE rec (
    pos INTEGER PRIMARY KEY, id TEXT, nid TEXT, kind TEXT, hospital_id TEXT,
    place TEXT, province TEXT, city TEXT, names TEXT
);
CREATE TABLE doc (pos INTEGER PRIMARY KEY, body BLOB, crc INTEGER, user INTEGER);
CREATE TABLE txt (pos INTEGER PRIMARY KEY, text TEXT);
CREATE TABLE term (field TEXT, term TEXT, posts BLOB, crc INTEGER, PRIMARY KEY (field, term)) WITHOUT ROWID;
CREATE TABLE facet (what TEXT PRIMARY KEY, body BLOB, crc INTEGER);
"""
_INDEXES_SQL = """
CREATE INDEX rec_id ON rec (id);
CREATE INDEX rec_hospital ON rec (hospital_id);
CREATE INDEX rec_place ON rec (place);
CREATE INDEX rec_province ON rec (province);
"""


def write(target: Path, key: str, directory: Any, paths: Sequence[Path], facets: Mapping[str, Any]) -> None:
    """Write the index for a loaded Directory to ``target`` (a new file, replaced whole)."""
    import sqlite3

    from oncodir.models import covering_text
    from oncodir.text import normalise

    records = directory.records
    progress = Progress(len(records), "indexing records")
    conn = sqlite3.connect(target)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192;")
        conn.executescript(_SCHEMA_SQL)
        places = _place_keys(directory)
        cities: dict[str, str] = {}
        user_ids = directory.user_ids

        bodies: list[tuple[int, bytes, int, int]] = []

        def rows() -> Iterator[tuple[Any, ...]]:
            for pos, record in enumerate(records):
                if pos % 5000 == 0:
                    progress.update(pos)
                body = marshal.dumps(record)
                rid = str(record.get("id"))
                user = 1 if rid in user_ids else 0
                bodies.append((pos, body, _record_crc(body, user), user))
                place, province = places(record)
                city = record.get("city")
                if city and city not in cities:
                    cities[city] = normalise(str(city))
                yield (
                    pos,
                    rid,
                    normalise(rid),
                    record.get("kind"),
                    record.get("hospital_id"),
                    place,
                    province,
                    cities[city] if city else None,
                    # One normalisation of all names: it holds each name's own (see models.covering_text).
                    normalise("\n".join([str(record.get("name") or ""), *map(str, record.get("aliases") or ())])),
                )

        conn.executemany("INSERT INTO rec VALUES (?,?,?,?,?,?,?,?,?)", rows())
        conn.executemany("INSERT INTO doc VALUES (?,?,?,?)", bodies)
        del bodies[:]
        conn.executemany("INSERT INTO txt VALUES (?,?)", ((pos, covering_text(r)) for pos, r in enumerate(records)))
        progress.update(len(records))
        term_rows = []
        for fname, by_term in directory.term_index.items():
            for term, posts in by_term.items():
                blob = marshal.dumps(list(posts))
                term_rows.append((fname, term, blob, _crc(blob)))
        conn.executemany("INSERT INTO term VALUES (?,?,?,?)", term_rows)
        for what, rows_ in facets.items():
            blob = marshal.dumps(rows_)
            conn.execute("INSERT INTO facet VALUES (?,?,?)", (what, blob, _crc(blob)))
        names = directory.record_names()
        meta = {
            "count": len(records),
            "vocabulary": (directory.vocabulary.rows, directory.vocabulary.state()),
            "cities": directory.gazetteer.rows,
            "names": names,
            "paths": [str(p.resolve()) for p in paths],
        }
        for k, value in meta.items():
            blob = marshal.dumps(value)
            conn.execute("INSERT INTO meta VALUES (?,?,?)", (k, blob, _crc(blob)))
        conn.executescript(_INDEXES_SQL)
        # The key goes in last: a build that stops half way leaves a file no query accepts.
        conn.execute("INSERT INTO meta VALUES ('key', ?, 0)", (key.encode(),))
        conn.commit()
    finally:
        conn.close()
        progress.done()


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
            if row is not None and _crc(row[0]) == row[1]:
                gone = not all(os.path.exists(p) for p in marshal.loads(row[0]))
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            gone = True
        if gone:
            with contextlib.suppress(OSError):
                path.unlink()


def build(
    cache: Path, name: str, key: str, paths: Sequence[Path], directory: Any, facets: Mapping[str, Any]
) -> Path | None:
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


# --- opening for a query -------------------------------------------------------------------


def load(db: str | None, bundled: bool) -> Index | Directory | None:
    """What a query reads: an :class:`Index` for a user database, else None (use the full load).

    None when there is no user database (the bundled directory alone is small: the snapshot
    path is faster than opening SQLite), when ``ONCODIR_INDEX=0`` or ``ONCODIR_CACHE=0``, or when
    a database cannot even be looked at (the full load then says why). A missing or stale
    index is built here from a full read of the databases; if it cannot be written, the
    Directory that read produced is returned instead, so the work is not done twice.
    """
    from oncodir.storage import cache
    from oncodir.storage.paths import bundled_path, cache_dir, user_db_path

    if not enabled() or not cache.enabled():
        return None
    user_path, named = user_db_path(db)
    if not (named or user_path.exists()):
        return None
    paths = [bundled_path(), user_path]
    sources = paths if bundled else paths[1:]
    options = (bundled,)
    try:
        key, name = state_key(paths, options), index_name(paths, options)
    except OSError:
        return None
    path = cache_dir() / name
    found = Index.open(path, key, sources)
    if found is not None:
        return found
    import gc

    from oncodir import browse

    paused = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects are made and none is garbage (see store.load)
    try:
        directory = read_directory(paths, bundled)
        directory.sources = sources
        facets = {what: browse.facet(directory, what) for what in FACETS}
        built = build(cache_dir(), name, key, paths, directory, facets)
    finally:
        if paused:
            gc.enable()
    if built is not None:
        found = Index.open(built, key, sources)
        if found is not None:
            return found
    return directory


def read_directory(paths: Sequence[Path], bundled: bool) -> Directory:
    """Parse, check and merge the bundled and user databases (no snapshot: the index replaces it)."""
    import gc

    from oncodir.storage.read import check_records, merge, read_tables

    paused = gc.isenabled()
    gc.disable()
    try:
        base = read_tables(paths[0])
        user = read_tables(paths[1])
        check_records(paths[1], user.get("records", []))
        return merge(base, user, bundled=bundled, user_path=paths[1])
    finally:
        if paused:
            gc.enable()


def for_plan(index: Index) -> Directory:
    """A Directory with the vocabulary and cities but no records: enough to plan a query."""
    return index.directory(())


def for_find(index: Index, criteria: Sequence[Any]) -> Directory:
    """A Directory holding every record that may answer these criteria (a superset), for search.find.

    Each criterion is planned exactly as :func:`oncodir.search.find` plans it, and narrowed by the
    index the way that plan matches: concepts by term postings, places by the gazetteer city or
    province each record was given at build time, hospitals by name, words by the same substring
    test search applies first. A criterion the index cannot narrow leaves all records.
    """
    from oncodir import search
    from oncodir.text import normalise

    probe = for_plan(index)
    unique = {(normalise(c.text), c.field): c for c in criteria}
    narrowed: list[set[int]] = []
    extra: set[int] = set()
    words = False  # a criterion matched by words: fetch the text search tests first
    for criterion in unique.values():
        plan = search._plan(criterion, probe)  # raises the same usage errors find would
        if plan.hospital_ids is not None:
            # The plan scans hospitals by id and name: give it every hospital whose names contain the key.
            hospitals = index._scan("rec", "kind = 'hospital' AND (nid = ? OR instr(names, ?) > 0)", (plan.key,) * 2)
            plan = search._plan(criterion, index.directory(hospitals))
            extra |= hospitals
            ids = sorted(plan.hospital_ids or ())
            positions = index.department_positions(ids) | set(index.id_positions(ids).values())
        elif plan.cities:
            labels = sorted({place_key(c) for c in plan.cities})
            positions = index.positions_where(f"place IN ({','.join('?' * len(labels))})", labels)
        elif plan.province is not None:
            positions = index.positions_where("province = ?", (plan.province,))
        elif criterion.field == "city":
            positions = index._scan("rec", "city = ?", (plan.key,))
        elif plan.closure:
            positions = set()
            for fname in plan.fields:
                positions |= index.term_positions(fname, plan.closure)
        elif criterion.field in ("cancer", "treatment"):
            continue  # an unknown term in one field: matched against each record's terms and wording
        else:
            positions = index.text_positions(plan.text_keys)
            words = True
        narrowed.append(positions)
    if not narrowed:
        return index.directory(index.all_positions())
    chosen = set.intersection(*narrowed)
    return index.directory(chosen | extra, text=words)


def for_lookup(index: Index, names: Sequence[str], kind: str | None) -> Directory:
    """A Directory holding every record ``browse.lookup`` may return or weigh for these names."""
    from oncodir.browse import _LEADING
    from oncodir.text import normalise

    by_id = index.id_positions(list(dict.fromkeys(names)))
    positions: set[int] = set()
    for name in dict.fromkeys(names):
        if name in by_id:
            positions.add(by_id[name])
            if kind is None:
                continue  # lookup returns the record with this id before weighing any name
        key = _LEADING.sub("", normalise(name))
        if key:
            positions |= index.name_positions(name, key)
    return index.directory(positions)


def with_departments(index: Index, records: Sequence[Mapping[str, Any]]) -> Directory:
    """A Directory of these records and the departments of the hospitals among them (for ``show``)."""
    ids = [str(r["id"]) for r in records]
    hospitals = [str(r["id"]) for r in records if r.get("kind") == "hospital"]
    positions = set(index.id_positions(ids).values()) | index.department_positions(hospitals)
    return index.directory(positions)
