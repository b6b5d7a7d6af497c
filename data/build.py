"""Build the bundled TinyDB database, data/oncodir.json, from the hand-kept sources here.

    python data/build.py           # rebuild
    python data/build.py --check   # exit 1 if oncodir.json is out of date

Sources: records/*.json (hospitals and departments, one file per hospital's website, from
../shared/pages and ../shared/seeds), vocabulary.json (cancer types and treatments) and
cities.json (GeoNames coordinates, CC BY 4.0), parts.json (which compound term covers which
parts) and stopwords.json (words that carry no criterion in a question).
Every record is validated first; a record that fails stops the build.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tinydb import TinyDB  # noqa: E402

from oncodir.models import validate  # noqa: E402
from oncodir.vocabulary import Vocabulary  # noqa: E402

TARGET = HERE / "oncodir.json"


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        return json.load(fh)


def load_records() -> list[dict]:
    """Every hand-kept record, file by file in name order."""
    return [r for path in sorted((HERE / "records").glob("*.json")) for r in load(f"records/{path.name}")]


def with_parts(vocabulary: list[dict], parts: dict[str, list[str]]) -> list[dict]:
    """The vocabulary rows with each compound's ``parts`` (parts.json) added to its row."""
    terms = {row["term"] for row in vocabulary}
    unknown = [t for compound, names in parts.items() for t in (compound, *names) if t not in terms]
    if unknown:
        sys.exit(f"parts.json names terms the vocabulary does not have: {', '.join(unknown)}")
    return [{**row, "parts": parts[row["term"]]} if row["term"] in parts else row for row in vocabulary]


def stop_rows(stopwords: dict[str, object]) -> list[dict]:
    """One row per stop word, with its language ('en' or 'zh')."""
    return [{"word": w, "lang": lang} for lang in ("en", "zh") for w in stopwords[lang]]  # type: ignore[attr-defined]


def build(target: Path) -> None:
    records, vocabulary, cities = load_records(), load("vocabulary.json"), load("cities.json")
    vocabulary, stopwords = with_parts(vocabulary, load("parts.json")["parts"]), stop_rows(load("stopwords.json"))
    vocab = Vocabulary.from_rows(vocabulary)
    ids = [r["id"] for r in records]
    hospital_ids = [r["id"] for r in records if r["kind"] == "hospital"]
    problems = [f"{r.get('id')}: {p}" for r in records for p in validate(r, vocab, ids=hospital_ids)]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
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
