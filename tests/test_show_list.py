"""``oncodir show`` and ``oncodir list``: finding a record by name, what each prints, the counts."""

from __future__ import annotations

import json
import re

import pytest
from helpers import (
    BOX_CHARS,
    BY_ID,
    RECORDS,
    assert_one_line_error,
    stderr_lines,
    tsv_rows,
    with_term,
)

HOSPITALS = sorted(r["id"] for r in RECORDS if r["kind"] == "hospital")
DEPARTMENTS = sorted(r["id"] for r in RECORDS if r["kind"] == "department")
GASTRO = {
    "hangzhou/gastrointestinal-and-anal-surgery",
    "beijing-cancer-hospital/gastrointestinal-surgery",
    "beijing-cancer-hospital/gastrointestinal-oncology",
}


def show_json(invoke, *names):
    code, out, err = invoke("show", *names, "--format", "json")
    assert code == 0, err
    assert err == ""
    return json.loads(out)


# --- show: finding the record ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "zhejiang-cancer-hospital",
        "Zhejiang Cancer Hospital",
        "zhejiang cancer hospital",
        "ZHEJIANG CANCER HOSPITAL",
        "CHUCAS",
        "chucas",
        "浙江省肿瘤医院",
        "中国科学院大学附属肿瘤医院",
        "Cancer Hospital of the University of Chinese Academy of Sciences",
    ],
)
def test_show_by_id_name_alias_chinese(invoke, name):
    records = show_json(invoke, name)
    assert [r["id"] for r in records] == ["zhejiang-cancer-hospital"]


@pytest.mark.parametrize(
    ("name", "rid"),
    [
        ("Renal Cancer & Melanoma", "beijing-cancer-hospital/renal-cancer-melanoma"),
        ("renal cancer and melanoma", "beijing-cancer-hospital/renal-cancer-melanoma"),
        ("Department of Bone and Soft Tissue Surgery", "zhejiang-cancer-hospital/bone-soft-tissue-surgery"),
        ("hospice", "beijing-cancer-hospital/hospice"),
        ("Beijing Cancer Hospital", "beijing-cancer-hospital"),
    ],
)
def test_show_departments_and_hospitals_by_name(invoke, name, rid):
    assert [r["id"] for r in show_json(invoke, name)] == [rid]


def test_show_with_kind_prefix(invoke):
    assert [r["id"] for r in show_json(invoke, "department", "Renal Cancer & Melanoma")] == [
        "beijing-cancer-hospital/renal-cancer-melanoma"
    ]
    assert [r["id"] for r in show_json(invoke, "hospital", "CHUCAS")] == ["zhejiang-cancer-hospital"]
    code, out, _ = invoke("show", "hospital", "Renal Cancer & Melanoma")
    assert code == 1
    assert out == ""


def test_show_ambiguous_lists_candidates(invoke):
    code, out, err = invoke("show", "gastrointestinal")
    assert code == 2
    assert out == ""
    lines = stderr_lines(err)
    assert lines[0].startswith("oncodir: 'gastrointestinal' matches 3 records")
    listed = {line.split()[0] for line in lines[1:]}
    assert listed == GASTRO
    assert {r["id"] for r in RECORDS if re.search(r"\bgastrointestinal\b", r["name"], re.I)} == GASTRO
    assert "Traceback" not in err


def test_show_unknown_name(invoke):
    code, out, err = invoke("show", "Nowhere General Hospital")
    assert code == 1
    assert out == ""
    assert stderr_lines(err)[0].startswith("oncodir: no hospital or department named 'Nowhere General Hospital'")


def test_show_typo_suggests(invoke):
    code, out, err = invoke("show", "Zhejang Cancer Hospital")
    assert code == 1
    assert out == ""
    assert any("did you mean" in line and "Zhejiang Cancer Hospital" in line for line in stderr_lines(err))


def test_show_without_name_is_usage_error(invoke):
    code, out, err = invoke("show")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


def test_show_several_names_in_order_without_repeats(invoke):
    records = show_json(invoke, "CHUCAS", "beijing-cancer-hospital/hospice", "Zhejiang Cancer Hospital")
    assert [r["id"] for r in records] == ["zhejiang-cancer-hospital", "beijing-cancer-hospital/hospice"]


def test_show_stdin_ids(invoke):
    stdin = "beijing-cancer-hospital\n\nzhejiang-cancer-hospital\n"
    code, out, err = invoke("show", "-", "--format", "jsonl", input=stdin)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "beijing-cancer-hospital",
        "zhejiang-cancer-hospital",
    ]
    code, out, err = invoke("show", "-", input="")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


# --- show: what it prints -------------------------------------------------------------------


@pytest.mark.parametrize("rid", sorted(BY_ID))
def test_show_json_is_the_source_record(invoke, rid):
    assert show_json(invoke, rid) == [BY_ID[rid]]


def test_show_json_keeps_chinese_as_utf8(invoke):
    code, out, _ = invoke("show", "CHUCAS", "--format", "json")
    assert code == 0
    assert "浙江省肿瘤医院" in out
    assert "\\u" not in out


def test_show_table_zhejiang(invoke):
    code, out, err = invoke("show", "Zhejiang Cancer Hospital", "--format", "table")
    assert code == 0
    assert err == ""
    record = BY_ID["zhejiang-cancer-hospital"]
    assert out.startswith("Zhejiang Cancer Hospital")
    assert "not stated" in out  # beds, staff, people, established are null/empty in the source
    assert record["source"]["document"] in out
    assert "2020-03" in out
    assert "Departments (3)" in out
    for dep in (r for r in RECORDS if r.get("hospital_id") == "zhejiang-cancer-hospital"):
        assert dep["name"] in out
        assert dep["id"] in out
    assert "Informational only" in out
    assert BOX_CHARS & set(out)
    assert "\x1b" not in out


def test_show_table_unnamed_hospital_department(invoke):
    code, out, _ = invoke("show", "hangzhou/gastrointestinal-and-anal-surgery", "--format", "table")
    assert code == 0
    hospital_line = next(line for line in out.splitlines() if line.startswith("Hospital"))
    assert "not stated" in hospital_line
    location = next(line for line in out.splitlines() if line.startswith("Location"))
    assert "Hangzhou" in location
    assert "003_45d93d1d5f1625c9.txt" in out
    assert "the page states no date" in out
    assert "Informational only" in out


def test_show_table_quantities_and_wording(invoke):
    code, out, _ = invoke("show", "zhejiang-cancer-hospital/bone-soft-tissue-surgery", "--format", "table")
    assert code == 0
    beds = next(line for line in out.splitlines() if line.startswith("Beds"))
    assert "more than 40" in beds
    assert "surgeons: 8" in out
    assert "cutaneous tumour patients: more than 400" in out
    assert "skin cancer (source: cutaneous tumors)" in out


def test_show_table_city_that_is_its_own_province_not_repeated(invoke):
    code, out, _ = invoke("show", "beijing-cancer-hospital", "--format", "table")
    assert code == 0
    location = next(line for line in out.splitlines() if line.startswith("Location"))
    assert location.split(None, 1)[1].strip() == "Beijing, China"
    assert f"Departments ({sum(r.get('hospital_id') == 'beijing-cancer-hospital' for r in RECORDS)})" in out


def test_show_table_hospital_without_departments(invoke):
    code, out, _ = invoke("show", "Beijing Friendship Hospital", "--format", "table")
    assert code == 0
    assert "Departments: none in the directory" in out
    assert "1,256 (inpatient beds)" in out


def test_show_tsv_default_columns_and_fields(invoke):
    code, out, _ = invoke("show", "CHUCAS", "--format", "tsv")
    assert code == 0
    (row,) = tsv_rows(out)
    assert row[:3] == ["zhejiang-cancer-hospital", "hospital", "Zhejiang Cancer Hospital"]
    assert row[-1] == "001_0968f91aebe967d3.txt, updated 2020-03"
    code, out, _ = invoke("show", "CHUCAS", "--fields", "id,city,aliases")
    assert code == 0
    aliases = "; ".join(BY_ID["zhejiang-cancer-hospital"]["aliases"])
    assert tsv_rows(out) == [["zhejiang-cancer-hospital", "Hangzhou", aliases]]


# --- show hospital / show department: listings ----------------------------------------------


def test_show_hospital_lists_hospitals(invoke):
    code, out, err = invoke("show", "hospital")
    assert code == 0
    assert err == ""
    rows = tsv_rows(out)
    assert sorted(r[0] for r in rows) == HOSPITALS
    assert len(rows) == 4


def test_show_department_lists_departments(invoke):
    code, out, _ = invoke("show", "departments", "--format", "ids")
    assert code == 0
    assert sorted(out.split()) == DEPARTMENTS


# --- list -----------------------------------------------------------------------------------


def test_list_hospitals(invoke):
    code, out, err = invoke("list", "hospitals")
    assert code == 0
    assert err == ""
    rows = {r[0]: r for r in tsv_rows(out)}
    assert sorted(rows) == HOSPITALS
    assert rows["beijing-cancer-hospital"] == ["beijing-cancer-hospital", "Beijing Cancer Hospital", "Beijing", "13"]
    for hid, row in rows.items():
        assert int(row[3]) == sum(r.get("hospital_id") == hid for r in RECORDS)
    assert rows["zhejiang-cancer-hospital"][3] == "3"


def test_list_hospitals_table(invoke):
    code, out, _ = invoke("list", "hospitals", "--format", "table")
    assert code == 0
    assert BOX_CHARS & set(out)
    assert "Hospital" in out
    assert "Departments" in out
    assert re.search(r"Beijing Cancer Hospital\s.*\b13\b", out)
    assert "4 hospitals." in out


def test_list_departments(invoke):
    code, out, _ = invoke("list", "departments", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert sorted(r["id"] for r in rows) == DEPARTMENTS
    unnamed = next(r for r in rows if r["id"] == "hangzhou/gastrointestinal-and-anal-surgery")
    assert unnamed["hospital"] is None
    assert unnamed["city"] == "Hangzhou"


def test_list_cancers(invoke):
    code, out, _ = invoke("list", "cancers")
    assert code == 0
    rows = {r[0]: r for r in tsv_rows(out)}
    assert rows["melanoma"][1:3] == ["5", "5"]
    assert rows["melanoma"][3] == "skin cancer"
    assert rows["skin cancer"][1:3] == [str(len(with_term("cancers", "skin cancer"))), "1"]
    counts = [int(r[1]) for r in tsv_rows(out)]
    assert counts == sorted(counts, reverse=True)


def test_list_cancers_json_and_table(invoke):
    code, out, _ = invoke("list", "cancers", "--format", "json")
    assert code == 0
    melanoma = next(r for r in json.loads(out) if r["term"] == "melanoma")
    assert melanoma == {
        "term": "melanoma",
        "records": 5,
        "direct": 5,
        "broader": ["skin cancer"],
        "zh": ["黑色素瘤", "恶性黑色素瘤", "黑素瘤", "恶性黑素瘤"],
    }
    code, out, _ = invoke("list", "cancers", "--format", "table")
    assert code == 0
    for header in ("Cancer", "Records", "Direct", "Broader"):
        assert header in out
    assert re.search(r"melanoma\s+│\s+5\s+│\s+5\s+│\s+skin cancer", out)


def test_list_treatments(invoke):
    code, out, _ = invoke("list", "treatments", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "term,records,direct,broader"
    rows = {line.split(",")[0]: line for line in lines[1:]}
    assert rows["HIPEC"].startswith(f"HIPEC,{len(with_term('treatments', 'HIPEC'))},2,")
    assert "immunotherapy" in rows
    assert f"chemotherapy,{len(with_term('treatments', 'chemotherapy'))}," in rows["chemotherapy"]


def test_list_cities(invoke):
    code, out, _ = invoke("list", "cities")
    assert code == 0
    rows = tsv_rows(out)
    assert rows == [
        ["Beijing", "北京", "Beijing", str(sum(r.get("city") == "Beijing" for r in RECORDS))],
        ["Hangzhou", "杭州", "Zhejiang", str(sum(r.get("city") == "Hangzhou" for r in RECORDS))],
    ]


def test_list_ids_and_fields(invoke):
    code, out, _ = invoke("list", "cancers", "--format", "ids")
    assert code == 0
    assert "melanoma" in out.splitlines()
    code, out, _ = invoke("list", "hospitals", "--fields", "id,province")
    assert code == 0
    assert ["zhejiang-cancer-hospital", "Zhejiang"] in tsv_rows(out)
    code, out, err = invoke("list", "hospitals", "--fields", "id,bogus")
    assert code == 2
    assert out == ""
    assert "bogus" in assert_one_line_error(err)


@pytest.mark.parametrize("args", [["list"], ["list", "bogus"]])
def test_list_bad_argument(invoke, args):
    code, out, err = invoke(*args)
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


def test_list_is_case_insensitive(invoke):
    code, out, _ = invoke("list", "HOSPITALS", "--format", "ids")
    assert code == 0
    assert sorted(out.split()) == HOSPITALS


def test_show_in_a_pipe_prints_the_whole_record_as_plain_text(invoke):
    # Issue 12: a coordinator copying facts into a letter gets every fact, the departments and
    # the source with its dates; no colour, no borders.
    code, out, _ = invoke("show", "Zhejiang Cancer Hospital")
    assert code == 0
    assert out.startswith("Zhejiang Cancer Hospital  hospital · zhejiang-cancer-hospital\n")
    assert "\x1b" not in out and not (set(out) & BOX_CHARS)
    for label in ("Also known as: ", "Location: ", "Cancers: ", "Treatments: ", "Source: ", "Departments ("):
        assert label in out
    rec = BY_ID["zhejiang-cancer-hospital"]
    assert all(alias in out for alias in rec["aliases"])
    assert "zhejiang-cancer-hospital/bone-soft-tissue-surgery" in out  # its departments, with ids
    assert rec["source"]["document"] in out
    assert "the page's own date: 2020-03" in out or "the page states no date" in out
    code, out, _ = invoke("show", "CHUCAS", "--fields", "id,city")
    assert tsv_rows(out) == [["zhejiang-cancer-hospital", "Hangzhou"]]  # --fields still gives rows
