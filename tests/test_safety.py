"""Hostile text, odd queries, odd terminals, bugs: never a traceback, never a hijacked terminal.

Data and queries are untrusted: shown literally (never Rich markup), with control
characters replaced before they reach a terminal; machine formats keep the data exact when piped.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, assert_one_line_error, department, run_in_pty, subprocess_env
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncodir import search, views
from oncodir.directory import Directory
from oncodir.query import Criterion, Query
from oncodir.storage import paths, read

# Bytes that must never reach a terminal from data: C0 controls but tab and newline, DEL, C1.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = (
    "[bold red]x[/] [link=http://evil.example]y[/link] [/] \\[ \x1b[31mred\x1b[0m \x9b2J \x07 \x00 é 胃癌 \u202eevil"
)
MARKUP_TEXT = ("[bold red]x[/]", "[link=http://evil.example]y[/link]")


def hostile_record(rid: str = "x/hostile", text: str = HOSTILE) -> dict[str, Any]:
    return department(
        rid,
        f"Dept {text}",
        cancers=["melanoma"],
        summary=f"Summary {text}",
        aliases=[f"alias {text}"],
        people=[{"name": f"Dr {text}", "role": f"Director {text}"}],
        programs=[{"name": f"Programme {text}", "summary": text}],
        notes=[f"note {text}"],
        wording={"melanoma": f"wording {text}"},
        source={"document": f"doc {text}.txt", "updated": "2024-01"},
    )


# --- 1. Untrusted text --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("find", "melanoma", "--format", "table"),
        ("show", "x/hostile", "--format", "table"),
        ("list", "departments", "--format", "table"),
    ],
)
def test_views_show_markup_literally_and_replace_controls(invoke, make_db, args):
    db = make_db([hostile_record()])
    code, out, err = invoke("--db", str(db), *args)
    assert code == 0, err
    assert not CONTROL.search(out), repr(CONTROL.search(out))
    for text in MARKUP_TEXT:
        assert text in out.replace("\n", ""), f"{text!r} was interpreted as markup"


def test_machine_formats_keep_hostile_data_exact_when_piped(invoke, make_db):
    record = hostile_record()
    db = make_db([record])
    code, out, _ = invoke("--db", str(db), "--no-bundled", "show", "x/hostile", "--format", "json")
    assert code == 0
    assert json.loads(out) == [record]
    code, out, _ = invoke("--db", str(db), "--no-bundled", "find", "melanoma", "--format", "csv", "--fields", "id,name")
    # Exact but for NUL, which CSV cannot carry (documented): it becomes U+FFFD.
    assert list(csv.reader(io.StringIO(out)))[1] == ["x/hostile", record["name"].replace("\0", "\ufffd")]


@pytest.mark.parametrize("query", [HOSTILE, "[bold]nothing[/bold]", "\x1b]0;title\x07", "\x9b31m"])
def test_messages_replace_control_characters(invoke, query):
    code, out, err = invoke("find", query)
    assert code == 1
    assert out == ""
    line = assert_one_line_error(err)
    assert not CONTROL.search(line)


def test_ambiguity_listing_replaces_control_characters(invoke, make_db):
    db = make_db([hostile_record("x/one"), hostile_record("x/two")])
    code, _, err = invoke("--db", str(db), "show", "dept")
    assert code == 2
    assert not CONTROL.search(err)
    assert "x/one" in err and "x/two" in err


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil")', "+1", "-2", "@SUM(A1)"])
def test_csv_keeps_formula_like_cells_exact(invoke, make_db, cell):
    """Documented choice (README): CSV is data, so a leading = + - @ is kept, not prefixed."""
    db = make_db([department("x/f", cell, cancers=["melanoma"])])
    code, out, _ = invoke("--db", str(db), "--no-bundled", "find", "melanoma", "--format", "csv", "--fields", "name")
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [["name"], [cell]]


# --- 3. Encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1"},
    ],
)
@pytest.mark.parametrize(
    "args",
    [
        ("show", "CHUCAS", "--format", "table"),
        ("show", "CHUCAS", "--format", "json"),
        ("list", "cities"),
        ("find", "melanoma", "--format", "csv"),
    ],
)
def test_odd_encodings_replace_not_crash(run_cli, env, args):
    proc = run_cli(*args, **env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert proc.stdout


def test_database_is_read_as_utf8_under_c_locale(run_cli, make_db):
    db = make_db([department("x/zh", "胃肠外科", cancers=["gastric cancer"])])
    proc = run_cli(
        "--db",
        str(db),
        "--no-bundled",
        "show",
        "x/zh",
        "--format",
        "json",
        LC_ALL="C",
        LANG="C",
        PYTHONUTF8="0",
        PYTHONCOERCECLOCALE="0",
        PYTHONIOENCODING="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))[0]["name"] == "胃肠外科"


# --- 5. Odd queries -------------------------------------------------------------------------

ODD_QUERIES = {
    "empty": ("", 2),
    "blank": ("   \t ", 2),
    "control characters": ("\x1b[2J\x00\x07", 1),
    "100,000 characters": ("x" * 100_000, 1),
    "100,000 characters of words": ("melanoma " * 11_000, 1),
    "regex metacharacters": (".*(a+)+$[", 1),
    "SQL": ("'; DROP TABLE records; --", 1),
    "emoji": ("🦀🎗️", 1),
    "right-to-left override": ("\u202eamonalem", 1),
    "lone surrogate-free astral": ("\U0001f600 cancer", 1),
}


@pytest.mark.parametrize("name", list(ODD_QUERIES))
def test_odd_queries_in_process(invoke, name):
    query, expected = ODD_QUERIES[name]
    code, out, err = invoke("find", query)
    assert code == expected
    assert out == ""
    line = assert_one_line_error(err) if expected == 2 else err.splitlines()[0]
    assert len(line) < 400
    assert not CONTROL.search(err)


@pytest.mark.parametrize("name", ["100,000 characters", "regex metacharacters", "right-to-left override"])
def test_odd_queries_in_a_real_process(run_cli, name):
    query, expected = ODD_QUERIES[name]
    proc = run_cli("find", query)  # run_cli has a timeout: "bounded time" without a timing assertion
    assert proc.returncode == expected
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["100,000 characters", "SQL"])
def test_odd_names_for_show(invoke, name):
    query, _ = ODD_QUERIES[name]
    code, out, err = invoke("show", query)
    assert code == 1
    assert out == ""
    assert len(err.splitlines()[0]) < 400


# --- 6. Terminals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"COLUMNS": "30", "TERM": "xterm-256color"},
        {"COLUMNS": "120", "NO_COLOR": "1", "TERM": "xterm-256color"},
        {"COLUMNS": "80", "TERM": "dumb"},
        {"COLUMNS": "30", "TERM": "dumb", "NO_COLOR": "1"},
    ],
)
@pytest.mark.parametrize(
    ("args", "word"),
    [(("find", "melanoma"), "melanoma"), (("show", "CHUCAS"), "CHUCAS"), (("list", "cancers"), "lymphoma")],
)
def test_odd_terminals_are_readable(tmp_path, env, args, word):
    work = tmp_path / "cwd"
    work.mkdir()
    status, out, err = run_in_pty([sys.executable, "-m", "oncodir", *args], subprocess_env(tmp_path, **env), work)
    assert status == 0, err
    assert err == b""
    text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", out).decode("utf-8")
    assert not CONTROL.search(text.replace("\r", ""))
    # Narrow tables fold long words across lines; the letters must all be there, in order.
    assert word in "".join(ch for ch in text if ch.isalnum())
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        assert not _colour_codes(out), "colour despite NO_COLOR / TERM=dumb"
    if env["COLUMNS"] == "30":
        assert max(len(line) for line in text.replace("\r", "").splitlines()) <= 30


def _colour_codes(out: bytes) -> list[int]:
    """SGR parameters that set a colour (30-38, 40-48, 90-97, 100-107); bold/dim/italic are not colour."""
    codes = []
    for params in re.findall(rb"\x1b\[([0-9;]*)m", out):
        for p in params.split(b";"):
            if p and (30 <= int(p) <= 48 or 90 <= int(p) <= 107):
                codes.append(int(p))
    return codes


# --- 7. Unexpected errors -------------------------------------------------------------------


def test_ctrl_c_exits_130_without_a_message(invoke, monkeypatch):
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(search, "find", interrupted)
    assert invoke("find", "melanoma") == (130, "", "")


def test_a_bug_is_one_line_with_a_way_to_details(invoke, monkeypatch):
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(search, "find", broken)
    code, out, err = invoke("find", "melanoma")
    assert code == 2
    assert out == ""
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 1
    assert "internal error" in lines[0] and "ONCODIR_DEBUG" in lines[0]
    assert "simulated bug" in lines[0]


def test_a_bug_shows_the_traceback_on_request(runner, monkeypatch):
    from oncodir.cli import app

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(search, "find", broken)
    result = runner.invoke(app, ["find", "melanoma"], env={"ONCODIR_DEBUG": "1"})
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "simulated bug" in result.stderr


def test_typer_pretty_exceptions_are_off():
    from oncodir.cli import app

    assert app.pretty_exceptions_enable is False


# --- 8. Properties --------------------------------------------------------------------------

HOSTILE_ALPHABET = st.sampled_from(
    [*"[]/\\=@+-:;\"' \t\n\x1b\x9b\x07\x00\x7f\u202e胃癌黑色素瘤éß", "[/]", "[bold]", "[link=x]"]
)
hostile_text = st.lists(HOSTILE_ALPHABET, min_size=1, max_size=30).map("".join)


def _directory_with(record: dict[str, Any]) -> Directory:
    base = read.load(None, bundled=True)
    return Directory([*base.records, record], base.vocabulary, base.gazetteer, {record["id"]}, [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text, width=st.integers(min_value=20, max_value=140))
def test_renderer_never_emits_control_characters(text, width):
    record = hostile_record("x/prop", text)
    directory = _directory_with(record)
    hits = search.find(directory, Query([Criterion("melanoma")]))
    out = io.StringIO()
    console = views.console(out, width=width)
    views.results(console, hits, len(hits), repr(text))
    views.detail(console, record, [], True)
    rendered = out.getvalue()
    assert not CONTROL.search(rendered), repr(CONTROL.search(rendered))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text)
def test_cli_json_round_trips_hostile_text(invoke, tmp_path_factory, text):
    record = hostile_record("x/prop", text)
    path = tmp_path_factory.mktemp("db") / "user.json"
    path.write_text(json.dumps({"records": {"1": record}}, ensure_ascii=False), encoding="utf-8")
    code, out, err = invoke("--db", str(path), "--no-bundled", "show", "x/prop", "--format", "json")
    assert code == 0, err
    assert json.loads(out) == [record]
    code, out, err = invoke("--db", str(path), "find", "melanoma", "--format", "table")
    assert code == 0, err
    assert not CONTROL.search(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=hostile_text)
def test_cli_any_query_is_a_clean_exit(invoke, query):
    code, out, err = invoke("find", query, "--format", "table")
    assert code in (0, 1, 2)
    assert not CONTROL.search(out) and not CONTROL.search(err)
    if code:
        assert out == ""


def test_bundled_database_is_never_written(invoke):
    path = paths.bundled_path()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for args in (("find", "melanoma"), ("show", "CHUCAS"), ("list", "cancers"), ("find", "nothing-at-all")):
        invoke(*args)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert ROOT.exists()


def test_read_tables_opens_read_only(monkeypatch, tmp_path):
    """The bundled file is opened with access_mode 'r', so a read-only install works."""
    import builtins

    real_open = builtins.open
    modes: list[str] = []

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(paths.bundled_path()):
            modes.append(mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    read.read_tables(paths.bundled_path())
    assert modes and all(set(m) <= {"r", "b", "t"} for m in modes), modes
    assert Path(paths.bundled_path()).is_file()
