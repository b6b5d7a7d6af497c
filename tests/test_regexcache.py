"""Extract's compiled patterns kept between runs: the patterns ``re.compile`` makes, whatever the cache holds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# Imports every reader (each compiles its patterns through the cache), drafts a page, and prints what the
# cache gave and whether every pattern equals re.compile's (a pattern's equality compares its compiled code).
_PROBE = r"""
import json, re, sys
from oncodir.extract import draft, regexcache
from oncodir.storage.read import load
kept = len(regexcache._kept)
record = draft(sys.stdin.read(), "page.txt", load(None))
used = dict(regexcache._used)
same = all(regexcache.compiled(p, f) == re.compile(p, f) for (p, f) in used)
print(json.dumps({"kept": kept, "used": len(used), "same": same, "record": record}))
"""

PAGE = (
    "Department of Radiation Oncology\nThe Department of Radiation Oncology of Ningde Municipal Hospital treats "
    "lung cancer and nasopharyngeal carcinoma with IMRT. It has 48 beds. Director: Prof. Chen Hua.\n"
)


def _probe(cache: Path, **env: str) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE],
        input=PAGE,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache), **env},
    )
    result: dict[str, object] = json.loads(run.stdout)
    return result


@pytest.fixture
def cache_home(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _kept_file(cache_home: Path) -> Path:
    return cache_home / "oncodir" / "regex.marshal"


def test_first_run_keeps_the_patterns_and_the_next_builds_the_same_ones_from_them(cache_home: Path) -> None:
    first = _probe(cache_home)
    assert first["kept"] == 0 and first["same"] is True
    assert _kept_file(cache_home).is_file()
    second = _probe(cache_home)
    assert second["kept"] == second["used"] and int(str(second["used"])) > 300
    assert second["same"] is True
    assert second["record"] == first["record"]
    assert first["record"]["beds"] == {"value": 48}  # type: ignore[index]


def test_a_damaged_cache_file_is_ignored_and_written_again(cache_home: Path) -> None:
    first = _probe(cache_home)
    kept = _kept_file(cache_home)
    raw = bytearray(kept.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    kept.write_bytes(bytes(raw))
    damaged = _probe(cache_home)
    assert damaged["kept"] == 0 and damaged["same"] is True and damaged["record"] == first["record"]
    assert _probe(cache_home)["kept"] == first["used"]


def test_code_the_engine_refuses_is_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from oncodir.extract import regexcache

    pattern = r"(?P<n>\d+)\s+beds"
    form = regexcache._compile(pattern, 0)
    assert form is not None
    flags, code, groups, names, numbers = form
    broken = (flags, code[: len(code) // 2], groups, names, numbers)  # well formed, but no program the engine runs
    assert regexcache._built(pattern, broken) is None
    monkeypatch.setitem(regexcache._kept, (pattern, 0), broken)
    assert regexcache.compiled(pattern) == re.compile(pattern)
    assert regexcache.compiled(pattern).search("about 48 beds")["n"] == "48"  # type: ignore[index]


def test_the_cache_can_be_turned_off(cache_home: Path) -> None:
    off = _probe(cache_home, ONCODIR_CACHE="0")
    assert off["same"] is True and off["kept"] == 0
    assert not _kept_file(cache_home).exists()
