"""Hostile files: round-trips, odd tables, a damaged bundled database, and fuzzing of every reader.

The other half of issue 13's attacks (see test_hostile_input.py for terminal text, completion,
import checks and options). Property tests (hypothesis) widen each class: any JSON value as a
record, random bytes as an import file, a database or a snapshot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import department, import_file, subprocess_env
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncodir import jsontext, suggest

ROOT = Path(__file__).resolve().parents[1]


# --- export and import round-trip (items 6, 27) ---------------------------------------------------


SEPARATORS = "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg\x1dh\x1ei\r\nj"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_export_import_round_trips_line_separators(invoke, tmp_path, fmt):
    record = {"kind": "hospital", "name": "Sep Hospital", "summary": SEPARATORS, "source": {"document": "x"}}
    db = tmp_path / "db.json"
    code, _, err = invoke("--db", str(db), "import", str(import_file(tmp_path, json.dumps([record]))))
    assert code == 0, err
    code, out, _ = invoke("--db", str(db), "export", "--format", fmt)
    assert code == 0
    if fmt == "jsonl":
        assert len(out.splitlines()) == 1  # every reader sees one line per record
    again = tmp_path / "again.db.json"
    code, _, err = invoke("--db", str(again), "import", str(import_file(tmp_path, out, f"out.{fmt}")))
    assert code == 0, err
    code, out2, _ = invoke("--db", str(again), "export", "--format", "json")
    assert json.loads(out2)[0]["summary"] == SEPARATORS


def test_csv_round_trips_a_cell_over_128_kib(invoke, tmp_path):
    record = {"kind": "hospital", "name": "Long", "summary": "x" * 200_000, "source": {"document": "x"}}
    db = tmp_path / "db.json"
    assert invoke("--db", str(db), "import", str(import_file(tmp_path, json.dumps([record]))))[0] == 0
    code, out, _ = invoke("--db", str(db), "export", "--format", "csv")
    again = tmp_path / "again.json"
    code, _, err = invoke("--db", str(again), "import", str(import_file(tmp_path, out, "out.csv")))
    assert code == 0, err
    assert json.loads(invoke("--db", str(again), "export")[1])[0]["summary"] == "x" * 200_000


def test_csv_export_of_an_extra_key_with_nul(invoke, make_db):
    # item 27: Python 3.10's csv cannot write NUL, in a cell or in the header
    db = make_db([department("a/b", "B", **{"ex\x00tra": "v\x00alue"})])
    code, out, err = invoke("--db", str(db), "export", "--format", "csv")
    assert code == 0, err
    assert "\x00" not in out
    assert "ex\ufffdtra" in out.splitlines()[0]


# --- vocabulary and cities tables (item 22) ------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "row", "problem"),
    [
        ("vocabulary", {"term": "zz cancer", "kind": "cancer", "synonyms": "abc"}, "synonyms: must be a list of text"),
        ("vocabulary", {"term": 5, "kind": "cancer"}, "term: required"),
        ("vocabulary", {"term": "zz", "kind": "cancer", "broader": [5]}, "broader: must be a list of text"),
        ("vocabulary", {"term": "zz", "kind": "gossip"}, "kind: must be 'cancer' or 'treatment'"),
        ("cities", {"name": "Zcity", "latitude": "abc", "longitude": 120.0}, "latitude: must be a number"),
        ("cities", {"name": "Zcity", "latitude": 30.0, "longitude": 999}, "longitude: must be a number"),
        ("cities", {"name": 5, "latitude": 30.0, "longitude": 120.0}, "name: required"),
        (
            "cities",
            {"name": "Zcity", "province": ["x"], "latitude": 30.0, "longitude": 120.0},
            "province: must be text",
        ),
    ],
)
def test_validate_reports_tables_that_would_break_queries(invoke, make_db, table, row, problem):
    db = make_db([department("a/b", "B")], **{table: [row]})
    code, out, _ = invoke("--db", str(db), "validate")
    assert code == 2
    assert problem in out, out
    # and a query says so in one line instead of failing inside the search
    code, _, err = invoke("--db", str(db), "find", "melanoma", "--near", "shanghai")
    assert code == 2 and problem in err and "internal error" not in err


# --- options and long queries (items 18, 24) ------------------------------------------------------


@pytest.mark.parametrize("within", ["nan", "inf", "-inf", "-5", "1e999", "NaN"])
def test_within_must_be_a_finite_distance(invoke, within):
    code, _, err = invoke("find", "melanoma", "--near", "shanghai", f"--within={within}")
    assert code == 2
    assert "--within" in err


def test_long_queries_look_for_few_suggestions(invoke, monkeypatch):
    # item 18: a fuzzy scan per word made 20,000 words take 16 s
    calls: list[str] = []
    real = suggest.suggestions

    def counting(directory: Any, text: str, *args: Any, **kwargs: Any) -> list[str]:
        calls.append(text)
        return real(directory, text, *args, **kwargs)

    monkeypatch.setattr(suggest, "suggestions", counting)
    words = [f"zqx{i:05d}word" for i in range(20_000)]
    code, _, err = invoke("find", *words)
    assert code == 1 and "nothing matches" in err
    assert len(calls) == 0  # pasted input: no scan at all
    code, _, _ = invoke("find", "melanomma", "hipek", "lymfoma", "zzzzword", "qqqqword")
    assert code == 1
    assert len(calls) <= suggest.MAX_SUGGESTED_WORDS


def test_long_chinese_query_is_not_cut_into_every_city_province_pair(invoke):
    from oncodir.storage.read import load

    gaz = load().gazetteer
    text = "肿" * 40_000
    assert gaz.lookup(text) == []
    code, _, err = invoke("find", text)
    assert code == 1 and "internal error" not in err


# --- damaged or missing bundled database (item 28) and odd databases --------------------------------


def _installed_copy(tmp_path: Path, bundled: bytes | None) -> Path:
    """The package as a wheel installs it (no source tree around it), with this bundled file."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "oncodir", site / "oncodir", ignore=shutil.ignore_patterns("__pycache__"))
    if bundled is not None:
        (site / "oncodir" / "data").mkdir()
        (site / "oncodir" / "data" / "oncodir.json").write_bytes(bundled)
    return site


def _run_installed(tmp_path: Path, site: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = subprocess_env(tmp_path, PYTHONPATH=str(site))
    work = tmp_path / "cwd"
    work.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "oncodir", *args], env=env, cwd=work, capture_output=True, timeout=60)


@pytest.mark.real_directory  # an installed copy's own bundled database, not the frozen test one
def test_missing_bundled_database_names_the_installed_path(tmp_path):
    site = _installed_copy(tmp_path, None)
    proc = _run_installed(tmp_path, site, "find", "melanoma")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert str(site / "oncodir" / "data" / "oncodir.json") in err and "no such file" in err
    assert len(err.splitlines()) == 1


@pytest.mark.real_directory
@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["records"]["1"].pop("id"),
        lambda d: d["records"]["1"].update(id=5),
        lambda d: d["vocabulary"]["1"].update(synonyms="abc"),
        lambda d: d["cities"]["1"].update(latitude="abc"),
        lambda d: d.update(records=[]),
    ],
)
def test_damaged_bundled_database_is_one_line_naming_it(tmp_path, damage):
    doc = json.loads((ROOT / "data" / "oncodir.json").read_text(encoding="utf-8"))
    damage(doc)
    site = _installed_copy(tmp_path, json.dumps(doc).encode())
    proc = _run_installed(tmp_path, site, "find", "melanoma", "--near", "shanghai")
    assert proc.returncode == 2, proc.stdout
    err = proc.stderr.decode()
    assert "internal error" not in err and len(err.splitlines()) == 1, err
    assert str(site / "oncodir" / "data" / "oncodir.json") in err


# --- properties and fuzzing -----------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
field_names = st.sampled_from(["kind", "id", "name", "aliases", "hospital", "hospital_id", "city", "cancers", "beds"])
records = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"kind": st.sampled_from(["hospital", "department", "HOSPITAL", 5]), "name": st.text(min_size=1)},
        optional={
            "id": json_values,
            "hospital": json_values,
            "hospital_id": json_values,
            "cancers": json_values,
            "beds": json_values,
            "staff": json_values,
            "source": json_values,
        },
    ),
    st.dictionaries(field_names, json_values, max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(record=records)
def test_any_json_value_as_a_record_never_is_an_internal_error(invoke, tmp_path_factory, record):
    tmp = tmp_path_factory.mktemp("prop")
    db = tmp / "db.json"
    path = tmp / "in.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    code, _, err = invoke("--db", str(db), "import", str(path))
    assert code in (0, 2), err
    assert "internal error" not in err
    if code == 0:  # what was imported can be read back, shown and validated
        for args in (("export",), ("validate",), ("find", "zz"), ("list", "hospitals")):
            code, _out, err = invoke("--db", str(db), *args)
            assert "internal error" not in err, (args, err)
        assert invoke("--db", str(db), "validate")[0] == 0


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=300), name=st.sampled_from(["in.json", "in.jsonl", "in.csv"]))
def test_fuzz_importer_over_random_bytes(invoke, tmp_path_factory, data, name):
    tmp = tmp_path_factory.mktemp("fuzz")
    path = tmp / name
    path.write_bytes(data)
    code, _, err = invoke("--db", str(tmp / "db.json"), "import", str(path))
    assert code in (0, 2) and "internal error" not in err, err


PREFIXES = [b"", b'{"records": {"1": ', b'{"records": {"1": {"kind": "hospital", "id": "x", "name": ', b"[", b"{"]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=200))
def test_fuzz_database_reader_over_random_bytes(invoke, tmp_path_factory, prefix, data):
    tmp = tmp_path_factory.mktemp("fuzzdb")
    db = tmp / "db.json"
    db.write_bytes(prefix + data)
    for args in (("find", "melanoma"), ("validate",)):
        code, _, err = invoke("--db", str(db), *args)
        assert code in (0, 1, 2) and "internal error" not in err, err


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=300))
def test_fuzz_snapshot_cache_reader_over_random_bytes(tmp_path_factory, monkeypatch, data):
    from oncodir.storage import cache, paths, read

    home = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    name, _key = cache.fingerprint([paths.bundled_path()], (True,))
    (home / "oncodir").mkdir(exist_ok=True)
    (home / "oncodir" / name).write_bytes(data)
    directory = read.load()  # a damaged snapshot is ignored and rebuilt
    assert directory.records


@given(st.text(alphabet=st.characters(), max_size=40))
def test_strict_json_reader_never_returns_nan_or_infinity(text):
    import math

    try:
        value = jsontext.loads(text)
    except ValueError:
        return
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            assert math.isfinite(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def test_too_deep_counts_levels():
    assert not jsontext.too_deep(json.loads("[" * 32 + "]" * 32))
    assert jsontext.too_deep(json.loads("[" * 33 + "]" * 33))
    assert not jsontext.too_deep({"a": [{"b": 1}]})
    assert os.sep  # keep os imported for platform helpers
