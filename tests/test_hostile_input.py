"""Hostile text and hostile files: what an attacker's record, query or database can and cannot do.

Each test reproduces one attack from issue 13 (its number is in the test's name or comment)
and asserts the promised outcome; the property tests (hypothesis) widen the attack classes:
any text through the escaping function, any JSON value as a record, random bytes as an import
file or a database.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import department, import_file, run_in_pty, subprocess_env
from hypothesis import given
from hypothesis import strategies as st

from oncodir.cli import complete
from oncodir.text import REPLACEMENT, clean, clean_line, is_clean

ROOT = Path(__file__).resolve().parents[1]
HIJACK = "vh\u001b]0;PWNED\u0007\u001b[2J\u009b1;31m"
BIDI = "Evil\u202eLatot\u2067x\u2069\u200bZero\ufeff\u2028\u2029"
DANGEROUS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))]
DANGEROUS += ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
DANGEROUS += ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\ufeff", "\u061c", "\u2060"]


def assert_clean_output(text: str) -> None:
    for ch in DANGEROUS:
        if ch in "\t\n":
            continue
        assert ch not in text, f"{ch!r} reached the terminal"


# --- the one escaping function (items 1, 14) ---------------------------------------------------


@pytest.mark.parametrize("ch", DANGEROUS)
def test_clean_replaces_every_dangerous_character(ch):
    if ch in "\t\n":
        assert clean(ch) == ch and clean_line(ch) == " "
    else:
        assert clean(f"a{ch}b") == f"a{REPLACEMENT}b"
        assert not is_clean(ch)


def test_clean_keeps_ordinary_text():
    text = "Zhejiang Cancer Hospital 浙江省肿瘤医院 — Ünïcödé, tabs\tand\nlines"
    assert clean(text) == text


@given(st.text())
def test_clean_output_never_holds_a_dangerous_character(text):
    out = clean_line(text)
    assert_clean_output(out)
    assert "\n" not in out and "\t" not in out
    assert len(out) == len(text)  # one character replaced by one: columns stay aligned
    assert clean(out) == out  # idempotent


def test_validate_prints_hostile_ids_and_terms_cleaned(invoke, make_db):
    # item 1: an id that would retitle the window and clear the screen
    db = make_db([department(HIJACK, "X", cancers=[HIJACK])], vocabulary=[{"term": HIJACK, "kind": "cancer"}])
    code, out, err = invoke("--db", str(db), "validate")
    assert code == 2
    assert "\x1b" not in out + err and "\x9b" not in out + err and "\x07" not in out + err
    assert "PWNED" in out  # the text itself is shown, only its control characters replaced


def test_validate_names_a_hostile_database_path_cleaned(invoke, tmp_path, make_db):
    db = make_db([department("a/b", "B")])
    evil = tmp_path / "x\x1b]0;PWNED\x07.json"
    db.rename(evil)
    _code, out, err = invoke("--db", str(evil), "validate")
    assert "\x1b" not in out + err and "\x07" not in out + err


@pytest.mark.parametrize("fmt", ["table", "json", "tsv", "ids"])
def test_show_on_a_terminal_never_draws_bidi_or_invisible_characters(tmp_path, make_db, fmt):
    # item 14: a name drawn reversed by U+202E, hidden by zero-width characters
    db = make_db([department("evil/dept", BIDI, summary=BIDI + HIJACK)])
    args = [sys.executable, "-m", "oncodir", "--db", str(db), "show", "evil/dept", "--format", fmt]
    status, out, err = run_in_pty(args, subprocess_env(tmp_path, NO_COLOR="1", COLUMNS="100"), tmp_path)
    assert status == 0, err
    text = re.sub("\x1b\\[[0-9;]*m", "", out.decode("utf-8"))  # Rich's own bold and dim
    assert_clean_output(text.replace("\r", ""))
    assert "evil/dept" in text


def test_error_lines_are_cleaned(invoke):
    code, _, err = invoke("show", "no" + BIDI + HIJACK)
    assert code in (1, 2)
    assert_clean_output(err.replace("\n", ""))


# --- completion (item 2) ------------------------------------------------------------------------


def _complete_bash(tmp_path: Path, db: Path, words: str) -> list[str]:
    env = subprocess_env(
        tmp_path,
        _ONCODIR_COMPLETE="complete_bash",
        COMP_WORDS=words,
        COMP_CWORD=str(len(words.split()) - 1),
        ONCODIR_DB=str(db),
    )
    proc = subprocess.run([sys.executable, "-m", "oncodir"], env=env, capture_output=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return [line for line in proc.stdout.decode().split("\n") if line]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_cannot_run_anything(tmp_path, make_db):
    aliases = ["Zq $(touch pwned1)", "Zq `touch pwned2`", "Zq & touch pwned3", "Zq'; touch pwned4 #", 'Zq" x\u009b']
    db = make_db([department("evil/dept", "Zq Evil", aliases=aliases)])
    candidates = _complete_bash(tmp_path, db, "oncodir show Zq")
    assert len(candidates) == len(aliases) + 1
    for candidate in candidates:
        assert "\x9b" not in candidate
        # what bash does with a candidate: COMPREPLY=( $(...) ) inserts it, then the line runs
        script = 'IFS=$\'\\n\'; set -f; words=( $(cat) ); eval "set -- ${words[0]}"; printf %s "$1"'
        proc = subprocess.run(["bash", "-c", script], input=candidate.encode(), capture_output=True, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.decode().startswith("Zq")
    assert not list(tmp_path.glob("pwned*"))
    assert "Zq\\ \\$\\(touch\\ pwned1\\)" in candidates


def test_zsh_and_fish_candidates_are_quoted_and_clean():
    value = "Renal Cancer & Melanoma $(touch x) 'q' \u202e"
    word = complete.zsh_word(clean_line(value))
    assert word.startswith("$'") and word.endswith("'")
    assert " " not in word and "$(" not in word and "'q'" not in word and "\u202e" not in word
    assert complete.bash_word("Renal Cancer & Melanoma") == "Renal\\ Cancer\\ \\&\\ Melanoma"
    assert complete.bash_word("肿瘤医院") == "肿瘤医院"


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
def test_zsh_completion_cannot_run_anything(tmp_path, make_db):
    db = make_db([department("evil/dept", "Zq Evil", aliases=["Zq $(touch pwned) & x"])])
    env = subprocess_env(tmp_path, _ONCODIR_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS="oncodir show Zq")
    env["ONCODIR_DB"] = str(db)
    proc = subprocess.run([sys.executable, "-m", "oncodir"], env=env, capture_output=True, timeout=60, cwd=tmp_path)
    script = 'compadd() { print -rl -- "$@" }; eval $(cat)'
    shown = subprocess.run(["zsh", "-fc", script], input=proc.stdout, capture_output=True, cwd=tmp_path)
    assert "Zq $(touch pwned) & x" in shown.stdout.decode()
    assert not list(tmp_path.glob("pwned*"))


# --- import checks (items 4, 5, 12, 19, 23, 26) --------------------------------------------------


def run_import(invoke: Any, tmp_path: Path, content: str, name: str = "in.json") -> tuple[int, str, Path]:
    db = tmp_path / "db.json"
    code, _, err = invoke("--db", str(db), "import", str(import_file(tmp_path, content, name)))
    assert "internal error" not in err and "Traceback" not in err, err
    return code, err, db


def test_numeric_id_is_refused_not_duplicated(invoke, tmp_path):
    # item 4: {"id": 5} was added again on every import
    code, err, db = run_import(invoke, tmp_path, '[{"kind": "hospital", "name": "Five", "id": 5}]')
    assert code == 2
    assert "record 1" in err and "id: must be text, not a number" in err
    assert not db.exists()


@pytest.mark.parametrize("rid", ["ab\n", "\nab", " ab", "ab ", "a\x1bb", "a\u202eb", "a\u200bb", "a\u2028b", ""])
def test_ids_must_be_clean_text(invoke, tmp_path, rid):
    # item 23: an id ending in a newline passed, and --format ids printed a blank line
    record = {"kind": "hospital", "name": "Hosp", "id": rid}
    code, err, _db = run_import(invoke, tmp_path, json.dumps([record]))
    if rid == "":
        assert code == 0  # an empty id is made from the name
        return
    assert code == 2, err
    assert "id:" in err


def test_id_with_trailing_newline_in_database_is_a_validate_problem(invoke, make_db):
    db = make_db([department("a/b\n", "B")])
    code, out, _ = invoke("--db", str(db), "validate")
    assert code == 2 and "is not a valid id" in out


@pytest.mark.parametrize("depth", [40, 975, 100_000])
def test_deep_nesting_is_refused_at_import(invoke, tmp_path, depth):
    # item 5: ~975 deep was accepted and broke every later query; 100,000 was an internal error
    value = "[" * depth + "]" * depth
    code, err, db = run_import(invoke, tmp_path, f'[{{"kind": "hospital", "name": "Deep", "notes": {value}}}]')
    assert code == 2
    assert "too deeply nested" in err
    assert not db.exists()


def test_deep_nesting_in_json_lines_names_the_record(invoke, tmp_path):
    value = "[" * 5000 + "]" * 5000
    lines = '{"kind": "hospital", "name": "Fine"}\n' + f'{{"kind": "hospital", "name": "Deep", "x": {value}}}\n'
    code, err, _ = run_import(invoke, tmp_path, lines, "in.jsonl")
    assert code == 2 and "record 2" in err and "too deeply nested" in err


def test_deep_database_is_a_clear_error(invoke, tmp_path, make_db):
    db = make_db([department("a/b", "B", extra=json.loads("[" * 100 + "]" * 100))])
    code, _, err = invoke("--db", str(db), "find", "melanoma")
    assert code == 2 and "too deeply nested" in err
    deeper = tmp_path / "deeper.json"
    deeper.write_text('{"records": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}", encoding="utf-8")
    code, _, err = invoke("--db", str(deeper), "find", "melanoma")
    assert code == 2 and "too deeply nested" in err


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_nan_and_infinity_are_refused_at_import(invoke, tmp_path, number):
    # item 12: accepted, then printed as bare NaN in "JSON"
    code, err, db = run_import(invoke, tmp_path, f'[{{"kind": "hospital", "name": "N", "score2": {number}}}]')
    assert (code == 2 and "not a number JSON allows" in err) or "too large" in err
    assert not db.exists()
    code, err, _ = run_import(invoke, tmp_path, f'{{"kind": "hospital", "name": "N", "x": {number}}}\n', "in.jsonl")
    assert code == 2


def test_nan_in_a_csv_cell_is_refused(invoke, tmp_path):
    code, err, _ = run_import(invoke, tmp_path, "kind,name,extra\nhospital,N,NaN\n", "in.csv")
    # a bare NaN in an extra column is text, not a number; JSON-looking cells must be JSON
    assert code == 0
    code, err, _ = run_import(invoke, tmp_path, 'kind,name,beds\nhospital,N,"{""value"": NaN}"\n', "in.csv")
    assert code == 2 and "not a number JSON allows" in err


def test_nan_in_a_database_is_never_printed_as_bare_nan(invoke, tmp_path):
    db = tmp_path / "db.json"
    rec = json.dumps(department("a/b", "B"))[:-1] + ', "weird": NaN}'
    db.write_text('{"records": {"1": ' + rec + "}}", encoding="utf-8")
    code, out, err = invoke("--db", str(db), "show", "a/b", "--format", "json")
    assert code == 2 and "NaN" not in out
    assert "not a number JSON allows" in err


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cancers", 5, "cancers: must be a list of text"),
        ("id", {"a": 1}, "id: must be text, not an object"),
        ("id", ["x"], "id: must be text, not a list"),
        ("name", 5, "id: required"),  # no id can be made from a name that is not text
        ("kind", 5, "kind: must be 'hospital' or 'department', not a number"),
        ("staff", [1], "staff: must be an object of quantities"),
        ("people", "Dr X", "people: must be a list of objects"),
        ("wording", [1], "wording: must be an object"),
        ("source", 5, "source: must name its document"),
    ],
)
def test_wrong_types_are_record_and_field_lines(invoke, tmp_path, field, value, message):
    # item 19: these were "internal error" lines
    record: dict[str, Any] = {"kind": "hospital", "name": "Typed"}
    record[field] = value
    code, err, _ = run_import(invoke, tmp_path, json.dumps([record]))
    assert code == 2
    assert "in.json: record 1" in err and message in err, err


def test_a_5000_digit_integer_is_an_input_error(invoke, tmp_path):
    code, err, _ = run_import(
        invoke, tmp_path, '[{"kind": "hospital", "name": "Big", "beds": {"value": ' + "9" * 5000 + "}}]"
    )
    assert code == 2 and "digits" in err


@pytest.mark.parametrize("beds", [-5, True, False, 1.5, "3"])
def test_counts_are_non_negative_integers_not_booleans(invoke, tmp_path, beds):
    # item 26: beds: true was shown as 1 bed; -5 beds was accepted
    for field, value in (("beds", {"value": beds}), ("staff", {"nurses": {"value": beds}})):
        record = {"kind": "hospital", "name": "Counted", field: value}
        code, err, db = run_import(invoke, tmp_path, json.dumps([record]))
        assert code == 2, (field, beds)
        assert "a whole number, 0 or more" in err
        assert not db.exists()


def test_zero_beds_is_a_count(invoke, tmp_path):
    code, err, _ = run_import(invoke, tmp_path, json.dumps([{"kind": "hospital", "name": "Z", "beds": {"value": 0}}]))
    assert code == 0, err
