"""``oncodir compare``: records side by side, a column each, a row per fact, differences marked."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import pytest
from helpers import BOX_CHARS, assert_one_line_error, department, run_in_pty, subprocess_env, tsv_rows

from oncodir.compare import FACTS

RENAL = "beijing-cancer-hospital/renal-cancer-melanoma"
BONE = "zhejiang-cancer-hospital/bone-soft-tissue-surgery"
KEYS = ["id", "name", *(key for key, _ in FACTS)]


def compare_json(invoke, *names: str) -> dict[str, Any]:
    code, out, err = invoke("compare", *names, "--format", "json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_piped_compare_is_tsv_with_a_header_column(invoke):
    code, out, err = invoke("compare", "Renal Cancer & Melanoma", "Bone & Soft Tissue Surgery")
    assert code == 0
    assert err == ""
    rows = tsv_rows(out)
    assert [r[0] for r in rows] == KEYS
    assert all(len(r) == 3 for r in rows)
    by_key = {r[0]: r[1:] for r in rows}
    assert by_key["id"] == [RENAL, BONE]
    assert by_key["beds"] == ["", "more than 40"]  # the first page states no beds
    assert by_key["kind"] == ["department", "department"]
    assert by_key["location"] == ["Beijing, China", "Hangzhou, Zhejiang, China"]
    assert by_key["source_date"] == ["the page states no date", "the page's own date: 2020-03"]
    assert by_key["cancers"][0] == "kidney cancer (source: renal cancer); melanoma"


def test_csv_has_the_ids_as_its_header(invoke):
    code, out, _ = invoke("compare", RENAL, BONE, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", RENAL, BONE]
    assert [r[0] for r in rows] == KEYS


def test_json_says_which_facts_differ(invoke):
    data = compare_json(invoke, "beijing-cancer-hospital", RENAL)
    assert data["records"] == [
        {"name": "Beijing Cancer Hospital", "id": "beijing-cancer-hospital", "kind": "hospital"},
        {"name": "Renal Cancer & Melanoma", "id": RENAL, "kind": "department"},
    ]
    facts = {f["fact"]: f for f in data["facts"]}
    assert [f["fact"] for f in data["facts"]] == [key for key, _ in FACTS]
    assert facts["beds"] == {"fact": "beds", "label": "Beds", "differs": True, "values": ["790", None]}
    # a hospital's hospital is itself: the same hospital as its department's
    assert facts["hospital"]["differs"] is False
    assert facts["location"]["differs"] is False
    assert facts["staff"] == {"fact": "staff", "label": "Staff", "differs": False, "values": [None, None]}


def test_a_record_beside_itself_differs_in_nothing(invoke):
    data = compare_json(invoke, "CHUCAS", "Zhejiang Cancer Hospital")
    assert [r["id"] for r in data["records"]] == ["zhejiang-cancer-hospital"] * 2
    assert not any(f["differs"] for f in data["facts"])


def test_three_records_in_the_order_named(invoke):
    data = compare_json(invoke, BONE, "CHUCAS", RENAL)
    assert [r["id"] for r in data["records"]] == [BONE, "zhejiang-cancer-hospital", RENAL]
    assert all(len(f["values"]) == 3 for f in data["facts"])


def test_ids_from_standard_input(invoke):
    code, ids, _ = invoke("find", "melanoma", "--format", "ids")
    assert code == 0
    code, out, _ = invoke("compare", "-", input=ids)
    assert code == 0
    assert tsv_rows(out)[0] == ["id", *ids.split()]


def test_find_piped_into_compare_in_a_real_shell(tmp_path):
    import shlex
    import subprocess

    oncodir = f"{shlex.quote(sys.executable)} -m oncodir"
    proc = subprocess.run(
        ["bash", "-c", f"{oncodir} find melanoma --city hangzhou --format ids | {oncodir} compare - --format json"],
        cwd=tmp_path,
        env=subprocess_env(tmp_path),  # with the frozen directory the autouse fixture set
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)["records"]
    assert [r["id"] for r in records] == [BONE, "zhejiang-cancer-hospital/rare-cancer-head-and-neck-medical-oncology"]


def test_one_record_is_shown_alone_and_said_so(invoke):
    code, out, err = invoke("compare", "-", input="zhejiang-cancer-hospital\n")
    assert code == 0
    assert tsv_rows(out)[0] == ["id", "zhejiang-cancer-hospital"]
    assert assert_one_line_error(err) == "oncodir: one record, nothing beside it: its facts are shown alone"


def test_no_name_is_a_usage_error(invoke):
    code, out, err = invoke("compare")
    assert code == 2
    assert out == ""
    assert "Missing argument" in assert_one_line_error(err)


def test_unknown_and_ambiguous_names_are_the_same_errors_as_show(invoke):
    for name in ("nosuch", "melanomma", "surgery"):
        shown = invoke("show", name)
        compared = invoke("compare", "CHUCAS", name)
        assert compared[0] == shown[0] != 0
        assert compared[2] == shown[2]


def test_empty_standard_input_is_one_line(invoke):
    code, out, err = invoke("compare", "-", input="")
    assert code == 2
    assert out == ""
    assert assert_one_line_error(err) == "oncodir: no ids on standard input"


def test_table_reads_at_80_columns_and_marks_what_differs(invoke):
    code, out, _ = invoke("compare", "beijing-cancer-hospital", RENAL, BONE, "--format", "table", env={"COLUMNS": "80"})
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert set(out) & BOX_CHARS
    assert any(line.startswith("│ ≠ Beds") for line in lines)
    assert any(line.startswith("│   Established") for line in lines)  # stated by none: the same
    assert "not stated" in out
    assert "≠ marks the facts that differ." in out
    assert "Informational only" in out


@pytest.mark.parametrize("env", [{"COLUMNS": "40"}, {"TERM": "dumb"}])
def test_narrow_or_dumb_terminal_gets_stacked_lines(invoke, env):
    code, out, _ = invoke("compare", RENAL, BONE, "--format", "table", env=env)
    assert code == 0
    assert not set(out) & BOX_CHARS
    lines = out.splitlines()
    assert lines[0].startswith("[1] Renal Cancer & Melanoma")
    beds = lines.index("≠ Beds")
    assert lines[beds + 1].split() == ["[1]", "not", "stated"]
    assert lines[beds + 2].split() == ["[2]", "more", "than", "40"]
    if "COLUMNS" in env:
        assert max(len(line.rstrip()) for line in lines) <= 40


def test_markdown_and_json_of_a_hospital_and_its_department(invoke):
    code, out, _ = invoke("compare", "beijing-cancer-hospital", RENAL, "--format", "markdown")
    assert code == 0
    assert out.startswith("| Fact | Beijing Cancer Hospital | Renal Cancer & Melanoma, Beijing Cancer Hospital |\n")
    assert "| **Beds** | 790 | not stated |" in out
    assert "| Location | Beijing, China | Beijing, China |" in out


def test_hostile_names_never_reach_the_terminal_as_control_codes(invoke, make_db):
    db = make_db([department("x/evil", "Evil\x1b[2J\x9bUnit [bold]x[/bold]", beds={"value": 1})])
    code, out, _ = invoke("--db", str(db), "compare", "x/evil", "CHUCAS", "--format", "table")
    assert code == 0
    assert "\x1b" not in out and "\x9b" not in out
    assert "[bold]x[/bold]" in out  # shown as text, never as Rich markup


def test_terminal_default_is_the_table(tmp_path):
    work = tmp_path / "cwd"
    work.mkdir()
    env = subprocess_env(tmp_path, COLUMNS="100", LINES="40", TERM="xterm-256color", NO_COLOR="1")
    status, out, err = run_in_pty([sys.executable, "-m", "oncodir", "compare", RENAL, BONE], env, work)
    assert status == 0, err
    text = out.decode("utf-8")
    assert set(text) & BOX_CHARS
    assert "≠ Beds" in text


def test_help_has_an_example(invoke):
    code, out, _ = invoke("compare", "--help")
    assert code == 0
    assert "oncodir find lung cancer --city beijing --format ids | oncodir compare -" in out
    assert "--format" in out


def test_user_records_through_the_query_index_and_tsv_keeps_them_exact(invoke, make_db):
    name = "Tab\there\nand a new line \\ too"
    db = make_db([department("x/odd", name, beds={"value": 12, "qualifier": "about"})])
    code, out, err = invoke("--db", str(db), "compare", "x/odd", "CHUCAS")
    assert code == 0, err
    rows = {r[0]: r[1:] for r in tsv_rows(out)}
    assert rows["name"] == [name, "Zhejiang Cancer Hospital"]
    assert rows["beds"] == ["about 12", ""]
    assert rows["hospital"] == ["", "Zhejiang Cancer Hospital (zhejiang-cancer-hospital)"]  # not named
