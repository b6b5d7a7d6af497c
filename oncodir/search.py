"""Search: a query becomes ranked results, each saying why it matched.

Pure functions over a :class:`~oncodir.directory.Directory`; no Typer, no Rich. This is the
one place answers are decided: an index may narrow the candidates, never the answer.

Reading a question (:func:`parse`): words that form a known name are joined (a vocabulary
term, a place, a hospital's name); words that carry no criterion ("where", "can", "treatment",
哪里 — the database's stopwords table) are set aside when they are not part of a known name;
the rest are looked for as whole words in the records' text. A word typed in capitals is read
as an abbreviation (ALL, TES).

Matching: a vocabulary term matches the concept and every narrower one (skin cancer matches
melanoma) and every compound it is a part of (colon cancer matches "colorectal cancer"); a
hospital's name matches the hospital and its departments; a place matches the location;
anything else matches whole words (plural and spelling variants allowed) in names, aliases,
programmes, people and summaries. All criteria must match (AND).

Ranking: a hospital first for its own name; then records matched by vocabulary and places
before those matched only by text; departments before hospital-wide statements; then exact
concept (3) before part or narrower (2) before text (1); then more matched facts; then name
and id, so ties are stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from oncodir.directory import Directory, hospitals, known, names, origin, place
from oncodir.errors import NoResults, UsageError
from oncodir.geo import City, distance_km
from oncodir.models import SEARCHED, Record, record_text, with_links
from oncodir.suggest import suggestions
from oncodir.text import has_words, normalise
from oncodir.vocabulary import spellings

STRENGTH = {"exact": 3, "narrower": 2, "part": 2, "text": 1, "filter": 3}
FIELD_KINDS = {"cancer": ("cancers",), "treatment": ("treatments",), None: ("cancers", "treatments")}
KIND_NAMES = {"cancer": "a cancer type", "treatment": "a treatment"}
MAX_PHRASE_WORDS = 8  # hospital names are long: "Cancer Hospital of the Chinese Academy of Medical Sciences"
MAX_QUERY_WORDS = 64  # longer input is not a question; it is matched as typed, in bounded time
MAX_SEGMENT = 24  # the longest Chinese name tried when splitting text written without spaces
ZH_PARTICLES = "的在和与及"  # little words of Chinese queries ("杭州的化疗"), dropped like stop words
_WORDS = re.compile(r"[^\s?!,;，。？！、；]+")
_CAPS = re.compile(r"^[A-Z][A-Z0-9]+$")


class Criterion(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    """One thing a result must match: free text, or text restricted to a field."""

    text: str
    field: str | None = None  # None (anywhere), "cancer", "treatment", "city", "hospital"
    caps: bool = False  # typed in capitals: an abbreviation, matched as such (ALL, TES)


class Query(NamedTuple):
    criteria: list[Criterion]
    near: str | None = None
    within_km: float | None = None
    set_aside: tuple[str, ...] = ()  # words that carried no criterion, as typed
    kind: str | None = None  # "hospital" or "department" only
    sort: str | None = None  # "name", "city", "beds" or "distance" instead of relevance


class _Plan:
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


# -- reading a question ------------------------------------------------------------------


def _is_stop(word: str, directory: Directory) -> bool:
    return normalise(word) in directory.stopwords and not _abbreviation(word, directory)


def _abbreviation(word: str, directory: Directory) -> bool:
    """A word in capitals that the vocabulary or a hospital has as its abbreviation."""
    return bool(
        _CAPS.match(word) and (directory.vocabulary.abbreviation(word) or normalise(word) in directory.hospital_names())
    )


def _segment(text: str, directory: Directory) -> list[tuple[str, str]]:
    """Chinese written without spaces, split into known names, stop words and the rest.

    杭州哪里可以做热灌注 -> 杭州 (known), 哪里 可以 做 (stop), 热灌注 (known). Longest known
    name first at each position; characters no name starts with gather into one "word".
    """
    out: list[tuple[str, str]] = []
    rest = ""
    i = 0
    while i < len(text):
        for j in range(min(len(text), i + MAX_SEGMENT), i, -1):
            piece = text[i:j]
            kind = "known" if known(piece, directory) else "stop" if normalise(piece) in directory.stopwords else ""
            if kind or (j == i + 1 and piece in ZH_PARTICLES):
                if rest:
                    out.append((rest, "word"))
                    rest = ""
                out.append((piece, kind or "stop"))
                i = j
                break
        else:
            rest += text[i]
            i += 1
    if rest:
        out.append((rest, "word"))
    return out


def _occurs(phrase: str, directory: Directory) -> bool:
    """Does any record's text hold these words (in any order for a person's name)?"""
    plan = _text_plan(_Plan(Criterion(phrase), normalise(phrase)))
    return any(_text_match(r, i, plan, directory) for i, r in enumerate(directory.records))


def parse(words: Sequence[str], directory: Directory) -> tuple[list[Criterion], list[str]]:
    """The criteria in what was typed, and the words set aside as carrying none.

    ``find skin cancer`` is one term; ``find where can I get HIPEC in Hangzhou`` is two (HIPEC,
    Hangzhou) with "where, can, I, get, in" set aside; ``find "international patients"`` stays one
    phrase because records hold those words together. Nothing is guessed: a word is set aside
    only when it is a stop word and not part of a known name, and kept otherwise.
    """
    if sum(len(w.split()) for w in words) > MAX_QUERY_WORDS:
        return [Criterion(w) for w in words if w.strip()] or [Criterion("")], []  # not a question
    items = _items(_tokens(words, directory), directory)
    criteria: list[Criterion] = []
    set_aside = [t for t, k in items if k == "stop"]
    run: list[str] = []
    for text, kind in [*items, ("", "end")]:
        if kind == "word":
            run.append(text)
            continue
        criteria.extend(_phrases(run, directory))
        run = []
        if kind == "known":
            criteria.append(Criterion(text, caps=bool(_CAPS.match(text))))
    return criteria, set_aside


def _tokens(words: Sequence[str], directory: Directory) -> list[tuple[str, str]]:
    """The words typed, each with its kind when already told ("known", "stop", "word"), else ""."""
    tokens: list[tuple[str, str]] = []
    for arg in words:
        if not normalise(arg):
            tokens.append((arg, "word"))
            continue
        if " " in arg.strip() and known(arg, directory):  # a quoted name: "skin cancer"
            tokens.append((arg, "known"))
            continue
        for token in _WORDS.findall(arg):
            if not normalise(token):
                continue  # punctuation alone ("--", "'") asks for nothing
            if not token.isascii() and not known(token, directory):
                tokens.extend(_segment(token, directory))
            else:
                tokens.append((token, ""))
    return tokens


def _items(tokens: list[tuple[str, str]], directory: Directory) -> list[tuple[str, str]]:
    """Neighbouring words joined into the longest known names; the rest told known, stop or word."""
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        text, kind = tokens[i]
        if kind:
            items.append((text, kind))
            i += 1
            continue
        j = _longest_name(tokens, i, directory)
        if j > i + 1:
            items.append((" ".join(t for t, _ in tokens[i:j]), "known"))
        else:
            items.append((text, _word_kind(text, directory)))
        i = j
    return items


def _longest_name(tokens: list[tuple[str, str]], i: int, directory: Directory) -> int:
    """The end of the longest known name starting at token i (i + 1 when none is longer)."""
    for j in range(min(len(tokens), i + MAX_PHRASE_WORDS), i + 1, -1):
        span = tokens[i:j]
        if all(not k for _, k in span) and known(" ".join(t for t, _ in span), directory):
            return j
    return i + 1


def _word_kind(word: str, directory: Directory) -> str:
    if _abbreviation(word, directory):
        return "known"
    if _is_stop(word, directory):
        return "stop"
    return "known" if known(word, directory) else "word"


def _phrases(run: list[str], directory: Directory) -> list[Criterion]:
    """Unknown words as text criteria: the longest runs that records hold together, else words."""
    if len(run) == 1:
        return [Criterion(run[0], caps=bool(_CAPS.match(run[0])))]
    out: list[Criterion] = []
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            phrase = " ".join(run[i:j])
            if j == i + 1 or _occurs(phrase, directory):
                out.append(Criterion(phrase, caps=j == i + 1 and bool(_CAPS.match(phrase))))
                i = j
                break
    return out


def group_terms(words: Sequence[str], directory: Directory) -> list[str]:
    """The query terms in what was typed (see :func:`parse`), without the words set aside."""
    return [c.text for c in parse(words, directory)[0]]


def build_query(
    directory: Directory,
    words: Sequence[str],
    fields: Mapping[str, Sequence[str] | None],
    *,
    near: str | None = None,
    within_km: float | None = None,
    kind: str | None = None,
    sort: str | None = None,
) -> Query:
    """A query from what was typed: free words (read as terms) and field-restricted values.

    A question made only of words that carry no criterion is a usage error that says so.
    """
    criteria, set_aside = parse(words, directory) if words else ([], [])
    for field, values in fields.items():
        criteria.extend(Criterion(v, field) for v in values or [])
    if set_aside and not criteria and near is None:
        raise UsageError(
            f"nothing to look for: {', '.join(set_aside)} carry no criterion; "
            "give a cancer, a treatment, a place or a hospital's name"
        )
    if sort == "distance" and near is None:
        raise UsageError("--sort distance needs --near CITY")
    return Query(criteria, near=near, within_km=within_km, set_aside=tuple(set_aside), kind=kind, sort=sort)


def describe(query: Query) -> str:
    """The query in words, for messages and the table's footer: 'melanoma' city 'hangzhou'."""
    label = " ".join(repr(c.text) if c.field is None else f"{c.field} {c.text!r}" for c in query.criteria)
    if query.near:
        label += f" near {query.near}"
        if query.within_km is not None:
            label += f" within {query.within_km:g} km"
    return label.strip()


def answer(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """The ranked results (:func:`find`); when there are none, NoResults saying why."""
    hits = find(directory, query)
    if not hits:
        problem = nothing_matches(directory, query)
        if query.set_aside:  # one line still: the words set aside go at its end
            raise NoResults(f"{problem} (set aside: {', '.join(query.set_aside)})", problem.suggestions)
        raise problem
    return hits


# -- planning and matching ---------------------------------------------------------------


def _text_plan(plan: _Plan) -> _Plan:
    text = plan.criterion.text
    keys = spellings(text)
    for k in list(keys):  # singular forms: "doctors" finds "doctor"; plurals are allowed by has_words
        words = k.split(" ")
        for suffix, repl in (("ies", "y"), ("ses", "sis"), ("es", ""), ("s", "")):
            if len(words[-1]) > len(suffix) + 2 and words[-1].endswith(suffix):
                keys.append(" ".join([*words[:-1], words[-1][: -len(suffix)] + repl]))
    plan.text_keys = list(dict.fromkeys(keys))
    parts = text.split()
    if 2 <= len(parts) <= 4 and text.isascii():  # maybe a person: "Fang Meiyu" is "Mei-yu Fang"
        plan.person = frozenset(_name_parts(text))
    return plan


def _name_parts(name: str) -> list[str]:
    return [p.replace("-", "").replace(".", "").casefold() for p in name.replace(",", " ").split()]


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


def _plan(criterion: Criterion, directory: Directory) -> _Plan:
    plan = _Plan(criterion, key=normalise(criterion.text))
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
    return plan


def _place(record: Record, directory: Directory, cache: dict[int, City | None]) -> City | None:
    """The gazetteer city of a record (its city, told apart by province), looked up once."""
    key = id(record)
    if key not in cache:
        city = record.get("city")
        cache[key] = directory.gazetteer.locate(str(city), record.get("province")) if city else None
    return cache[key]


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
    return _text_match(record, position, plan, directory)


def _filter(field: str, term: Any, plan: _Plan) -> Reasons:
    return [{"field": field, "term": term, "query": plan.criterion.text, "match": "filter"}]


def _in_hospital(record: Record, plan: _Plan, by_id: dict[str, Record]) -> Reasons:
    assert plan.hospital_ids is not None
    hid = record.get("id") if record.get("kind") == "hospital" else record.get("hospital_id")
    if hid not in plan.hospital_ids:
        return []
    return _filter("hospital", by_id[hid].get("name", hid) if hid in by_id else hid, plan)


def _by_concept(record: Record, plan: _Plan) -> Reasons:
    """The record's terms in the query's closure (exact or narrower), or compounds it is part of."""
    reasons = []
    query = plan.criterion.text
    for fname in plan.fields:
        for term in record.get(fname) or []:
            if term in plan.closure:
                concept, depth = plan.closure[term]
                match = "exact" if depth == 0 else "narrower"
            elif term in plan.wholes:
                concept, match = plan.wholes[term], "part"
            else:
                continue
            reasons.append({"field": fname, "term": term, "query": query, "concept": concept, "match": match})
    return reasons


def _by_term_text(record: Record, plan: _Plan) -> Reasons:
    """An unknown term restricted to a field: look in that field's terms and wording only."""
    fname = plan.fields[0]
    wording = record.get("wording") or {}
    for term in record.get(fname) or []:
        text = normalise(f"{term} {wording.get(term, '')}")
        if any(has_words(text, key) for key in plan.text_keys):
            return [{"field": fname, "term": term, "query": plan.criterion.text, "match": "text"}]
    return []


def _text_match(record: Record, position: int, plan: _Plan, directory: Directory) -> list[dict[str, Any]]:
    """Whole words of the query in the record's text fields; in capitals, as an abbreviation."""
    query = plan.criterion.text
    if plan.person:
        for person in record.get("people") or []:
            name = person.get("name") if isinstance(person, Mapping) else person
            if name and frozenset(_name_parts(str(name))) == plan.person:
                return [{"field": "people", "query": query, "match": "text"}]
    # Most records do not mention the word at all: one substring test on the record's
    # whole normalised text (built once per database) rules them out before any field is read.
    blob = directory.search_text[position]
    if not any(key in blob for key in plan.text_keys):
        return []
    for fname in SEARCHED:
        if plan.criterion.caps:  # TES is the abbreviation, not "tes" in any case
            if _has_caps(record_text(record, fname, raw=True), plan.criterion.text):
                return [{"field": fname, "query": query, "match": "text"}]
            continue
        text = record_text(record, fname)
        if any(has_words(text, key) for key in plan.text_keys):
            return [{"field": fname, "query": query, "match": "text"}]
    return []


def _has_caps(text: str, word: str) -> bool:
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


def _sort_key(hit: dict[str, Any]) -> tuple[Any, ...]:
    distance = hit.get("distance_km")
    reasons = hit["matched"]
    return (
        distance if distance is not None else float("inf"),
        0 if hit.get("kind") == "hospital" and any(r.get("named") for r in reasons) else 1,
        1 if any(r["match"] == "text" for r in reasons) else 0,
        0 if hit.get("kind") == "department" else 1,
        -hit["score"],
        -len(reasons),
        str(hit.get("name", "")).casefold(),
        str(hit.get("id", "")),
    )


def _plans(directory: Directory, query: Query) -> list[_Plan]:
    # The same criterion twice ("melanoma melanoma") asks nothing more; plan and score it once.
    unique = {(normalise(c.text), c.field, c.caps): c for c in query.criteria}
    return [_plan(c, directory) for c in unique.values()]


def find(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """Records matching every criterion, ranked, each with ``matched`` and ``score``."""
    if not query.criteria and query.near is None:
        raise UsageError("give a search term or an option such as --cancer or --city")
    plans = _plans(directory, query)
    centre = near_city(directory, query.near) if query.near is not None else None
    hits = []
    for hit in _matching(directory, plans, centre is not None):
        if centre is not None:
            place = hit.pop("_place")
            if place is None:
                continue  # no location to measure from: cannot be "near"
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


def _matching(directory: Directory, plans: list[_Plan], located: bool) -> list[dict[str, Any]]:
    """Every record matching all plans, unranked, with its reasons and score."""
    needs_hospitals = any(p.hospital_ids is not None for p in plans)
    by_id = {str(r["id"]): r for r in hospitals(directory.records)} if needs_hospitals else {}
    places: dict[int, City | None] = {}
    hits = []
    for position in _candidates(plans, directory):
        record = directory.records[position]
        reasons: list[dict[str, Any]] = []
        score = 0
        place = _place(record, directory, places) if located or any(p.cities for p in plans) else None
        for plan in plans:
            found = _match(record, position, plan, by_id, place, directory)
            if not found:
                break
            if plan.named:
                found = [{**r, "named": True} for r in found]
            reasons.extend(found)
            score += max(STRENGTH[r["match"]] for r in found)
        else:
            hit = {**with_links(record), "matched": reasons, "score": score, "origin": origin(directory, record)}
            if located:
                hit["_place"] = place
            hits.append(hit)
    return hits


def _candidates(plans: list[_Plan], directory: Directory) -> Iterable[int]:
    """The records worth matching: for concept criteria, only those the term index lists.

    A concept criterion matches nothing but records naming a term in its closure (or a compound
    it is part of), so the index gives exactly the records a full scan would keep, in order.
    """
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


# -- saying why nothing matched ----------------------------------------------------------


def _count(n: int, noun: str = "record") -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _lists(n: int, what: str) -> str:
    return f"{_count(n)} list{'s' if n == 1 else ''} {what}"


def nothing_matches(directory: Directory, query: Query) -> NoResults:
    """Why a query found nothing: what excluded the records that list the term, never
    "no record lists X" when some do; "did you mean" suggestions for words not known."""
    label = describe(query) or "that"
    if query.kind:
        others = find(directory, query._replace(kind=None, sort=None))
        if others:
            return NoResults(
                f"nothing matches {label} among {query.kind}s: {_count(len(others), 'result')} of another kind"
            )
    plans = _plans(directory, query)
    vocab = directory.vocabulary
    alone = {id(p): _matching(directory, [p], False) for p in plans}
    words = [p.criterion.text for p in plans if p.criterion.field is None and not p.closure and p.text_keys]
    close: list[str] = suggestions(directory, " ".join(words)) if len(words) > 1 else []
    reasons: list[str] = []
    for plan in plans:
        c = plan.criterion
        if alone[id(plan)]:
            continue
        if c.field == "hospital":
            reasons.append(f"no hospital in the directory is named {c.text!r}")
            close += suggestions(directory, c.text)
            continue
        if c.field in ("cancer", "treatment"):
            other = "treatment" if c.field == "cancer" else "cancer"
            if not vocab.resolve(c.text, c.field) and vocab.resolve(c.text, other):
                n = len(_matching(directory, [_plan(Criterion(c.text, other), directory)], False))
                also = f" ({_lists(n, 'it')})" if n else ""
                reasons.append(
                    f"{c.text} is {KIND_NAMES[other]}, not {KIND_NAMES[c.field]}{also}: try --{other} {c.text}"
                )
                continue
        terms = vocab.resolve(c.text, c.field if c.field in ("cancer", "treatment") else None)
        if terms and c.field != "city":
            reasons.append(f"no department or hospital in the directory lists {' or '.join(terms)}")
            continue
        if c.field == "city" or plan.cities or plan.province:
            reasons.append(f"no record is in {c.text}")
        else:
            reasons.append(f"no record mentions {c.text}")
        close += suggestions(directory, c.text)
    if reasons:
        if len(plans) == 1 and reasons[0].startswith("no department or hospital"):
            message = f"{reasons[0]}; try 'oncodir list cancers' or 'oncodir list treatments'"
        else:
            message = f"nothing matches {label}: " + "; ".join(reasons)
        return NoResults(message, list(dict.fromkeys(close)))
    # Each criterion alone matches something: say what kept them apart.
    main = next((p for p in plans if p.closure or p.text_keys), plans[0])
    listing = alone[id(main)]
    what = main.criterion.text
    together = _matching(directory, plans, query.near is not None)
    if together and query.near is not None:  # only the distance excluded them
        centre = near_city(directory, query.near)
        far = [round(distance_km(centre, h["_place"])) for h in together if h["_place"] is not None]
        if far:
            nearest = min(far)
            return NoResults(
                f"nothing matches {label}: {_lists(len(together), what)}; "
                f"the nearest is {nearest:,} km from {centre.name}"
            )
        return NoResults(f"nothing matches {label}: {_lists(len(together), what)}, none with a known location")
    excluded = ", ".join(_filter_text(p) for p in plans if p is not main)
    where = sorted({str(h.get("city")) for h in listing if h.get("city")})
    seen = f" (in {', '.join(where[:6])}{', …' if len(where) > 6 else ''})" if where else ""
    return NoResults(f"nothing matches {label}: {_lists(len(listing), what)}{seen}, none {excluded}")


def _filter_text(plan: _Plan) -> str:
    c = plan.criterion
    if plan.hospital_ids is not None:
        return f"in {c.text}"
    if plan.cities or plan.province or c.field == "city":
        return f"in {c.text}"
    return f"also matching {c.text!r}"


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
    close = suggestions(directory, name, places_only=True)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see 'oncodir list cities'"
    raise UsageError(f"unknown city {name!r} for --near{hint}")
