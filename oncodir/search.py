"""Search: a query becomes ranked results, each saying why it matched.

Pure functions over a :class:`~oncodir.directory.Directory`; no Typer, no Rich. This is the
one place answers are decided: an index may narrow the candidates, never the answer. The
query itself is read from what was typed by :mod:`oncodir.query`; why nothing matched is
told by :mod:`oncodir.explain`.

Matching: a vocabulary term matches the concept and every narrower one (skin cancer matches
melanoma) and every compound it is a part of (colon cancer matches "colorectal cancer"); a
hospital's name matches the hospital and its departments; a place matches the location;
anything else matches whole words (plural and spelling variants allowed) in names, aliases,
programmes, people and summaries (:mod:`oncodir.mentions`). All criteria must match (AND).

Ranking: a hospital first for its own name; then records matched by vocabulary and places
before those matched only by text; departments before hospital-wide statements; then exact
concept (3) before part or narrower (2) before text (1); then more matched facts; then name
and id, so ties are stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from oncodir.directory import Directory, hospitals, names, origin, place
from oncodir.errors import UsageError
from oncodir.geo import City, distance_km
from oncodir.mentions import mentions, person, text_keys
from oncodir.models import Record, with_links
from oncodir.query import Criterion, Query
from oncodir.text import has_words, normalise

STRENGTH = {"exact": 3, "narrower": 2, "part": 2, "text": 1, "filter": 3}
FIELD_KINDS = {"cancer": ("cancers",), "treatment": ("treatments",), None: ("cancers", "treatments")}


class Plan:
    """A criterion resolved once against the vocabulary, the hospitals and the gazetteer.

    A plain class: defining a dataclass costs about a millisecond at every start-up.
    """

    __slots__ = (
        "cities",
        "closure",
        "criterion",
        "fields",
        "hospital_ids",
        "key",
        "named",
        "person",
        "province",
        "reasons",
        "text_keys",
        "wholes",
    )

    def __init__(self, criterion: Criterion, key: str = "") -> None:
        self.criterion = criterion
        self.key = key
        self.closure: dict[str, tuple[str, int]] = {}  # term -> (query concept, depth)
        self.wholes: dict[str, str] = {}  # compound term -> the query concept it is a whole of
        self.fields: tuple[str, ...] = ()
        self.cities: list[City] = []
        self.province: str | None = None
        self.hospital_ids: set[str] | None = None
        self.named = False  # the hospitals were named by the query itself: they rank first
        self.text_keys: list[str] = []  # the key, its other spellings and singular forms
        self.person: frozenset[str] = frozenset()  # a person's name in any order: {"fang", "meiyu"}
        # field -> term -> the reason a record naming it gets (see _concept_reasons)
        self.reasons: dict[str, dict[str, dict[str, Any]]] = {}


def _text_plan(plan: Plan) -> Plan:
    plan.text_keys = text_keys(plan.criterion.text)
    plan.person = person(plan.criterion.text)
    return plan


def _hospitals_named(directory: Directory, key: str) -> set[str]:
    """Ids of the hospitals a name, alias or id means; else those with these words in a name."""
    exact = directory.hospital_names().get(key)
    if exact:
        return set(exact)
    return {
        str(rec["id"]) for rec in hospitals(directory.records) if any(has_words(normalise(n), key) for n in names(rec))
    }


def _concepts(criterion: Criterion, kind: str | None, directory: Directory) -> list[str]:
    """The vocabulary concepts a criterion names; in capitals, by the abbreviation first."""
    vocab = directory.vocabulary
    if criterion.caps and vocab.abbreviation(criterion.text):
        return [t for t in vocab.abbreviation(criterion.text) if kind is None or vocab.concepts[t].kind == kind]
    return vocab.resolve(criterion.text, kind)


def plan_for(criterion: Criterion, directory: Directory) -> Plan:
    plan = Plan(criterion, key=normalise(criterion.text))
    if not plan.key:
        raise UsageError("an empty search term matches nothing; give a word to look for")
    if criterion.field == "hospital":
        plan.hospital_ids = _hospitals_named(directory, plan.key)
        return plan
    kind = criterion.field if criterion.field in ("cancer", "treatment") else None
    vocab = directory.vocabulary
    concepts = _concepts(criterion, kind, directory)
    # The hospital index is built only when a term is not a concept: most queries never need it.
    if criterion.field is None and not concepts and plan.key in directory.hospital_names():
        plan.hospital_ids = set(directory.hospital_names()[plan.key])
        plan.named = True
        return plan
    if criterion.field == "city" or (criterion.field is None and not concepts):
        plan.cities, plan.province = place(criterion.text, directory)
        if plan.cities or plan.province or criterion.field == "city":
            return plan
    plan.fields = FIELD_KINDS[kind]
    _text_plan(plan)
    for concept in concepts:
        for term, depth in vocab.narrower(concept).items():
            if term not in plan.closure or depth < plan.closure[term][1]:
                plan.closure[term] = (concept, depth)
    for concept in concepts:
        for whole in vocab.wholes(concept):
            if whole not in plan.closure:
                plan.wholes[whole] = concept
    _concept_reasons(plan)
    return plan


def _concept_reasons(plan: Plan) -> None:
    """The reason each term of the closure (exact or narrower) or compound (part) gives, made once
    per field: every record naming the term shares the one dict (nothing changes a reason once
    made), so matching thousands of records makes no dicts, and a writer encodes each distinct
    reason once (:func:`oncodir.narrow.finish`)."""
    query = plan.criterion.text
    for fname in plan.fields:
        made = plan.reasons[fname] = {}
        for term, (concept, depth) in plan.closure.items():
            match = "exact" if depth == 0 else "narrower"
            made[term] = {"field": fname, "term": term, "query": query, "concept": concept, "match": match}
        for term, concept in plan.wholes.items():
            made[term] = {"field": fname, "term": term, "query": query, "concept": concept, "match": "part"}


def _place(record: Record, directory: Directory, cache: dict[int, City | None]) -> City | None:
    """The gazetteer city of a record (its city, told apart by province), looked up once."""
    key = id(record)
    if key not in cache:
        cache[key] = directory.gazetteer.place_of(record)
    return cache[key]


Reasons = list[dict[str, Any]]


def _match(
    record: Record,
    position: int,
    plan: Plan,
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
    return _text_match(record, position, plan, directory)


def _filter(field: str, term: Any, plan: Plan) -> Reasons:
    return [{"field": field, "term": term, "query": plan.criterion.text, "match": "filter"}]


def _in_hospital(record: Record, plan: Plan, by_id: dict[str, Record]) -> Reasons:
    assert plan.hospital_ids is not None
    hid = record.get("id") if record.get("kind") == "hospital" else record.get("hospital_id")
    if hid not in plan.hospital_ids:
        return []
    return _filter("hospital", by_id[hid].get("name", hid) if hid in by_id else hid, plan)


def _by_concept(record: Record, plan: Plan) -> Reasons:
    """The record's terms in the query's closure (exact or narrower), or compounds it is part of."""
    reasons = []
    for fname in plan.fields:
        made = plan.reasons[fname]
        for term in record.get(fname) or []:
            reason = made.get(term)
            if reason is not None:
                reasons.append(reason)
    return reasons


def _by_term_text(record: Record, plan: Plan) -> Reasons:
    """An unknown term restricted to a field: look in that field's terms and wording only."""
    fname = plan.fields[0]
    wording = record.get("wording") or {}
    for term in record.get(fname) or []:
        text = normalise(f"{term} {wording.get(term, '')}")
        if any(has_words(text, key) for key in plan.text_keys):
            return [{"field": fname, "term": term, "query": plan.criterion.text, "match": "text"}]
    return []


def _text_match(record: Record, position: int, plan: Plan, directory: Directory) -> Reasons:
    """Whole words of the query in the record's text fields; in capitals, as an abbreviation."""
    blob = directory.search_text[position]
    c = plan.criterion
    return mentions(record, blob, c.text, plan.text_keys, named=plan.person, caps=c.caps)


_FAR = float("inf")  # no distance (no --near, or no known place): after every distance


def _sort_key(hit: dict[str, Any]) -> tuple[Any, ...]:
    # Made for every result (10,000s at a million records): loops rather than any() of a generator.
    distance = hit.get("distance_km")
    reasons = hit["matched"]
    kind = hit.get("kind")
    named = 1
    if kind == "hospital":
        for r in reasons:
            if r.get("named"):
                named = 0
                break
    text = 0
    for r in reasons:
        if r["match"] == "text":
            text = 1
            break
    return (
        distance if distance is not None else _FAR,
        named,
        text,
        0 if kind == "department" else 1,
        -hit["score"],
        -len(reasons),
        str(hit.get("name", "")).casefold(),
        str(hit.get("id", "")),
    )


def plans_for(directory: Directory, query: Query) -> list[Plan]:
    # The same criterion twice ("melanoma melanoma") asks nothing more; plan and score it once.
    unique = {(normalise(c.text), c.field, c.caps): c for c in query.criteria}
    return [plan_for(c, directory) for c in unique.values()]


def find(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """Records matching every criterion, ranked, each with ``matched`` and ``score``."""
    if not query.criteria and query.near is None:
        raise UsageError("give a search term or an option such as --cancer or --city")
    plans = plans_for(directory, query)
    centre = near_city(directory, query.near) if query.near is not None else None
    hits = []
    for hit in matching(directory, plans, centre is not None):
        if centre is not None:
            place = hit.pop("_place")
            if place is None:  # no known place: last, with no distance; never "within" any distance
                if query.within_km is not None:
                    continue
            else:
                hit["distance_km"] = round(distance_km(centre, place), 1)
                if query.within_km is not None and hit["distance_km"] > query.within_km:
                    continue
        hits.append(hit)
    hits.sort(key=_sort_key)
    return arrange(hits, query)


SORTS = {
    "name": lambda h: (str(h.get("name") or "").casefold(), str(h.get("id"))),
    "city": lambda h: (str(h.get("city") or "~").casefold(),),
    "beds": lambda h: (-_beds(h),),
    "distance": lambda h: (h.get("distance_km", float("inf")),),
}


def _beds(hit: Mapping[str, Any]) -> int:
    beds = hit.get("beds")
    value = beds.get("value") if isinstance(beds, Mapping) else beds
    return value if isinstance(value, int) else -1


def arrange(hits: list[dict[str, Any]], query: Query) -> list[dict[str, Any]]:
    """Only the kind asked for (--kind), in the order asked for (--sort; ties keep the ranking)."""
    if query.kind:
        hits = [h for h in hits if h.get("kind") == query.kind]
    if query.sort:
        hits = sorted(hits, key=SORTS[query.sort])  # stable: relevance breaks ties
    return hits


def matching(directory: Directory, plans: list[Plan], located: bool) -> list[dict[str, Any]]:
    """Every record matching all plans, unranked, with its reasons and score."""
    needs_hospitals = any(p.hospital_ids is not None for p in plans)
    by_id = {str(r["id"]): r for r in hospitals(directory.records)} if needs_hospitals else {}
    places: dict[int, City | None] = {}
    placed = located or any(p.cities for p in plans)
    records = directory.records
    hits = []
    for position in _candidates(plans, directory):
        record = records[position]
        reasons: list[dict[str, Any]] = []
        score = 0
        place = _place(record, directory, places) if placed else None
        for plan in plans:
            # A plan with a closure is matched by concept alone (plan_for gives it no hospitals or
            # places): called directly, as _match would, for each of 10,000s of records.
            found = (
                _by_concept(record, plan) if plan.closure else _match(record, position, plan, by_id, place, directory)
            )
            if not found:
                break
            if plan.named:
                found = [{**r, "named": True} for r in found]
            reasons.extend(found)
            score += STRENGTH[found[0]["match"]] if len(found) == 1 else max([STRENGTH[r["match"]] for r in found])
        else:
            hit = with_links(record)  # with the added keys, copied once (an existing key keeps its place)
            hit["matched"] = reasons
            hit["score"] = score
            hit["origin"] = origin(directory, record)
            if located:
                hit["_place"] = place
            hits.append(hit)
    return hits


def _candidates(plans: list[Plan], directory: Directory) -> Iterable[int]:
    """The records worth matching: for concept criteria, only those the term index lists.

    A concept criterion matches nothing but records naming a term in its closure (or a compound
    it is part of), so the index gives exactly the records a full scan would keep, in order.
    """
    if directory.candidates_only:  # each record is a candidate: the match tests what this would
        return range(len(directory.records))
    positions: set[int] | None = None
    for plan in plans:
        if not plan.closure or plan.hospital_ids is not None or plan.cities or plan.province is not None:
            continue
        found: set[int] = set()
        for fname in plan.fields:
            by_term = directory.term_index.get(fname, {})
            for term in (*plan.closure, *plan.wholes):
                found.update(by_term.get(term, ()))
        positions = found if positions is None else positions & found
    if positions is None:
        return range(len(directory.records))
    return sorted(positions)


def near_city(directory: Directory, name: str) -> City:
    """The city --near names; unknown or shared names are usage errors that say what to type."""
    found, province = place(name, directory)
    if len(found) == 1:
        return found[0]
    if found:
        labels = " or ".join(c.label for c in sorted(found, key=lambda c: c.province))
        raise UsageError(f"{name!r} names {len(found)} cities: {labels}; give the Chinese name or add the province")
    if province:
        raise UsageError(
            f"{name!r} is a province, not a city: use --city {name} for the records in it, "
            "or --near with one of its cities"
        )
    from oncodir.suggest import suggestions  # only when the name is not known

    close = suggestions(directory, name, places_only=True)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see 'oncodir list cities'"
    raise UsageError(f"unknown city {name!r} for --near{hint}")
