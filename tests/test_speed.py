"""What keeps oncodir fast, checked without timing anything (speed itself: tests/benchmarks/bench.py).

- the Typer bound in pyproject.toml (0.29 parses parameters through pydantic on every run);
- a piped search imports neither Rich, rapidfuzz, pydantic, platformdirs nor the write side;
- the fast paths agree with the libraries they stand in for (platformdirs' directories);
- the snapshot cache and the term index give exactly the answers a fresh full scan gives.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import department, subprocess_env

from oncodir import query, search
from oncodir.storage import paths, read

HEAVY = ("rich", "rapidfuzz", "pydantic", "platformdirs", "filelock", "csv", "tempfile", "hashlib")
# The bundled directory alone is read from its snapshot: opening SQLite would only cost time,
# importing the index code too, and json only parses databases and writes JSON output.
BUNDLED_HEAVY = (*HEAVY, "sqlite3", "json")
INDEX_MODULES = ("oncodir.storage.index", "oncodir.storage.index_build", "oncodir.narrow")
# The formats for sharing and the comparison: loaded only when chosen.
SHARING_MODULES = ("oncodir.markdown", "oncodir.geojson", "oncodir.compare", "oncodir.cli.share", "oncodir.cli.compare")


def _imported_modules(tmp_path: Path, *args: str) -> set[str]:
    work = tmp_path / "cwd"
    work.mkdir(exist_ok=True)
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "oncodir", *args],
        cwd=work,
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    names = re.findall(rb"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)$", proc.stderr, flags=re.M)
    return {n.decode() for n in names}


def test_typer_is_bounded_below_0_29():
    import typer

    major, minor = (int(x) for x in typer.__version__.split(".")[:2])
    assert (major, minor) < (0, 29), "typer 0.29 imports pydantic on every run; see pyproject.toml"


@pytest.mark.parametrize("args", [("find", "melanoma"), ("show", "CHUCAS"), ("list", "hospitals")])
def test_piped_queries_stay_lean(tmp_path, args):
    _imported_modules(tmp_path, *args)  # the first run writes the snapshot cache (tempfile)
    modules = _imported_modules(tmp_path, *args)
    assert "oncodir.search" in modules or "oncodir.browse" in modules  # the check sees our imports
    loaded = {m.split(".")[0] for m in modules}
    assert not loaded & set(BUNDLED_HEAVY), loaded & set(BUNDLED_HEAVY)
    assert not modules & set(INDEX_MODULES), modules & set(INDEX_MODULES)
    assert not modules & set(SHARING_MODULES), modules & set(SHARING_MODULES)


@pytest.mark.parametrize(("fmt", "module"), [("markdown", "oncodir.markdown"), ("geojson", "oncodir.geojson")])
def test_markdown_and_geojson_load_their_writer_but_not_rich(tmp_path, fmt, module):
    modules = _imported_modules(tmp_path, "find", "melanoma", "--format", fmt)
    assert module in modules  # the check sees the writer being loaded
    assert not {m.split(".")[0] for m in modules} & {"rich", "rapidfuzz", "markdown_it"}


@pytest.mark.parametrize(
    "args", [("find", "melanoma"), ("show", "x/a"), ("list", "cancers"), ("find", "alpha", "--hospital", "x")]
)
def test_queries_through_the_index_read_neither_the_database_file_nor_tinydb(tmp_path, args):
    db = tmp_path / "user.json"
    records = {"1": department("x/a", "Alpha Clinic", cancers=["melanoma"], hospital_id="x")}
    records["2"] = {**department("x", "X Hospital"), "kind": "hospital"}
    db.write_text(json.dumps({"records": records}), encoding="utf-8")
    _imported_modules(tmp_path, "--db", str(db), *args)  # the first run builds the index
    modules = _imported_modules(tmp_path, "--db", str(db), *args)
    loaded = {m.split(".")[0] for m in modules}
    assert "sqlite3" in loaded
    assert "oncodir.storage.read" not in modules
    assert not loaded & {*HEAVY, "tinydb"}, loaded & {*HEAVY, "tinydb"}


def test_rich_only_for_tables_and_rapidfuzz_only_for_suggestions(tmp_path):
    assert "rich" in {m.split(".")[0] for m in _imported_modules(tmp_path, "find", "melanoma", "--format", "table")}
    work = tmp_path / "cwd"
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "oncodir", "find", "melanomma"],
        cwd=work,
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert b" rapidfuzz" in proc.stderr


def test_user_data_path_matches_platformdirs(monkeypatch, tmp_path):
    platformdirs = pytest.importorskip("platformdirs")
    for value in (None, str(tmp_path / "xdg"), "  "):
        if value is None:
            monkeypatch.delenv("XDG_DATA_HOME", raising=False)
            monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_DATA_HOME", value)
            monkeypatch.setenv("XDG_CACHE_HOME", value)
        expected = platformdirs.user_data_path("oncodir", appauthor=False) / "oncodir.json"
        assert paths.default_user_path() == expected
        assert paths.cache_dir() == platformdirs.user_cache_path("oncodir", appauthor=False)


# --- the snapshot cache --------------------------------------------------------------------


def _snapshots() -> list[Path]:
    return sorted(paths.cache_dir().glob("snapshot-*.marshal"))


def test_snapshot_is_written_once_and_reused(make_db):
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    first = read.load(str(db))
    files = _snapshots()
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    again = read.load(str(db))
    assert _snapshots()[0].stat().st_mtime_ns == stamp  # read, not rewritten
    assert [r["id"] for r in again.records] == [r["id"] for r in first.records]
    assert again.user_ids == {"x/a"}
    assert again.term_index == first.term_index


@pytest.mark.parametrize("use_index", ["1", "0"])
@pytest.mark.parametrize("how", ["same size, edited in place", "replaced by a new file"])
def test_snapshot_and_index_are_invalidated_when_the_database_changes(
    make_db, invoke, tmp_path, monkeypatch, how, use_index
):
    monkeypatch.setenv("ONCODIR_INDEX", use_index)  # the query index, or the snapshot it replaces
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "ids")
    assert code == 0
    assert "x/a" in out.split()
    text = db.read_text(encoding="utf-8")
    if how == "same size, edited in place":
        changed = text.replace("Alpha", "Omega")
        assert len(changed) == len(text)
        with open(db, "r+", encoding="utf-8") as fh:  # same inode, same size
            fh.write(changed)
    else:
        doc = json.loads(text)
        doc["records"]["2"] = department("x/b", "Beta Clinic", cancers=["melanoma"])
        new = tmp_path / "new.json"
        new.write_text(json.dumps(doc), encoding="utf-8")
        os.replace(new, db)
    _, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "jsonl", "--fields", "id,name")
    names = {json.loads(line)["id"]: json.loads(line)["name"] for line in out.splitlines()}
    if how == "same size, edited in place":
        assert names["x/a"] == "Omega Clinic"
    else:
        assert {"x/a", "x/b"} <= set(names)


def test_corrupt_or_foreign_snapshot_is_ignored(make_db):
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    read.load(str(db))
    (path,) = _snapshots()
    for junk in (b"", b"\x00garbage", json.dumps({"key": "x"}).encode()):
        path.write_bytes(junk)
        directory = read.load(str(db))
        assert "x/a" in directory.user_ids


def test_damaged_snapshot_that_still_unmarshals_is_rebuilt(make_db):
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    read.load(str(db))
    (path,) = _snapshots()
    raw = path.read_bytes()
    assert b"Alpha Clinic" in raw
    path.write_bytes(raw.replace(b"Alpha Clinic", b"Evil! Clinic"))  # same length, still marshal
    assert [r["name"] for r in read.load(str(db)).records if r["id"] == "x/a"] == ["Alpha Clinic"]
    assert b"Alpha Clinic" in path.read_bytes()  # rebuilt


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_snapshot_path_that_is_a_fifo_or_a_link_to_dev_zero_neither_hangs_nor_eats_memory(make_db):
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    read.load(str(db))
    (path,) = _snapshots()
    for make in (lambda: os.mkfifo(path), lambda: os.symlink("/dev/zero", path)):
        path.unlink()
        make()
        assert "x/a" in read.load(str(db)).user_ids  # would hang on the FIFO, or read /dev/zero forever
        assert path.is_file() and not path.is_symlink()  # replaced by a real snapshot


def test_snapshots_and_indexes_of_deleted_databases_are_removed(make_db, invoke):
    gone = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])], name="gone.json")
    kept = make_db([department("x/b", "Beta Clinic", cancers=["melanoma"])], name="kept.json")
    for db in (gone, kept):
        read.load(str(db))  # a snapshot
        assert invoke("--db", str(db), "find", "melanoma")[0] == 0  # an index
    cache = paths.cache_dir()
    assert len(_snapshots()) == 2
    assert len(list(cache.glob("index-*.sqlite"))) == 2
    gone.unlink()
    kept.write_text(kept.read_text(encoding="utf-8") + " ", encoding="utf-8")  # changed: rebuilt
    assert invoke("--db", str(kept), "find", "melanoma")[0] == 0
    read.load(str(kept))
    assert len(_snapshots()) == 1
    assert len(list(cache.glob("index-*.sqlite"))) == 1


def test_cache_can_be_turned_off(make_db, monkeypatch):
    monkeypatch.setenv("ONCODIR_CACHE", "0")
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    assert "x/a" in read.load(str(db)).user_ids
    assert _snapshots() == []


def test_unwritable_cache_is_not_an_error(make_db, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # mkdir under a file fails
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    assert "x/a" in read.load(str(db)).user_ids


def test_bad_database_is_still_an_error_after_a_good_one_was_cached(make_db, invoke):
    db = make_db([department("x/a", "Alpha Clinic", cancers=["melanoma"])])
    assert invoke("--db", str(db), "find", "melanoma")[0] == 0
    db.write_text('{"records": {"1": {"kind": "dep', encoding="utf-8")
    code, _, err = invoke("--db", str(db), "find", "melanoma")
    assert code == 2
    assert "not valid JSON" in err


# --- the term index ------------------------------------------------------------------------


def _full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "_candidates", lambda plans, directory: range(len(directory.records)))


def test_term_index_answers_exactly_like_a_full_scan(monkeypatch):
    directory = read.load(None)
    queries = [[query.Criterion(term)] for term in directory.vocabulary.concepts]
    queries += [
        [query.Criterion("melanoma"), query.Criterion("surgery")],
        [query.Criterion("chemotherapy", "treatment"), query.Criterion("hangzhou", "city")],
        [query.Criterion("gastric cancer", "cancer"), query.Criterion("Beijing Cancer Hospital", "hospital")],
    ]
    indexed = [search.find(directory, query.Query(q)) for q in queries]
    _full_scan(monkeypatch)
    scanned = [search.find(directory, query.Query(q)) for q in queries]
    assert indexed == scanned
    assert sum(map(len, indexed)) > 100
