"""Search: a query becomes ranked results, each saying why it matched, or why nothing did.

Pure functions over a :class:`~oncodir.directory.Directory`; no Typer, no Rich. The query
itself is built from what was typed by :mod:`oncodir.query`.

A query term is looked up in the vocabulary first and then matches the concept and every
narrower one (skin cancer matches melanoma). A term that names a city or province matches
the location. Anything else falls back to word matching over names, aliases, programmes,
people and summaries. All criteria must match (AND). Ranking: exact concept (3) beats a
narrower concept (2) beats a text mention (1); departments come before hospital-wide
statements at equal score; then name and id, so ties are stable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from oncodir.directory import Directory, hospitals, names, origin
from oncodir.errors import NoResults, UsageError
from oncodir.geo import City, distance_km
from oncodir.models import SEARCHED, Record, record_text, with_links
from oncodir.query import Criterion, Query, describe
from oncodir.text import contains_words, normalise
from oncodir.vocabulary import spellings

STRENGTH = {"exact": 3, "narrower": 2, "text": 1, "filter": 3}
FIELD_KINDS = {"cancer": ("cancers",), "treatment": ("treatments",), None: ("cancers", "treatments")}


class _Plan:
    """A criterion resolved once against the vocabulary and gazetteer.

    A plain class: defining a dataclass costs about a millisecond at every start-up.
    """

    __slots__ = ("cities", "closure", "criterion", "fields", "hospital_ids", "key", "province", "text_keys")

    def __init__(self, criterion: Criterion, key: str = "") -> None:
        self.criterion = criterion
        self.key = key
        self.closure: dict[str, tuple[str, int]] = {}  # term -> (query concept, depth)
        self.fields: tuple[str, ...] = ()
        self.cities: list[City] = []
        self.province: str | None = None
        self.hospital_ids: set[str] | None = None
        self.text_keys: list[str] = []  # the key and its other spellings


def answer(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """The ranked results (:func:`find`); when there are none, NoResults saying why."""
    hits = find(directory, query)
    if not hits:
        raise nothing_matches(directory, query)
    return hits


def nothing_matches(directory: Directory, query: Query) -> NoResults:
    """Why a query found nothing, with "did you mean" suggestions for its words."""
    from oncodir.suggest import suggestions  # only when nothing matched

    criteria = query.criteria
    close = [
        s for c in criteria if c.field in (None, "cancer", "treatment", "city") for s in suggestions(directory, c.text)
    ]
    terms = [
        t for c in criteria if c.field in (None, "cancer", "treatment") for t in directory.vocabulary.resolve(c.text)
    ]
    if len(criteria) == 1 and terms:  # a real term, spelt right: the sources just do not name it
        message = f"no department or hospital in the directory lists {' or '.join(terms)}"
    else:
        message = f"nothing matches {describe(query) or 'that'}"
    return NoResults(f"{message}; try 'oncodir list cancers' or 'oncodir list treatments'", close)


def _plan(criterion: Criterion, directory: Directory) -> _Plan:
    plan = _Plan(criterion, key=normalise(criterion.text))
    if not plan.key:
        raise UsageError("an empty search term matches nothing; give a word to look for")
    if criterion.field == "hospital":
        plan.hospital_ids = _hospitals_named(directory, plan.key)
        return plan
    kind = criterion.field if criterion.field in ("cancer", "treatment") else None
    vocab = directory.vocabulary
    concepts = vocab.resolve(criterion.text, kind)
    if criterion.field == "city" or (criterion.field is None and not concepts):
        plan.cities = directory.gazetteer.lookup(criterion.text)
        if not plan.cities:
            plan.province = directory.gazetteer.province(criterion.text)
        if plan.cities or plan.province or criterion.field == "city":
            return plan
    plan.fields = FIELD_KINDS[kind]
    plan.text_keys = spellings(criterion.text)
    for concept in concepts:
        for term, depth in vocab.narrower(concept).items():
            if term not in plan.closure or depth < plan.closure[term][1]:
                plan.closure[term] = (concept, depth)
    return plan


def resolve_criterion(criterion: Criterion, directory: Directory) -> _Plan:
    """A criterion resolved exactly as :func:`find` resolves it: the query index
    (:mod:`oncodir.narrow`) narrows records by the same plan."""
    return _plan(criterion, directory)


def _hospitals_named(directory: Directory, key: str) -> set[str]:
    """Ids of the hospitals an id, a name or an alias (or words of one) given as ``key`` means."""
    return {
        str(rec["id"])
        for rec in hospitals(directory.records)
        if key == normalise(str(rec.get("id"))) or any(contains_words(normalise(n), key) for n in names(rec))
    }


def _place(record: Record, directory: Directory, seen: dict[int, City | None]) -> City | None:
    """The gazetteer city of a record (its city, told apart by province), looked up once."""
    key = id(record)
    if key not in seen:
        city = record.get("city")
        seen[key] = directory.gazetteer.locate(str(city), record.get("province")) if city else None
    return seen[key]


Reasons = list[dict[str, Any]]


def _match(
    record: Record,
    position: int,
    plan: _Plan,
    by_id: dict[str, Record],
    place: City | None,
    directory: Directory,
) -> Reasons:
    """Why a record meets one criterion (what matched, and how), or [] when it does not."""
    if plan.hospital_ids is not None:
        return _in_hospital(record, plan, by_id)
    if plan.cities:
        return _filter("city", record["city"], plan) if place is not None and place in plan.cities else []
    if plan.province is not None:
        province = record.get("province")
        same = province and directory.gazetteer.province(str(province)) == plan.province
        return _filter("province", province, plan) if same else []
    if plan.criterion.field == "city":
        city = normalise(str(record.get("city") or ""))
        return _filter("city", record["city"], plan) if city and city == plan.key else []
    if plan.closure:
        return _by_concept(record, plan)
    if plan.criterion.field in ("cancer", "treatment"):
        return _by_term_text(record, plan)
    return _by_words(record, position, plan, directory)


def _filter(field: str, term: Any, plan: _Plan) -> Reasons:
    return [{"field": field, "term": term, "query": plan.criterion.text, "match": "filter"}]


def _in_hospital(record: Record, plan: _Plan, by_id: dict[str, Record]) -> Reasons:
    assert plan.hospital_ids is not None
    hid = record.get("id") if record.get("kind") == "hospital" else record.get("hospital_id")
    if hid not in plan.hospital_ids:
        return []
    return _filter("hospital", by_id[hid].get("name", hid) if hid in by_id else hid, plan)


def _by_concept(record: Record, plan: _Plan) -> Reasons:
    reasons = []
    for fname in plan.fields:
        for term in record.get(fname) or []:
            if term in plan.closure:
                concept, depth = plan.closure[term]
                reasons.append(
                    {
                        "field": fname,
                        "term": term,
                        "query": plan.criterion.text,
                        "concept": concept,
                        "match": "exact" if depth == 0 else "narrower",
                    }
                )
    return reasons


def _by_term_text(record: Record, plan: _Plan) -> Reasons:
    """An unknown term restricted to a field: look in that field's terms and wording only."""
    fname = plan.fields[0]
    wording = record.get("wording") or {}
    for term in record.get(fname) or []:
        text = normalise(f"{term} {wording.get(term, '')}")
        if any(contains_words(text, key) for key in plan.text_keys):
            return [{"field": fname, "term": term, "query": plan.criterion.text, "match": "text"}]
    return []


def _by_words(record: Record, position: int, plan: _Plan, directory: Directory) -> Reasons:
    # Most records do not mention the word at all: one substring test on the record's
    # whole normalised text (built once per database) rules them out before any field is read.
    blob = directory.search_text[position]
    if not any(key in blob for key in plan.text_keys):
        return []
    for fname in SEARCHED:
        text = record_text(record, fname)
        if any(contains_words(text, key) for key in plan.text_keys):
            return [{"field": fname, "query": plan.criterion.text, "match": "text"}]
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
    # The same criterion twice ("melanoma melanoma") asks nothing more; plan and score it once.
    unique = {(normalise(c.text), c.field): c for c in query.criteria}
    plans = [_plan(c, directory) for c in unique.values()]
    centre = near_city(directory, query.near) if query.near is not None else None
    by_id = _hospitals_by_id(directory) if any(p.hospital_ids is not None for p in plans) else {}
    needs_place = centre is not None or any(p.cities for p in plans)
    places: dict[int, City | None] = {}
    hits = []
    for position in _candidates(plans, directory):
        record = directory.records[position]
        place = _place(record, directory, places) if needs_place else None
        scored = _score(record, position, plans, by_id, place, directory)
        if scored is None:
            continue
        hit = {**with_links(record), "matched": scored[0], "score": scored[1], "origin": origin(directory, record)}
        if centre is None or _measure(hit, centre, place, query.within_km):
            hits.append(hit)
    hits.sort(key=_sort_key)
    return hits


def _hospitals_by_id(directory: Directory) -> dict[str, Record]:
    return {str(r["id"]): r for r in hospitals(directory.records)}


def _measure(hit: dict[str, Any], centre: City, place: City | None, within_km: float | None) -> bool:
    """Add the distance from the --near city; False when it is beyond --within or unknown."""
    if place is None:
        return False  # no location to measure from: cannot be "near"
    hit["distance_km"] = round(distance_km(centre, place), 1)
    return within_km is None or hit["distance_km"] <= within_km


def _score(
    record: Record,
    position: int,
    plans: list[_Plan],
    by_id: dict[str, Record],
    place: City | None,
    directory: Directory,
) -> tuple[Reasons, int] | None:
    """Why a record meets every criterion and its score, or None when it misses one."""
    reasons: Reasons = []
    score = 0
    for plan in plans:
        found = _match(record, position, plan, by_id, place, directory)
        if not found:
            return None
        reasons.extend(found)
        score += max(STRENGTH[r["match"]] for r in found)
    return reasons, score


def _candidates(plans: list[_Plan], directory: Directory) -> Iterable[int]:
    """The records worth matching: for concept criteria, only those the term index lists.

    A concept criterion matches nothing but records naming a term in its closure, so the
    index gives exactly the records a full scan would keep, in the same order.
    """
    positions: set[int] | None = None
    for plan in plans:
        if not plan.closure or plan.hospital_ids is not None or plan.cities or plan.province is not None:
            continue
        found: set[int] = set()
        for fname in plan.fields:
            by_term = directory.term_index.get(fname, {})
            for term in plan.closure:
                found.update(by_term.get(term, ()))
        positions = found if positions is None else positions & found
    if positions is None:
        return range(len(directory.records))
    return sorted(positions)


def near_city(directory: Directory, name: str) -> City:
    """The city --near names; unknown or shared names are usage errors that say what to type."""
    found = directory.gazetteer.lookup(name)
    if len(found) == 1:
        return found[0]
    if found:
        labels = " or ".join(c.label for c in sorted(found, key=lambda c: c.province))
        raise UsageError(f"{name!r} names {len(found)} cities: {labels}; give the Chinese name or add the province")
    from oncodir.suggest import suggestions

    close = suggestions(directory, name, places_only=True)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see 'oncodir list cities'"
    raise UsageError(f"unknown city {name!r} for --near{hint}")
