"""Reading databases: the bundled directory (read-only) and the user's, into one Directory.

Both are TinyDB JSON files with the tables ``records``, ``vocabulary``, ``cities`` and
``meta``. They are read as TinyDB's JSONStorage with ``access_mode="r"`` would read them
(UTF-8, read-only), so an installed, read-only package works and a query never creates or
touches a file, but parsed here once, strictly (:mod:`oncodir.jsontext`): TinyDB's Table API
would re-read the file for every table, and its reader takes NaN and runaway nesting.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from oncodir import jsontext
from oncodir.directory import Directory
from oncodir.errors import DatabaseError, NoResults
from oncodir.geo import Gazetteer
from oncodir.geo import row_problems as city_row_problems
from oncodir.models import Record, validate
from oncodir.storage import cache
from oncodir.storage.paths import bundled_path, user_db_path
from oncodir.vocabulary import Vocabulary
from oncodir.vocabulary import row_problems as vocabulary_row_problems


def read_tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Parse and shape-check a database file; every failure is a DatabaseError.

    Only a regular file is opened: a FIFO would block the read forever and a device such as
    /dev/zero would never end, so both are refused from ``stat`` alone. The JSON is read as
    :mod:`oncodir.jsontext` reads it (no NaN or Infinity, bounded nesting).
    """
    import json  # only when a database is parsed, which a snapshot spares most runs

    try:
        st = path.stat()
    except FileNotFoundError:
        raise DatabaseError(path, "no such file") from None
    except (OSError, ValueError) as exc:
        raise DatabaseError(path, getattr(exc, "strerror", None) or str(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseError(path, "is a directory, not a database file")
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseError(path, "is not a regular file (a pipe or a device?), not a database file")
    try:
        with open(path, encoding="utf-8") as fh:  # read-only: an installed package may be read-only
            text = fh.read()
        if not text.strip():
            raise DatabaseError(path, "file is empty")
        raw = jsontext.loads(text)
    except PermissionError:
        raise DatabaseError(path, "permission denied") from None
    except UnicodeDecodeError:
        raise DatabaseError(path, "not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        hint = "; it starts with a byte-order mark" if exc.doc.startswith("\ufeff") else ""
        raise DatabaseError(path, f"not valid JSON (line {exc.lineno}, column {exc.colno}){hint}") from None
    except jsontext.Refused as exc:
        raise DatabaseError(path, f"not valid JSON: {exc}") from None
    except OSError as exc:
        raise DatabaseError(path, exc.strerror or str(exc)) from None
    if not isinstance(raw, Mapping):
        raise DatabaseError(path, f"expected a JSON object of tables, found {_json_type(raw)}")
    return {str(name): _documents(path, str(name), table) for name, table in raw.items()}


def _documents(path: Path, name: str, table: Any) -> list[dict[str, Any]]:
    """The documents of one table, each checked to be a JSON object."""
    if not isinstance(table, Mapping):
        raise DatabaseError(path, f"table {name!r} is {_json_type(table)}, not a JSON object")
    docs = []
    for doc_id, doc in table.items():
        if not isinstance(doc, Mapping):
            raise DatabaseError(path, f"table {name!r}, document {doc_id}: {_json_type(doc)}, not a JSON object")
        docs.append(dict(doc))
    return docs


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "true or false", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def load(db: str | None = None, *, bundled: bool = True) -> Directory:
    """Read the bundled directory and the user database into one Directory (see :func:`_load`).

    The cyclic garbage collector is paused meanwhile: parsing creates hundreds of thousands
    of dicts and lists, none of them garbage, and collecting over and over while they are
    made more than doubled the time to load 100,000 departments.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(db, bundled=bundled)
    finally:
        if paused:
            gc.enable()


def _load(db: str | None = None, *, bundled: bool = True) -> Directory:
    """Read the bundled directory and the user database into one Directory.

    A user record with the same id as a bundled one replaces it. ``bundled=False`` drops the
    bundled records only: the vocabulary and cities still come from the bundled database
    (plus any the user database adds), or searching by diagnosis would stop working.
    """
    base_path = bundled_path()
    user_path, named = user_db_path(db)
    has_user = named or user_path.exists()
    if not has_user and not bundled:
        raise DatabaseError(user_path, "no user database yet (import records first, or drop --no-bundled)")
    paths = [base_path, user_path] if has_user else [base_path]
    sources = paths if bundled else paths[1:]
    try:
        snapshot_name, key = cache.fingerprint(paths, (bundled,))
    except OSError:  # a database that cannot even be looked at: read_tables says why
        snapshot_name, key = "", ()
    snapshot = cache.read(snapshot_name, key) if snapshot_name else None
    if snapshot is not None:
        try:
            return Directory.from_snapshot(snapshot, sources)
        except (KeyError, TypeError, ValueError):
            pass  # a snapshot from a different layout: rebuild it
    base = read_tables(base_path)
    check_tables(base_path, base)  # a damaged bundled file is an error naming it, not a crash
    user: dict[str, list[dict[str, Any]]] = {}
    if has_user:
        user = read_tables(user_path)
        check_tables(user_path, user)
    directory = merge(base, user, bundled=bundled, user_path=user_path)
    directory.sources = sources
    if snapshot_name:
        cache.write(snapshot_name, key, directory.snapshot())
    return directory


def merge(
    base: Mapping[str, list[dict[str, Any]]],
    user: Mapping[str, list[dict[str, Any]]],
    *,
    bundled: bool = True,
    user_path: Path | None = None,
) -> Directory:
    """One Directory from the bundled tables and the user's (a user record wins over its id)."""
    merged: dict[str, Record] = {}
    if bundled:
        for rec in base.get("records", []):
            merged[str(rec["id"])] = rec
    user_ids = set()
    for rec in user.get("records", []):
        merged[str(rec["id"])] = rec
        user_ids.add(str(rec["id"]))
    try:
        vocabulary = Vocabulary.from_rows([*base.get("vocabulary", []), *user.get("vocabulary", [])])
        gazetteer = Gazetteer.from_rows([*base.get("cities", []), *user.get("cities", [])])
    except (KeyError, TypeError, ValueError) as exc:
        raise DatabaseError(user_path, f"malformed vocabulary or cities table ({type(exc).__name__}: {exc})") from None
    stopwords = [
        str(row.get("word")) for row in (*base.get("stopwords", []), *user.get("stopwords", [])) if row.get("word")
    ]
    return Directory(
        records=list(merged.values()),
        vocabulary=vocabulary,
        gazetteer=gazetteer,
        user_ids=user_ids,
        stopwords=stopwords,
    )


def user_records(db: str | None) -> list[Record]:
    """The records of the user's database alone, checked; NoResults when there is none yet."""
    path, named = user_db_path(db)
    if not named and not path.exists():
        raise NoResults("you have no records yet; add some with 'oncodir import FILE'")
    records = read_tables(path).get("records", [])
    check_records(path, records)
    return records


def check_tables(path: Path, tables: Mapping[str, list[dict[str, Any]]], *, split: bool = False) -> None:
    """Refuse a database whose records, vocabulary or cities a query could not use (DatabaseError).

    With ``split`` the second half of the records is checked in a forked child meanwhile
    (:mod:`oncodir.forking`): the first problem named is the same either way."""
    check_records(path, tables.get("records", []), split=split)
    for table, row_problems in (("vocabulary", vocabulary_row_problems), ("cities", city_row_problems)):
        for number, row in enumerate(tables.get(table, []), start=1):
            problems = row_problems(row)
            if problems:
                raise DatabaseError(path, f"{table} row {number}: {problems[0]}")


def check_records(path: Path, records: list[dict[str, Any]], *, split: bool = False) -> None:
    """Refuse a user database whose records a query could not show: one line naming the first problem."""
    half = len(records) // 2 if split else len(records)
    rest = None
    if split:
        from oncodir import forking

        rest = forking.started(_first_problem, records, half, len(records), fork=True)
    problem = _first_problem(records, 0, half)
    later = rest() if rest is not None else None  # waited for even when not needed: no child is left behind
    problem = problem or later
    if problem:
        raise DatabaseError(path, problem)


def _first_problem(records: list[dict[str, Any]], start: int, stop: int) -> str | None:
    for number in range(start + 1, stop + 1):
        record = records[number - 1]
        problems = validate(record)
        if problems:
            name = record.get("id") or record.get("name") or f"number {number}"
            return f"record {name!r}: {problems[0]}"
    return None
