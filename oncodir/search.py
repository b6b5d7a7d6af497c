"""Search: a query becomes ranked results, each saying why it matched.

Pure functions over a :class:`~oncodir.store.Directory`; no Typer, no Rich.

A query term is looked up in the vocabulary first and then matches the concept and every
narrower one (skin cancer matches melanoma). A term that names a city or province matches
the location. Anything else falls back to word matching over names, aliases, programmes,
people and summaries. All criteria must match (AND). Ranking: exact concept (3) beats a
narrower concept (2) beats a text mention (1); departments come before hospital-wide
statements at equal score; then name and id, so ties are stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from oncodir.errors import UsageError
from oncodir.geo import City, distance_km
from oncodir.models import Record, with_links
from oncodir.store import Directory
from oncodir.text import contains_words, normalise

STRENGTH = {"exact": 3, "narrower": 2, "text": 1, "filter": 3}
FIELD_KINDS = {"cancer": ("cancers",), "treatment": ("treatments",), None: ("cancers", "treatments")}
TEXT_FIELDS = ("name", "aliases", "hospital", "programs", "people", "summary", "notes", "wording")
MAX_PHRASE_WORDS = 6


@dataclass(frozen=True)
class Criterion:
    """One thing a result must match: free text, or text restricted to a field."""

    text: str
    field: str | None = None  # None (anywhere), "cancer", "treatment", "city", "hospital"


@dataclass
class Query:
    criteria: list[Criterion]
    near: str | None = None
    within_km: float | None = None
    limit: int | None = None


@dataclass
class _Plan:
    """A criterion resolved once against the vocabulary and gazetteer."""

    criterion: Criterion
    closure: dict[str, tuple[str, int]] = field(default_factory=dict)  # term -> (query concept, depth)
    fields: tuple[str, ...] = ()
    city: City | None = None
    province: str | None = None
    hospital_ids: set[str] | None = None
    key: str = ""


def group_terms(words: Sequence[str], directory: Directory) -> list[str]:
    """Join neighbouring words that form one known name: ['skin', 'cancer'] -> ['skin cancer']."""
    vocab, gaz = directory.vocabulary, directory.gazetteer
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_PHRASE_WORDS), i, -1):
            phrase = " ".join(words[i:j])
            if j == i + 1 or vocab.resolve(phrase) or gaz.city(phrase) or gaz.province(phrase):
                out.append(phrase)
                i = j
                break
    return out


def _record_text(record: Record, name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return normalise(value)
    parts: list[str] = []
    items: Iterable[Any] = value.values() if isinstance(value, dict) else value
    for item in items:
        if isinstance(item, dict):
            parts.extend(str(v) for v in item.values() if isinstance(v, (str, int)))
        else:
            parts.append(str(item))
    return normalise(" | ".join(parts))


def _plan(criterion: Criterion, directory: Directory) -> _Plan:
    plan = _Plan(criterion, key=normalise(criterion.text))
    if not plan.key:
        raise UsageError("an empty search term matches nothing; give a word to look for")
    if criterion.field == "hospital":
        plan.hospital_ids = set()
        for rec in directory.records:
            if rec.get("kind") != "hospital":
                continue
            names = [rec.get("name") or "", *(rec.get("aliases") or [])]
            if plan.key == normalise(str(rec.get("id"))) or any(
                contains_words(normalise(str(n)), plan.key) for n in names
            ):
                plan.hospital_ids.add(str(rec["id"]))
        return plan
    if criterion.field in (None, "city"):
        plan.city = directory.gazetteer.city(criterion.text)
        if plan.city is None:
            plan.province = directory.gazetteer.province(criterion.text)
        if plan.city or plan.province or criterion.field == "city":
            return plan
    kind = criterion.field if criterion.field in ("cancer", "treatment") else None
    plan.fields = FIELD_KINDS[kind]
    vocab = directory.vocabulary
    for concept in vocab.resolve(criterion.text, kind):
        for term, depth in vocab.narrower(concept).items():
            if term not in plan.closure or depth < plan.closure[term][1]:
                plan.closure[term] = (concept, depth)
    return plan


def _match(record: Record, plan: _Plan, hospitals: dict[str, Record]) -> list[dict[str, Any]]:
    query = plan.criterion.text
    if plan.hospital_ids is not None:
        hid = record.get("id") if record.get("kind") == "hospital" else record.get("hospital_id")
        if hid in plan.hospital_ids:
            name = hospitals[hid].get("name", hid) if hid in hospitals else hid
            return [{"field": "hospital", "term": name, "query": query, "match": "filter"}]
        return []
    if plan.city is not None:
        if normalise(str(record.get("city") or "")) == normalise(plan.city.name):
            return [{"field": "city", "term": plan.city.name, "query": query, "match": "filter"}]
        return []
    if plan.province is not None:
        if normalise(str(record.get("province") or "")) == normalise(plan.province):
            return [{"field": "province", "term": plan.province, "query": query, "match": "filter"}]
        return []
    if plan.criterion.field == "city":
        city = normalise(str(record.get("city") or ""))
        if city and city == plan.key:
            return [{"field": "city", "term": record["city"], "query": query, "match": "filter"}]
        return []
    if plan.closure:
        reasons = []
        for fname in plan.fields:
            for term in record.get(fname) or []:
                if term in plan.closure:
                    concept, depth = plan.closure[term]
                    reasons.append(
                        {
                            "field": fname,
                            "term": term,
                            "query": query,
                            "concept": concept,
                            "match": "exact" if depth == 0 else "narrower",
                        }
                    )
        return reasons
    if plan.criterion.field in ("cancer", "treatment"):
        # An unknown term restricted to a field: look in that field's terms and wording only.
        fname = plan.fields[0]
        wording = record.get("wording") or {}
        for term in record.get(fname) or []:
            if contains_words(normalise(f"{term} {wording.get(term, '')}"), plan.key):
                return [{"field": fname, "term": term, "query": query, "match": "text"}]
        return []
    for fname in TEXT_FIELDS:
        if contains_words(_record_text(record, fname), plan.key):
            return [{"field": fname, "query": query, "match": "text"}]
    return []


def _sort_key(hit: dict[str, Any]) -> tuple[Any, ...]:
    distance = hit.get("distance_km")
    return (
        distance if distance is not None else float("inf"),
        -hit["score"],
        0 if hit.get("kind") == "department" else 1,
        str(hit.get("name", "")).casefold(),
        str(hit.get("id", "")),
    )


def find(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """Records matching every criterion, ranked, each with ``matched`` and ``score``."""
    if not query.criteria and query.near is None:
        raise UsageError("give a search term or an option such as --cancer or --city")
    plans = [_plan(c, directory) for c in query.criteria]
    origin: City | None = None
    if query.near is not None:
        origin = directory.gazetteer.city(query.near)
        if origin is None:
            raise UsageError(f"unknown city {query.near!r} for --near; see 'oncodir list cities'")
    hospitals = {str(r["id"]): r for r in directory.records if r.get("kind") == "hospital"}
    hits = []
    for record in directory.records:
        reasons: list[dict[str, Any]] = []
        score = 0
        for plan in plans:
            found = _match(record, plan, hospitals)
            if not found:
                break
            reasons.extend(found)
            score += max(STRENGTH[r["match"]] for r in found)
        else:
            mine = record.get("id") in directory.user_ids
            hit = {**with_links(record), "matched": reasons, "score": score, "origin": "user" if mine else "bundled"}
            if origin is not None:
                city = directory.gazetteer.city(str(record.get("city") or ""))
                if city is None:
                    continue  # no location to measure from: cannot be "near"
                hit["distance_km"] = round(distance_km(origin, city), 1)
                if query.within_km is not None and hit["distance_km"] > query.within_km:
                    continue
            hits.append(hit)
    hits.sort(key=_sort_key)
    return hits[: query.limit] if query.limit is not None else hits


def suggestions(directory: Directory, text: str, limit: int = 3) -> list[str]:
    """Close vocabulary terms, names and cities for a query that found nothing."""
    from rapidfuzz import fuzz, process, utils  # imported only when a search fails

    choices = set(directory.vocabulary.names()) | set(directory.gazetteer.names())
    for rec in directory.records:
        choices.add(str(rec.get("name") or ""))
        choices.update(str(a) for a in rec.get("aliases") or [])
    choices.discard("")
    found = process.extract(
        text,
        sorted(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=86,
        limit=limit * 3,
    )
    out: list[str] = []
    for name, _score, _ in found:
        canonical = directory.vocabulary.canonical(name) or name
        if canonical not in out and normalise(canonical) != normalise(text):
            out.append(canonical)
    return out[:limit]
