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
from typing import Any, NamedTuple

from oncodir.errors import UsageError
from oncodir.geo import City, distance_km
from oncodir.models import TEXT_FIELDS, Record, record_text, with_links
from oncodir.store import Directory
from oncodir.text import contains_words, normalise
from oncodir.vocabulary import spellings

STRENGTH = {"exact": 3, "narrower": 2, "text": 1, "filter": 3}
FIELD_KINDS = {"cancer": ("cancers",), "treatment": ("treatments",), None: ("cancers", "treatments")}
MAX_PHRASE_WORDS = 6
MAX_QUERY_WORDS = 64  # longer input is not a question; it is matched as typed, in bounded time
MAX_SUGGEST_LENGTH = 200
# Little words between the things people ask for ("hipec in hangzhou", "杭州的化疗"); dropped
# only when every other word is a known term or place, so a name search keeps them.
STOP_WORDS = frozenset(("in", "at", "near", "for", "of", "the", "and", "with", "a", "an", "on", "around"))
ZH_PARTICLES = "的在和与及"
# Words too common to have a "did you mean": they would suggest half the vocabulary.
GENERIC = STOP_WORDS | {
    "cancer",
    "cancers",
    "tumour",
    "tumours",
    "tumor",
    "tumors",
    "oncology",
    "hospital",
    "hospitals",
    "department",
    "departments",
    "treatment",
    "treatments",
    "therapy",
    "care",
    "centre",
    "center",
    "clinic",
}
MIN_SUGGEST_LENGTH = 4  # "can" is a prefix of too much; Chinese names are short, see suggestions()
SUGGEST_SPREAD = 5  # only suggestions about as close as the closest one
SUGGEST_CUTOFF = 78  # rapidfuzz ratio: "hipek" -> "hipec" is 80, "scan" for "can" would be 86 (too short)


class Criterion(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    """One thing a result must match: free text, or text restricted to a field."""

    text: str
    field: str | None = None  # None (anywhere), "cancer", "treatment", "city", "hospital"


class Query(NamedTuple):
    criteria: list[Criterion]
    near: str | None = None
    within_km: float | None = None
    limit: int | None = None


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


def _known(phrase: str, directory: Directory) -> bool:
    """Is this a vocabulary term, a city or a province?"""
    gaz = directory.gazetteer
    return bool(directory.vocabulary.resolve(phrase) or gaz.lookup(phrase) or gaz.province(phrase))


def _join(words: Sequence[str], directory: Directory) -> list[str]:
    """Join neighbouring words that form one known name: ['skin', 'cancer'] -> ['skin cancer']."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_PHRASE_WORDS), i, -1):
            phrase = " ".join(words[i:j])
            if j == i + 1 or _known(phrase, directory):
                out.append(phrase)
                i = j
                break
    return out


def _segment(text: str, directory: Directory) -> list[str] | None:
    """Split Chinese written without spaces into known names (杭州化疗 -> 杭州, 化疗), or None."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in ZH_PARTICLES or text[i].isspace():
            i += 1
            continue
        for j in range(min(len(text), i + 16), i, -1):
            if _known(text[i:j], directory):
                out.append(text[i:j])
                i = j
                break
        else:
            return None
    return out


def group_terms(words: Sequence[str], directory: Directory) -> list[str]:
    """The query terms in what was typed: known names joined, little words dropped.

    ``find skin cancer`` is one term; ``find "hipec in hangzhou"`` is two (HIPEC, Hangzhou)
    because each part is known; ``find "notes clinic"`` stays one phrase for the text search.
    Nothing is ever guessed: a split is used only when every part is a known term or place.
    """
    terms: list[str] = []
    for arg in words:
        if _known(arg, directory) or not normalise(arg) or len(arg.split()) > MAX_QUERY_WORDS:
            terms.append(arg)  # a known name, nothing, or too long to be a question: as typed
            continue
        parts = _join(arg.split(), directory) if " " in arg.strip() else [arg]
        if not arg.isascii() and len(parts) == 1:
            parts = _segment(arg, directory) or parts
        content = [p for p in parts if normalise(p) not in STOP_WORDS]
        terms.extend(content if len(parts) > 1 and all(_known(p, directory) for p in content) else [arg])
    if len(terms) > MAX_QUERY_WORDS:  # thousands of arguments: take them as they are
        return terms
    joined = _join(terms, directory)
    content = [t for t in joined if normalise(t) not in STOP_WORDS]
    if content and len(content) < len(joined) and all(_known(t, directory) for t in content):
        return content
    return joined


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


def _place(record: Record, directory: Directory, cache: dict[int, City | None]) -> City | None:
    """The gazetteer city of a record (its city, told apart by province), looked up once."""
    key = id(record)
    if key not in cache:
        city = record.get("city")
        cache[key] = directory.gazetteer.locate(str(city), record.get("province")) if city else None
    return cache[key]


def _match(
    record: Record,
    position: int,
    plan: _Plan,
    hospitals: dict[str, Record],
    place: City | None,
    directory: Directory,
) -> list[dict[str, Any]]:
    query = plan.criterion.text
    if plan.hospital_ids is not None:
        hid = record.get("id") if record.get("kind") == "hospital" else record.get("hospital_id")
        if hid in plan.hospital_ids:
            name = hospitals[hid].get("name", hid) if hid in hospitals else hid
            return [{"field": "hospital", "term": name, "query": query, "match": "filter"}]
        return []
    if plan.cities:
        if place is not None and place in plan.cities:
            return [{"field": "city", "term": record["city"], "query": query, "match": "filter"}]
        return []
    if plan.province is not None:
        province = record.get("province")
        if province and directory.gazetteer.province(str(province)) == plan.province:
            return [{"field": "province", "term": province, "query": query, "match": "filter"}]
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
            text = normalise(f"{term} {wording.get(term, '')}")
            if any(contains_words(text, key) for key in plan.text_keys):
                return [{"field": fname, "term": term, "query": query, "match": "text"}]
        return []
    # Most records do not mention the word at all: one substring test on the record's
    # whole normalised text (built once per database) rules them out before any field is read.
    blob = directory.search_text[position]
    if not any(key in blob for key in plan.text_keys):
        return []
    for fname in TEXT_FIELDS:
        text = record_text(record, fname)
        if any(contains_words(text, key) for key in plan.text_keys):
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
    # The same criterion twice ("melanoma melanoma") asks nothing more; plan and score it once.
    unique = {(normalise(c.text), c.field): c for c in query.criteria}
    plans = [_plan(c, directory) for c in unique.values()]
    origin = near_city(directory, query.near) if query.near is not None else None
    needs_hospitals = any(p.hospital_ids is not None for p in plans)
    hospitals = {str(r["id"]): r for r in directory.records if r.get("kind") == "hospital"} if needs_hospitals else {}
    places: dict[int, City | None] = {}
    hits = []
    for position in _candidates(plans, directory):
        record = directory.records[position]
        reasons: list[dict[str, Any]] = []
        score = 0
        place = _place(record, directory, places) if origin is not None or any(p.cities for p in plans) else None
        for plan in plans:
            found = _match(record, position, plan, hospitals, place, directory)
            if not found:
                break
            reasons.extend(found)
            score += max(STRENGTH[r["match"]] for r in found)
        else:
            mine = record.get("id") in directory.user_ids
            hit = {**with_links(record), "matched": reasons, "score": score, "origin": "user" if mine else "bundled"}
            if origin is not None:
                if place is None:
                    continue  # no location to measure from: cannot be "near"
                hit["distance_km"] = round(distance_km(origin, place), 1)
                if query.within_km is not None and hit["distance_km"] > query.within_km:
                    continue
            hits.append(hit)
    hits.sort(key=_sort_key)
    return hits[: query.limit] if query.limit is not None else hits


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
    close = suggestions(directory, name, places_only=True)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see 'oncodir list cities'"
    raise UsageError(f"unknown city {name!r} for --near{hint}")


def suggestions(directory: Directory, text: str, limit: int = 3, *, places_only: bool = False) -> list[str]:
    """Close vocabulary terms, names and cities for a word that is not known (for "did you mean").

    Plain edit-distance similarity (rapidfuzz ``ratio``) over whole names, not partial or
    token matching: a short or common word ("can", "cancer") then suggests nothing rather
    than everything that contains it. A known term gets no suggestion: it found nothing
    because nothing matches it, not because it was misspelt.
    """
    if len(text) > MAX_SUGGEST_LENGTH:  # nothing in the directory is that long; do not scan for it
        return []
    key = normalise(text)
    if key in GENERIC or (not places_only and _known(text, directory)):
        return []
    if len(key) < (MIN_SUGGEST_LENGTH if key.isascii() else 2):
        return []
    from rapidfuzz import fuzz, process, utils  # imported only when a search fails

    gaz = directory.gazetteer
    # dict.fromkeys: unique names in a stable order (a set's order changes from run to run).
    names = [*gaz.names(), *gaz.province_names()]
    if not places_only:
        names.extend(directory.vocabulary.names())
        names.extend(record_names(directory))
    choices = [n for n in dict.fromkeys(names) if n]
    # rapidfuzz's own processor (lower case, punctuation to spaces) runs in C: at 100,000
    # departments calling normalise() for every name took most of the time.
    found = process.extract(
        key, choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=SUGGEST_CUTOFF, limit=limit * 4
    )
    out: list[str] = []
    best = found[0][1] if found else 0
    for name, score, _ in found:
        if score < best - SUGGEST_SPREAD:
            break  # "hangzou" is Hangzhou, not also Changzhou, which is a letter further off
        shared = gaz.lookup(name)
        if len(shared) > 1:  # "Suzhou": say which ones, so the suggestion can be typed as is
            labels = [f"{c.name}, {c.province}" for c in shared]
        else:
            labels = [directory.vocabulary.canonical(name) or name]
        out.extend(n for n in labels if n not in out and normalise(n) != key)
    return out[:limit]


def record_names(directory: Directory) -> list[str]:
    """Every record's name and aliases, in record order (a Directory narrowed by the index
    holds only some records, and lists all the names from the index instead)."""
    from_index = getattr(directory, "record_names", None)
    if from_index is not None:
        return list(from_index())
    names: list[str] = []
    for rec in directory.records:
        names.append(str(rec.get("name") or ""))
        names.extend(str(a) for a in rec.get("aliases") or ())
    return names
