"""Building the query index on two processors: a forked child makes half the rows and checks half
the records, and the index and every error are the same as when one process does it all."""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from helpers import generate, index_files, open_index

from oncodir import forking
from oncodir.errors import DatabaseError
from oncodir.storage import index_build
from oncodir.storage.read import check_records

pytestmark = pytest.mark.skipif(not forking._CAN_FORK, reason="forks only on Linux")


@pytest.fixture(autouse=True)
def spare_processor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork as on an idle two-processor machine, however busy the one running the tests is."""
    monkeypatch.setattr(forking, "_spare_processor", lambda: True)


TABLES = ("meta", "rec", "doc", "txt", "term", "facet", "hname")


# The marshalled columns (marshal may write equal values as different bytes, by how many references each
# object had) and their checksums: compared by value.
MARSHALLED = {"meta": ("v", "crc"), "doc": ("slim", "scrc"), "term": ("posts", "crc"), "facet": ("body", "crc"),
              "hname": ("ids", "crc")}  # fmt: skip


def _tables(path: Path) -> dict[str, list[Any]]:
    conn = sqlite3.connect(path)
    try:
        tables: dict[str, list[Any]] = {}
        for t in TABLES:
            cursor = conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")
            names = [c[0] for c in cursor.description]
            blob, crc = MARSHALLED.get(t, ("", ""))
            tables[t] = [[_value(t, row, n, v, blob, crc) for n, v in zip(names, row, strict=True)] for row in cursor]
        return tables
    finally:
        conn.close()


def _value(table: str, row: tuple[Any, ...], name: str, value: Any, blob: str, crc: str) -> Any:
    if name == crc:
        return None
    if name == blob and not (table == "meta" and row[0] == "key"):  # (the key is text, not marshalled)
        return marshal.loads(value)
    return value


def _built(db: Path, monkeypatch: pytest.MonkeyPatch, fork_at: int) -> dict[str, list[Any]]:
    for old in index_files():
        old.unlink()
    monkeypatch.setattr(index_build, "FORK_AT", fork_at)
    monkeypatch.setattr(index_build, "PART", 97)  # many parts, the last one short
    assert open_index(str(db), True) is not None
    [path] = index_files()
    return _tables(path)


def test_the_index_built_on_two_processors_is_the_one_built_on_one(big_db, monkeypatch):
    forks: list[int] = []
    real_fork = os.fork

    def counted() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted)
    alone = _built(big_db, monkeypatch, fork_at=10**9)
    assert forks == []
    together = _built(big_db, monkeypatch, fork_at=1)
    assert forks == [1, 1, 1]  # the check of the user's records, the counts of list, the rows
    assert {t: len(rows) for t, rows in together.items()} == {t: len(rows) for t, rows in alone.items()}
    assert len(together["rec"]) > 1500
    assert together == alone


def test_a_child_that_fails_leaves_its_parts_to_the_parent():
    parent = os.getpid()

    def make(i: int) -> list[int]:
        if os.getpid() != parent and i == 3:
            raise RuntimeError("lost in the child")
        return [i, i * i]

    assert list(forking.streamed(make, 8, fork=True)) == [[i, i * i] for i in range(8)]


def test_a_stream_stopped_early_ends_its_child():
    made = forking.streamed(lambda i: [i] * 100_000, 50, fork=True)
    assert isinstance(made, Generator)
    assert next(made) == [0] * 100_000
    made.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child of this process is left, running or unreaped


@pytest.mark.parametrize("bad", [[7], [9_000], [7, 9_000]])
def test_checking_half_the_records_in_a_child_names_the_same_first_problem(bad):
    records = list(generate.records(10_000, seed=5))
    for i in bad:
        records[i]["beds"] = "many"
    messages = []
    for split in (False, True):
        with pytest.raises(DatabaseError) as caught:
            check_records(Path("db.json"), records, split=split)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert f"{records[bad[0]]['id']!r}" in messages[0] and "beds" in messages[0]


def test_a_bad_record_in_a_big_database_is_one_line_on_stderr(tmp_path, invoke, monkeypatch):
    monkeypatch.setattr(index_build, "FORK_AT", 1)
    records = {str(i): r for i, r in enumerate(generate.records(300, seed=5), start=1)}
    records["250"]["beds"] = {"value": -3}
    db = tmp_path / "db.json"
    db.write_text(json.dumps({"records": records}), encoding="utf-8")
    code, out, err = invoke("--db", str(db), "find", "melanoma")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"{records['250']['id']!r}" in err and "beds" in err
    assert index_files() == []


@pytest.mark.parametrize(
    ("processors", "load", "forks"), [(2, 1.2, True), (2, 1.6, False), (1, 0.0, False), (8, 7.4, True), (8, 7.6, False)]
)
def test_a_child_is_forked_only_with_a_processor_to_spare(monkeypatch, processors, load, forks):
    monkeypatch.undo()  # the real rule, not the fixture's
    monkeypatch.setattr(os, "cpu_count", lambda: processors)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert forking._spare_processor() is forks
