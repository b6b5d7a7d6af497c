"""The one rule set: a record's shape, the directory's rules, ``oncodir validate`` and the data build."""

from __future__ import annotations

import json

import pytest
from helpers import (
    ROOT,
    VOCABULARY,
    assert_one_line_error,
    department,
    imported,
    stderr_lines,
)

from oncodir.checks import record_findings
from oncodir.models import validate
from oncodir.storage import paths
from oncodir.vocabulary import Vocabulary

VOCAB = Vocabulary.from_rows(VOCABULARY)
TERMS = {c["term"]: c for c in VOCABULARY}
# A valid department, the starting point the checks below vary one field of.
GOOD = {
    "kind": "department",
    "id": "h/d",
    "name": "D",
    "hospital_id": "h",
    "cancers": ["melanoma"],
    "source": {"document": "x.txt"},
}


def test_validate_checks_shape_and_required_fields():
    good = dict(GOOD)
    assert validate(good) == []
    problems = validate({**good, "id": "other/d", "beds": 40})
    assert any(p.startswith("id:") for p in problems)
    assert any(p.startswith("beds:") for p in problems)
    assert validate({"kind": "clinic"}) == [
        "name: required",  # before id: an import makes a missing id from the name
        "id: required",
        "source: required",
        "kind: must be 'hospital' or 'department', not 'clinic'",
    ]
    assert validate([]) == ["not a JSON object"]


def test_checks_report_terms_of_the_wrong_kind_and_unknown_hospitals():
    good = dict(GOOD)
    assert record_findings(good, VOCAB, {"h"}, strict=True).problems == []
    problems = record_findings({**good, "cancers": ["HIPEC"]}, VOCAB, {"h"}, strict=True).problems
    assert [p for p in problems if p.startswith("cancers:")] == [
        "cancers: 'HIPEC' is a treatment in the vocabulary, not a cancer"
    ]
    assert record_findings(good, VOCAB, {"other"}).problems == ["hospital_id: no hospital has the id 'h'"]


# --- oncodir validate ----------------------------------------------------------------------


def test_validate_ok(invoke, db, clinics):
    code, out, err = invoke("validate")
    assert code == 0
    assert out == ""
    assert stderr_lines(err)[0].startswith("oncodir: ok: 0 problems")
    imported(invoke, db, str(clinics))
    code, out, err = invoke("--db", str(db), "validate")
    assert code == 0
    # The unknown term is a warning, printed, not a failure.
    assert out.splitlines() == [
        f"{db}: record 1 (zhejiang-cancer-hospital/skin-clinic): warning: treatments: "
        "'desmoid wraps' is not in the vocabulary (kept as written)"
    ]
    assert "1 warning" in err


def test_validate_lists_every_problem(invoke, make_db):
    db = make_db(
        [
            department("x/a", "A", cancers=["renal cancer"]),
            department("x/b", "B", hospital_id="nowhere", cancers=["HIPEC"]),
            {"kind": "department", "id": "x/c", "name": "C"},
            department("x/a", "A again"),
        ],
        vocabulary=[{"term": "desmoid tumour", "kind": "cancer", "broader": ["no such term"]}],
    )
    code, out, err = invoke("--db", str(db), "validate")
    assert code == 2
    lines = out.splitlines()
    assert (
        f"{db}: record 1 (x/a): cancers: 'renal cancer' should be written as the vocabulary term 'kidney cancer'"
        in lines
    )
    assert any(line.startswith(f"{db}: record 2 (x/b): id:") for line in lines)
    assert f"{db}: record 2 (x/b): hospital_id: no hospital has the id 'nowhere'" in lines
    assert f"{db}: record 2 (x/b): cancers: 'HIPEC' is a treatment in the vocabulary, not a cancer" in lines
    assert f"{db}: record 3 (x/c): source: required" in lines
    assert f"{db}: record 4 (x/a): id: repeats record 1" in lines
    assert any("vocabulary 1 (desmoid tumour): broader" in line for line in lines)
    assert len(lines) == 7
    assert assert_one_line_error(err).startswith("oncodir: 7 problems")


def test_validate_reports_a_malformed_database(invoke, tmp_path):
    db = tmp_path / "bad.json"
    db.write_text("[1, 2]", encoding="utf-8")
    code, out, err = invoke("--db", str(db), "validate")
    assert code == 2
    assert out.startswith(f"{db}: expected a JSON object")
    assert_one_line_error(err)


def test_validate_holds_bundled_records_to_the_vocabulary(tmp_path):
    from oncodir.checks import validate_all

    path = tmp_path / "bundled.json"
    doc = json.loads(paths.bundled_path().read_text(encoding="utf-8"))
    doc["records"]["1"]["cancers"] = ["desmoid tumour"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    problems, warnings, _ = validate_all(path, None)
    rid = doc["records"]["1"]["id"]
    assert problems == [f"bundled: record 1 ({rid}): cancers: 'desmoid tumour' is not a cancer term in the vocabulary"]
    assert warnings == []


# --- the data build uses the same rules -----------------------------------------------------


def test_the_build_refuses_exactly_what_validate_reports(tmp_path):
    from oncodir.checks import check_bundled, validate_all
    from oncodir.storage.read import read_tables

    tables = read_tables(paths.bundled_path())
    assert check_bundled(tables) == []  # the bundled directory passes both
    tables["records"][0] = {**tables["records"][0], "cancers": ["desmoid tumour"], "beds": 40}
    tables["records"].append(dict(tables["records"][1]))  # a repeated id
    path = tmp_path / "bundled.json"
    path.write_text(json.dumps({k: dict(enumerate(rows, start=1)) for k, rows in tables.items()}), encoding="utf-8")
    problems, _, _ = validate_all(path, None)
    assert len(problems) == 3
    assert check_bundled(tables) == problems


def test_the_build_script_stops_on_a_problem_and_names_it(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "data" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    records = build.load_records()
    records[0] = {**records[0], "kind": "clinic"}
    monkeypatch.setattr(build, "load_records", lambda: records)
    with pytest.raises(SystemExit, match="kind: must be 'hospital' or 'department'"):
        build.build(tmp_path / "oncodir.json")
    assert not (tmp_path / "oncodir.json").exists()
