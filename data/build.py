"""Build the bundled TinyDB database, data/oncodir.json, from the hand-kept sources here.

    python data/build.py           # rebuild
    python data/build.py --check   # exit 1 if oncodir.json is out of date

Sources: records/*.json (hospitals and departments, one file per hospital's website, from
../shared/pages and ../shared/seeds), vocabulary.json (cancer types and treatments) and
cities.json (GeoNames coordinates, CC BY 4.0), parts.json (which compound term covers which
parts; added to the vocabulary rows as ``parts``) and stopwords.json (words that carry no
criterion in a question; the ``stopwords`` table).
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
sys.path.insert(0, str(HERE))  # provenance.py, beside this script, also when loaded by path

import provenance  # noqa: E402  (data/provenance.py, beside this script)
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


def with_parts(vocabulary: Rows, parts: dict[str, list[str]]) -> tuple[Rows, list[str]]:
    """The vocabulary rows with each compound's ``parts`` (parts.json) added to its row."""
    terms = {row["term"] for row in vocabulary}
    unknown = [t for compound, names in parts.items() for t in (compound, *names) if t not in terms]
    problems = [f"parts.json: {t!r} is not a vocabulary term" for t in unknown]
    return [{**row, "parts": parts[row["term"]]} if row["term"] in parts else row for row in vocabulary], problems


def stop_rows(stopwords: dict[str, Any]) -> Rows:
    """One row per stop word, with its language ('en' or 'zh')."""
    return [{"word": w, "lang": lang} for lang in ("en", "zh") for w in stopwords[lang]]


def build(target: Path) -> None:
    records, vocabulary, cities = load_records(), load("vocabulary.json"), load("cities.json")
    with open(HERE / "parts.json", encoding="utf-8") as fh:
        vocabulary, problems = with_parts(vocabulary, json.load(fh)["parts"])
    with open(HERE / "stopwords.json", encoding="utf-8") as fh:
        stopwords = stop_rows(json.load(fh))
    problems += check_bundled({"records": records, "vocabulary": vocabulary, "cities": cities})
    problems += provenance.all_problems(records)
    if problems:
        sys.exit("invalid records:\n  " + "\n  ".join(problems))
    target.unlink(missing_ok=True)
    with TinyDB(target, encoding="utf-8", ensure_ascii=False, indent=1) as db:
        db.table("records").insert_multiple(records)
        db.table("vocabulary").insert_multiple(vocabulary)
        db.table("cities").insert_multiple(cities)
        db.table("stopwords").insert_multiple(stopwords)
        db.table("meta").insert(
            {
                "schema": 1,
                "sources": "shared/pages (111 official hospital and department pages, retrieved 2026-11-27) "
                "and shared/seeds (four department pages and a medical-travel article)",
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
