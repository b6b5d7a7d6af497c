"""Real processes: a pipe gets TSV, a terminal gets a table, closed pipes are quiet.

Every test here runs ``[sys.executable, "-m", "oncodir", ...]`` from an empty temporary
directory with PYTHONPATH removed, so what runs is the installed package (the first test
checks that it is this checkout's code; reinstall with ``pip install .`` if it is not).
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import BOX_CHARS, MELANOMA_IDS, ROOT, department, run_in_pty, subprocess_env, tsv_rows

import oncodir

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")
ONCODIR = f"{shlex.quote(sys.executable)} -m oncodir"


@pytest.fixture
def pty_cli(tmp_path):
    work = tmp_path / "cwd"
    work.mkdir(exist_ok=True)

    def run(*args: str, **env: str) -> tuple[int, bytes, bytes]:
        full_env = subprocess_env(tmp_path, COLUMNS="120", LINES="40", TERM="xterm-256color", **env)
        return run_in_pty([sys.executable, "-m", "oncodir", *args], full_env, work)

    return run


@pytest.fixture
def shell(tmp_path):
    """Run a bash pipeline from an empty directory; returns (stderr text, status of oncodir)."""
    work = tmp_path / "sh"
    work.mkdir()

    def run(pipeline: str) -> tuple[str, int, str]:
        status_file = work / "status"
        script = f'{pipeline}; echo "${{PIPESTATUS[0]}}" > {shlex.quote(str(status_file))}'
        proc = subprocess.run(
            ["bash", "-c", script], cwd=work, env=subprocess_env(tmp_path), capture_output=True, timeout=60
        )
        status = int(status_file.read_text().strip())
        return proc.stdout.decode("utf-8", "replace"), status, proc.stderr.decode("utf-8", "replace")

    return run


@pytest.mark.real_directory
def test_subprocess_runs_the_installed_copy_of_this_checkout(run_cli, tmp_path):
    probe = (
        "import pathlib, oncodir, oncodir.storage.paths as s; "
        "print(pathlib.Path(oncodir.__file__).parent); print(s.bundled_path())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=subprocess_env(tmp_path), capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    package, bundled = (Path(line) for line in proc.stdout.splitlines())
    assert tmp_path not in package.parents
    # The bundled database ships inside the package and is the one data/build.py wrote.
    assert bundled.read_bytes() == (ROOT / "data" / "oncodir.json").read_bytes()
    source = ROOT / "oncodir"
    stale = [
        str(p.relative_to(source))
        for p in source.rglob("*.py")
        if (package / p.relative_to(source)).read_bytes() != p.read_bytes()
    ]
    assert not stale, f"installed oncodir at {package} differs from this checkout ({stale}); run pip install ."


# --- pipe versus terminal -------------------------------------------------------------------


def test_piped_output_is_plain_tsv(run_cli):
    proc = run_cli("find", "melanoma")
    assert proc.returncode == 0
    assert proc.stderr == b""
    out = proc.stdout
    assert not ANSI.search(out)
    assert b"\x1b" not in out
    text = out.decode("utf-8")
    assert not BOX_CHARS & set(text)
    rows = tsv_rows(text)
    assert [r[0] for r in rows] == MELANOMA_IDS  # first line is data, not a header
    assert all(len(r) == 6 for r in rows)


def test_piped_output_is_not_truncated(run_cli):
    proc = run_cli("find", "--hospital", "cancer-hospital-chinese-academy-of-medical-sciences", "--fields", "id,name")
    assert proc.returncode == 0
    name = "Cancer Hospital of the Chinese Academy of Medical Sciences"
    assert proc.stdout.decode("utf-8") == f"cancer-hospital-chinese-academy-of-medical-sciences\t{name}\n"


def test_terminal_gets_a_table(pty_cli):
    status, out, err = pty_cli("find", "melanoma")
    assert status == 0
    assert err == b""
    text = out.decode("utf-8")
    assert BOX_CHARS & set(text)
    assert "Hospital" in text
    assert "Renal Cancer & Melanoma" in text
    assert "\t" not in text


def test_terminal_show_is_a_detail_view(pty_cli):
    status, out, _ = pty_cli("show", "CHUCAS")
    assert status == 0
    text = ANSI.sub(b"", out).decode("utf-8")
    assert "Zhejiang Cancer Hospital" in text
    assert "Departments (3)" in text
    assert "Informational only" in text


def test_terminal_with_explicit_machine_format(pty_cli):
    status, out, _ = pty_cli("find", "melanoma", "--format", "ids")
    assert status == 0
    assert out.decode("utf-8").split() == MELANOMA_IDS
    assert not BOX_CHARS & set(out.decode("utf-8"))


def _colour_codes(out: bytes) -> list[str]:
    codes = []
    for params in re.findall(rb"\x1b\[([0-9;]*)m", out):
        for p in params.decode().split(";"):
            if p and (30 <= int(p) <= 49 or 90 <= int(p) <= 107):
                codes.append(p)
    return codes


def test_no_color_is_honoured(pty_cli, make_db):
    # A user record is flagged "(your record)" in colour; NO_COLOR must drop it.
    db = make_db([department("x/mine", "Mine Clinic", cancers=["melanoma"])])
    status, out, _ = pty_cli("--db", str(db), "show", "x/mine", NO_COLOR="1")
    assert status == 0
    assert b"(your record)" in out
    assert _colour_codes(out) == []
    status, coloured, _ = pty_cli("--db", str(db), "show", "x/mine")
    assert status == 0
    assert _colour_codes(coloured)  # the check above can fail: colour is there without NO_COLOR


def test_terminal_table_replaces_control_characters(pty_cli, make_db):
    db = make_db([department("x/evil", "Evil \x1b]0;pwned\x07 \x1b[31mRed\x9b Clinic", cancers=["melanoma"])])
    status, out, _ = pty_cli("--db", str(db), "find", "melanoma", NO_COLOR="1")
    assert status == 0
    assert b"Evil" in out
    assert b"\x1b]0;" not in out
    assert b"\x07" not in out
    assert b"\x1b[31m" not in out


def test_terminal_tsv_replaces_control_characters(pty_cli, make_db):
    db = make_db([department("x/evil", "Evil \x1b[31mRed\x07 Clinic", cancers=["melanoma"])])
    status, out, _ = pty_cli("--db", str(db), "find", "melanoma", "--format", "tsv")
    assert status == 0
    assert b"Evil" in out
    assert b"\x1b" not in out
    assert b"\x07" not in out


# --- closed pipes ---------------------------------------------------------------------------


@pytest.fixture
def big_db(make_db):
    """Enough output (hundreds of KB) to overflow a pipe buffer, so a closed pipe is really hit."""
    records = [
        department(f"x/clinic-{i:05d}", f"Melanoma Clinic Number {i:05d} " + "x" * 80, cancers=["melanoma"])
        for i in range(800)
    ]
    return make_db(records, name="big.json")


@pytest.mark.parametrize("reader", ["head -1", "true"])
def test_closed_pipe_small_output(shell, reader):
    out, status, err = shell(f"{ONCODIR} find melanoma | {reader}")
    assert err == ""
    assert status != 120
    assert status in (0, 141)
    if reader == "head -1":
        assert out.split("\t")[0] == MELANOMA_IDS[0]
        assert out.count("\n") == 1


@pytest.mark.parametrize("reader", ["head -1", "true", "head -c 10"])
@pytest.mark.parametrize("fmt", ["tsv", "json", "jsonl", "csv"])
def test_closed_pipe_large_output(shell, big_db, reader, fmt):
    out, status, err = shell(f"{ONCODIR} --db {shlex.quote(str(big_db))} find melanoma --format {fmt} | {reader}")
    assert err == ""
    assert "Exception ignored" not in err
    assert status != 120
    assert status in (0, 141)
    if reader == "head -1" and fmt == "tsv":
        assert out.startswith("zhejiang-cancer-hospital/bone-soft-tissue-surgery\t")


@pytest.mark.parametrize("command", ["find melanoma --format table", "show department --format table"])
def test_closed_pipe_table_exits_0(shell, big_db, command):
    out, status, err = shell(f"{ONCODIR} --db {shlex.quote(str(big_db))} {command} | head -1")
    assert err == ""
    assert out.count("\n") == 1
    assert status in (0, 141)


def test_closed_pipe_show_and_list(shell, big_db):
    for command in ("list departments", "show department"):
        out, status, err = shell(f"{ONCODIR} --db {shlex.quote(str(big_db))} {command} | head -1")
        assert err == ""
        assert status in (0, 141)
        assert out.count("\n") == 1


def test_ids_pipe_into_show(shell):
    out, status, err = shell(f"{ONCODIR} find melanoma --format ids | {ONCODIR} show - --format json")
    assert status == 0
    assert err == ""
    assert [r["id"] for r in json.loads(out)] == MELANOMA_IDS


def test_json_pipe_is_parseable(run_cli):
    proc = run_cli("find", "hipec", "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout.decode("utf-8"))
    assert [o["id"] for o in data] == [
        "zhejiang-cancer-hospital/abdominal-medical-oncology",
        "hangzhou/gastrointestinal-and-anal-surgery",
    ]


# --- errors in a real process ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["find", "--bogus"],
        ["--bogus"],
        ["find", "melanoma", "--format", "xml"],
        ["find", "melanoma", "--within", "5"],
        ["find"],
        ["nosuchcommand"],
        ["find", "melanoma", "--fields", "id,nope"],
        ["--db", "/nonexistent/dir/db.json", "find", "melanoma"],
    ],
)
def test_errors_are_one_line_exit_2(run_cli, args):
    proc = run_cli(*args)
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode("utf-8")
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("oncodir:")
    assert "Traceback" not in err


def test_no_results_in_a_real_process(run_cli):
    proc = run_cli("find", "melanomma")
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert b"did you mean: melanoma" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_version_and_help_in_a_real_process(run_cli):
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode() == f"oncodir {oncodir.__version__}\n"
    proc = run_cli()
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8").startswith("Usage: oncodir")
    assert proc.stderr == b""


# --- encodings ------------------------------------------------------------------------------


def test_utf8_output_in_c_locale(run_cli):
    proc = run_cli("list", "cities", LC_ALL="C", LANG="C")
    assert proc.returncode == 0
    assert "杭州" in proc.stdout.decode("utf-8")


def test_unencodable_output_is_replaced_not_a_crash(run_cli):
    proc = run_cli("list", "cities", PYTHONIOENCODING="latin-1")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("latin-1")
    assert text.startswith("Beijing\t")
    assert "Hangzhou" in text


def test_chinese_argument_under_ascii_locale(run_cli):
    proc = run_cli("find", "胃癌", "--format", "ids", LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    assert proc.returncode == 0, proc.stderr
    assert "zhejiang-cancer-hospital/abdominal-medical-oncology" in proc.stdout.decode()


# --- a closed pipe, for every command -----------------------------------------------------


EVERY_COMMAND = [
    "--help",
    "--version",
    "find --help",
    "show --help",
    "list --help",
    "find melanoma",
    "find melanoma --format table",
    "find melanoma --format json",
    "show CHUCAS",
    "show CHUCAS --format table",
    "show hospital",
    "show department --format table",
    "list hospitals",
    "list departments --format csv",
    "list cancers --format table",
    "list treatments",
    "list cities",
    "find melanoma --format markdown",
    "find melanoma --format geojson",
    "show CHUCAS --format markdown",
    "compare CHUCAS beijing-cancer-hospital",
    "compare CHUCAS beijing-cancer-hospital --format table",
]


@pytest.mark.parametrize("reader", ["head -1", "true"])
@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_every_command_survives_a_closed_pipe(tmp_path, command, reader):
    import shlex
    import subprocess

    status_file = tmp_path / "status"
    script = (
        f"{shlex.quote(sys.executable)} -m oncodir {command} | {reader}; "
        f'echo "${{PIPESTATUS[0]}}" > {shlex.quote(str(status_file))}'
    )
    proc = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=subprocess_env(tmp_path), capture_output=True, timeout=60
    )
    assert proc.stderr == b""
    assert int(status_file.read_text()) == 0
