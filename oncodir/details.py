"""A record's facts as labelled lines, and how old its source is: shared by the Rich detail
view, the plain text ``show`` prints into a pipe or on TERM=dumb, and the find table's footer.

No Rich here: piped ``show`` prints this text without importing it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from oncodir.models import NOT_STATED, person_text, program_text, quantity_text
from oncodir.output import DISCLAIMER

Fact = tuple[str, list[str]]  # a label and its lines; no lines: not stated


def place(record: Mapping[str, Any]) -> list[str]:
    """'Beijing, China': city, province and country as one line ([] when none is stated)."""
    # dict.fromkeys drops the repeat in "Beijing, Beijing" (a city that is its own province).
    place = ", ".join(dict.fromkeys(str(record[k]) for k in ("city", "province", "country") if record.get(k)))
    return [place] if place else []


def _terms(record: Mapping[str, Any], fname: str) -> list[str]:
    wording = record.get("wording") or {}
    return [f"{term} (source: {wording[term]})" if term in wording else str(term) for term in record.get(fname) or []]


def _counts(record: Mapping[str, Any], fname: str) -> list[str]:
    return [f"{k}: {quantity_text(v)}" for k, v in (record.get(fname) or {}).items()]


def _programmes(record: Mapping[str, Any]) -> list[str]:
    lines = []
    for p in record.get("programs") or []:
        line = program_text(p)
        if isinstance(p, Mapping) and p.get("summary"):
            line += f": {p['summary']}"
        lines.append(line)
    return lines


def source_dates(source: Mapping[str, Any]) -> str:
    """'page retrieved 2026-11-27; the page's own date: 2020-03', or '...; the page states no date'."""
    retrieved = source.get("retrieved")
    said = f"the page's own date: {source['updated']}" if source.get("updated") else "the page states no date"
    return f"page retrieved {retrieved}; {said}" if retrieved else said


def source_of(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record's source object ({} when it has none, or something else in its place)."""
    source = record.get("source")
    return source if isinstance(source, Mapping) else {}


def source_lines(record: Mapping[str, Any], *, dates: bool = True) -> list[str]:
    """The source document, its page title and URL, and (``dates``) how old it is."""
    source = source_of(record)
    if not source:
        return []
    lines = [str(source.get("document") or NOT_STATED)]
    if source.get("title"):
        lines.append(f"page: {source['title']}")
    if source.get("url"):
        lines.append(str(source["url"]))
    if dates:
        lines.append(source_dates(source))
    return lines


def _references(record: Mapping[str, Any]) -> list[str]:
    return [
        f"{', '.join(r.get('fields', []))}: {r.get('name')}" + (f" <{r['url']}>" if r.get("url") else "")
        for r in record.get("references") or []
        if isinstance(r, Mapping)
    ]


def one(value: Any) -> list[str]:
    """A single value as its one line, or no line when it is not stated."""
    return [str(value)] if value not in (None, "", [], {}) else []


def facts(record: Mapping[str, Any]) -> list[Fact]:
    """Every fact of a record, one labelled entry each, in the order people read them."""
    rows: list[Fact] = []
    if record.get("kind") == "department":
        hospital, hid = record.get("hospital"), record.get("hospital_id")
        rows.append(("Hospital", [f"{hospital} ({hid})"] if hospital and hid else one(hospital)))
    rows += [
        ("Also known as", [str(a) for a in record.get("aliases") or []]),
        ("Location", place(record)),
        ("Cancers", _terms(record, "cancers")),
        ("Treatments", _terms(record, "treatments")),
        ("Summary", one(record.get("summary"))),
        ("Beds", [quantity_text(record["beds"])] if record.get("beds") else []),
        ("Staff", _counts(record, "staff")),
        ("People", [person_text(p) for p in record.get("people") or []]),
        ("Established", one(record.get("established"))),
        ("Patients a year", _counts(record, "annual_patients")),
        ("Programmes", _programmes(record)),
        ("Notes", [str(n) for n in record.get("notes") or []]),
        ("Source", source_lines(record)),
    ]
    refs = _references(record)
    if refs:
        rows.append(("Other references", refs))
    return rows


def title(record: Mapping[str, Any]) -> tuple[str, str]:
    return str(record.get("name")), f"{record.get('kind', 'record')} · {record.get('id')}"


def plain(record: Mapping[str, Any], departments: Sequence[Mapping[str, Any]], user: bool) -> str:
    """The whole detail view as plain text: no colour, no borders, every fact, the departments."""
    name, kind = title(record)
    lines = [f"{name}  {kind}" + (" (your record)" if user else "")]
    for label, values in facts(record):
        values = values or [NOT_STATED]
        lines.append(f"{label}: {values[0]}")
        lines.extend(f"  {v}" for v in values[1:])
    if record.get("kind") == "hospital":
        if departments:
            lines.append(f"Departments ({len(departments)}):")
            lines.extend(f"  {d.get('name')} ({d.get('id')})" for d in departments)
        else:
            lines.append("Departments: none in the directory")
    lines.append(DISCLAIMER)
    return "\n".join(lines) + "\n"


def age_summary(records: Iterable[Mapping[str, Any]]) -> str:
    """How old the sources are: 'sources dated 2008-2020; 61 undated, retrieved 2026-11-27'."""
    years: list[str] = []
    undated = 0
    retrieved: set[str] = set()
    for r in records:
        source = source_of(r)
        if source.get("updated"):
            years.append(str(source["updated"])[:4])
        else:
            undated += 1
            if source.get("retrieved"):
                retrieved.add(str(source["retrieved"]))
    parts = []
    if years:
        low, high = min(years), max(years)
        parts.append(f"sources dated {low}" if low == high else f"sources dated {low}–{high}")
    if undated:
        when = f", retrieved {', '.join(sorted(retrieved))}" if 0 < len(retrieved) <= 2 else ""
        parts.append(f"{undated:,} undated{when}")
    return "; ".join(parts) or "sources not stated"
