"""Shared fixtures: an isolated environment, a CLI runner, the bundled data and user databases.

In-process tests go through ``typer.testing.CliRunner``: with typer 0.28 (vendored click 8.2)
``result.stdout`` and ``result.stderr`` are captured separately (``result.output`` mixes them),
so :func:`invoke` returns ``(exit code, stdout, stderr)``. Rich is pinned for table tests by
the runner's environment: ``COLUMNS=120`` and ``NO_COLOR=1``; the runner's stdout is not a
terminal, so the default format there is TSV and ``--format table`` draws without colour.

Subprocess tests (``run_cli``) run ``[sys.executable, "-m", "oncodir", ...]`` with the working
directory set to a temporary directory and ``PYTHONPATH`` removed, so ``import oncodir`` finds
the installed package, never this checkout by accident (see tests/test_pipes.py, which checks it).
"""

from __future__ import annotations

import json
import math
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = ROOT.parent / "shared" / "seeds"

RUNNER_ENV = {"COLUMNS": "120", "NO_COLOR": "1", "ONCODIR_DB": None, "ONCODIR_DEBUG": None}
# The documented answer to "oncodir find melanoma", in rank order (departments first).
MELANOMA_IDS = [
    "zhejiang-cancer-hospital/bone-soft-tissue-surgery",
    "zhejiang-cancer-hospital/rare-cancer-head-and-neck-medical-oncology",
    "beijing-cancer-hospital/renal-cancer-melanoma",
    "beijing-cancer-hospital",
    "cancer-hospital-chinese-academy-of-medical-sciences",
]
BOX_CHARS = set("┏┓┗┛━┃┡┩└┘─│┼╇┳┻┠┨╭╮╰╯")


def load_json(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as fh:
        return json.load(fh)


RECORDS: list[dict[str, Any]] = [
    r for p in sorted((DATA / "records").glob("*.json")) for r in load_json(f"records/{p.name}")
]
VOCABULARY: list[dict[str, Any]] = load_json("vocabulary.json")
CITIES: list[dict[str, Any]] = load_json("cities.json")
BY_ID = {r["id"]: r for r in RECORDS}


def closure(term: str) -> set[str]:
    """The term and every vocabulary term narrower than it, computed from vocabulary.json."""
    children: dict[str, set[str]] = {}
    for concept in VOCABULARY:
        for parent in concept.get("broader") or []:
            children.setdefault(parent, set()).add(concept["term"])
    seen = {term}
    frontier = [term]
    while frontier:
        nxt = [c for p in frontier for c in children.get(p, ()) if c not in seen]
        seen.update(nxt)
        frontier = nxt
    return seen


PARTS: dict[str, list[str]] = load_json("parts.json")["parts"]


def wholes(term: str) -> set[str]:
    """The compounds (parts.json) a term is a part of: colon cancer -> colorectal cancer."""
    return {compound for compound, parts in PARTS.items() if term in parts}


def ranked_for(field: str, term: str, records: Iterable[dict[str, Any]]) -> list[str]:
    """Ids in the documented order: departments first, exact before narrower, more matched terms, name, id."""
    terms = closure(term) | wholes(term)

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        listed = set(r.get(field) or [])
        return (r["kind"] != "department", term not in listed, -len(terms & listed), r["name"].casefold(), r["id"])

    return [r["id"] for r in sorted(records, key=key)]


def ranked(records: Iterable[dict[str, Any]]) -> list[str]:
    """Ids in the documented order for equal scores: departments first, then by name, then id."""
    return [r["id"] for r in sorted(records, key=lambda r: (r["kind"] != "department", r["name"].casefold(), r["id"]))]


def with_term(field: str, term: str, *, narrower: bool = True) -> list[dict[str, Any]]:
    """Bundled records whose ``field`` (cancers/treatments) lists the term (or something narrower,
    or a compound it is a part of)."""
    wanted = closure(term) | wholes(term) if narrower else {term}
    return [r for r in RECORDS if wanted & set(r.get(field) or [])]


def haversine(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle km between two cities.json rows, computed here independently of oncodir.geo."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def tsv_unescape(cell: str) -> str:
    out, i = [], 0
    table = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell) and cell[i + 1] in table:
            out.append(table[cell[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def tsv_rows(text: str) -> list[list[str]]:
    """Parse TSV output: one record per line, cells split on tab and unescaped."""
    assert text.endswith("\n") or text == ""
    return [[tsv_unescape(c) for c in line.split("\t")] for line in text.splitlines()]


def stderr_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_one_line_error(stderr: str) -> str:
    lines = stderr_lines(stderr)
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].startswith("oncodir:"), lines[0]
    assert "Traceback" not in stderr
    assert "internal error" not in stderr
    return lines[0]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """No user database leaks in from the environment or the real home directory."""
    data_home = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(data_home.parent / f"{data_home.name}-cache"))
    monkeypatch.delenv("ONCODIR_DB", raising=False)
    monkeypatch.delenv("ONCODIR_DEBUG", raising=False)
    return data_home


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=RUNNER_ENV)


Invoke = Callable[..., tuple[int, str, str]]


@pytest.fixture
def invoke(runner: CliRunner) -> Invoke:
    """Run the app in-process: ``invoke("find", "melanoma", input=None)`` -> (code, stdout, stderr)."""
    from oncodir.cli import app

    def run(*args: str, input: str | None = None, env: dict[str, str | None] | None = None) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args), input=input, env=env, prog_name="oncodir")
        # The guard turns every failure into an exit code; anything else escaping is a bug.
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        # Decode the bytes ourselves: click's Result.stdout turns "\r\n" into "\n".
        stdout = result.stdout_bytes.decode("utf-8")
        stderr = result.stderr_bytes.decode("utf-8")
        assert "Traceback" not in stderr
        return result.exit_code, stdout, stderr

    return run


@pytest.fixture
def find_json(invoke: Invoke) -> Callable[..., list[dict[str, Any]]]:
    """``find`` with --format json, asserting exit 0; returns the parsed list."""

    def run(*args: str) -> list[dict[str, Any]]:
        code, out, err = invoke("find", *args, "--format", "json")
        assert code == 0, err
        assert err == ""
        data = json.loads(out)
        assert isinstance(data, list)
        return data

    return run


@pytest.fixture
def make_db(tmp_path: Path) -> Callable[..., Path]:
    """Write a user database in TinyDB's format: ``{"records": {"1": {...}, ...}}``."""

    def write(records: Sequence[dict[str, Any]], name: str = "user.json", **tables: Any) -> Path:
        path = tmp_path / name
        doc: dict[str, Any] = {"records": {str(i + 1): rec for i, rec in enumerate(records)}}
        for table, rows in tables.items():
            doc[table] = {str(i + 1): row for i, row in enumerate(rows)}
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def department(rid: str, name: str, **fields: Any) -> dict[str, Any]:
    """A minimal valid department record for user databases."""
    record: dict[str, Any] = {
        "kind": "department",
        "id": rid,
        "name": name,
        "hospital": None,
        "hospital_id": None,
        "city": "Hangzhou",
        "province": "Zhejiang",
        "country": "China",
        "cancers": [],
        "treatments": [],
        "source": {"document": "user-notes.txt", "updated": "2024-01"},
    }
    record.update(fields)
    return record


def subprocess_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for key in ("PYTHONPATH", "ONCODIR_DB", "ONCODIR_DEBUG", "NO_COLOR", "FORCE_COLOR"):
        env.pop(key, None)
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    env.update(extra)
    return env


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[bytes]]:
    """Run the installed package in a real process, stdout and stderr as pipes (bytes)."""
    work = tmp_path / "cwd"
    work.mkdir()

    def run(*args: str, input: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "oncodir", *args],
            cwd=work,
            env=subprocess_env(tmp_path, **env),
            input=input,
            capture_output=True,
            timeout=60,
        )

    return run


def run_in_pty(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 30) -> tuple[int, bytes, bytes]:
    """Run with stdout on a pseudo-terminal (stderr a pipe); return (status, stdout bytes, stderr bytes)."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(args, stdout=slave, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, cwd=cwd)
    finally:
        os.close(slave)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
        status = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        assert proc.stderr is not None
        err = proc.stderr.read()
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return status, bytes(out), err
