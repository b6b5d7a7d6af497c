"""Benchmark oncodir as whole processes: the query index against the bundled directory,
the full load it replaces, and ``sqlite-utils query`` on an indexed table.

    python tests/benchmarks/bench.py                          # 10,000 and 100,000 departments
    python tests/benchmarks/bench.py --sizes 100000,1000000   # a million takes minutes and ~3 GB of disk
    python tests/benchmarks/bench.py --sizes 1000 --runs 3    # a quick look

Not part of the test suite: no timing is asserted anywhere. For each size it generates a
realistic user database (tests/benchmarks/generate.py: skewed cancers, treatments and cities,
summaries of a few hundred characters), then measures, side by side in one run, the median
wall time of --runs processes after a warm-up and the peak memory (max RSS) of each:

- the same command on the bundled directory alone (the floor the goals are stated against);
- the command through the query index (the default for a user database);
- the command on the full-load path it replaces (``ONCODIR_INDEX=0``: the marshal snapshot);
- ``sqlite-utils query`` answering the same question on the same records, in a table with an
  index on id and a term table indexed by term (where sqlite-utils is installed);
- the first query after the database changes (index rebuild against snapshot rebuild), and
  ``import`` of one record against one read and rewrite of the file.

It checks that both oncodir paths print the same bytes for every command, and deletes every
file it made (databases, caches) when it ends. Machines are noisy: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]  # the checkout measured: its oncodir is first on the children's path
PY = sys.executable
ONCODIR = [PY, "-m", "oncodir"]

_spec = importlib.util.spec_from_file_location("bench_generate", HERE / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)


TIME = shutil.which("time") or "/usr/bin/time"


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    """Wall time (s), peak RSS (KiB) and stdout of one process.

    The peak comes from GNU time where it exists: a child forked from this (large) process
    would otherwise report this process's memory as its own.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        timed = [TIME, "-f", "%M", "-o", rss.name, *cmd] if os.path.exists(TIME) else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        text = rss.read().strip().splitlines()
        peak = int(text[-1]) if text and text[-1].isdigit() else usage.ru_maxrss
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}")
    return elapsed, peak, out


def measure(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, int, bytes]:
    """Median time, largest peak RSS and the output, after one warm-up run."""
    _, _, out = run_once(cmd, env)
    samples = [run_once(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples), out


def touch(path: Path) -> None:
    """Change the database's state as an edit would (a new mtime), not its content."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def sqlite_table(db: Path, n: int) -> Path | None:
    """The same records in SQLite, laid out as ``sqlite-utils insert`` lays them out (one column per
    field, lists and objects as JSON text, id the primary key), plus ``terms`` indexed by term.

    Written with the sqlite3 module: ``sqlite-utils insert --alter`` took 52 s for 100,000.
    """
    if shutil.which("sqlite-utils") is None:
        return None
    import sqlite3

    from oncodir.models import FIELDS

    path = db.with_suffix(".sqlite")
    conn = sqlite3.connect(path)
    columns = ", ".join(f"[{f}] TEXT PRIMARY KEY" if f == "id" else f"[{f}]" for f in FIELDS)
    conn.execute(f"CREATE TABLE records ({columns})")
    conn.execute("CREATE TABLE terms (record_id TEXT, field TEXT, term TEXT)")

    def cell(value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value

    marks = ",".join("?" * len(FIELDS))
    rows, terms = [], []
    for record in generate.records(n):
        rows.append([cell(record.get(f)) for f in FIELDS])
        for field in ("cancers", "treatments"):
            terms += [(record["id"], field, term) for term in record.get(field) or ()]
        if len(rows) >= 20000:
            conn.executemany(f"INSERT INTO records VALUES ({marks})", rows)
            conn.executemany("INSERT INTO terms VALUES (?,?,?)", terms)
            rows, terms = [], []
    conn.executemany(f"INSERT INTO records VALUES ({marks})", rows)
    conn.executemany("INSERT INTO terms VALUES (?,?,?)", terms)
    conn.execute("CREATE INDEX terms_term ON terms (term, field)")
    conn.execute("CREATE INDEX terms_record ON terms (record_id)")
    conn.commit()
    conn.close()
    return path


def fmt_ms(t: float) -> str:
    return f"{t * 1000:7.0f} ms" if t < 10 else f"{t:7.1f} s "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="departments per database, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuilds", type=int, default=2, help="runs of the first query after a change")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    # Stopped with SIGTERM: unwind, so the temporary databases and caches are still removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="oncodir-bench-") as tmp:
        work = Path(tmp)
        # Bytecode caching on, as an installed package has it (PYTHONDONTWRITEBYTECODE would
        # compile every module on every run and blur the differences measured here).
        drop = ("ONCODIR_DB", "PYTHONPATH", "ONCODIR_INDEX", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env["PYTHONPATH"] = str(ROOT)
        env.update(XDG_DATA_HOME=str(work / "data"), XDG_CACHE_HOME=str(work / "cache"), ONCODIR_CACHE="1")
        old_env = {**env, "ONCODIR_INDEX": "0"}
        print(f"python {sys.version.split()[0]}, median of {args.runs} runs after a warm-up; peak RSS per process\n")
        floor = measure([PY, "-c", "import typer, tinydb"], env, args.runs)
        print(f"floor: python -c 'import typer, tinydb'   {fmt_ms(floor[0])} {floor[1] / 1024:6.1f} MiB")
        piped = measure([*ONCODIR, "find", "melanoma"], env, args.runs)
        print(
            f"bundled: oncodir find melanoma (piped)    {fmt_ms(piped[0])} {piped[1] / 1024:6.1f} MiB"
            f"  {piped[0] / floor[0]:.2f}x the floor"
        )
        for n in sizes:
            bench_size(n, work, env, old_env, args)
    print("\n(temporary databases and caches removed)")


def bench_size(n: int, work: Path, env: dict[str, str], old_env: dict[str, str], args: argparse.Namespace) -> None:
    start = time.perf_counter()
    db = work / f"db-{n}.json"
    count = generate.write_db(db, n)
    made = time.perf_counter() - start
    show_id = next(r["id"] for i, r in enumerate(generate.records(n)) if r["kind"] == "department" and i > count // 2)
    start = time.perf_counter()
    sqlite = sqlite_table(db, n)
    sqlite_made = time.perf_counter() - start
    mib = db.stat().st_size / 2**20
    print(f"\n{n:,} departments ({count:,} records, {mib:.0f} MiB database, generated in {made:.1f} s", end="")
    print(f"; sqlite-utils table built in {sqlite_made:.0f} s)" if sqlite else "; sqlite-utils not installed)")
    commands = [
        (
            "find melanoma --format json",
            ["find", "melanoma", "--format", "json"],
            ["find", "melanoma", "--format", "json"],
            "SELECT records.* FROM records WHERE id IN (SELECT record_id FROM terms"
            " WHERE field = 'cancers' AND term = 'melanoma')",
        ),
        (
            "show ID --format json",
            ["show", "CHUCAS", "--format", "json"],
            ["show", show_id, "--format", "json"],
            f"SELECT * FROM records WHERE id = '{show_id}'",
        ),
        (
            "list cancers --format json",
            ["list", "cancers", "--format", "json"],
            ["list", "cancers", "--format", "json"],
            "SELECT term, count(DISTINCT record_id) AS records FROM terms WHERE field = 'cancers' GROUP BY term",
        ),
    ]
    head = (
        f"{'command':30s} {'bundled':>10s} {'index':>10s} {'x bundled':>9s} {'before':>10s} "
        f"{'sqlite-utils':>12s} {'x sqlite':>8s}   peak MiB index/before/sqlite"
    )
    print(head)
    print("-" * len(head))
    dbargs = [*ONCODIR, "--db", str(db)]
    run_once([*dbargs, "find", "melanoma"], env)  # build the index
    run_once([*dbargs, "find", "melanoma"], old_env)  # build the snapshot
    same = True
    for label, bundled_argv, argv, sql in commands:
        bundled = measure([*ONCODIR, *bundled_argv], env, args.runs)
        new = measure([*dbargs, *argv], env, args.runs)
        old = measure([*dbargs, *argv], old_env, args.runs)
        same = same and new[2] == old[2]
        if sqlite is not None:
            lite = measure(["sqlite-utils", "query", str(sqlite), sql], env, args.runs)
            lite_text = f"{fmt_ms(lite[0]):>12s} {new[0] / lite[0]:7.2f}x"
            lite_mem = f"{lite[1] / 1024:.0f}"
        else:
            lite_text, lite_mem = f"{'-':>12s} {'-':>8s}", "-"
        print(
            f"{label:30s} {fmt_ms(bundled[0]):>10s} {fmt_ms(new[0]):>10s} {new[0] / bundled[0]:8.2f}x "
            f"{fmt_ms(old[0]):>10s} {lite_text}   {new[1] / 1024:.0f} / {old[1] / 1024:.0f} / {lite_mem}"
        )
    print(f"same bytes on both oncodir paths: {'yes' if same else 'NO'}")
    rebuild_new, rebuild_old = [], []
    for _ in range(args.rebuilds):
        touch(db)
        rebuild_new.append(run_once([*dbargs, "find", "melanoma"], env)[0])
        touch(db)
        rebuild_old.append(run_once([*dbargs, "find", "melanoma"], old_env)[0])
    new_t, old_t = statistics.median(rebuild_new), statistics.median(rebuild_old)
    print(
        f"first query after a change: index rebuild {new_t:.1f} s, snapshot rebuild (before) {old_t:.1f} s "
        f"({new_t / old_t:.2f}x)"
    )
    one = work / "one.json"
    one.write_text(
        json.dumps(
            [
                {
                    "kind": "department",
                    "name": "Bench One",
                    "hospital_id": "bench-h1",
                    "cancers": ["melanoma"],
                    "source": "bench",
                }
            ]
        ),
        encoding="utf-8",
    )
    copy = work / "copy.json"
    imports, rewrites = [], []
    rewrite = (
        "import json, sys; d = json.load(open(sys.argv[1], encoding='utf-8')); "
        "json.dump(d, open(sys.argv[1] + '.tmp', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)"
    )
    for _ in range(max(1, args.rebuilds)):
        shutil.copyfile(db, copy)
        imports.append(run_once([*ONCODIR, "--db", str(copy), "import", str(one)], env)[0])
        rewrites.append(run_once([PY, "-c", rewrite, str(copy)], env)[0])
    imp, rw = statistics.median(imports), statistics.median(rewrites)
    print(f"import one record: {imp:.1f} s; one read and rewrite of the file: {rw:.1f} s ({imp / rw:.2f}x)")
    for path in (db, copy, Path(f"{copy}.tmp"), *(p for p in [sqlite] if p)):
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
