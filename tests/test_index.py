"""The query index (oncodir/storage/index.py): same answers as a full load, and never trusted blindly.

The index only narrows which records a query looks at; search and browse then run on those
records as they would on all of them. These tests compare the two on a table of queries over
the bundled directory plus a generated user database, and check that a damaged, foreign or
strange index file is rebuilt rather than served.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, department
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir import browse, narrow, search
from oncodir.directory import Directory, departments_of
from oncodir.errors import OncodirError
from oncodir.models import SEARCHED, covering_text, record_text
from oncodir.query import Criterion, Query
from oncodir.storage import index, index_build
from oncodir.storage.paths import cache_dir
from oncodir.storage.read import load

_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "tests" / "benchmarks" / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

EXTRA = [
    department("x/the-clinic", "The Royal Melanoma Clinic", cancers=["melanoma"], aliases=["Department of Skin"]),
    department("x/zh", "肿瘤内科", city="杭州", cancers=["胃癌"], summary="杭州的化疗和胃癌门诊"),
    department("x/odd-city", "Odd City Unit", city="Atlantis", province=None, treatments=["surgery"]),
    department("x/nul", "Nul\x00Unit", summary="before\x00after quietly \u00e9\u0301 ｆｕｌｌ", aliases=["\x1fedge"]),
    {
        "kind": "hospital",
        "id": "bench-h0",
        "name": "Replaced Hospital Zero",
        "city": "Beijing",
        "province": "Beijing",
        "source": {"document": "x"},
    },
]

QUERIES: list[list[tuple[str, str | None]]] = [
    [("melanoma", None)],
    [("skin cancer", None)],
    [("lung cancer", None), ("chemotherapy", None)],
    [("gastric cancer", "cancer"), ("beijing", "city")],
    [("surgery", "treatment"), ("Zhejiang", None)],
    [("hangzhou", None)],
    [("杭州", None), ("胃癌", None)],
    [("Atlantis", "city")],
    [("atlantis", None)],
    [("Royal", "hospital")],
    [("Replaced Hospital Zero", "hospital")],
    [("bench-h3", "hospital"), ("breast cancer", None)],
    [("Beijing Cancer Hospital", "hospital")],
    [("tumour board", None)],
    [("wang", None)],
    [("screening", None)],
    [("nothingatall", None)],
    [("notes", "cancer")],
    [("related tumours", "cancer")],
    [("化疗", None)],
    [("after quietly", None)],
    [("full", None)],
    [("edge", None)],
    [("Nul", "hospital")],
    [("melanoma", None), ("melanoma", None)],
]


def _open(db: str | None, bundled: bool) -> Any:
    """What a query reads for this database: an Index, a Directory, or None (see index_build.load)."""
    return index_build.load(db, bundled, browse.facet)


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    records: list[dict[str, Any]] = [*generate.records(1500, seed=3), *EXTRA]
    doc = {"records": {str(i): r for i, r in enumerate(records, start=1)}}
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _criteria(q: list[tuple[str, str | None]]) -> list[Criterion]:
    return [Criterion(text, field) for text, field in q]


def _answer(fn: Any) -> Any:
    try:
        return ("ok", fn())
    except OncodirError as exc:
        return (type(exc).__name__, str(exc), getattr(exc, "suggestions", None))


@pytest.mark.parametrize("bundled", [True, False])
def test_find_through_the_index_equals_a_full_load(big_db, bundled):
    full = load(str(big_db), bundled=bundled)
    idx = _open(str(big_db), bundled)
    assert isinstance(idx, index.Index)
    total = 0
    for q in QUERIES:
        for near in (None, "shanghai"):
            query = Query(_criteria(q), near=near)
            expected = _answer(lambda query=query: search.find(full, query))
            got = _answer(lambda query=query, q=q: search.find(narrow.for_find(idx, query.criteria), query))
            assert got == expected, q
            total += len(expected[1]) if expected[0] == "ok" else 0
    assert total > 500


def test_lookup_and_facets_through_the_index_equal_a_full_load(big_db):
    full = load(str(big_db))
    idx = _open(str(big_db), True)
    assert isinstance(idx, index.Index)
    names = ["bench-h7/d7", "bench-h7", "BENCH-H7", "The Royal Melanoma Clinic", "royal melanoma", "Skin",
             "Zhejiang Cancer Hospital", "CHUCAS", "Radiation Oncology", "nothing like it", "Medical Oncology 12",
             "肿瘤内科", "the", "bench-h0"]  # fmt: skip
    for kind in (None, "hospital", "department"):
        for name in names:
            expected = _answer(lambda name=name, kind=kind: browse.lookup(full, name, kind))
            got = _answer(lambda name=name, kind=kind: browse.lookup(narrow.for_lookup(idx, [name], kind), name, kind))
            assert got == expected, (name, kind)
    for what in index.FACETS:
        assert idx.facet(what) == browse.facet(full, what)
    hospital = browse.lookup(full, "bench-h7")
    shown = narrow.with_departments(idx, [hospital])
    assert departments_of(shown, "bench-h7") == departments_of(full, "bench-h7")
    assert idx.record_names() == full.record_names()


def test_facet_counts_equal_a_walk_over_records(big_db):
    directory = load(str(big_db))
    for what in ("cancers", "treatments"):
        fname, kind = what, what[:-1]
        expected = {}
        for term, concept in directory.vocabulary.concepts.items():
            if concept.kind != kind:
                continue
            closure = directory.vocabulary.narrower(term)
            total = sum(1 for r in directory.records if closure.keys() & set(r.get(fname) or []))
            direct = sum(1 for r in directory.records if term in (r.get(fname) or []))
            if total:
                expected[term] = (total, direct)
        rows = browse.facet(directory, what)
        assert {r["term"]: (r["records"], r["direct"]) for r in rows} == expected


# --- trust ---------------------------------------------------------------------------------


def _index_files() -> list[Path]:
    return sorted(cache_dir().glob("index-*.sqlite"))


def test_index_is_built_once_and_rebuilt_when_the_database_changes(big_db):
    first = _open(str(big_db), True)
    assert isinstance(first, index.Index)
    (path,) = _index_files()
    stamp = path.stat().st_mtime_ns
    first.close()
    again = _open(str(big_db), True)
    assert isinstance(again, index.Index)
    assert path.stat().st_mtime_ns == stamp
    again.close()
    doc = json.loads(big_db.read_text(encoding="utf-8"))
    doc["records"]["99999"] = department("x/new", "Newest Clinic", cancers=["melanoma"])
    big_db.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    third = _open(str(big_db), True)
    assert isinstance(third, index.Index)
    hits = search.find(narrow.for_find(third, [Criterion("melanoma")]), Query([Criterion("melanoma")]))
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
    _open(str(big_db), True).close()
    (path,) = _index_files()
    _damage(path, sql)

    def answers(where: Any, lookup_in: Any) -> list[Any]:
        words = [Criterion("medical")]
        return [
            search.find(where(words), Query(words)),
            _answer(lambda: browse.lookup(lookup_in(["Medical Oncology 12"]), "Medical Oncology 12")),
            _answer(lambda: browse.lookup(lookup_in(["bench-h7/d7"]), "bench-h7/d7")),
        ]

    expected = answers(lambda c: full, lambda n: full)
    got = None
    for _ in range(2):  # the damage is found when the damaged part is read; the next open rebuilds
        idx = _open(str(big_db), True)
        assert isinstance(idx, index.Index)
        try:
            got = answers(
                lambda c, idx=idx: narrow.for_find(idx, c), lambda n, idx=idx: narrow.for_lookup(idx, n, None)
            )
            assert idx.facet("cancers") == browse.facet(full, "cancers")
            assert len(idx.term_positions("cancers", ["melanoma"])) > 0
            assert len(idx.record_names()) >= idx.count
            break
        except index.IndexError_:
            idx.discard()
    assert got == expected


def test_a_foreign_or_truncated_index_is_rebuilt(big_db):
    _open(str(big_db), True).close()
    (path,) = _index_files()
    for junk in (b"", b"SQLite format 3\x00" + b"\x00" * 100, path.read_bytes()[:8192]):
        path.write_bytes(junk)
        idx = _open(str(big_db), True)
        assert isinstance(idx, index.Index)
        assert idx.count > 1500
        idx.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_index_path_that_is_a_fifo_or_a_link_to_dev_zero_neither_hangs_nor_eats_memory(big_db):
    _open(str(big_db), True).close()
    (path,) = _index_files()
    for make in (lambda: os.mkfifo(path), lambda: os.symlink("/dev/zero", path)):
        path.unlink()
        make()
        idx = _open(str(big_db), True)  # the test would hang here on a FIFO
        assert isinstance(idx, index.Index)
        assert path.is_file() and not path.is_symlink()
        idx.close()


def test_indexes_of_deleted_databases_are_swept(make_db):
    first = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])], name="first.json")
    second = make_db([department("x/b", "Beta Clinic", cancers=["melanoma"])], name="second.json")
    _open(str(first), True).close()
    assert len(_index_files()) == 1
    first.unlink()
    _open(str(second), True).close()
    files = _index_files()
    assert len(files) == 1
    conn = sqlite3.connect(files[0])
    (paths,) = conn.execute("SELECT v FROM meta WHERE k = 'paths'").fetchone()
    conn.close()
    assert str(second.resolve()).encode() in paths


def test_no_index_without_a_user_database_or_with_the_cache_off(make_db, monkeypatch):
    assert _open(None, True) is None
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    monkeypatch.setenv("ONCODIR_CACHE", "0")
    assert _open(str(db), True) is None
    monkeypatch.delenv("ONCODIR_CACHE")
    monkeypatch.setenv("ONCODIR_INDEX", "0")
    assert _open(str(db), True) is None


def test_an_unwritable_cache_falls_back_to_the_full_load(make_db, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    loaded = _open(str(db), True)
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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=len(SEARCHED), max_size=len(SEARCHED)))
def test_covering_text_holds_every_field_of_the_search_text(values):
    record = dict(zip(SEARCHED, values, strict=True))
    record["aliases"] = [values[1], "x & y"]
    covering = covering_text(record)
    for name in SEARCHED:
        assert record_text(record, name) in covering


def test_covering_text_on_real_and_generated_records(big_db):
    for record in load(str(big_db)).records:
        covering = covering_text(record)
        assert all(record_text(record, name) in covering for name in SEARCHED)


# --- the command line: the same bytes on both paths ---------------------------------------

CLI_QUERIES: list[tuple[str, ...]] = [
    ("find", "melanoma"),
    ("find", "melanoma", "--format", "json"),
    ("find", "skin", "cancer", "--format", "jsonl"),
    ("find", "melanoma", "--format", "table"),
    ("find", "lung cancer", "--treatment", "chemotherapy", "--format", "csv"),
    ("find", "--cancer", "gastric cancer", "--city", "beijing"),
    ("find", "hipec in hangzhou"),
    ("find", "杭州化疗"),
    ("find", "--city", "Atlantis", "--format", "json"),
    ("find", "--hospital", "Royal", "--format", "json"),
    ("find", "breast cancer", "--hospital", "bench-h3", "--fields", "id,name,origin,score", "--format", "json"),
    ("find", "melanoma", "--near", "shanghai", "--within", "800", "--format", "tsv"),
    ("find", "tumour board", "--limit", "7", "--format", "ids"),
    ("find", "wang", "--format", "ids"),
    ("find", "--cancer", "related tumours", "--format", "ids"),
    ("find", "melanomma"),
    ("find", "Medical Oncology 12x"),
    ("find", "nothingatall"),
    ("find", ""),
    ("find", "melanoma", "--near", "atlantis"),
    ("show", "bench-h7"),
    ("show", "bench-h7", "--format", "json"),
    ("show", "bench-h7", "--format", "table"),
    ("show", "BENCH-H7/D7", "--format", "json"),
    ("show", "The Royal Melanoma Clinic", "--fields", "id,origin"),
    ("show", "department", "Skin"),
    ("show", "hospital", "Royal"),
    ("show", "Radiation Oncology"),
    ("show", "Medical Oncology 1272x"),
    ("show", "Zhejiang Cancer Hospital", "--format", "table"),
    ("show", "hospital", "--format", "json"),
    ("show", "department", "--format", "ids"),
    ("list", "hospitals"),
    ("list", "departments", "--format", "json"),
    ("list", "cancers", "--format", "json"),
    ("list", "treatments"),
    ("list", "cities", "--format", "table"),
]


@pytest.mark.parametrize("bundled", [True, False])
def test_every_command_prints_the_same_bytes_with_and_without_the_index(big_db, invoke, bundled):
    base = ["--db", str(big_db)] + ([] if bundled else ["--no-bundled"])
    ids = invoke(*base, "find", "cancer", "--format", "ids", env={"ONCODIR_INDEX": "0"})[1]
    stdin = "\n".join([*ids.split()[:3000], "bench-h7", "bench-h7", "Royal Melanoma"]) + "\n"
    for args in [*CLI_QUERIES, ("show", "-", "--format", "jsonl")]:
        extra = {"input": stdin} if args[:2] == ("show", "-") else {}
        expected = invoke(*base, *args, env={"ONCODIR_INDEX": "0"}, **extra)
        got = invoke(*base, *args, **extra)
        assert got == expected, args
    assert _index_files(), "the index was used"


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
