"""Fixtures only: an isolated environment, a CLI runner, in-process and real-process runs, databases.

Helpers that are not fixtures live in tests/helpers.py.

In-process tests go through ``typer.testing.CliRunner``: with typer 0.28 (vendored click 8.2)
``result.stdout`` and ``result.stderr`` are captured separately (``result.output`` mixes them),
so :func:`invoke` returns ``(exit code, stdout, stderr)``. Rich is pinned for table tests by
the runner's environment: ``COLUMNS=120`` and ``NO_COLOR=1``; the runner's stdout is not a
terminal, so the default format there is TSV and ``--format table`` draws without colour.

A test marked ``@pytest.mark.requires_shared("seeds")`` needs ``../shared/seeds``; see
:func:`helpers.shared_dir` for what happens when it is missing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import CLINICS_CSV, FROZEN, RUNNER_ENV, Invoke, shared_dir, subprocess_env
from typer.testing import CliRunner


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("requires_shared"):
        shared_dir(*marker.args)


@pytest.fixture(autouse=True)
def _isolated_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Path:
    """No user database leaks in from the environment or the real home directory.

    The bundled directory is the frozen test directory unless the test is marked ``real_directory``.
    """
    if request.node.get_closest_marker("real_directory"):
        monkeypatch.delenv("ONCODIR_BUNDLED", raising=False)
    else:
        monkeypatch.setenv("ONCODIR_BUNDLED", str(FROZEN))
    data_home = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(data_home.parent / f"{data_home.name}-cache"))
    monkeypatch.delenv("ONCODIR_DB", raising=False)
    monkeypatch.delenv("ONCODIR_DEBUG", raising=False)
    return data_home


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=RUNNER_ENV)


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


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A user database to import into (not created yet)."""
    return tmp_path / "mine.json"


@pytest.fixture
def clinics(tmp_path: Path) -> Path:
    path = tmp_path / "clinics.csv"
    path.write_text(CLINICS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    """A user database for the query index tests (helpers.write_index_db)."""
    from helpers import write_index_db

    return write_index_db(tmp_path / "big.json")


@pytest.fixture(scope="module")
def directory() -> Any:
    """The bundled directory as extract reads it, loaded once per test module (drafting is pure)."""
    from oncodir.storage import read

    return read.load()
