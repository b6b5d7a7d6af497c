"""Finding and opening databases: the bundled directory (read-only) and the user's.

Both are TinyDB JSON files with the tables ``records``, ``vocabulary``, ``cities`` and
``meta``. Reads go through TinyDB's JSONStorage opened with ``access_mode="r"`` so an
installed, read-only package works and a query never creates or touches a file.
The file is parsed once; TinyDB's Table API would re-read the file for every table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oncodir.errors import DatabaseError
from oncodir.geo import Gazetteer
from oncodir.models import Record
from oncodir.vocabulary import Vocabulary

DB_FILENAME = "oncodir.json"
TABLES = ("records", "vocabulary", "cities", "meta")
ENV_DB = "ONCODIR_DB"


def bundled_path() -> Path:
    """The bundled database: inside the installed package, else the source tree's data/."""
    here = Path(__file__).resolve().parent
    installed = here / "data" / DB_FILENAME
    if installed.is_file():
        return installed
    return here.parent / "data" / DB_FILENAME


def default_user_path() -> Path:
    """The user database in the platform's user data directory."""
    from platformdirs import user_data_path  # only needed when no --db is given

    return user_data_path("oncodir", appauthor=False) / DB_FILENAME


def read_tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Parse and shape-check a database file; every failure is a DatabaseError."""
    from tinydb import TinyDB

    if not path.exists():
        raise DatabaseError(path, "no such file")
    if path.is_dir():
        raise DatabaseError(path, "is a directory, not a database file")
    try:
        with TinyDB(path, access_mode="r", encoding="utf-8") as db:
            raw = db.storage.read()
    except PermissionError:
        raise DatabaseError(path, "permission denied") from None
    except UnicodeDecodeError:
        raise DatabaseError(path, "not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        hint = "; it starts with a byte-order mark" if exc.doc.startswith("\ufeff") else ""
        raise DatabaseError(path, f"not valid JSON (line {exc.lineno}, column {exc.colno}){hint}") from None
    except OSError as exc:
        raise DatabaseError(path, exc.strerror or str(exc)) from None
    if raw is None:
        raise DatabaseError(path, "file is empty")
    if not isinstance(raw, Mapping):
        raise DatabaseError(path, f"expected a JSON object of tables, found {type(raw).__name__}")
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, table in raw.items():
        if not isinstance(table, Mapping):
            raise DatabaseError(path, f"table {name!r} is not a JSON object")
        docs = []
        for doc_id, doc in table.items():
            if not isinstance(doc, Mapping):
                raise DatabaseError(path, f"table {name!r}, document {doc_id}: not a JSON object")
            docs.append(dict(doc))
        tables[str(name)] = docs
    return tables


@dataclass
class Directory:
    """Everything a query reads: records from both databases, vocabulary and cities."""

    records: list[Record]
    vocabulary: Vocabulary
    gazetteer: Gazetteer
    user_ids: set[str] = field(default_factory=set)
    sources: list[Path] = field(default_factory=list)

    def by_id(self) -> dict[str, Record]:
        return {r["id"]: r for r in self.records}


def user_db_path(db: str | None) -> tuple[Path, bool]:
    """The user database and whether the user named it (named ones must exist)."""
    if db:
        return Path(db).expanduser(), True
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser(), True
    return default_user_path(), False


def load(db: str | None = None, *, bundled: bool = True) -> Directory:
    """Read the bundled directory and the user database into one Directory.

    A user record with the same id as a bundled one replaces it. Vocabulary and cities
    come from the bundled database (plus any the user database adds).
    """
    tables: list[dict[str, list[dict[str, Any]]]] = []
    sources: list[Path] = []
    if bundled:
        path = bundled_path()
        tables.append(read_tables(path))
        sources.append(path)
    user_path, named = user_db_path(db)
    user_tables: dict[str, list[dict[str, Any]]] = {}
    if named or user_path.exists():
        user_tables = read_tables(user_path)
        sources.append(user_path)
    elif not bundled:
        raise DatabaseError(user_path, "no user database yet (import records first, or drop --no-bundled)")
    merged: dict[str, Record] = {}
    for t in tables:
        for rec in t.get("records", []):
            merged[str(rec.get("id"))] = rec
    user_ids = set()
    for rec in user_tables.get("records", []):
        merged[str(rec.get("id"))] = rec
        user_ids.add(str(rec.get("id")))
    vocab_rows = [row for t in (*tables, user_tables) for row in t.get("vocabulary", [])]
    city_rows = [row for t in (*tables, user_tables) for row in t.get("cities", [])]
    return Directory(
        records=list(merged.values()),
        vocabulary=Vocabulary.from_rows(vocab_rows),
        gazetteer=Gazetteer.from_rows(city_rows),
        user_ids=user_ids,
        sources=sources,
    )
