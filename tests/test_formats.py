"""Every output format parses back; --fields selects; awkward text survives TSV and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import BOX_CHARS, BY_ID, MELANOMA_IDS, assert_one_line_error, department, tsv_rows, tsv_unescape
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir.cli.find import FIND_COLUMNS
from oncodir.output import Format, choose, parse_fields, tsv_cell, write_csv, write_json, write_tsv

COMMON_KEYS = {"kind", "id", "name", "city", "cancers", "treatments", "matched", "source"}
RESULT_KEYS = COMMON_KEYS | {"hospital", "hospital_id"}


def run_ok(invoke, *args, **kwargs):
    code, out, err = invoke(*args, **kwargs)
    assert code == 0, err
    assert err == ""
    return out


# --- each format ----------------------------------------------------------------------------


def test_tsv(invoke):
    out = run_ok(invoke, "find", "melanoma", "--format", "tsv")
    rows = tsv_rows(out)
    assert [r[0] for r in rows] == MELANOMA_IDS  # no header line
    assert all(len(r) == len(FIND_COLUMNS) for r in rows)
    assert FIND_COLUMNS == ("id", "kind", "name", "hospital", "city", "matched")
    first = dict(zip(FIND_COLUMNS, rows[0], strict=True))
    record = BY_ID[first["id"]]
    assert first == {
        "id": record["id"],
        "kind": "department",
        "name": record["name"],
        "hospital": record["hospital"],
        "city": record["city"],
        "matched": "melanoma",
    }
    assert out == run_ok(invoke, "find", "melanoma")  # TSV is the default when not a terminal


def test_csv(invoke):
    out = run_ok(invoke, "find", "melanoma", "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == FIND_COLUMNS
    rows = list(reader)
    assert [r["id"] for r in rows] == MELANOMA_IDS
    assert rows[2]["name"] == "Renal Cancer & Melanoma"
    assert rows[3]["hospital"] == ""
    assert {r["matched"] for r in rows} == {"melanoma"}


def test_json(invoke):
    data = json.loads(run_ok(invoke, "find", "melanoma", "--format", "json"))
    assert isinstance(data, list)
    assert [o["id"] for o in data] == MELANOMA_IDS
    for obj in data:
        assert isinstance(obj, dict)
        assert obj.keys() >= COMMON_KEYS
        assert isinstance(obj["matched"], list)
        assert obj["matched"]
        assert isinstance(obj["score"], int)
        assert obj["origin"] == "bundled"
        # Everything from the record is there, unchanged; hospitals gain null hospital links.
        expected = {"hospital": None, "hospital_id": None, **BY_ID[obj["id"]]}
        assert {k: v for k, v in obj.items() if k not in ("matched", "score", "origin")} == expected
    for obj in data:
        if obj["kind"] == "department":
            assert obj.keys() >= RESULT_KEYS


def test_json_every_result_has_hospital_keys(invoke):
    data = json.loads(run_ok(invoke, "find", "melanoma", "--format", "json"))
    for obj in data:
        assert obj.keys() >= RESULT_KEYS, obj["id"]


def test_json_keeps_non_ascii(invoke):
    out = run_ok(invoke, "find", "--hospital", "CHUCAS", "--format", "json")
    assert "浙江省肿瘤医院" in out
    assert "\\u6d59" not in out


def test_jsonl(invoke):
    out = run_ok(invoke, "find", "melanoma", "--format", "jsonl")
    lines = out.splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["id"] for o in objs] == MELANOMA_IDS
    assert objs == json.loads(run_ok(invoke, "find", "melanoma", "--format", "json"))


def test_ids(invoke):
    out = run_ok(invoke, "find", "melanoma", "--format", "ids")
    assert out == "".join(f"{i}\n" for i in MELANOMA_IDS)


def test_ids_pipe_into_show(invoke):
    ids = run_ok(invoke, "find", "melanoma", "--format", "ids")
    out = run_ok(invoke, "show", "-", "--format", "json", input=ids)
    assert json.loads(out) == [BY_ID[i] for i in MELANOMA_IDS]


def test_format_is_case_insensitive_and_has_short_option(invoke):
    assert json.loads(run_ok(invoke, "find", "hipec", "-f", "JSON"))[0]["id"] == (
        "zhejiang-cancer-hospital/abdominal-medical-oncology"
    )


def test_table_format(invoke):
    out = run_ok(invoke, "find", "hipec", "--format", "table")
    assert BOX_CHARS & set(out)
    assert "Hospital" in out
    assert "\t" not in out


def test_bad_format_is_usage_error(invoke):
    code, out, err = invoke("find", "melanoma", "--format", "xml")
    assert code == 2
    assert out == ""
    assert "xml" in assert_one_line_error(err)


# --- --fields -------------------------------------------------------------------------------


def test_fields_tsv(invoke):
    out = run_ok(invoke, "find", "melanoma", "--format", "tsv", "--fields", "id,city,cancers")
    rows = tsv_rows(out)
    assert [len(r) for r in rows] == [3] * 5
    assert rows[2] == ["beijing-cancer-hospital/renal-cancer-melanoma", "Beijing", "kidney cancer; melanoma"]


def test_fields_csv(invoke):
    out = run_ok(invoke, "find", "hipec", "--format", "csv", "--fields", "name,hospital,score")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [
        {"name": "Abdominal Medical Oncology", "hospital": "Zhejiang Cancer Hospital", "score": "3"},
        {"name": "Gastrointestinal and Anal Surgery", "hospital": "", "score": "3"},
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_fields_json(invoke, fmt):
    out = run_ok(invoke, "find", "hipec", "--format", fmt, "--fields", "id,hospital_id,matched")
    objs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [set(o) for o in objs] == [{"id", "hospital_id", "matched"}] * 2
    assert objs[1]["hospital_id"] is None
    assert objs[0]["matched"][0]["term"] == "HIPEC"


def test_fields_for_show(invoke):
    out = run_ok(invoke, "show", "CHUCAS", "--format", "json", "--fields", "id,beds,source")
    assert json.loads(out) == [
        {"id": "zhejiang-cancer-hospital", "beds": None, "source": BY_ID["zhejiang-cancer-hospital"]["source"]}
    ]


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "table"])
def test_unknown_field_is_usage_error(invoke, fmt):
    code, out, err = invoke("find", "melanoma", "--format", fmt, "--fields", "id,nonsense")
    assert code == 2
    assert out == ""
    assert "nonsense" in assert_one_line_error(err)


@pytest.mark.parametrize("spec", [",", "", " "])
def test_empty_fields_is_usage_error(invoke, spec):
    code, out, err = invoke("find", "melanoma", "--fields", spec)
    assert code == 2
    assert out == ""
    assert "--fields needs at least one field name" in assert_one_line_error(err)


# --- awkward text ---------------------------------------------------------------------------

AWKWARD = 'Tab\there, new\nline, back\\slash, "quotes", comma, 中文'


@pytest.fixture
def awkward_db(make_db):
    return make_db([department("x/awkward", AWKWARD, cancers=["melanoma"], summary="one\r\ntwo")])


def test_tsv_escapes_and_round_trips(invoke, awkward_db):
    out = run_ok(invoke, "--db", str(awkward_db), "find", "melanoma", "--fields", "id,name,summary")
    lines = out.splitlines()
    assert len(lines) == 6  # one line per record, whatever the text holds
    line = next(li for li in lines if li.startswith("x/awkward\t"))
    assert line.count("\t") == 2
    assert line.split("\t")[1] == 'Tab\\there, new\\nline, back\\\\slash, "quotes", comma, 中文'
    row = next(r for r in tsv_rows(out) if r[0] == "x/awkward")
    assert row == ["x/awkward", AWKWARD, "one\r\ntwo"]


def test_csv_round_trips(invoke, awkward_db):
    out = run_ok(invoke, "--db", str(awkward_db), "find", "melanoma", "--format", "csv", "--fields", "id,name,summary")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
    assert rows["x/awkward"]["name"] == AWKWARD
    assert rows["x/awkward"]["summary"] == "one\r\ntwo"
    assert len(rows) == 6


def test_json_round_trips(invoke, awkward_db):
    out = run_ok(invoke, "--db", str(awkward_db), "show", "x/awkward", "--format", "json")
    assert json.loads(out)[0]["name"] == AWKWARD


def test_json_is_compact_in_a_pipe_and_indented_on_a_terminal(invoke, tmp_path):
    """Like gh: one line for programs (and the fast C encoder), indented for people."""
    import sys

    from helpers import run_in_pty, subprocess_env

    code, out, _ = invoke("find", "melanoma", "--format", "json")
    assert code == 0
    assert out.count("\n") == 1
    work = tmp_path / "cwd"
    work.mkdir()
    status, shown, _ = run_in_pty(
        [sys.executable, "-m", "oncodir", "find", "melanoma", "--format", "json"], subprocess_env(tmp_path), work
    )
    assert status == 0
    text = shown.decode("utf-8").replace("\r\n", "\n")
    assert text.startswith("[\n  {")
    assert [o["id"] for o in json.loads(text)] == MELANOMA_IDS


# --- the writers, directly ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cell"),
    [
        ("plain", "plain"),
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("back\\slash", "back\\\\slash"),
        ("\\t literally", "\\\\t literally"),
    ],
)
def test_tsv_cell(raw, cell):
    assert tsv_cell(raw) == cell
    assert tsv_unescape(cell) == raw


@given(st.text())
def test_tsv_cell_round_trips_and_stays_on_one_line(text):
    cell = tsv_cell(text)
    assert "\t" not in cell
    assert "\n" not in cell
    assert "\r" not in cell
    assert tsv_unescape(cell) == text


def test_choose_format():
    assert choose(None, True) is Format.table
    assert choose(None, False) is Format.tsv
    assert choose(Format.json, True) is Format.json
    assert choose(Format.table, False) is Format.table


def test_parse_fields():
    assert parse_fields(None, ("id", "name")) == ["id", "name"]
    assert parse_fields(" id , city ", ("id",)) == ["id", "city"]
    with pytest.raises(Exception, match="unknown field 'colour'"):
        parse_fields("id,colour", ("id",))


def test_writers_round_trip():
    rows = [{"id": "a/b", "name": 'Tab\there "q"', "cancers": ["melanoma", "skin cancer"]}]
    out = io.StringIO()
    write_tsv(out, rows, ["id", "name", "cancers"])
    assert out.getvalue() == 'a/b\tTab\\there "q"\tmelanoma; skin cancer\n'
    out = io.StringIO()
    write_csv(out, rows, ["id", "name", "cancers"])
    assert list(csv.DictReader(io.StringIO(out.getvalue()))) == [
        {"id": "a/b", "name": 'Tab\there "q"', "cancers": "melanoma; skin cancer"}
    ]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=5), _JSON_VALUES, max_size=4), max_size=5))
def test_compact_json_written_element_by_element_is_json_dumps_of_the_list(objs):
    out = io.StringIO()
    write_json(out, objs, None, pretty=False)
    assert out.getvalue() == json.dumps(objs, ensure_ascii=False) + "\n"
