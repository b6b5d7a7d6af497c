"""The cache sweep removes the query indexes no one needs, and nothing that is still of use.

After an upgrade that changes the index's schema, the next build removes the index the same
databases had under the old schema (it would stay for good: 2.4 GB at a million departments),
but never an index of other databases that still exist, the other index of the same databases
(with or without the bundled one), or a temporary file a build is still writing.
"""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
import time
from pathlib import Path

import pytest
from helpers import department, index_files

from oncodir.storage import index, index_build, index_sweep
from oncodir.storage.paths import cache_dir


@pytest.fixture
def two_dbs(tmp_path: Path) -> tuple[Path, Path]:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.json"
        record = department(f"x/{name}-unit", f"Unit {name.upper()}", cancers=["melanoma"])
        path.write_text(json.dumps({"records": {"1": record}}), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def _query(invoke, db: Path, *extra: str) -> None:
    code, out, err = invoke("--db", str(db), *extra, "find", "melanoma", "--format", "ids")
    assert code == 0, err
    assert f"x/{db.stem}-unit" in out.split()


def _stored_paths(path: Path) -> list[str] | None:
    """The database paths an index file says it was built from (its meta table)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        row = conn.execute("SELECT v FROM meta WHERE k = 'paths'").fetchone()
    finally:
        conn.close()
    return marshal.loads(row[0]) if row else None


def _owners() -> dict[str, list[str] | None]:
    return {p.name: _stored_paths(p) for p in index_files()}


def test_a_schema_bump_removes_the_old_index_of_the_same_database_only(two_dbs, invoke, monkeypatch):
    a, b = two_dbs
    _query(invoke, a)
    _query(invoke, a, "--no-bundled")
    _query(invoke, b)
    old = _owners()
    assert len(old) == 3
    old_a = {n for n, paths in old.items() if paths and str(a.resolve()) in paths}
    old_b = set(old) - old_a
    assert len(old_a) == 2 and len(old_b) == 1

    monkeypatch.setattr(index, "SCHEMA", index.SCHEMA + 1)  # what an upgrade does to the names
    _query(invoke, a)
    now = _owners()
    new_a = set(now) - old_a - old_b
    assert len(new_a) == 1, now
    assert set(now) == new_a | old_b  # a's two old indexes are gone; b's stays (b still exists)

    _query(invoke, a, "--no-bundled")  # the other index of a under the new schema
    assert len(set(_owners()) - old_b) == 2
    assert new_a <= set(_owners())  # ... keeps the first one
    _query(invoke, b)  # b's turn: its old index goes, a's new ones stay
    assert not (set(_owners()) & old_b)
    assert len(_owners()) == 4 - 1
    code, out, _ = invoke("--db", str(a), "find", "melanoma", "--format", "ids", env={"ONCODIR_INDEX": "0"})
    assert code == 0 and "x/a-unit" in out


def test_an_index_of_a_database_that_is_gone_is_still_removed(two_dbs, invoke):
    a, b = two_dbs
    _query(invoke, b)
    [b_index] = index_files()
    b.unlink()
    _query(invoke, a)
    assert not b_index.exists()
    assert len(index_files()) == 1


def test_abandoned_temporary_builds_are_removed_and_young_ones_kept(two_dbs, invoke):
    a, _ = two_dbs
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    abandoned = cache / ".index-abandoned"
    half = cache / ".index-half-written"
    young = cache / ".index-young"
    abandoned.write_bytes(b"")
    half.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    young.write_bytes(b"")
    hour_ago = time.time() - 3600
    for path in (abandoned, half):
        os.utime(path, (hour_ago, hour_ago))
    os.utime(young, None)
    _query(invoke, a)
    assert not abandoned.exists() and not half.exists()
    assert young.exists()  # its build may not have locked it yet
    assert len(index_files()) == 1


def test_a_build_in_progress_is_never_swept(two_dbs, invoke, monkeypatch):
    """Another process sweeping while a build writes its temporary file (however long the build
    has taken) leaves the file alone: the build holds SQLite's exclusive lock on it."""
    a, _ = two_dbs
    seen: list[tuple[str, bool]] = []
    real = index_build.Progress.update

    def sweep_meanwhile(self, done: int) -> None:
        cache = cache_dir()
        for tmp in cache.glob(f".{index.PREFIX}*"):
            index_sweep.sweep(cache, cache / "nothing-kept", now=time.time() + 86400)
            seen.append((tmp.name, tmp.exists()))
        real(self, done)

    monkeypatch.setattr(index_build.Progress, "update", sweep_meanwhile)
    _query(invoke, a)
    assert seen and all(there for _, there in seen), seen
    assert len(index_files()) == 1
    assert not list(cache_dir().glob(f".{index.PREFIX}*"))  # the build itself left none
