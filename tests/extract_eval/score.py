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
  role is right when it matches case-insensitively (or a ``role_alternates`` entry), or both are null.
  ``optional_people`` are neither rewarded nor counted false.

A label whose ``hospital``/``city``/``name`` is null but which has alternates accepts either null or an alternate.

Printed per field: precision (share of extracted values that are right) and recall (share of labelled values
extracted right). The KEY-FIELD ACCURACY is the share of (page, field) pairs exactly right over the eight fields
(lists: same set, ignoring optional terms; people: same names and all roles right).

A FALSE CLAIM is an extracted value the label does not have and does not accept: a hospital, city, cancer,
treatment, beds value, person, role or date that the page does not state. A wrong department name is a wrong field,
not a false claim; so is a value that is merely less precise (a hospital name contained in the labelled one, a
date that is a prefix of the labelled date, the right bed count with another qualifier, a missing role).

The shared folder is ``$ONCODIR_SHARED`` or ``../shared`` beside the repository root.

Usage::

    python tests/extract_eval/score.py [--split tune|heldout|all] [--json] [--labels PATH] [--jobs N]

Exits 0 always; tests assert on the numbers (``--json``: {"accuracy", "false_claims", "fields", ...}).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FIELDS: tuple[str, ...] = ("name", "hospital", "city", "cancers", "treatments", "beds", "people", "updated")
SPLITS: tuple[str, ...] = ("tune", "heldout", "all")
TITLES = {"prof", "professor", "dr", "doctor", "md", "phd", "academician", "mr", "mrs", "ms", "mph", "msc"}

Json = dict[str, Any]


def shared_dir() -> Path:
    """The shared folder: ``$ONCODIR_SHARED``, else ``../shared`` beside the repository root."""
    env = os.environ.get("ONCODIR_SHARED")
    return Path(env) if env else REPO.parent / "shared"


# ---------------------------------------------------------------- normalisation


def _clean(text: str) -> str:
    text = text.replace("\u201a\u00c4\u00f4", "'").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("&", " & ")
    return re.sub(r"\s+", " ", text).strip().lower()


def norm_title(text: str | None) -> str | None:
    """A department or hospital name for comparison: lower case, no leading 'The' / 'Department of'."""
    if text is None:
        return None
    out = _clean(text)
    previous = None
    while previous != out:
        previous = out
        out = re.sub(r"^(the|department of)\s+", "", out)
    out = out.strip(" .,;:-")
    return out or None


def norm_city(text: str | None) -> str | None:
    return _clean(text) or None if text is not None else None


def norm_role(text: str | None) -> str | None:
    if text is None:
        return None
    out = re.sub(r"[-_]", " ", _clean(text))
    return re.sub(r"\s+", " ", out).strip(" .,;:") or None


def person_key(name: str) -> tuple[str, ...]:
    """A person's name as an order-free key: 'Shen, Zhen-Zhou', 'Prof. Zhenzhou Shen' -> ('shen', 'zhenzhou')."""
    words = re.split(r"[\s,]+", name.lower())
    tokens = [re.sub(r"[^a-z\u00c0-\u024f\u4e00-\u9fff]", "", w) for w in words]
    return tuple(sorted(t for t in tokens if t and t not in TITLES))


def norm_beds(beds: Any) -> tuple[Any, str | None] | None:
    if not isinstance(beds, dict) or beds.get("value") is None:
        return None
    qualifier = beds.get("qualifier")
    return (beds["value"], qualifier.strip().lower() if isinstance(qualifier, str) and qualifier.strip() else None)


def show_beds(beds: tuple[Any, str | None] | None) -> str:
    if beds is None:
        return "null"
    return f"{beds[1]} {beds[0]}" if beds[1] else str(beds[0])


# ---------------------------------------------------------------- extraction


@dataclass
class Draft:
    record: Json
    error: str | None = None


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


def draft_updated(record: Json) -> str | None:
    source = record.get("source")
    if isinstance(source, dict) and source.get("updated") is not None:
        return str(source["updated"])
    value = record.get("updated")
    return str(value) if value is not None else None


def draft_terms(record: Json, key: str) -> set[str]:
    values = record.get(key) or []
    return {str(v) for v in values if v}


def draft_people(record: Json) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for person in record.get("people") or []:
        if isinstance(person, dict) and person.get("name"):
            role = person.get("role")
            out.append((str(person["name"]), str(role) if role else None))
        elif isinstance(person, str) and person:
            out.append((person, None))
    return out


# ---------------------------------------------------------------- scoring


@dataclass
class FieldStats:
    extracted: int = 0  # values the draft gave (optional terms/people left out)
    expected: int = 0  # values the label has
    right_extracted: int = 0  # extracted values that are right
    right_expected: int = 0  # labelled values extracted right
    pages: int = 0
    pages_right: int = 0

    def add(self, other: FieldStats) -> None:
        for name in ("extracted", "expected", "right_extracted", "right_expected", "pages", "pages_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> Json:
        return {
            "precision": _ratio(self.right_extracted, self.extracted),
            "recall": _ratio(self.right_expected, self.expected),
            "accuracy": _ratio(self.pages_right, self.pages),
            "extracted": self.extracted,
            "expected": self.expected,
            "right_extracted": self.right_extracted,
            "right_expected": self.right_expected,
            "pages": self.pages,
            "pages_right": self.pages_right,
        }


@dataclass
class PageResult:
    file: str
    split: str
    fields: dict[str, FieldStats] = field(default_factory=dict)
    roles: FieldStats = field(default_factory=FieldStats)
    false_claims: list[Json] = field(default_factory=list)
    wrong: list[Json] = field(default_factory=list)
    error: str | None = None


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _scalar(gold: Any, alternates: Iterable[Any], got: Any) -> tuple[bool, FieldStats]:
    """Score a single-valued field (values already normalised); a null label accepts null or an alternate."""
    accepted = [gold, *alternates] if gold is not None else list(alternates)
    stats = FieldStats(pages=1)
    stats.expected = int(gold is not None)
    if got is None:
        right = gold is None
    else:
        right = got in accepted
        stats.extracted = 1
        stats.right_extracted = int(right)
    stats.right_expected = int(gold is not None and got is not None and right)
    stats.pages_right = int(right)
    return right, stats


def score_page(label: Json, draft: Draft) -> PageResult:
    rec = draft.record
    res = PageResult(label["file"], label.get("split", "tune"), error=draft.error)

    def claim(fld: str, value: Any, why: str = "not stated on the page") -> None:
        res.false_claims.append({"file": res.file, "field": fld, "value": value, "why": why})

    def wrong(fld: str, got: Any, want: Any) -> None:
        res.wrong.append({"file": res.file, "field": fld, "got": got, "want": want})

    # name: a wrong name is a wrong field, never a false claim
    gold_name = norm_title(label.get("name"))
    alts = [norm_title(a) for a in label.get("name_alternates", [])]
    right, res.fields["name"] = _scalar(gold_name, alts, norm_title(rec.get("name")))
    if not right:
        wrong("name", rec.get("name"), label.get("name"))

    # hospital
    gold_h = norm_title(label.get("hospital"))
    alts = [norm_title(a) for a in label.get("hospital_alternates", [])]
    got_h = norm_title(rec.get("hospital"))
    right, res.fields["hospital"] = _scalar(gold_h, alts, got_h)
    if not right:
        wrong("hospital", rec.get("hospital"), label.get("hospital"))
        accepted = [a for a in [gold_h, *alts] if a]
        if got_h is not None and not any(got_h in a or a in got_h for a in accepted):
            claim("hospital", rec.get("hospital"))

    # city
    gold_c = norm_city(label.get("city"))
    alts = [norm_city(a) for a in label.get("city_alternates", [])]
    got_c = norm_city(rec.get("city"))
    right, res.fields["city"] = _scalar(gold_c, alts, got_c)
    if not right:
        wrong("city", rec.get("city"), label.get("city"))
        if got_c is not None:
            claim("city", rec.get("city"))

    # cancers, treatments
    for key in ("cancers", "treatments"):
        gold_set = set(label.get(key, []))
        optional = set(label.get(f"optional_{key}", []))
        got_set = draft_terms(rec, key) - optional
        hits = got_set & gold_set
        res.fields[key] = FieldStats(
            extracted=len(got_set),
            expected=len(gold_set),
            right_extracted=len(hits),
            right_expected=len(hits),
            pages=1,
            pages_right=int(got_set == gold_set),
        )
        for term in sorted(got_set - gold_set):
            claim(key, term)
        if got_set != gold_set:
            wrong(key, sorted(got_set), sorted(gold_set))

    # beds
    gold_b = norm_beds(label.get("beds"))
    alts_b = [norm_beds(b) for b in label.get("beds_alternates", [])]
    got_b = norm_beds(rec.get("beds"))
    right, res.fields["beds"] = _scalar(gold_b, alts_b, got_b)
    if not right:
        wrong("beds", show_beds(got_b), show_beds(gold_b))
        values = [b[0] for b in [gold_b, *alts_b] if b]
        if got_b is not None and got_b[0] not in values:
            claim("beds", show_beds(got_b))

    # people (by name) and their roles
    gold_people = {person_key(p["name"]): p for p in label.get("people", [])}
    optional_people = {person_key(p["name"]): p for p in label.get("optional_people", [])}
    got_people = draft_people(rec)
    stats = FieldStats(expected=len(gold_people), pages=1)
    roles = res.roles
    roles.expected = sum(1 for p in gold_people.values() if p.get("role"))
    seen: set[tuple[str, ...]] = set()
    all_roles_right = True
    for name, role in got_people:
        pkey = person_key(name)
        if pkey in seen:
            continue
        seen.add(pkey)
        person = gold_people.get(pkey) or optional_people.get(pkey)
        if person is None:
            stats.extracted += 1
            claim("people", name)
            if role:
                claim("role", f"{name}: {role}", "person not on the label")
            continue
        accepted_roles = {norm_role(person.get("role")), *(norm_role(r) for r in person.get("role_alternates", []))}
        role_right = norm_role(role) in accepted_roles
        if role and not role_right:
            claim("role", f"{name}: {role}")
        if pkey in gold_people:
            stats.extracted += 1
            stats.right_extracted += 1
            stats.right_expected += 1
            if role:
                roles.extracted += 1
                roles.right_extracted += int(role_right)
            if person.get("role") and role_right and role:
                roles.right_expected += 1
            if not role_right:
                all_roles_right = False
                wrong("role", f"{name}: {role}", person.get("role"))
    missing = [p["name"] for k, p in gold_people.items() if k not in seen]
    extra = [n for n, _ in got_people if person_key(n) not in gold_people and person_key(n) not in optional_people]
    stats.pages_right = int(not missing and not extra and all_roles_right)
    roles.pages, roles.pages_right = 1, int(all_roles_right)
    if missing or extra:
        wrong("people", extra, missing)
    res.fields["people"] = stats

    # updated: a date the page states as its own update/posting date
    gold_u = label.get("updated")
    alts_u = label.get("updated_alternates", [])
    got_u = draft_updated(rec)
    right, res.fields["updated"] = _scalar(gold_u, alts_u, got_u)
    if not right:
        wrong("updated", got_u, gold_u)
        if got_u is not None and not (gold_u and str(gold_u).startswith(got_u)):
            claim("updated", got_u)
    return res


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
        for s in ("tune", "heldout")
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
    args = parser.parse_args(argv)

    labels: list[Json] = json.loads(args.labels.read_text(encoding="utf-8"))
    if args.split != "all":
        labels = [lab for lab in labels if lab.get("split") == args.split]
    pages = shared_dir() / "pages"

    def one(label: Json) -> PageResult:
        page = pages / label["file"]
        draft = run_extract(page) if page.is_file() else Draft({}, f"page not found: {page}")
        return score_page(label, draft)

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
