"""import and export, in-process: formats, all-or-nothing, updates, round trips, origin."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import BY_ID, RECORDS, assert_one_line_error, department, imported, stderr_lines

from oncodir.importer import canonical
from oncodir.storage import paths, read


def records_in(path: Path) -> list[dict[str, Any]]:
    return read.read_tables(path)["records"]


# --- importing ------------------------------------------------------------------------------


def test_import_csv_creates_named_database(invoke, db, clinics):
    err = imported(invoke, db, str(clinics))
    assert f"{db}: added 3, updated 0" in err
    recs = {r["id"]: r for r in records_in(db)}
    assert list(recs) == ["zhejiang-cancer-hospital/skin-clinic", "west-lake-hospital", "west-lake-hospital/lung-unit"]
    skin = recs["zhejiang-cancer-hospital/skin-clinic"]
    # Terms normalised to the vocabulary, the source's phrase kept; unknown term kept as written.
    assert skin["cancers"] == ["kidney cancer", "melanoma"]
    assert skin["treatments"] == ["multidisciplinary care", "desmoid wraps"]
    assert skin["wording"] == {"kidney cancer": "renal cancer", "multidisciplinary care": "MDT"}
    assert skin["hospital_id"] == "zhejiang-cancer-hospital"
    assert skin["beds"] == {"value": 40, "qualifier": "more than"}
    assert skin["staff"] == {"nurses": {"value": 17}, "doctors": {"value": 8}}
    assert skin["people"] == [{"name": "Wang Wei", "role": "Director"}]
    assert skin["source"] == {"document": "notes.txt"}
    assert skin["insurance"] == {"accepted": True}  # an unknown column is kept
    # A department names a hospital imported in the same file; no source: the file is cited.
    lung = recs["west-lake-hospital/lung-unit"]
    assert lung["hospital_id"] == "west-lake-hospital"
    assert lung["treatments"] == ["surgery"]
    assert recs["west-lake-hospital"]["source"] == {"document": "clinics.csv"}
    # The unknown term is a warning naming it and the record.
    warning = [line for line in stderr_lines(err) if "desmoid wraps" in line]
    assert len(warning) == 1
    assert "record 1" in warning[0] and "zhejiang-cancer-hospital/skin-clinic" in warning[0]
    # The file is a TinyDB database with UTF-8 text.
    raw = json.loads(db.read_text(encoding="utf-8"))
    assert set(raw) == {"records", "meta"}
    assert list(raw["records"]) == ["1", "2", "3"]


def test_imported_records_are_found_shown_and_listed_as_yours(invoke, db, clinics):
    imported(invoke, db, str(clinics))
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "json")
    assert code == 0
    origin = {h["id"]: h["origin"] for h in json.loads(out)}
    assert origin["zhejiang-cancer-hospital/skin-clinic"] == "user"
    assert origin["beijing-cancer-hospital"] == "bundled"
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--fields", "id,origin")
    assert "zhejiang-cancer-hospital/skin-clinic\tuser\n" in out
    assert "beijing-cancer-hospital\tbundled\n" in out
    code, out, _ = invoke("--db", str(db), "find", "lung", "cancer", "--format", "table")
    assert code == 0
    row = next(line for line in out.splitlines() if "Lung Unit" in line)
    assert "(your record)" in row
    assert not any("(your record)" in line for line in out.splitlines() if "Beijing" in line)
    code, out, _ = invoke("--db", str(db), "show", "Skin Clinic", "--format", "table")
    assert "(your record)" in out.splitlines()[0]
    code, out, _ = invoke("--db", str(db), "show", "Skin Clinic", "CHUCAS", "--fields", "id,origin")
    assert out == "zhejiang-cancer-hospital/skin-clinic\tuser\nzhejiang-cancer-hospital\tbundled\n"
    code, out, _ = invoke("--db", str(db), "show", "Skin Clinic", "--format", "json")
    assert "origin" not in json.loads(out)[0]  # show's JSON stays the import format
    code, out, _ = invoke("--db", str(db), "list", "hospitals", "--format", "json")
    assert {r["id"]: r["origin"] for r in json.loads(out)}["west-lake-hospital"] == "user"
    code, out, _ = invoke("--db", str(db), "list", "departments", "--format", "table")
    assert "Lung Unit (your record)" in out
    assert "Renal Cancer & Melanoma (your record)" not in out


def test_reimport_updates_and_reports(invoke, db, clinics, tmp_path):
    imported(invoke, db, str(clinics))
    before = db.read_bytes()
    err = imported(invoke, db, str(clinics))
    assert "added 0, updated 0, unchanged 3" in err
    assert db.read_bytes() == before  # nothing changed: not rewritten
    change = tmp_path / "change.jsonl"
    change.write_text(
        json.dumps(
            {"kind": "department", "id": "west-lake-hospital/lung-unit", "name": "Lung Unit", "beds": {"value": 12}}
        )
        + "\n"
        + json.dumps({"kind": "hospital", "name": "Lakeside Hospital", "city": "Hangzhou"})
        + "\n",
        encoding="utf-8",
    )
    err = imported(invoke, db, str(change))
    assert f"{db}: added 1, updated 1" in err
    recs = {r["id"]: r for r in records_in(db)}
    assert recs["west-lake-hospital/lung-unit"]["beds"] == {"value": 12}
    assert "treatments" not in recs["west-lake-hospital/lung-unit"]  # replaced whole, not merged
    assert list(recs)[-1] == "lakeside-hospital"


def test_import_json_array_and_stdin(invoke, db):
    records = [department("x/one", "One Clinic", cancers=["Melanomas"]), {"kind": "Hospital", "name": "日坛医院"}]
    err = imported(invoke, db, "-", input=json.dumps(records, ensure_ascii=False))
    assert "added 2" in err
    recs = {r["id"]: r for r in records_in(db)}
    assert recs["x/one"]["cancers"] == ["melanoma"]
    assert recs["日坛医院"]["kind"] == "hospital"
    assert recs["日坛医院"]["source"] == {"document": "stdin"}
    assert "日坛医院" in db.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_import_drops_result_keys_and_empty_values(invoke, db):
    code, out, _ = invoke("find", "melanoma", "--format", "json")
    assert code == 0
    imported(invoke, db, "-", input=out)
    for rec in records_in(db):
        assert not {"matched", "score", "origin", "distance_km"} & rec.keys()
        assert rec == canonical(BY_ID[rec["id"]])


def test_user_record_overrides_bundled_by_import(invoke, db):
    mine = {**BY_ID["beijing-cancer-hospital/renal-cancer-melanoma"], "name": "Renal Cancer Only", "cancers": ["RCC"]}
    imported(invoke, db, "-", input=json.dumps([mine]))
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "ids")
    assert "beijing-cancer-hospital/renal-cancer-melanoma" not in out.split()
    code, out, _ = invoke("--db", str(db), "find", "kidney", "cancer", "--fields", "id,origin")
    assert code == 0
    assert "beijing-cancer-hospital/renal-cancer-melanoma\tuser" in out


def test_import_into_default_database_creates_it(invoke, _isolated_env, clinics):
    path = paths.default_user_path()
    assert not path.exists()
    code, _, err = invoke("import", str(clinics))
    assert code == 0, err
    assert path.exists() and len(records_in(path)) == 3
    code, out, _ = invoke("--no-bundled", "list", "departments", "--format", "ids")
    assert sorted(out.split()) == ["west-lake-hospital/lung-unit", "zhejiang-cancer-hospital/skin-clinic"]


def test_import_named_database_in_missing_directory(invoke, tmp_path, clinics):
    db = tmp_path / "no-such-dir" / "mine.json"
    code, out, err = invoke("--db", str(db), "import", str(clinics))
    assert (code, out) == (2, "")
    assert str(db) in assert_one_line_error(err)
    assert not db.parent.exists()


# --- all or nothing -------------------------------------------------------------------------

BAD = {
    "missing-name.jsonl": (
        '{"kind": "hospital", "name": "Fine"}\n{"kind": "department", "id": "a/b"}\n',
        "record 2",
        "name",
    ),
    "bad-kind.json": ('[{"kind": "clinic", "name": "X"}]', "record 1", "kind"),
    "bad-beds.csv": ("kind,name,beds\ndepartment,A,40\ndepartment,B,lots\n", "record 2, line 3", "beds"),
    "not-object.json": ('[{"kind": "hospital", "name": "A"}, 7]', "record 2", "not a JSON object"),
    "bad-link.json": ('[{"kind": "department", "name": "A", "hospital_id": "nowhere"}]', "record 1", "hospital_id"),
    "wrong-kind-term.json": (
        '[{"kind": "department", "name": "A", "cancers": ["chemotherapy"]}]',
        "record 1",
        "cancers",
    ),
    "list-type.json": ('[{"kind": "department", "name": "A", "cancers": "melanoma"}]', "record 1", "cancers"),
    "dup.json": ('[{"kind": "hospital", "name": "A"}, {"kind": "hospital", "name": "a"}]', "record 2", "id"),
    "syntax.json": ('[{"kind": "hospital",, }]', "line 1", "not valid JSON"),
    "syntax.jsonl": ('{"kind": "hospital", "name": "A"}\n{"kind": \n', "line 2", "not valid JSON"),
    "no-header.csv": ("just some words\n", "clinics", "CSV header"),
    "extra-cells.csv": ("kind,name\nhospital,A,surplus\n", "record 1, line 2", "cells"),
    "empty.json": ("[]", "no records", ""),
    "empty.txt": ("", "no records", ""),
    "no-letters.json": ('[{"kind": "hospital", "name": "!!!"}]', "record 1", "id"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_changes_nothing(invoke, db, clinics, tmp_path, name):
    imported(invoke, db, str(clinics))
    before = db.read_bytes()
    text, where, field = BAD[name]
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    code, out, err = invoke("--db", str(db), "import", str(clinics), str(bad))
    assert code == 2
    assert out == ""
    line = assert_one_line_error(err)
    assert str(bad) in line or (name == "no-header.csv" and "CSV header" in line)
    assert where in line or where == "clinics"
    assert field in line
    assert db.read_bytes() == before


def test_unreadable_inputs(invoke, db, tmp_path):
    cases = {"missing": tmp_path / "nope.csv", "directory": tmp_path}
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("kind,name\nhospital,H\xf4pital\n".encode("latin-1"))
    cases["latin1"] = latin
    for path in cases.values():
        code, out, err = invoke("--db", str(db), "import", str(path))
        assert (code, out) == (2, "")
        assert str(path) in assert_one_line_error(err)
    assert not db.exists()


def test_csv_with_byte_order_mark(invoke, db, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffkind,name,city\r\nhospital,Excel Hospital,Beijing\r\n".encode())
    imported(invoke, db, str(path))
    assert records_in(db)[0]["id"] == "excel-hospital"


def test_malformed_user_database_is_not_overwritten(invoke, tmp_path, clinics):
    db = tmp_path / "broken.json"
    db.write_bytes(b'{"records": {"1": {"kind": "department", "id": "x/')
    code, _, err = invoke("--db", str(db), "import", str(clinics))
    assert code == 2
    assert str(db) in assert_one_line_error(err)
    assert db.read_bytes() == b'{"records": {"1": {"kind": "department", "id": "x/'


# --- export ---------------------------------------------------------------------------------


def parse_export(fmt: str, out: str) -> list[dict[str, Any]]:
    if fmt == "json":
        data: list[dict[str, Any]] = json.loads(out)
        return data
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    from oncodir.importer import parse

    return [e.data for e in parse(out, "export.csv")]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_import_round_trip_of_user_records(invoke, db, clinics, tmp_path, fmt):
    imported(invoke, db, str(clinics))
    code, first, err = invoke("--db", str(db), "export", "--format", fmt)
    assert code == 0, err
    dump = tmp_path / f"dump.{fmt}"
    dump.write_text(first, encoding="utf-8")
    again = tmp_path / "again.json"
    err = imported(invoke, again, str(dump))
    assert "added 3" in err
    assert records_in(again) == records_in(db)
    code, second, _ = invoke("--db", str(again), "export", "--format", fmt)
    assert second == first


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_all_round_trips_the_bundled_directory(invoke, tmp_path, fmt):
    code, out, _ = invoke("export", "--all", "--format", fmt)
    assert code == 0
    assert len(parse_export(fmt, out)) == len(RECORDS)
    dump = tmp_path / f"all.{fmt}"
    dump.write_text(out, encoding="utf-8")
    db = tmp_path / "db.json"
    imported(invoke, db, str(dump))
    assert records_in(db) == [canonical(r) for r in RECORDS]


def test_csv_export_writes_json_where_short_form_would_not_read_back(invoke, db, tmp_path):
    tricky = department(
        "x/tricky",
        "Tricky; Clinic",
        aliases=["A; B", "C"],
        people=[{"name": "Li Na", "role": "Director", "title": "Prof."}],
        programs=[{"name": "HIPEC (since forever)", "kind": "featured technology"}],
        staff={"nurses": {"value": 3, "qualifier": "about"}},
        rating=5,
        label="5",
    )
    imported(invoke, db, "-", input=json.dumps([tricky]))
    code, out, _ = invoke("--db", str(db), "export", "--format", "csv")
    assert code == 0
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["name"] == "Tricky; Clinic"
    assert json.loads(row["aliases"]) == ["A; B", "C"]
    assert json.loads(row["people"]) == tricky["people"]
    assert row["staff"] == "nurses: about 3"
    assert row["rating"] == "5" and row["label"] == '"5"'
    again = tmp_path / "again.json"
    dump = tmp_path / "dump.csv"
    dump.write_text(out, encoding="utf-8")
    imported(invoke, again, str(dump))
    assert records_in(again) == records_in(db)


def test_export_without_records(invoke, tmp_path):
    code, out, err = invoke("export")
    assert code == 1
    assert out == ""
    assert "import" in stderr_lines(err)[0]
    code, out, err = invoke("--db", str(tmp_path / "none.json"), "export")
    assert code == 2
    assert_one_line_error(err)


def test_record_without_a_name_says_name_not_id(invoke, tmp_path):
    """The id is made from the name, so a nameless record's first problem is its name."""
    source = tmp_path / "nameless.csv"
    source.write_text("kind,name\ndepartment,\n", encoding="utf-8")
    code, out, err = invoke("--db", str(tmp_path / "mine.json"), "import", str(source))
    assert code == 2
    assert out == ""
    assert "record 1" in err and "name: required" in err


def test_hospital_index_links_as_a_scan_of_every_hospital_does():
    from oncodir.importer import HospitalIndex, hospital_by_name

    hospitals: list[dict[str, Any]] = [
        {"kind": "hospital", "id": "a", "name": "Alpha Hospital", "aliases": ["Shared Name", "ALPHA"]},
        {"kind": "hospital", "id": "b", "name": "Beta Hospital", "aliases": ["Shared Name"]},
        {"kind": "hospital", "id": "c", "name": "Gamma-Hospital"},
        {"kind": "hospital", "id": "c", "name": "Gamma Two"},
        {"kind": "hospital", "id": ["odd"], "name": "Odd Id"},
    ]
    index = HospitalIndex(hospitals)
    for name in ["Alpha Hospital", "alpha", "shared name", "Gamma Hospital", "gamma two", "Nobody", "", "Odd Id"]:
        assert index.by_name(name) is hospital_by_name(hospitals, name), name
    for hid in ["a", "b", "c", "zzz"]:
        assert index.by_id(hid) is next((h for h in hospitals if h.get("id") == hid), None), hid
