"""Safe writes: killed imports, concurrent imports, stale temporary files, a held lock.

The kill test starts real ``oncodir import`` processes into a database of a few thousand
records and SIGKILLs each at a random moment within the time one import takes. After every
kill the database must parse, hold every record it held before, and hold the new batch
either whole or not at all. The counts are bounded for the default run; raise them with
ONCODIR_STRESS_KILLS and ONCODIR_STRESS_ROUNDS (the numbers are printed: pytest -s).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import assert_one_line_error, department, subprocess_env

from oncodir.storage import read, write

BASE_RECORDS = 3000
BATCH = 40
KILLS = int(os.environ.get("ONCODIR_STRESS_KILLS", "25"))
ROUNDS = int(os.environ.get("ONCODIR_STRESS_ROUNDS", "3"))
WRITERS = 3


def make_base(path: Path, n: int = BASE_RECORDS) -> set[str]:
    records = [
        department(f"base/clinic-{i}", f"Clinic {i}", cancers=["melanoma"], summary="醫院 " + "x" * 200)
        for i in range(n)
    ]
    write.write_atomic(path, {"records": records})
    return {r["id"] for r in records}


def batch_file(directory: Path, tag: str) -> tuple[Path, set[str]]:
    records = [department(f"batch-{tag}/clinic-{i}", f"Batch {tag} clinic {i}") for i in range(BATCH)]
    path = directory / f"batch-{tag}.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path, {r["id"] for r in records}


def start_import(tmp_path: Path, db: Path, batch: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "oncodir", "--db", str(db), "import", str(batch)],
        env=subprocess_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def ids_in(db: Path) -> set[str]:
    return {r["id"] for r in read.read_tables(db)["records"]}  # raises if the file is corrupt


def temps(db: Path) -> list[Path]:
    return sorted(db.parent.glob(write.temp_prefix(db) + "*"))


def test_killed_imports_never_corrupt_or_lose_records(tmp_path: Path) -> None:
    db = tmp_path / "user.json"
    expected = make_base(db)
    # How long one import takes here, to spread the kills over it (not asserted on).
    batch, ids = batch_file(tmp_path, "probe")
    started = time.monotonic()
    proc = start_import(tmp_path, db, batch)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    duration = time.monotonic() - started
    expected |= ids
    rng = random.Random(int(os.environ.get("ONCODIR_STRESS_SEED", "5")))
    landed = lost = corrupt = partial = mid_write = 0
    for i in range(KILLS):
        batch, ids = batch_file(tmp_path, str(i))
        proc = start_import(tmp_path, db, batch)
        time.sleep(rng.uniform(0, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        mid_write += bool(temps(db))  # killed while writing its temporary file
        try:
            found = ids_in(db)
        except Exception:
            corrupt += 1
            continue
        lost += len(expected - found)
        new = found & ids
        if new == ids:
            landed += 1
            expected |= ids
        elif new:
            partial += 1
        batch.unlink()
    print(
        f"\nkill test: {KILLS} kills, import ~{duration:.2f}s, {mid_write} mid-write, {landed} batches landed, "
        f"{corrupt} corrupt, {lost} records lost, {partial} partial batches"
    )
    assert (corrupt, lost, partial) == (0, 0, 0)
    # The next writer removes what the killed ones left behind, and everything is still there.
    batch, ids = batch_file(tmp_path, "after")
    proc = start_import(tmp_path, db, batch)
    assert proc.wait(timeout=60) == 0
    assert ids_in(db) == expected | ids
    assert temps(db) == []


def test_concurrent_imports_all_land(tmp_path: Path) -> None:
    db = tmp_path / "user.json"
    expected = make_base(db, 1000)
    failures = 0
    for r in range(ROUNDS):
        batches = [batch_file(tmp_path, f"{r}-{w}") for w in range(WRITERS)]
        procs = [start_import(tmp_path, db, path) for path, _ in batches]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            if proc.returncode != 0:  # allowed only as a clean, one-line lock timeout
                failures += 1
                assert b"another oncodir is writing it" in err, err
        found = ids_in(db)
        assert expected <= found
        for _, ids in batches:
            assert found & ids in (set(), ids)
            if found & ids:
                expected |= ids
        assert found == expected
    print(f"\nconcurrency test: {ROUNDS} rounds x {WRITERS} writers, {failures} waited too long, all others landed")
    assert temps(db) == []


def test_held_lock_fails_cleanly(invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "user.json"
    make_base(db, 3)
    before = db.read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, filelock; lock = filelock.FileLock(sys.argv[1]); lock.acquire();"
            " print('held', flush=True); time.sleep(60)",
            str(write.lock_path(db)),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        monkeypatch.setattr(write, "LOCK_TIMEOUT_S", 0.3)
        batch, _ = batch_file(tmp_path, "x")
        code, out, err = invoke("--db", str(db), "import", str(batch))
    finally:
        holder.kill()
        holder.wait()
    assert code == 2
    assert out == ""
    assert "another oncodir is writing it" in assert_one_line_error(err)
    assert db.read_bytes() == before


def test_stale_temp_files_are_removed_only_when_stale(tmp_path: Path) -> None:
    db = tmp_path / "user.json"
    make_base(db, 2)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    prefix = write.temp_prefix(db)
    gone = tmp_path / f"{prefix}{dead.pid}-aaaa"
    old = tmp_path / f"{prefix}{os.getpid()}-bbbb"
    young = tmp_path / f"{prefix}{os.getpid()}-cccc"
    other = tmp_path / ".other.json.tmp-1-dddd"
    for path in (gone, old, young, other):
        path.write_text("{half", encoding="utf-8")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    removed = write.remove_stale_temps(db)
    assert sorted(removed) == sorted([gone, old])
    assert young.exists() and other.exists()


def test_atomic_write_keeps_permissions_and_leaves_no_temp(tmp_path: Path) -> None:
    db = tmp_path / "user.json"
    make_base(db, 2)
    db.chmod(0o640)
    write.write_atomic(db, {"records": [department("a/b", "B")]})
    assert db.stat().st_mode & 0o777 == 0o640
    assert temps(db) == []
    assert ids_in(db) == {"a/b"}
