"""Helpers for the tests: the bundled data as plain JSON, expected answers, parsers, processes.

Fixtures live in conftest.py; everything else a test file needs is imported from here
(``from helpers import ...``). :func:`shared_dir` is the one way to reach ``../shared``, the
source documents kept beside the project: missing, it fails the test under CI
(``ONCODIR_REQUIRE_SHARED=1``, set by .ci/run) and skips it elsewhere, saying why.

Subprocess tests run ``[sys.executable, "-m", "oncodir", ...]`` with the working directory set
to a temporary directory and ``PYTHONPATH`` removed (:func:`subprocess_env`), so ``import
oncodir`` finds the installed package, never this checkout by accident (see tests/test_pipes.py,
which checks it).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import pty
import select
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
REQUIRE_SHARED = "ONCODIR_REQUIRE_SHARED"

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


# Most tests run on a frozen copy of the first bundled directory (4 hospitals, from the seeds),
# so that what they pin (ranks, counts, exact tables) does not move as the real directory grows;
# conftest points ONCODIR_BUNDLED at it. Tests marked ``real_directory`` run on the directory
# built from data/records instead (REAL_RECORDS).
FROZEN = ROOT / "tests" / "fixtures" / "seed-directory.json"
with open(FROZEN, encoding="utf-8") as _fh:
    _FROZEN_TABLES: dict[str, dict[str, dict[str, Any]]] = json.load(_fh)
RECORDS: list[dict[str, Any]] = list(_FROZEN_TABLES["records"].values())
VOCABULARY: list[dict[str, Any]] = list(_FROZEN_TABLES["vocabulary"].values())
REAL_RECORDS: list[dict[str, Any]] = [
    r for p in sorted((DATA / "records").glob("*.json")) for r in load_json(f"records/{p.name}")
]
CITIES: list[dict[str, Any]] = load_json("cities.json")
BY_ID = {r["id"]: r for r in RECORDS}


def closure(term: str, vocabulary: list[dict[str, Any]] | None = None) -> set[str]:
    """The term and every term narrower than it, worked out from the vocabulary rows themselves.

    The frozen directory's vocabulary unless another (the real data/vocabulary.json) is given.
    """
    children: dict[str, set[str]] = {}
    for concept in VOCABULARY if vocabulary is None else vocabulary:
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
    """The compounds (data/parts.json) a term is a part of: colon cancer -> colorectal cancer."""
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


Invoke = Callable[..., tuple[int, str, str]]

# Three records to import as CSV: a department of a bundled hospital, a new hospital and its department.
CLINICS_CSV = """kind,name,hospital,city,cancers,treatments,beds,staff,people,source,insurance
department,Skin Clinic,Zhejiang Cancer Hospital,Hangzhou,renal cancer; Melanoma,MDT;desmoid wraps,more than 40,nurses: 17; doctors: 8,Wang Wei (Director),notes.txt,"{""accepted"": true}"
hospital,West Lake Hospital,,Hangzhou,,,,,,,
department,Lung Unit,West Lake Hospital,Hangzhou,lung cancer,surgical treatment,,,,,
"""  # noqa: E501


def shared_dir(*parts: str, root: Path = SHARED) -> Path:
    """A folder (or file) under ``../shared``, e.g. ``shared_dir("seeds")``.

    When it is missing the calling test fails if ``ONCODIR_REQUIRE_SHARED=1`` (CI must not pass
    by skipping), and is skipped otherwise, with the reason.
    """
    path = root.joinpath(*parts)
    if path.exists():
        return path
    message = f"{path} is not present (the source documents kept beside the project)"
    if os.environ.get(REQUIRE_SHARED) == "1":
        pytest.fail(f"{message}; {REQUIRE_SHARED}=1 requires it", pytrace=False)
    pytest.skip(message)


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


def imported(invoke, db: Path, *files: str, input: str | None = None) -> str:
    code, out, err = invoke("--db", str(db), "import", *files, input=input)
    assert code == 0, err
    assert out == ""
    return str(err)


def ids(hits: Iterable[dict[str, Any]]) -> list[str]:
    """The ids of results, in order."""
    return [h["id"] for h in hits]


# --- the query index (tests/test_index.py, tests/test_index_trust.py) -----------------------

_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "tests" / "benchmarks" / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

INDEX_EXTRA = [
    department("x/the-clinic", "The Royal Melanoma Clinic", cancers=["melanoma"], aliases=["Department of Skin"]),
    department("x/zh", "肿瘤内科", city="杭州", cancers=["胃癌"], summary="杭州的化疗和胃癌门诊"),
    department("x/odd-city", "Odd City Unit", city="Atlantis", province=None, treatments=["surgery"]),
    department(
        "x/people",
        "Odd Names Unit",
        people=[{"name": "Kelly O'Brien"}, {"name": "Mei-Yu FANG"}],
        cancers=["colorectal cancer"],
    ),
    department("x/nul", "Nul\x00Unit", summary="before\x00after quietly \u00e9\u0301 ｆｕｌｌ", aliases=["\x1fedge"]),
    {
        "kind": "hospital",
        "id": "bench-h0",
        "name": "Replaced Hospital Zero",
        "city": "Beijing",
        "province": "Beijing",
        "source": {"document": "x"},
    },
]


def write_index_db(path: Path) -> Path:
    """1,500 generated departments (tests/benchmarks/generate.py) and the odd records above."""
    records: list[dict[str, Any]] = [*generate.records(1500, seed=3), *INDEX_EXTRA]
    doc = {"records": {str(i): r for i, r in enumerate(records, start=1)}}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def open_index(db: str | None, bundled: bool) -> Any:
    """What a query reads for this database: an Index, a Directory, or None (see index_build.load)."""
    from oncodir.browse import facet
    from oncodir.storage.index_build import load

    return load(db, bundled, facet)


def index_files() -> list[Path]:
    from oncodir.storage.paths import cache_dir

    return sorted(cache_dir().glob("index-*.sqlite"))


def answer_or_error(fn: Callable[..., Any]) -> Any:
    """fn()'s answer, or the domain error it raised (its type, message and suggestions)."""
    from oncodir.errors import OncodirError

    try:
        return ("ok", fn())
    except OncodirError as exc:
        return (type(exc).__name__, str(exc), getattr(exc, "suggestions", None))


def import_file(tmp_path: Path, content: str | bytes, name: str = "in.json") -> Path:
    """A file to import, written as given (text as UTF-8)."""
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def extract_page(directory: Any, body: str, heading: str = "Oncology") -> dict[str, Any]:
    """The draft ``oncodir extract`` makes of a page with this heading and body."""
    from oncodir.extract import draft

    return draft(f"{heading}\n\n{body}\n", "page.txt", directory)


def terms_of(directory: Any, body: str, heading: str) -> set[str]:
    """The cancers and treatments ``oncodir extract`` finds on a page with this heading and body."""
    page = extract_page(directory, body, heading)
    return set(page["cancers"]) | set(page["treatments"])


def roles(draft: dict[str, Any]) -> dict[str, str | None]:
    """Each person a draft names, with their role."""
    return {p["name"]: p["role"] for p in draft["people"]}
