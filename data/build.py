"""Build the bundled TinyDB database, data/oncodir.json, from the hand-kept sources here.

    python data/build.py           # rebuild
    python data/build.py --check   # exit 1 if oncodir.json is out of date

Sources: records/*.json (hospitals and departments, one file per hospital's website, from
../shared/pages and ../shared/seeds), vocabulary.json (cancer types and treatments) and
cities.json (GeoNames coordinates, CC BY 4.0).
Every record is checked first, by the rules ``oncodir validate`` applies (oncodir.checks); any
problem stops the build, so the build passes exactly when ``validate`` would.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tinydb import TinyDB  # noqa: E402

from oncodir.checks import check_bundled  # noqa: E402

TARGET = HERE / "oncodir.json"


Rows = list[dict[str, Any]]


def load(name: str) -> Rows:
    with open(HERE / name, encoding="utf-8") as fh:
        rows: Rows = json.load(fh)
    return rows


def load_records() -> Rows:
    """Every hand-kept record, file by file in name order."""
    return [r for path in sorted((HERE / "records").glob("*.json")) for r in load(f"records/{path.name}")]


def build(target: Path) -> None:
    records, vocabulary, cities = load_records(), load("vocabulary.json"), load("cities.json")
    problems = check_bundled({"records": records, "vocabulary": vocabulary, "cities": cities})
    if problems:
        sys.exit("invalid records:\n  " + "\n  ".join(problems))
    target.unlink(missing_ok=True)
    with TinyDB(target, encoding="utf-8", ensure_ascii=False, indent=1) as db:
        db.table("records").insert_multiple(records)
        db.table("vocabulary").insert_multiple(vocabulary)
        db.table("cities").insert_multiple(cities)
        db.table("meta").insert(
            {
                "schema": 1,
                "sources": "shared/seeds (hospital web pages and an article, about 2020)",
                "credits": "City coordinates: GeoNames (geonames.org), CC BY 4.0",
            }
        )


def main() -> None:
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "oncodir.json"
            build(fresh)
            if fresh.read_bytes() != TARGET.read_bytes():
                sys.exit("data/oncodir.json is out of date: run python data/build.py")
        print("data/oncodir.json is up to date")
        return
    build(TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
