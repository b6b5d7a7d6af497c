"""Benchmark oncodir as whole processes, next to the floors it cannot beat.

    python tests/benchmarks/bench.py                 # 1,000 / 10,000 / 100,000 departments
    python tests/benchmarks/bench.py --sizes 1000 --runs 7

Not part of the test suite: no timing is asserted anywhere. It builds synthetic databases
through the import format (a JSON array of records, fed to ``oncodir import``), then times each
command (median of --runs runs after a warm-up) next to the floors: ``python -c pass``,
``import typer, tinydb``, the same plus Rich, the same plus ``json.load`` of the database file,
and ``sqlite-utils query`` answering the same question on the same data where sqlite-utils is
installed. It prints each ratio to its floor and the peak memory (max RSS) of each process.
Machines here are shared and noisy: compare ratios from one run, not times across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
COMMANDS = [
    ("find melanoma (piped)", ["find", "melanoma"]),
    ("find melanoma --format table", ["find", "melanoma", "--format", "table"]),
    ("find melanoma --format json", ["find", "melanoma", "--format", "json"]),
    ("show (one record)", ["show", "CHUCAS"]),
    ("find melanomma (no results, suggestions)", ["find", "melanomma"]),
]


def synthetic_records(n_departments: int, seed: int = 7) -> list[dict[str, object]]:
    """Departments spread over hospitals and cities, tagged with real vocabulary terms."""
    sys.path.insert(0, str(ROOT))
    from oncodir.storage import read

    directory = read.load(None, bundled=True)
    rng = random.Random(seed)
    cancers = sorted(t for t, c in directory.vocabulary.concepts.items() if c.kind == "cancer")
    treatments = sorted(t for t, c in directory.vocabulary.concepts.items() if c.kind == "treatment")
    cities = sorted(directory.gazetteer.cities, key=lambda c: (c.name, c.province))
    n_hospitals = max(1, n_departments // 10)
    records: list[dict[str, object]] = []
    for h in range(n_hospitals):
        city = cities[h % len(cities)]
        records.append(
            {
                "kind": "hospital",
                "id": f"bench-hospital-{h}",
                "name": f"Bench Hospital {h}",
                "city": city.name,
                "province": city.province,
                "country": "China",
                "cancers": [],
                "treatments": [],
                "source": {"document": "synthetic", "updated": "2026-01"},
            }
        )
    for d in range(n_departments):
        h = d % n_hospitals
        city = cities[h % len(cities)]
        records.append(
            {
                "kind": "department",
                "id": f"bench-hospital-{h}/department-{d}",
                "name": f"Department {d} of Oncology",
                "hospital": f"Bench Hospital {h}",
                "hospital_id": f"bench-hospital-{h}",
                "city": city.name,
                "province": city.province,
                "country": "China",
                "cancers": rng.sample(cancers, 3),
                "treatments": rng.sample(treatments, 3),
                "summary": f"Synthetic department {d} for benchmarking; treats {rng.choice(cancers)}.",
                "source": {"document": "synthetic", "updated": "2026-01"},
            }
        )
    return records


def build_db(n: int, workdir: Path, oncodir: list[str]) -> tuple[Path, Path]:
    """The user database made by ``oncodir import`` from a JSON array; also the array itself."""
    records = synthetic_records(n)
    source = workdir / f"records-{n}.json"
    source.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = workdir / f"db-{n}.json"
    subprocess.run([*oncodir, "--db", str(db), "import", str(source)], check=True, capture_output=True)
    return db, source


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB) of one process; stdout to a pipe we drain."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss


def measure(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, int]:
    run_once(cmd, env)  # warm-up: file cache, .pyc
    samples = [run_once(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def sqlite_db(source: Path, workdir: Path) -> Path | None:
    tool = shutil.which("sqlite-utils")
    if tool is None:
        return None
    db = workdir / f"{source.stem}.sqlite"
    if not db.exists():
        subprocess.run([tool, "insert", "--alter", str(db), "records", str(source)], check=True, capture_output=True)
    return db


def scan_vs_index(db: Path) -> None:
    """In one process, after loading: TinyDB's own full scan against oncodir's term index."""
    code = f"""
import time, gc
gc.disable()
from tinydb import TinyDB, Query
from oncodir import query, search
from oncodir.storage import read
with TinyDB({str(db)!r}, access_mode="r", encoding="utf-8") as tdb:
    table = tdb.table("records")
    table.all()
    directory = read.load({str(db)!r})
    terms = set(directory.vocabulary.narrower("melanoma"))
    t = time.perf_counter()
    found = table.search(Query().cancers.test(lambda v: bool(terms & set(v or ()))))
    scan = time.perf_counter() - t
t = time.perf_counter()
hits = search.find(directory, query.Query([query.Criterion("melanoma")]))
indexed = time.perf_counter() - t
user_hits = [h for h in hits if h["origin"] == "user"]
assert len(user_hits) == len(found), (len(user_hits), len(found))
print(f"{{len(found)}} records: TinyDB Query full scan {{scan * 1000:.1f}} ms,",
      f"oncodir search {{indexed * 1000:.1f}} ms")
"""
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    print(f"{'in one process, melanoma: ' + out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    oncodir = [PY, "-m", "oncodir"]
    env = {k: v for k, v in os.environ.items() if k not in ("ONCODIR_DB", "PYTHONPATH")}
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="oncodir-bench-home-")
    floors = {
        "python -c pass": [PY, "-c", "pass"],
        "import typer, tinydb": [PY, "-c", "import typer, tinydb"],
        "import typer, tinydb, rich": [PY, "-c", "import typer, tinydb, rich.console, rich.table"],
    }
    print(f"python {sys.version.split()[0]}, {args.runs} runs each (median), peak RSS per process\n")
    results: dict[str, tuple[float, int]] = {}
    for name, cmd in floors.items():
        results[name] = measure(cmd, env, args.runs)
        print(f"{name:58s} {results[name][0] * 1000:7.1f} ms {results[name][1] / 1024:7.1f} MiB")
    floor = results["import typer, tinydb"][0]
    rich_floor = results["import typer, tinydb, rich"][0]

    def report(label: str, cmd: list[str], base: float, base_name: str) -> None:
        t, rss = measure(cmd, env, args.runs)
        print(f"{label:58s} {t * 1000:7.1f} ms {rss / 1024:7.1f} MiB  {t / base:5.2f}x {base_name}")

    print("\nbundled data")
    for label, argv in COMMANDS:
        base, base_name = (rich_floor, "+rich") if "table" in argv else (floor, "typer+tinydb")
        report(label, [*oncodir, *argv], base, base_name)
    with tempfile.TemporaryDirectory(prefix="oncodir-bench-") as tmp:
        workdir = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            start = time.perf_counter()
            db, source = build_db(size, workdir, oncodir)
            mib = db.stat().st_size / 2**20
            took = time.perf_counter() - start
            print(f"\n{size:,} departments ({mib:.1f} MiB database, built and imported in {took:.1f} s)")
            read = f"json.load(open({str(db)!r}, encoding='utf-8'))"
            base, rss = measure([PY, "-c", f"import typer, tinydb, json; {read}"], env, args.runs)
            label = "floor: import typer, tinydb + json.load(database)"
            print(f"{label:58s} {base * 1000:7.1f} ms {rss / 1024:7.1f} MiB")
            rich_base, rss = measure(
                [PY, "-c", f"import typer, tinydb, json, rich.console, rich.table; {read}"], env, args.runs
            )
            print(f"{'floor with Rich':58s} {rich_base * 1000:7.1f} ms {rss / 1024:7.1f} MiB")
            for label, argv in COMMANDS:
                argv = [a if a != "CHUCAS" else "bench-hospital-7/department-7" for a in argv]
                floor_for, floor_name = (rich_base, "floor+load+rich") if "table" in argv else (base, "floor+load")
                report(label, [*oncodir, "--db", str(db), *argv], floor_for, floor_name)
            scan_vs_index(db)
            sqlite = sqlite_db(source, workdir)
            if sqlite is not None:
                query = "select id from records where cancers like '%melanoma%'"
                t, rss = measure(["sqlite-utils", "query", str(sqlite), query], env, args.runs)
                print(f"{'sqlite-utils query (same question)':58s} {t * 1000:7.1f} ms {rss / 1024:7.1f} MiB")
            else:
                print("sqlite-utils not installed: pip install sqlite-utils to compare")


if __name__ == "__main__":
    main()
