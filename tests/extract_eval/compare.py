"""Comparing one draft with one label, field by field (the rules are in score.py's docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

FIELDS: tuple[str, ...] = ("name", "hospital", "city", "cancers", "treatments", "beds", "people", "updated")
TITLES = {"prof", "professor", "dr", "doctor", "md", "phd", "academician", "mr", "mrs", "ms", "mph", "msc"}

Json = dict[str, Any]


@dataclass
class Draft:
    record: Json
    error: str | None = None


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
    out = re.sub(r"\s+", " ", out).strip(" .,;:")
    return re.sub(r"(?<=\w{3}[^s])s$", "", out) or None  # a heading's plural is the role: "Deputy Directors"


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


def identified_hospital(label: Json, rec: Json, hospitals: dict[str, Json] | None) -> Json | None:
    """The directory record of the hospital the draft identified, if that hospital is the label's hospital."""
    record = (hospitals or {}).get(str(rec.get("hospital_id")))
    if record is None or label.get("hospital") is None:
        return None
    theirs = {norm_title(n) for n in [record.get("name"), *(record.get("aliases") or [])] if isinstance(n, str)}
    ours = {norm_title(n) for n in [label["hospital"], *label.get("hospital_alternates", [])]}
    return record if theirs & ours - {None} else None


def _from_record(record: Json | None, rec: Json) -> tuple[list[str | None], list[str | None]]:
    """Hospital names and the city the identified hospital's record lets the draft give (see score.py)."""
    if record is None:
        return [], []
    names = [norm_title(n) for n in [record.get("name"), *(record.get("aliases") or [])] if isinstance(n, str)]
    province = rec.get("province")
    same_province = province is None or norm_city(province) == norm_city(record.get("province"))
    cities = [norm_city(record.get("city"))] if record.get("city") and same_province else []
    return names, cities


def score_page(label: Json, draft: Draft, hospitals: dict[str, Json] | None = None) -> PageResult:
    rec = draft.record
    res = PageResult(label["file"], label.get("split", "tune"), error=draft.error)
    record_names, record_cities = _from_record(identified_hospital(label, rec, hospitals), rec)

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
    alts = [norm_title(a) for a in label.get("hospital_alternates", [])] + record_names
    got_h = norm_title(rec.get("hospital"))
    right, res.fields["hospital"] = _scalar(gold_h, alts, got_h)
    if not right:
        wrong("hospital", rec.get("hospital"), label.get("hospital"))
        accepted = [a for a in [gold_h, *alts] if a]
        if got_h is not None and not any(got_h in a or a in got_h for a in accepted):
            claim("hospital", rec.get("hospital"))

    # city
    gold_c = norm_city(label.get("city"))
    alts = [norm_city(a) for a in label.get("city_alternates", [])] + record_cities
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

    _score_people(label, rec, res, claim, wrong)

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


def _score_people(label: Json, rec: Json, res: PageResult, claim: Any, wrong: Any) -> None:
    """People by name, and their roles: a person not on the label and a wrong role are false claims."""
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
