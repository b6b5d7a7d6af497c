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

from oncodir.errors import DatabaseError
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


# --- issue 13: symlinks, permissions, odd files -------------------------------------------------


def _batch(tmp_path: Path, *names: str) -> Path:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"kind": "hospital", "name": n} for n in names]), encoding="utf-8")
    return path


def test_import_through_a_symlink_writes_the_target_and_keeps_the_link(invoke, tmp_path):
    # item 3: the link was replaced by a file and the real database never got the record
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "db.json"
    make_base(real, 3)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, err = invoke("--db", str(link), "import", str(_batch(tmp_path, "Linked Hospital")))
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert "linked-hospital" in {r["id"] for r in read.read_tables(real)["records"]}
    assert write.lock_path(real).exists() and not write.lock_path(link).exists()
    assert not list(tmp_path.glob(".link.json.tmp-*"))


def test_writers_through_the_link_and_the_real_path_share_one_lock(tmp_path):
    real = tmp_path / "real.json"
    make_base(real, 3)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with write.locked(write.target(link)), pytest.raises(DatabaseError, match="another oncodir is writing"):
        _update_quick(real)


def _update_quick(path: Path) -> None:
    original = write.LOCK_TIMEOUT_S
    write.LOCK_TIMEOUT_S = 0.2
    try:
        write.update(path, lambda tables: tables["records"].append(department("q/r", "R")), create=False)
    finally:
        write.LOCK_TIMEOUT_S = original


def test_a_private_database_is_never_readable_by_others_during_a_write(tmp_path, monkeypatch):
    # item 8: the temporary copy was created 0644 and chmodded only after holding everything
    db = tmp_path / "db.json"
    make_base(db, 3)
    db.chmod(0o600)
    seen: list[int] = []
    real_dump = json.dump

    def spying_dump(obj, fh, **kwargs):  # runs while the temporary file holds the content
        seen.append(os.fstat(fh.fileno()).st_mode & 0o777)
        return real_dump(obj, fh, **kwargs)

    monkeypatch.setattr(json, "dump", spying_dump)  # the json module write.py uses
    write.update(db, lambda tables: tables["records"].append(department("p/q", "Q")), create=False)
    assert seen == [0o600]
    assert db.stat().st_mode & 0o777 == 0o600


def test_a_new_database_follows_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        db = tmp_path / "new.json"
        write.update(db, lambda tables: tables["records"].append(department("n/m", "M")), create=True)
    finally:
        os.umask(old)
    assert db.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("command", [("find", "melanoma"), ("validate",), ("export",)])
def test_a_fifo_as_database_is_refused_without_blocking(tmp_path, command):
    # item 16: a FIFO as --db hung find and validate
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    proc = subprocess.run(
        [sys.executable, "-m", "oncodir", "--db", str(fifo), *command],
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert proc.returncode == 2
    assert b"not a regular file" in proc.stdout + proc.stderr


def test_a_device_as_database_is_refused(invoke):
    code, _, err = invoke("--db", os.devnull, "find", "melanoma")
    assert code == 2 and "not a regular file" in err
