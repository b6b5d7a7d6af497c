"""A database whose text holds lone surrogates is indexed and queried like any other.

JSON allows "\\ud800" and ``json.loads`` reads it as a lone surrogate, which SQLite cannot hold
as text; the index stores such text as surrogatepass bytes (:mod:`oncodir.storage.index_text`).
Every command prints the same bytes through the index as through a full load.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from helpers import department, index_files, subprocess_env, write_index_db

from oncodir.storage.index_text import bind, loaded, stored

LONE = [
    # names, aliases, a city, a province and text search reads, each with a lone surrogate
    department(
        "x/lone-name",
        "Lone \ud800 Unit",
        aliases=["Surro\udc00gate Ward"],
        cancers=["lymphoma"],
        summary="half of a pair \udfff here",
    ),
    department("x/lone-city", "Plain Unit", city="Hang\ud800zhou", province="Zhe\udbffjiang", cancers=["lymphoma"]),
    {
        "kind": "hospital",
        "id": "x-lone-hospital",
        "name": "Odd \udc80 Hospital",
        "aliases": ["OSH"],
        "city": "Hangzhou",
        "province": "Zhejiang",
        "source": {"document": "x"},
    },
    department(
        "x-lone-hospital/dept",
        "Child Unit",
        hospital="Odd \udc80 Hospital",
        hospital_id="x-lone-hospital",
        cancers=["melanoma"],
    ),
    # Hangul (0xED lead bytes, valid UTF-8) and a backslash: plain text, stored as text
    department("x/hangul", "힘 Unit \\ud800", cancers=["melanoma"]),
]


@pytest.fixture
def lone_db(tmp_path: Path) -> Path:
    path = write_index_db(tmp_path / "lone.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["records"].update({str(90000 + i): r for i, r in enumerate(LONE)})
    path.write_text(json.dumps(doc), encoding="utf-8")  # ASCII: each lone surrogate as an escape
    return path


QUERIES: list[tuple[str, ...]] = [
    ("find", "lymphoma", "--format", "json"),
    ("find", "lymphoma", "--format", "jsonl"),
    ("find", "lone"),
    ("find", "surro", "--format", "json"),
    ("find", "half of a pair", "--format", "ids"),
    ("find", "melanoma", "--format", "tsv"),
    ("find", "--city", "Hangzhou", "--format", "ids"),
    ("find", "--hospital", "Odd", "--format", "json"),
    ("find", "--hospital", "OSH", "--format", "ids"),
    ("find", "--hospital", "x-lone-hospital", "--format", "ids"),
    ("find", "Odd Hospital", "--format", "ids"),
    ("find", "힘", "--format", "ids"),
    ("find", "ud800", "--format", "ids"),
    ("show", "x/lone-name"),
    ("show", "x/lone-name", "--format", "json"),
    ("show", "Lone"),
    ("show", "Surro", "--format", "json"),
    ("show", "x-lone-hospital"),
    ("show", "hospital", "Odd", "--format", "json"),
    ("show", "x/lone-city", "--format", "table"),
    ("list", "hospitals"),
    ("list", "departments", "--format", "json"),
    ("list", "cities"),
    ("list", "cities", "--format", "json"),
    ("list", "cancers", "--format", "json"),
]


@pytest.mark.parametrize("bundled", [True, False])
def test_every_command_prints_the_same_bytes_with_and_without_the_index(lone_db, invoke, bundled):
    base = ["--db", str(lone_db)] + ([] if bundled else ["--no-bundled"])
    for args in QUERIES:
        expected = invoke(*base, *args, env={"ONCODIR_INDEX": "0"})
        assert expected[0] in (0, 1) and not expected[2].startswith("oncodir: database"), (args, expected)
        got = invoke(*base, *args)
        assert got == expected, args
        assert "internal error" not in got[2], args
    assert index_files(), "the index was used"


def test_the_surrogates_are_found_through_the_index(lone_db, invoke):
    code, out, err = invoke("--db", str(lone_db), "find", "lymphoma", "--format", "ids")
    assert code == 0, err
    assert {"x/lone-name", "x/lone-city"} <= set(out.split())
    code, out, err = invoke("--db", str(lone_db), "show", "x/lone-name", "--format", "json")
    assert code == 0, err
    assert [r["id"] for r in json.loads(out)] == ["x/lone-name"]
    assert index_files()


def test_a_real_process_prints_no_traceback(lone_db, tmp_path):
    import subprocess

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "oncodir", "--db", str(lone_db), *args],
            capture_output=True,
            env=subprocess_env(tmp_path, **env),
            cwd=tmp_path,
            timeout=120,
        )

    for args in (("find", "lone", "--format", "jsonl"), ("show", "x-lone-hospital"), ("list", "cities")):
        got, expected = run(*args), run(*args, ONCODIR_INDEX="0")
        assert got.returncode == 0, got.stderr
        assert b"Traceback" not in got.stderr and b"internal error" not in got.stderr
        assert (got.stdout, got.stderr) == (expected.stdout, expected.stderr), args


def test_text_with_a_surrogate_is_stored_as_bytes_and_read_back():
    assert stored("plain") == "plain"
    assert stored("中文 힘") == "中文 힘"
    assert stored("a\ud800b") == b"a\xed\xa0\x80b"
    for text in ("plain", "中文", "a\ud800b", "\udfff", "\\ud800"):
        assert loaded(stored(text)) == text
    assert bind(("a", 1)) == ("a", 1)
    assert bind(("\ud800", 2, "b")) == [b"\xed\xa0\x80", 2, "b"]


def test_sqlite_compares_stored_text_exactly():
    # What the index's queries rely on: equality and instr over the stored values, mixed or not.
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (pos INTEGER PRIMARY KEY, s TEXT)")
    texts = ["lone \ud800 unit", "plain unit", "힘 unit", "\\ud800"]
    conn.executemany("INSERT INTO t VALUES (?, ?)", ((i, stored(t)) for i, t in enumerate(texts)))

    def found(sql: str, key: str) -> set[int]:
        return {r[0] for r in conn.execute(f"SELECT pos FROM t WHERE {sql}", bind((key,)))}

    for key in ("lone", "\ud800", " \ud800 ", "unit", "힘", "ud800", "\\", "lone \ud800 unit", "\udc00"):
        assert found("instr(s, ?) > 0", key) == {i for i, t in enumerate(texts) if key in t}, key
        assert found("instr(replace(s, ' ', ''), ?) > 0", key.replace(" ", "")) == {
            i for i, t in enumerate(texts) if key.replace(" ", "") in t.replace(" ", "")
        }, key
        assert found("s = ?", key) == {i for i, t in enumerate(texts) if key == t}, key
    assert [loaded(r[0]) for r in conn.execute("SELECT s FROM t ORDER BY pos")] == texts
    conn.close()
