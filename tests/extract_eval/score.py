"""Score ``oncodir extract`` against the hand-written labels in ``labels.json``.

Each label says what one department page in the shared ``pages/`` folder STATES (nothing inferred). For every
label this script runs ``python -m oncodir extract PAGE --format json`` in a subprocess (it imports nothing from
``oncodir``) and compares the draft with the label, field by field:

* ``name``, ``hospital``: compared case-insensitively after stripping a leading "The" / "Department of" (and
  normalising spaces, '&' spacing and curly apostrophes); ``*_alternates`` are accepted too.
* ``city``, ``updated`` (the draft's ``source.updated``): exact (case-insensitive for city).
* ``beds``: value and qualifier (a missing qualifier is null); ``beds_alternates`` accepted.
* ``cancers``, ``treatments``: per item; ``optional_*`` terms are neither rewarded nor counted false.
* ``people``: per person, matched by name (order, case, commas, hyphens and titles such as "Prof." ignored); a
  role is right when it matches case-insensitively (or a ``role_alternates`` entry; a plural is the same role:
  "Deputy Directors"), or both are null.
  ``optional_people`` are neither rewarded nor counted false.

A label whose ``hospital``/``city``/``name`` is null but which has alternates accepts either null or an alternate.

THE IDENTIFIED HOSPITAL'S RECORD. Issue 10 lets a draft take its city and province "from the record of the hospital
it identified", and the draft names that hospital by the directory's name. So when the draft's ``hospital_id`` is a
hospital in the directory (read once with ``python -m oncodir export --all``) and that hospital IS the label's
hospital - its directory name or one of its aliases equals the label's ``hospital`` or one of its
``hospital_alternates`` (normalised as above) - then:

* ``hospital``: the directory's name or any of its aliases counts as right ("Hainan Cancer Hospital" for a page
  saying "Hainan Provincial Cancer Hospital");
* ``city``: the record's city counts as right, but only if the draft's ``province`` (when it gives one) is the
  record's province too; any other city is judged against the label as usual.

When the draft identified another hospital, or none, or the label's hospital is null, the label alone decides. A
province is otherwise not scored (labels hold no province).

Printed per field: precision (share of extracted values that are right) and recall (share of labelled values
extracted right). The KEY-FIELD ACCURACY is the share of (page, field) pairs exactly right over the eight fields
(lists: same set, ignoring optional terms; people: same names and all roles right).

A FALSE CLAIM is an extracted value the label does not have and does not accept: a hospital, city, cancer,
treatment, beds value, person, role or date that the page does not state. A wrong department name is a wrong field,
not a false claim; so is a value that is merely less precise (a hospital name contained in the labelled one, a
date that is a prefix of the labelled date, the right bed count with another qualifier, a missing role).

The shared folder is ``$ONCODIR_SHARED`` or ``../shared`` beside the repository root.

Usage::

    python tests/extract_eval/score.py [--split tune|heldout|tune2|final|tune3|final2|all]
        [--json] [--labels PATH] [--jobs N] [--pages DIR]

    # the invented pages of synthetic/ (written and labelled by people who never ran extract)
    python tests/extract_eval/score.py --labels tests/extract_eval/synthetic/labels.json \
        --pages tests/extract_eval/synthetic/pages [--split synthetic|...|synthetic33|all]

Exits 0 always; tests assert on the numbers (``--json``: {"accuracy", "false_claims", "fields", ...}).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # compare.py beside this script

from compare import Draft, FieldStats, Json, PageResult, _ratio, score_page

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FIELDS: tuple[str, ...] = ("name", "hospital", "city", "cancers", "treatments", "beds", "people", "updated")
SPLITS: tuple[str, ...] = (
    "tune", "heldout", "tune2", "final", "tune3", "final2",
    "synthetic", "synthetic2", "synthetic3", "synthetic4", "synthetic5", "synthetic6", "synthetic7", "synthetic8",
    "synthetic9", "synthetic10", "synthetic11", "synthetic12",
    "synthetic13", "synthetic14", "synthetic15", "synthetic16", "synthetic17", "synthetic18",
    "synthetic19", "synthetic20", "synthetic21", "synthetic22", "synthetic23", "synthetic24",
    "synthetic25", "synthetic26", "synthetic27", "synthetic28", "synthetic29", "synthetic30", "synthetic31",
    "synthetic32", "synthetic33", "all",
)  # fmt: skip


def shared_dir() -> Path:
    """The shared folder: ``$ONCODIR_SHARED``, else ``../shared`` beside the repository root."""
    env = os.environ.get("ONCODIR_SHARED")
    return Path(env) if env else REPO.parent / "shared"


# ---------------------------------------------------------------- extraction


def run_extract(page: Path, timeout: float = 120.0) -> Draft:
    """Run ``python -m oncodir extract PAGE --format json`` and return its (first) record."""
    cmd = [sys.executable, "-m", "oncodir", "extract", str(page), "--format", "json"]
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Draft({}, f"could not run extract: {exc}")
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
        return Draft({}, f"extract exited {proc.returncode}: {tail[0]}")
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        return Draft({}, f"extract printed no JSON: {exc}")
    if isinstance(data, list):
        data = data[0] if data else {}
    if not isinstance(data, dict):
        return Draft({}, "extract printed JSON that is not a record")
    return Draft(data)


def directory_hospitals(timeout: float = 120.0) -> dict[str, Json]:
    """The directory's hospital records by id (``python -m oncodir export --all``); empty if that fails."""
    cmd = [sys.executable, "-m", "oncodir", "export", "--all", "--format", "json"]
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
        records = json.loads(proc.stdout) if proc.returncode == 0 else []
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError):
        return {}
    return {str(r["id"]): r for r in records if isinstance(r, dict) and r.get("kind") == "hospital" and r.get("id")}


# ---------------------------------------------------------------- reporting


def aggregate(results: Sequence[PageResult]) -> Json:
    totals = {f: FieldStats() for f in FIELDS}
    roles = FieldStats()
    for res in results:
        for f in FIELDS:
            totals[f].add(res.fields[f])
        roles.add(res.roles)
    pairs = sum(t.pages for t in totals.values())
    right = sum(t.pages_right for t in totals.values())
    fields = {f: totals[f].summary() for f in FIELDS}
    fields["people.role"] = roles.summary()
    return {
        "labels": len(results),
        "accuracy": _ratio(right, pairs),
        "fields": fields,
        "false_claims": [c for res in results for c in res.false_claims],
    }


def report(results: Sequence[PageResult], split: str) -> Json:
    out = aggregate(results)
    out["split"] = split
    out["false_claim_count"] = len(out["false_claims"])
    out["accuracy_by_split"] = {
        s: aggregate([r for r in results if r.split == s])["accuracy"]
        for s in SPLITS[:-1]
        if any(r.split == s for r in results)
    }
    ranked = [(f, v["accuracy"]) for f, v in out["fields"].items() if f in FIELDS and v["accuracy"] is not None]
    out["worst_fields"] = [f for f, _ in sorted(ranked, key=lambda fa: fa[1])[:3]]
    out["wrong"] = [w for res in results for w in res.wrong]
    out["errors"] = [{"file": r.file, "error": r.error} for r in results if r.error]
    return out


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def print_text(out: Json) -> None:
    print(f"oncodir extract vs labels.json - split {out['split']}: {out['labels']} pages")
    print()
    print(f"{'field':<12} {'precision':>10} {'recall':>8} {'accuracy':>9}   right/extracted  right/expected")
    for name, stats in out["fields"].items():
        print(
            f"{name:<12} {_pct(stats['precision']):>10} {_pct(stats['recall']):>8} {_pct(stats['accuracy']):>9}"
            f"   {stats['right_extracted']:>5}/{stats['extracted']:<9} {stats['right_expected']:>5}/{stats['expected']}"
        )
    print()
    print(f"key-field accuracy: {_pct(out['accuracy'])}", end="")
    by_split = ", ".join(f"{s} {_pct(a).strip()}" for s, a in out["accuracy_by_split"].items())
    print(f"   ({by_split})" if by_split else "")
    print(f"worst fields: {', '.join(out['worst_fields'])}")
    print()
    print(f"false claims: {out['false_claim_count']}")
    for c in out["false_claims"]:
        print(
            f"  {c['file']}: {c['field']}: {c['value']!r}"
            + ("" if c["why"] == "not stated on the page" else f" ({c['why']})")
        )
    if out["errors"]:
        print()
        print(f"extraction errors: {len(out['errors'])}")
        for e in out["errors"]:
            print(f"  {e['file']}: {e['error']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="all", help="which labels to score (default: all)")
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.json", help="labels file")
    parser.add_argument("--jobs", type=int, default=min(8, os.cpu_count() or 1), help="parallel extract runs")
    parser.add_argument(
        "--pages", type=Path, default=None, help="folder of the labelled pages (default: the shared pages/ folder)"
    )
    args = parser.parse_args(argv)

    labels: list[Json] = json.loads(args.labels.read_text(encoding="utf-8"))
    if args.split != "all":
        labels = [lab for lab in labels if lab.get("split") == args.split]
    pages = args.pages or shared_dir() / "pages"
    hospitals = directory_hospitals()

    def one(label: Json) -> PageResult:
        page = pages / label["file"]
        draft = run_extract(page) if page.is_file() else Draft({}, f"page not found: {page}")
        return score_page(label, draft, hospitals)

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(one, labels))
    out = report(results, args.split)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print_text(out)
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # the scorer always exits 0; tests assert on its numbers
        print(f"score.py: {exc}", file=sys.stderr)
    sys.exit(0)
