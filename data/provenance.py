"""Provenance of the bundled records: every fact can be found in the text the record cites.

    python data/provenance.py                      # check every file in data/records/
    python data/provenance.py data/records/x.json  # check some files (and their links)

A record cites its ``source`` document and any ``references`` that name a ``document``; the
texts are the page copies in ../shared/pages (listed with their URLs in MANIFEST.tsv) and the
seed documents in ../shared/seeds. For every record this proves that each count (beds, staff,
yearly patients) and the founding year appear in the cited text, that each ``wording`` phrase
(several separated by '; ') and each person's name appear
in it, that a cited page's URL is the one MANIFEST.tsv gives,
and that the summary is written in our own words (no run of ten words copied from the page).
Set ONCODIR_SHARED to use a ``shared`` folder elsewhere than beside the repository.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("ONCODIR_SHARED") or HERE.parent.parent / "shared")
COPIED_WORDS = 10  # a summary sharing this many words in a row with its page copied a sentence
_NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty",
    30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
    100: "hundred",
}  # fmt: skip


def plain(text: str) -> str:
    """Text compared loosely: compatibility forms (Ⅲ is III), case and runs of spaces ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def manifest() -> dict[str, dict[str, str]]:
    """MANIFEST.tsv rows by file name ({} when the pages are not beside the repository)."""
    path = SHARED / "pages" / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


@cache
def document_text(name: str) -> str | None:
    for folder in ("pages", "seeds"):
        path = SHARED / folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


@cache
def page_of_seed(seed: str) -> str | None:
    """The page file whose text the seed document begins with (the seeds hold whole pages)."""
    text = document_text(seed)
    if text is None:
        return None
    whole = plain(text)
    for name in manifest():
        start = plain(document_text(name) or "")[:300]
        if start and whole.startswith(start):
            return name
    return None


def cited_documents(record: Mapping[str, Any]) -> list[str]:
    docs = [str((record.get("source") or {}).get("document") or "")]
    docs += [str(r["document"]) for r in record.get("references") or [] if isinstance(r, Mapping) and r.get("document")]
    return [d for d in dict.fromkeys(docs) if d]


def number_found(value: int, text: str) -> bool:
    """Whether a count appears in the text: 1850 as 1850, 1,850 or 1, 850; small ones as words."""
    digits = str(value)
    grouped = f"{value:,}".replace(",", r"[,，]\s?")
    pattern = rf"(?<![\d.]){grouped}(?![\d])|(?<![\d.,]){digits}(?![\d])"
    if re.search(pattern, text):
        return True
    word = _NUMBER_WORDS.get(value)
    return word is not None and re.search(rf"\b{word}\b", text, re.IGNORECASE) is not None


def counts(record: Mapping[str, Any]) -> Iterable[tuple[str, int]]:
    beds = record.get("beds")
    if isinstance(beds, Mapping) and isinstance(beds.get("value"), int):
        yield "beds", beds["value"]
    for group in ("staff", "annual_patients"):
        for key, q in (record.get(group) or {}).items():
            if isinstance(q, Mapping) and isinstance(q.get("value"), int):
                yield f"{group}.{key}", q["value"]
    established = record.get("established")
    if isinstance(established, str) and established[:4].isdigit():
        yield "established", int(established[:4])


def copied_run(summary: str, text: str) -> str | None:
    words = plain(summary).split()
    page = " " + " ".join(re.findall(r"\w+", plain(text))) + " "
    for i in range(len(words) - COPIED_WORDS + 1):
        run = " ".join(re.findall(r"\w+", " ".join(words[i : i + COPIED_WORDS])))
        if len(run.split()) >= COPIED_WORDS and f" {run} " in page:
            return run
    return None


def url_problems(record: Mapping[str, Any]) -> list[str]:
    problems = []
    cited = [("source", record.get("source") or {})]
    cited += [("references", r) for r in record.get("references") or [] if isinstance(r, Mapping) and r.get("document")]
    for where, item in cited:
        doc = str(item.get("document") or "")
        page = doc if doc in manifest() else page_of_seed(doc)
        if page is None:
            continue
        want = manifest()[page]["url"]
        if item.get("url") != want:
            problems.append(f"{where}: {doc} is {want} in MANIFEST.tsv, not {item.get('url')!r}")
    return problems


def record_problems(record: Mapping[str, Any]) -> list[str]:
    """What in one record cannot be found in the documents it cites."""
    docs = cited_documents(record)
    texts = [document_text(d) for d in docs]
    missing = [d for d, t in zip(docs, texts, strict=True) if t is None]
    if missing or not docs:
        return [f"source: cannot read {', '.join(missing) or 'any cited document'} under {SHARED}"]
    text = "\n".join(t for t in texts if t)
    flat = plain(text)
    problems = url_problems(record)
    problems += [
        f"{field}: {value} is not in the cited text" for field, value in counts(record) if not number_found(value, text)
    ]
    for term, wording in (record.get("wording") or {}).items():
        for phrase in str(wording).split("; "):  # several of the page's phrases for one term
            if plain(phrase) not in flat:
                problems.append(f"wording.{term}: {phrase!r} is not in the cited text")
    for person in record.get("people") or []:
        if plain(str(person.get("name") or "")) not in flat:
            problems.append(f"people: {person.get('name')!r} is not in the cited text")
    source_text = document_text(docs[0]) or ""
    run = copied_run(str(record.get("summary") or ""), source_text)
    if run:
        problems.append(f"summary: copies the page ({run!r}); write it in our own words")
    return problems


def unused_pages() -> dict[str, str]:
    """Pages deliberately not turned into records, with the reason (data/unused_pages.tsv)."""
    with open(HERE / "unused_pages.tsv", encoding="utf-8", newline="") as fh:
        return {row["file"]: row["reason"] for row in csv.DictReader(fh, delimiter="\t")}


def coverage_problems(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every page in MANIFEST.tsv is cited by a record or listed as unused, not both."""
    cited = {d for r in records for d in cited_documents(r)}
    cited |= {p for d in list(cited) if (p := page_of_seed(d))}
    unused = unused_pages()
    problems = [
        f"{name}: neither cited by a record nor listed in unused_pages.tsv"
        for name in manifest()
        if name not in cited and name not in unused
    ]
    problems += [f"{name}: in unused_pages.tsv but cited by a record" for name in unused if name in cited]
    problems += [f"{name}: in unused_pages.tsv but not in MANIFEST.tsv" for name in unused if name not in manifest()]
    return problems


def all_problems(records: list[dict[str, Any]]) -> list[str]:
    """Every record's provenance problems and the pages' coverage, as lines for the build."""
    if not manifest():
        return [f"provenance: the page copies are not at {SHARED / 'pages'}; set ONCODIR_SHARED"]
    problems = [f"{r.get('id')}: {p}" for r in records for p in record_problems(r)]
    return problems + coverage_problems(records)


def load_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [r for p in paths for r in json.loads(p.read_text(encoding="utf-8"))]


def main(argv: list[str]) -> int:
    """Check some record files (their shape, terms, links and provenance), or all of them."""
    sys.path.insert(0, str(HERE.parent))
    from oncodir.checks import check_bundled

    everything = load_records(sorted((HERE / "records").glob("*.json")))
    chosen = load_records(Path(a) for a in argv) if argv else everything
    vocabulary = json.loads((HERE / "vocabulary.json").read_text(encoding="utf-8"))
    mine = {str(r.get("id")) for r in chosen}
    # Links and repeated ids need every record; report only the lines about the chosen ones.
    shape = check_bundled({"records": everything, "vocabulary": vocabulary})
    problems = [p for p in shape if not argv or any(f"({rid})" in p for rid in mine)]
    problems += [f"{r.get('id')}: {p}" for r in chosen for p in record_problems(r)]
    if not argv:
        problems += coverage_problems(everything)
    print("\n".join(problems) or f"ok: {len(chosen)} records")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
