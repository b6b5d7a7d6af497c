"""The query index is never trusted blindly: damaged, foreign or strange files are rebuilt,
old ones are swept, and a build on a terminal shows its progress."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import answer_or_error, department, index_files, open_index

from oncodir import browse, explain, narrow, search
from oncodir.directory import Directory
from oncodir.output import Reads
from oncodir.query import Criterion, Query
from oncodir.storage import index, index_build
from oncodir.storage.read import load


def test_index_is_built_once_and_rebuilt_when_the_database_changes(big_db):
    first = open_index(str(big_db), True)
    assert isinstance(first, index.Index)
    (path,) = index_files()
    stamp = path.stat().st_mtime_ns
    first.close()
    again = open_index(str(big_db), True)
    assert isinstance(again, index.Index)
    assert path.stat().st_mtime_ns == stamp
    again.close()
    doc = json.loads(big_db.read_text(encoding="utf-8"))
    doc["records"]["99999"] = department("x/new", "Newest Clinic", cancers=["melanoma"])
    big_db.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    third = open_index(str(big_db), True)
    assert isinstance(third, index.Index)
    hits = search.find(narrow.for_find(third, Query([Criterion("melanoma")])), Query([Criterion("melanoma")]))
    assert "x/new" in {h["id"] for h in hits}


def _damage(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE doc SET body = CAST(replace(CAST(body AS TEXT), 'Medical', 'Mangled') AS BLOB)"
        " WHERE pos = (SELECT min(pos) FROM txt WHERE instr(text, 'medical'))",
        "UPDATE term SET posts = X'00' WHERE term = 'melanoma'",
        "UPDATE facet SET body = X'00' WHERE what = 'cancers'",
        "UPDATE meta SET v = X'00' WHERE k = 'vocabulary'",
        "UPDATE meta SET v = X'00' WHERE k = 'cities'",
        "UPDATE meta SET v = X'00' WHERE k = 'count'",
        "DELETE FROM rec WHERE pos = 40",
        "DELETE FROM doc WHERE pos = (SELECT max(pos) FROM doc)",
        "DELETE FROM rec WHERE id = 'bench-h7/d7'",
        "DELETE FROM txt WHERE pos = (SELECT min(pos) FROM txt WHERE instr(text, 'medical'))",
        "UPDATE meta SET v = X'00' WHERE k = 'names'",
        "UPDATE doc SET user = 1 - user WHERE pos = (SELECT min(pos) FROM txt WHERE instr(text, 'medical'))",
    ],
)
def test_a_damaged_index_that_still_parses_is_rebuilt_not_served(big_db, sql):
    full = load(str(big_db))
    open_index(str(big_db), True).close()
    (path,) = index_files()
    _damage(path, sql)

    def answers(where: Any, lookup_in: Any) -> list[Any]:
        words = [Criterion("medical")]
        return [
            search.find(where(words), Query(words)),
            answer_or_error(lambda: browse.lookup(lookup_in(["Medical Oncology 12"]), "Medical Oncology 12")),
            answer_or_error(lambda: browse.lookup(lookup_in(["bench-h7/d7"]), "bench-h7/d7")),
        ]

    expected = answers(lambda c: full, lambda n: full)
    got = None
    for _ in range(2):  # the damage is found when the damaged part is read; the next open rebuilds
        idx = open_index(str(big_db), True)
        assert isinstance(idx, index.Index)
        try:
            got = answers(
                lambda c, idx=idx: narrow.for_find(idx, Query(c)), lambda n, idx=idx: narrow.for_lookup(idx, n, None)
            )
            assert idx.facet("cancers") == browse.facet(full, "cancers")
            assert len(idx.term_positions("cancers", ["melanoma"])) > 0
            assert len(idx.record_names()) >= idx.count
            break
        except index.IndexError_:
            idx.discard()
    assert got == expected


def test_a_foreign_or_truncated_index_is_rebuilt(big_db):
    open_index(str(big_db), True).close()
    (path,) = index_files()
    for junk in (b"", b"SQLite format 3\x00" + b"\x00" * 100, path.read_bytes()[:8192]):
        path.write_bytes(junk)
        idx = open_index(str(big_db), True)
        assert isinstance(idx, index.Index)
        assert idx.count > 1500
        idx.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_index_path_that_is_a_fifo_or_a_link_to_dev_zero_neither_hangs_nor_eats_memory(big_db):
    open_index(str(big_db), True).close()
    (path,) = index_files()
    for make in (lambda: os.mkfifo(path), lambda: os.symlink("/dev/zero", path)):
        path.unlink()
        make()
        idx = open_index(str(big_db), True)  # the test would hang here on a FIFO
        assert isinstance(idx, index.Index)
        assert path.is_file() and not path.is_symlink()
        idx.close()


def test_indexes_of_deleted_databases_are_swept(make_db):
    first = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])], name="first.json")
    second = make_db([department("x/b", "Beta Clinic", cancers=["melanoma"])], name="second.json")
    open_index(str(first), True).close()
    assert len(index_files()) == 1
    first.unlink()
    open_index(str(second), True).close()
    files = index_files()
    assert len(files) == 1
    conn = sqlite3.connect(files[0])
    (paths,) = conn.execute("SELECT v FROM meta WHERE k = 'paths'").fetchone()
    conn.close()
    assert str(second.resolve()).encode() in paths


def test_no_index_without_a_user_database_or_with_the_cache_off(make_db, monkeypatch):
    assert open_index(None, True) is None
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    monkeypatch.setenv("ONCODIR_CACHE", "0")
    assert open_index(str(db), True) is None
    monkeypatch.delenv("ONCODIR_CACHE")
    monkeypatch.setenv("ONCODIR_INDEX", "0")
    assert open_index(str(db), True) is None


def test_an_unwritable_cache_falls_back_to_the_full_load(make_db, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    loaded = open_index(str(db), True)
    assert isinstance(loaded, Directory)
    assert "x/a" in loaded.user_ids


def test_progress_bar_only_on_a_terminal_and_only_after_a_second(monkeypatch):
    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty, self.text = tty, ""

        def isatty(self) -> bool:
            return self.tty

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

    for tty in (True, False):
        stream = Stream(tty)
        progress = index_build.Progress(100, "indexing records", stream)
        progress.update(10)
        assert stream.text == ""  # under a second: nothing
        progress.start -= 2
        progress.update(50)
        progress.done()
        assert ("50/100" in stream.text) is tty


def test_a_wait_with_no_count_is_said_after_a_second_and_cleared(monkeypatch):
    class Stream:
        def __init__(self) -> None:
            self.text = ""

        def isatty(self) -> bool:
            return True

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

    monkeypatch.setattr(index_build, "PROGRESS_AFTER", 0.01)
    stream = Stream()
    end = index_build.Progress(0, "", stream).waiting("reading the database")
    time.sleep(0.2)
    end()
    assert "reading the database" in stream.text
    assert stream.text.endswith("\r\033[K")  # cleared
    quick = Stream()
    index_build.Progress(0, "", quick).waiting("reading the database")()
    assert quick.text == ""


def test_a_damaged_hospital_name_is_rebuilt_not_served(big_db):
    full = load(str(big_db))
    query = Query([Criterion("bench-h7", "hospital")])
    expected = search.find(full, query)
    open_index(str(big_db), True).close()
    (path,) = index_files()
    _damage(path, "UPDATE hname SET ids = X'00'")
    idx = open_index(str(big_db), True)
    with pytest.raises(index.IndexError_):
        narrow.for_find(idx, query)
    idx.discard()
    idx = open_index(str(big_db), True)
    assert narrow.answer(idx, query) == expected


@pytest.mark.parametrize(
    ("sql", "reads"),
    [
        # the slim form ranking reads, and the JSON a compact writer prints
        ("UPDATE doc SET slim = CAST(replace(CAST(slim AS TEXT), 'melanoma', 'melanomb') AS BLOB)", None),
        ("UPDATE doc SET body = CAST(replace(CAST(body AS TEXT), 'Medical', 'Mangled') AS BLOB)", Reads(None, True)),
        ("UPDATE doc SET links = links + 8", Reads(None, True)),
        ("UPDATE doc SET links = 'x'", Reads(None, True)),
        ("UPDATE doc SET user = 1 - user", Reads(("id", "origin"))),
    ],
)
def test_damaged_slim_or_json_records_are_rebuilt_not_served(big_db, sql, reads):
    full = load(str(big_db))
    query = Query([Criterion("melanoma")])
    expected = explain.answer(full, query)
    open_index(str(big_db), True).close()
    (path,) = index_files()
    _damage(path, sql)
    idx = open_index(str(big_db), True)
    with pytest.raises(index.IndexError_):
        narrow.answer(idx, query, reads)
    idx.discard()
    idx = open_index(str(big_db), True)
    assert narrow.answer(idx, query) == expected
    encoded = narrow.answer(idx, query, Reads(None, True))
    assert [json.loads(e) for e in encoded] == json.loads(json.dumps(expected, ensure_ascii=False))
