"""A query index beside the user's database: what a query reads instead of the whole file.

The TinyDB JSON file stays the database people own (``import`` writes it; people read and edit
it). Every query used to parse all of it, or a snapshot of all of it. This module keeps, in the
user cache directory, a SQLite file (stdlib ``sqlite3``, no dependency) built from the same
databases, with:

- ``rec``: one row per merged record, in the order a full load has them (``pos``), with the
  columns that narrow a query: id, kind, hospital_id, the gazetteer place and province, the
  normalised city and the normalised names ``show`` and ``--hospital`` match;
- ``doc``: each record twice, each with its crc32: the fields ranking reads, marshalled (marshal
  cannot run code), and the whole record as the JSON a result prints
  (:mod:`oncodir.storage.index_docs`); ``txt``: the normalised text the word search tests;
- ``term``: for each cancer or treatment term, the positions of the records naming it;
- ``facet``: the rows of ``oncodir list`` (counts made once, when the index is built), but
  departments, listed from the slim records when asked;
- ``meta``: the key (oncodir's version and the size, times and inode of every database it was
  built from), the vocabulary, the cities and the stop words;
- ``hname``: every hospital's names, normalised, to the hospital ids (what reading a question
  asks of a few words: :func:`oncodir.directory.known`).

A query asks the index for *candidates* (a superset of the answer), loads and parses only
those records, and runs oncodir's own matching and ranking (:mod:`oncodir.search`,
:mod:`oncodir.browse`) on them, so answers are those of a full load, byte for byte. A query
matched by terms, places and hospitals alone ranks the slim form of its candidates and reads
whole records (or their JSON) only for the results it prints (:mod:`oncodir.narrow`).

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
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oncodir import __version__
from oncodir.directory import Directory
from oncodir.storage.index_docs import IndexError_ as IndexError_  # re-exported: callers catch index.IndexError_
from oncodir.storage.index_text import bind, loaded
from oncodir.storage.looked import Looked

if TYPE_CHECKING:
    import sqlite3

    from oncodir.geo import Gazetteer
    from oncodir.vocabulary import Vocabulary

SCHEMA = 6  # the layout of the tables; any change makes older indexes unusable (rebuilt)
PREFIX = "index-"
SUFFIX = ".sqlite"
ENV_INDEX = "ONCODIR_INDEX"  # "0": never use an index (the full-load path; for comparison and debugging)
CHUNK = 500  # ids per "IN (...)": well under SQLite's variable limit
# The ``list`` rows counted when the index is built; ``list departments`` (a row per department,
# the largest by far) is made from the slim records when asked (:func:`oncodir.narrow.facet`).
FACETS = ("hospitals", "cancers", "treatments", "cities")


def enabled() -> bool:
    return os.environ.get(ENV_INDEX, "1").strip().lower() not in ("0", "no", "off", "false")


def checksum(data: bytes) -> int:
    return zlib.crc32(data)


def state_key(paths: Sequence[Path], options: tuple[Any, ...]) -> str:
    """The databases' current state: any edit, replacement or upgrade changes it."""
    state: list[Any] = [SCHEMA, __version__, sys.hexversion, *options]  # marshal's format is Python's
    for path in paths:
        st = path.stat()
        state.append((str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return repr(state)


def index_options(bundled: bool) -> tuple[Any, ...]:
    """What names an index besides its databases: whether the bundled database is one of them."""
    return (bundled,)


def index_name(paths: Sequence[Path], options: tuple[Any, ...]) -> str:
    """The index's file name: which databases (not their state), so a rebuild replaces it."""
    name = zlib.crc32(repr((SCHEMA, options, [str(p.resolve()) for p in paths])).encode())
    return f"{PREFIX}{name:08x}{SUFFIX}"


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
        self._hospital_names: Looked[set[str]] | None = None
        self._stopwords: list[str] | None = None
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
        if row is None or checksum(row[0]) != row[1]:
            raise IndexError_(f"meta {name}")
        return marshal.loads(row[0])

    def _one(self, sql: str, args: Sequence[Any] = ()) -> Any:
        import sqlite3

        try:
            return self.conn.execute(sql, bind(args)).fetchone()
        except sqlite3.Error as exc:
            raise IndexError_(str(exc)) from None

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        import sqlite3

        try:
            return self.conn.execute(sql, bind(args)).fetchall()
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
                if checksum(posts) != crc:
                    raise IndexError_(f"postings of {term!r}")
                out.update(marshal.loads(posts))
        return out

    def positions_where(self, where: str, args: Sequence[Any]) -> set[int]:
        return {row[0] for row in self._all(f"SELECT pos FROM rec WHERE {where}", args)}

    def scan(self, table: str, where: str, args: Sequence[Any]) -> set[int]:
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
        return self.scan("txt", " OR ".join("instr(text, ?) > 0" for _ in keys), keys)

    def joined_positions(self, parts: Iterable[str]) -> set[int]:
        """Records whose normalised text, without its spaces, contains every part: a person named
        by these parts in any order ("Mei-yu Fang" for "Fang Meiyu") is among them."""
        parts = [p for p in parts if p]
        if not parts:
            return set()
        return self.scan("txt", " AND ".join("instr(replace(text, ' ', ''), ?) > 0" for _ in parts), parts)

    def name_positions(self, name: str, key: str) -> set[int]:
        """Records ``show NAME`` may mean: the id itself, the normalised id, or a name key containing it."""
        return self.scan("rec", "id = ? OR instr(names, ?) > 0", (name, key))

    def id_positions(self, ids: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for start in range(0, len(ids), CHUNK):
            part = list(ids[start : start + CHUNK])
            marks = ",".join("?" * len(part))
            for rid, pos in self._all(f"SELECT id, pos FROM rec WHERE id IN ({marks})", part):
                out[loaded(rid)] = pos
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
        from oncodir.storage.index_docs import full_rows

        return full_rows(self, positions, text)

    def all_rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """Every row a query gives; SQLite's errors are IndexError_ (for :mod:`oncodir.storage.index_docs`)."""
        return self._all(sql, args)

    def all_positions(self) -> range:
        return range(self.count)

    def directory(
        self, positions: Iterable[int], text: bool = False, slim: bool = False, texts: bool = False
    ) -> Directory:
        """A Directory of just these records (with the full vocabulary and cities, and all names).

        With ``text``, its search text is the index's covering text (see
        :func:`oncodir.models.covering_text`): it holds every key the exact text holds, and search
        tests each field after it anyway. Without, the exact text is made if anything asks for it.
        With ``slim``, its records hold only :data:`oncodir.storage.index_docs.SLIM`; with
        ``texts`` too, each record's stored JSON is read with it (``Narrowed.texts``).
        """
        bodies: dict[int, tuple[bytes, int]] | None = {} if slim and texts else None
        if slim:
            from oncodir.storage.index_docs import slim_rows

            at, records, users = slim_rows(self, positions, bodies)
            words = None
        else:
            rows = self.rows(positions, text)
            at, records, words = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
            users = [r[3] for r in rows]
        narrowed = Narrowed(
            self,
            records=records,
            vocabulary=self.vocabulary,
            gazetteer=self.gazetteer,
            user_ids={str(r["id"]) for r, user in zip(records, users, strict=True) if user},
            sources=self.sources,
            search_text=words if text else None,
            stopwords=self.stopwords(),
        )
        narrowed.slim = slim
        narrowed.texts = bodies
        narrowed.positions = at
        return narrowed

    def stopwords(self) -> list[str]:
        """The stop words of the databases (normalised), as a full load reads them."""
        if self._stopwords is None:
            words = self._meta("stopwords")
            if not isinstance(words, list):
                raise IndexError_("stopwords")
            self._stopwords = words
        return self._stopwords

    def hospital_names(self) -> Looked[set[str]]:
        """Every hospital's names, normalised -> hospital ids (see Directory.hospital_names), each
        looked up when asked: reading a question asks for a few, and loading all cost every query."""
        if self._hospital_names is None:
            self._hospital_names = Looked(
                self.hospital_ids, lambda: [loaded(r[0]) for r in self._all("SELECT key FROM hname")]
            )
        return self._hospital_names

    def hospital_ids(self, key: str) -> set[str] | None:
        row = self._one("SELECT ids, crc FROM hname WHERE key = ?", (key,))
        if row is not None and checksum(row[0]) != row[1]:
            raise IndexError_(f"hospital name {key!r}")
        return set(marshal.loads(row[0])) if row is not None else None

    def record_names(self) -> list[str]:
        """Every record's name and aliases in record order, as a full load lists them (suggestions)."""
        names = self._meta("names")
        if not isinstance(names, list):
            raise IndexError_("names")
        return names

    def facet(self, what: str) -> list[dict[str, Any]]:
        row = self._one("SELECT body, crc FROM facet WHERE what = ?", (what,))
        if row is None or checksum(row[0]) != row[1]:
            raise IndexError_(f"facet {what}")
        rows = marshal.loads(row[0])
        if not isinstance(rows, list):
            raise IndexError_(f"facet {what}")
        return rows


class Narrowed(Directory):
    """A Directory of some records, chosen by the index, that still lists every record's names."""

    def __init__(self, index: Index, **parts: Any) -> None:
        super().__init__(**parts)
        self._index = index
        self.slim = False  # records hold only the fields ranking reads (index_docs.SLIM)
        self.positions: list[int] = []  # each record's position in the index
        self.texts: dict[int, tuple[bytes, int]] | None = None  # position -> stored JSON, links (if read)

    def record_names(self) -> list[str]:
        return self._index.record_names()

    def hospital_names(self) -> Mapping[str, set[str]]:
        return self._index.hospital_names()

    def mentioning(self, keys: list[str], named: frozenset[str]) -> Directory:
        """Every record, among all the index holds, that may mention the phrase (a superset):
        its normalised text holds a key, or (a person's name) every name part."""
        from oncodir.text import normalise

        positions = self._index.text_positions(keys)
        if named:
            positions |= self._index.joined_positions(normalise(p).replace(" ", "") for p in named)
        return self._index.directory(positions, text=True)


def place_key(city: Any) -> str:
    return f"{city.name}\t{city.province}"
