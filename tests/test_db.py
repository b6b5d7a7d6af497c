"""The user database: --db / ONCODIR_DB, --no-bundled, merging, and bad database files of every kind."""

from __future__ import annotations

import json
import os

import pytest
from helpers import BY_ID, assert_one_line_error, department, stderr_lines

from oncodir.errors import DatabaseError
from oncodir.storage import paths, read

MELANOMA_IDS = {
    "zhejiang-cancer-hospital/bone-soft-tissue-surgery",
    "zhejiang-cancer-hospital/rare-cancer-head-and-neck-medical-oncology",
    "beijing-cancer-hospital/renal-cancer-melanoma",
    "beijing-cancer-hospital",
    "cancer-hospital-chinese-academy-of-medical-sciences",
}


def find_ids(invoke, *args, env=None):
    code, out, err = invoke(*args, "--format", "ids", env=env)
    assert code == 0, err
    return out.split()


# --- missing --------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["option", "env"])
def test_missing_named_database_is_error_and_not_created(invoke, tmp_path, how):
    path = tmp_path / "nowhere" / "mine.json"
    path.parent.mkdir()
    if how == "option":
        code, out, err = invoke("--db", str(path), "find", "melanoma")
    else:
        code, out, err = invoke("find", "melanoma", env={"ONCODIR_DB": str(path)})
    assert code == 2
    assert out == ""
    assert str(path) in assert_one_line_error(err)
    assert not path.exists()
    assert list(path.parent.iterdir()) == []


@pytest.mark.parametrize("command", [["show", "CHUCAS"], ["list", "hospitals"]])
def test_missing_database_for_other_commands(invoke, tmp_path, command):
    path = tmp_path / "mine.json"
    code, out, err = invoke("--db", str(path), *command)
    assert code == 2
    assert out == ""
    assert str(path) in assert_one_line_error(err)
    assert not path.exists()


def test_default_user_database_may_be_absent(invoke, _isolated_env):
    # No --db and no ONCODIR_DB: the platform default does not exist yet, which is fine,
    # and a query does not create it.
    before = sorted(_isolated_env.rglob("*"))
    assert set(find_ids(invoke, "find", "melanoma")) == MELANOMA_IDS
    assert sorted(_isolated_env.rglob("*")) == before
    assert not paths.default_user_path().exists()


def test_no_bundled_without_any_user_database(invoke):
    code, out, err = invoke("--no-bundled", "find", "melanoma")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


def test_queries_do_not_touch_the_bundled_file(invoke):
    path = paths.bundled_path()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for args in (["find", "melanoma"], ["show", "CHUCAS"], ["list", "cancers"]):
        code, _, _ = invoke(*args)
        assert code == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# --- malformed ------------------------------------------------------------------------------

MALFORMED = {
    "truncated": b'{"records": {"1": {"kind": "department", "id": "x/',
    "list": b'[{"kind": "department"}]',
    "empty": b"",
    "invalid-utf8": b'{"records": {"1": {"name": "\xff\xfe"}}}',
    "bom": b'\xef\xbb\xbf{"records": {}}',
    "table-not-object": b'{"records": []}',
    "document-not-object": b'{"records": {"1": "melanoma"}}',
    "scalar": b"42",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_database_is_one_line_error_and_unchanged(invoke, tmp_path, name):
    path = tmp_path / f"{name}.json"
    path.write_bytes(MALFORMED[name])
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    code, out, err = invoke("--db", str(path), "find", "melanoma")
    assert code == 2
    assert out == ""
    assert str(path) in assert_one_line_error(err)
    assert path.read_bytes() == MALFORMED[name]
    assert path.stat().st_mtime_ns == 1_600_000_000_000_000_000


def test_directory_as_database(invoke, tmp_path):
    path = tmp_path / "adir"
    path.mkdir()
    code, out, err = invoke("--db", str(path), "find", "melanoma")
    assert code == 2
    assert out == ""
    assert str(path) in assert_one_line_error(err)
    assert path.is_dir()
    assert list(path.iterdir()) == []


def test_unreadable_database(invoke, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "secret.json"
    path.write_text('{"records": {}}', encoding="utf-8")
    path.chmod(0)
    try:
        code, out, err = invoke("--db", str(path), "find", "melanoma")
    finally:
        path.chmod(0o600)
    assert code == 2
    assert out == ""
    assert str(path) in assert_one_line_error(err)


# --- valid user databases -------------------------------------------------------------------


def test_user_records_are_added(invoke, make_db):
    db = make_db([department("x/melanoma-clinic", "Clinic X", cancers=["melanoma"])])
    assert set(find_ids(invoke, "--db", str(db), "find", "melanoma")) == MELANOMA_IDS | {"x/melanoma-clinic"}
    # Through the environment variable too.
    assert "x/melanoma-clinic" in find_ids(invoke, "find", "melanoma", env={"ONCODIR_DB": str(db)})


def test_option_wins_over_environment(invoke, make_db):
    env_db = make_db([department("x/from-env", "From Env", cancers=["melanoma"])], name="env.json")
    opt_db = make_db([department("x/from-option", "From Option", cancers=["melanoma"])], name="opt.json")
    found = find_ids(invoke, "--db", str(opt_db), "find", "melanoma", env={"ONCODIR_DB": str(env_db)})
    assert "x/from-option" in found
    assert "x/from-env" not in found


def test_user_record_replaces_bundled_one_with_same_id(invoke, make_db):
    rid = "beijing-cancer-hospital/renal-cancer-melanoma"
    mine = {**BY_ID[rid], "name": "Renal Cancer Only", "cancers": ["kidney cancer"]}
    db = make_db([mine])
    assert set(find_ids(invoke, "--db", str(db), "find", "melanoma")) == MELANOMA_IDS - {rid}
    assert rid in find_ids(invoke, "--db", str(db), "find", "kidney", "cancer")
    code, out, _ = invoke("--db", str(db), "show", rid, "--format", "json")
    assert code == 0
    assert json.loads(out) == [mine]
    code, out, _ = invoke("--db", str(db), "list", "departments", "--format", "ids")
    assert out.split().count(rid) == 1
    code, out, _ = invoke("--db", str(db), "show", rid, "--format", "table")
    assert "(your record)" in out
    assert "Renal Cancer Only" in out


def test_user_department_joins_its_hospital(invoke, make_db):
    dep = department(
        "zhejiang-cancer-hospital/skin-clinic",
        "Skin Clinic",
        hospital="Zhejiang Cancer Hospital",
        hospital_id="zhejiang-cancer-hospital",
        cancers=["basal cell carcinoma"],
    )
    db = make_db([dep])
    code, out, _ = invoke("--db", str(db), "list", "hospitals", "--format", "json")
    counts = {r["id"]: r["departments"] for r in json.loads(out)}
    assert counts["zhejiang-cancer-hospital"] == 4
    code, out, _ = invoke("--db", str(db), "show", "CHUCAS", "--format", "table")
    assert code == 0
    assert "Departments (4)" in out
    assert "Skin Clinic" in out
    assert "zhejiang-cancer-hospital/skin-clinic" in find_ids(invoke, "--db", str(db), "find", "skin", "cancer")


def test_unknown_keys_are_kept(invoke, make_db):
    db = make_db([department("x/extra", "Extra Keys Clinic", cancers=["melanoma"], insurance={"accepted": True})])
    code, out, _ = invoke("--db", str(db), "show", "x/extra", "--format", "json")
    assert code == 0
    assert json.loads(out)[0]["insurance"] == {"accepted": True}
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "jsonl")
    extra = [json.loads(line) for line in out.splitlines() if '"x/extra"' in line]
    assert extra[0]["insurance"] == {"accepted": True}


def test_no_bundled_reads_only_the_user_database(invoke, make_db):
    db = make_db([department("x/only", "Only Clinic", city="Beijing", cancers=["melanoma"])])
    code, out, err = invoke("--db", str(db), "--no-bundled", "list", "departments", "--format", "ids")
    assert code == 0, err
    assert out.split() == ["x/only"]
    assert find_ids(invoke, "--db", str(db), "--no-bundled", "find", "--city", "beijing") == ["x/only"]
    code, out, _ = invoke("--db", str(db), "--no-bundled", "show", "CHUCAS")
    assert code == 1
    assert out == ""


def test_no_bundled_still_searches_by_vocabulary(invoke, make_db):
    db = make_db([department("x/only", "Only Clinic", cancers=["melanoma"])])
    assert find_ids(invoke, "--db", str(db), "--no-bundled", "find", "melanoma") == ["x/only"]
    assert find_ids(invoke, "--db", str(db), "--no-bundled", "find", "skin", "cancer") == ["x/only"]


def test_empty_user_database_object(invoke, tmp_path):
    path = tmp_path / "empty-object.json"
    path.write_text("{}", encoding="utf-8")
    assert set(find_ids(invoke, "--db", str(path), "find", "melanoma")) == MELANOMA_IDS
    code, out, err = invoke("--db", str(path), "--no-bundled", "find", "melanoma")
    assert code == 1
    assert out == ""
    # melanoma is a known term: the message says no record lists it (not a misspelling)
    assert stderr_lines(err)[0].startswith("oncodir: no department or hospital in the directory lists melanoma")


def test_records_without_id_are_rejected_not_merged(invoke, make_db):
    no_id = [
        {"kind": "department", "name": f"No Id Clinic {n}", "cancers": ["melanoma"], "source": {"document": "x.txt"}}
        for n in (1, 2)
    ]
    db = make_db(no_id)
    for args in (["find", "melanoma", "--format", "ids"], ["list", "departments", "--format", "ids"]):
        code, out, err = invoke("--db", str(db), *args)
        assert (code, out) == (2, "")
        assert "id: required" in assert_one_line_error(err)
        assert str(db) in err


def test_record_with_wrong_shaped_field_is_not_an_internal_error(invoke, make_db):
    db = make_db([department("x/odd", "Odd Clinic", staff=3)])
    code, out, err = invoke("--db", str(db), "show", "x/odd", "--format", "table")
    assert "internal error" not in err
    if code == 0:
        assert "Odd Clinic" in out
    else:
        assert code == 2
        assert str(db) in assert_one_line_error(err)


# --- bad databases, every way --------------------------------------------------------------


BAD_DATABASES: dict[str, tuple[bytes | None, str]] = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty"),
    "truncated": (b'{"records": {"1": {"kind": "dep', "not valid JSON"),
    "a list": (b"[1, 2]", "found an array"),
    "a number": (b"42", "found a number"),
    "null": (b"null", "found null"),
    "table not an object": (b'{"records": [1, 2]}', "table 'records'"),
    "document not an object": (b'{"records": {"1": 5}}', "document 1"),
    "byte-order mark": (b'\xef\xbb\xbf{"records": {}}', "byte-order mark"),
    "invalid UTF-8": (b'{"records": {"1": {"name": "\xff\xfe"}}}', "UTF-8"),
    "record without id": (b'{"records": {"1": {"kind": "department", "name": "x"}}}', "id: required"),
    "malformed vocabulary": (b'{"vocabulary": {"1": {"kind": "cancer"}}}', "vocabulary"),
}


@pytest.mark.parametrize("name", list(BAD_DATABASES))
@pytest.mark.parametrize("how", ["--db", "ONCODIR_DB"])
def test_bad_database_is_one_line_exit_2_and_untouched(invoke, tmp_path, name, how):
    content, problem = BAD_DATABASES[name]
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_bytes(content)
    before = (path.read_bytes(), path.stat().st_mtime_ns) if content is not None else None
    if how == "--db":
        code, out, err = invoke("--db", str(path), "find", "melanoma")
    else:
        code, out, err = invoke("find", "melanoma", env={"ONCODIR_DB": str(path)})
    assert code == 2
    assert out == ""
    line = assert_one_line_error(err)
    assert str(path) in line
    assert problem in line
    if before is None:
        assert not path.exists(), "a query created the database"
    else:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_database_that_is_a_directory(invoke, tmp_path):
    code, _, err = invoke("--db", str(tmp_path), "list", "hospitals")
    assert code == 2
    assert "directory" in assert_one_line_error(err)


def test_every_truncated_prefix_of_the_bundled_database_is_a_database_error(tmp_path):
    data = paths.bundled_path().read_bytes()
    path = tmp_path / "cut.json"
    content_end = len(data.rstrip())
    checked = 0
    for n in _prefix_lengths(content_end):
        path.write_bytes(data[:n])
        with pytest.raises(DatabaseError):
            read.read_tables(path)
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("fraction", [0.0, 0.1, 0.5, 0.9, 0.999])
def test_truncated_bundled_database_through_the_cli(run_cli, tmp_path, fraction):
    data = paths.bundled_path().read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: int(len(data.rstrip()) * fraction)])
    proc = run_cli("--db", str(path), "find", "melanoma")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert_one_line_error(proc.stderr.decode())


def _prefix_lengths(size: int) -> list[int]:
    # Every prefix of the first and last 1,500 bytes, and every 97th in between: parsing each of
    # the file's ~10^5 prefixes in full would be quadratic (minutes); these cover every shape
    # of cut (inside a key, a string, a number, between tables, before the last brace).
    edge = 1500
    return sorted({*range(0, min(edge, size)), *range(max(0, size - edge), size), *range(edge, size, 97)})
