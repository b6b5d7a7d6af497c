"""Narrowing a query to the records that may answer it, through the query index.

Each function returns a :class:`~oncodir.directory.Directory` holding a superset of what the
query can return or weigh (with the full vocabulary, cities, stop words, hospital names and
record names), so that :mod:`oncodir.search`, :mod:`oncodir.explain` and :mod:`oncodir.browse`
then answer exactly as over every record.

Each criterion is planned by :func:`oncodir.search.plans_for` itself and narrowed the way
:func:`oncodir.search.matching` matches that plan: hospitals by the ids the plan holds (any
name, alias or id), places by the gazetteer city or province each record was given when the
index was built, concepts by the postings of every term in the closure and every compound the
concept is a part of ("colorectal cancer" for colon cancer), words by the substring test
search applies before it looks for whole words, and a person's name in any order by its parts.
A criterion the index cannot narrow (an unknown term restricted to --cancer or --treatment)
leaves every record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from oncodir import explain, search
from oncodir.directory import Directory
from oncodir.models import with_links
from oncodir.output import Encoded, Reads, Utf8
from oncodir.query import Criterion, Query
from oncodir.storage import index_docs
from oncodir.storage.index import FACETS, Index, Narrowed, place_key
from oncodir.text import normalise

# Result keys a writer may read from a result ranked over slim records: the same values as a whole one.
COVERED = frozenset((*index_docs.SLIM, *index_docs.ADDED))


def for_plan(index: Index) -> Directory:
    """A Directory with the vocabulary, cities, stop words and hospital names but no records:
    enough to read a question (:mod:`oncodir.query`) and plan it."""
    return index.directory(())


class Candidates:
    """The records that may meet one criterion (``None``: any record), the hospitals whose names
    its reasons print, and whether it is matched by words (search then tests the index's text)."""

    __slots__ = ("extra", "positions", "words")

    def __init__(self, positions: set[int] | None, extra: frozenset[int] = frozenset(), words: bool = False) -> None:
        self.positions = positions
        self.extra = extra
        self.words = words


def candidates(index: Index, plan: search.Plan) -> Candidates:
    """Every record that :func:`oncodir.search.matching` may find meeting ``plan`` (a superset)."""
    criterion = plan.criterion
    if plan.hospital_ids is not None:
        if criterion.field == "hospital" and plan.key not in index.hospital_names():
            # Words of a hospital's name: the plan tests the hospitals it is given, so give it
            # every hospital whose names hold the key (whole words are a part of the substring).
            hospitals = index.scan("rec", "kind = 'hospital' AND instr(names, ?) > 0", (plan.key,))
            plan = search.plan_for(criterion, index.directory(hospitals))
        ids = sorted(plan.hospital_ids or ())
        own = frozenset(index.id_positions(ids).values())
        return Candidates(index.department_positions(ids) | own, own)
    if plan.cities:
        labels = sorted({place_key(c) for c in plan.cities})
        return Candidates(index.positions_where(f"place IN ({','.join('?' * len(labels))})", labels))
    if plan.province is not None:
        return Candidates(index.positions_where("province = ?", (plan.province,)))
    if criterion.field == "city":
        return Candidates(index.scan("rec", "city = ?", (plan.key,)))
    if plan.closure:
        terms = [*plan.closure, *plan.wholes]
        return Candidates(set().union(*(index.term_positions(fname, terms) for fname in plan.fields)))
    if criterion.field in ("cancer", "treatment"):
        return Candidates(None)  # an unknown term in one field: matched against each record's terms and wording
    positions = index.text_positions(plan.text_keys)
    if plan.person:  # "Fang Meiyu" is "Mei-yu Fang": every part, anywhere in the text
        positions |= index.joined_positions(normalise(p).replace(" ", "") for p in plan.person)
    return Candidates(positions, words=True)


def _directory(index: Index, found: list[Candidates], combine: str, texts: bool = False) -> Directory:
    """The records of the candidates, all of them (``combine`` "and") or any (``"or"``)."""
    narrowed = [c.positions for c in found if c.positions is not None]
    if not narrowed or (combine == "or" and len(narrowed) < len(found)):
        return index.directory(index.all_positions())
    chosen = set.intersection(*narrowed) if combine == "and" else set.union(*narrowed)
    extra = frozenset().union(*(c.extra for c in found))
    words = any(c.words for c in found)
    # Matched by terms, places and hospitals alone (every criterion narrowed, none by words):
    # search reads only the slim fields, so ranking needs no more of each candidate.
    slim = combine == "and" and not words and len(narrowed) == len(found)
    directory = index.directory(chosen | extra, text=words, slim=slim, texts=texts)
    directory.candidates_only = combine == "and"
    return directory


def for_find(index: Index, query: Query, texts: bool = False) -> Directory:
    """A Directory holding every record that may answer the query (a superset), for search.find;
    with ``texts``, slim records come with their stored JSON (for a writer of compact JSON)."""
    if not query.criteria:
        # Only --near: every record with a location (ranked by place: slim); nothing: find says what to give.
        return index.directory(index.all_positions(), slim=True) if query.near is not None else index.directory(())
    probe = for_plan(index)
    plans = search.plans_for(probe, query)  # raises the usage errors find would, in its order
    return _directory(index, [candidates(index, p) for p in plans], "and", texts)


def for_explain(index: Index, query: Query) -> Directory:
    """Every record that may meet any one criterion of the query: what :func:`oncodir.explain.
    nothing_matches` weighs (each criterion alone, the other field of a term given to the wrong
    one, all of them together)."""
    probe = for_plan(index)
    plans = search.plans_for(probe, query)
    vocab = probe.vocabulary
    for plan in list(plans):
        c = plan.criterion
        if c.field in ("cancer", "treatment"):
            other = "treatment" if c.field == "cancer" else "cancer"
            if vocab.resolve(c.text, other):  # "X is a treatment, not a cancer: N records list it"
                plans.append(search.plan_for(Criterion(c.text, other), probe))
    return _directory(index, [candidates(index, p) for p in plans], "or")


def answer(index: Index, query: Query, reads: Reads | None = None) -> list[Any]:
    """The ranked results, as :func:`oncodir.explain.answer` gives them over every record: searched
    among the query's candidates; when none matches, explained among every criterion's. Those a
    writer prints are complete for what it ``reads`` (see :func:`finish`); by default, all of them.

    The cyclic garbage collector is paused meanwhile: tens of thousands of records and results
    are made and none is garbage (collecting while they were made cost a fifth of the time of a
    query with 10,000 results)."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        found = for_find(index, query, texts=reads is not None and reads.encoded)
        hits = search.find(found, query)
        if hits:
            done = finish(index, found, hits, reads)
            _KEPT[:] = (found, hits)
            return done
        return explain.answer(for_explain(index, query), query)
    finally:
        if paused:
            gc.enable()


# The last answer's candidates and ranked hits, kept instead of freed when it returns: a run
# ends without the interpreter's clean-up (oncodir.__main__.finish), and freeing tens of
# thousands of small objects one by one cost 18 ms of a query with 10,911 results. The next
# answer in the same process (tests) frees them.
_KEPT: list[Any] = []


def finish(index: Index, found: Directory, hits: list[dict[str, Any]], reads: Reads | None = None) -> list[Any]:
    """Results ranked over slim records (``found``), made what the writer reads of them: as they
    are when it reads only fields they hold; else, for the ones it prints (``reads.limit``), the
    compact JSON it would write (``reads.encoded``), or the whole results. The rest stay slim
    (only counted). Results ranked over whole records are returned as they are."""
    if not (isinstance(found, Narrowed) and found.slim):
        return hits
    if reads is not None and reads.fields is not None and COVERED.issuperset(reads.fields):
        return hits
    shown = hits if reads is None or reads.limit is None else hits[: reads.limit]
    where = dict(zip((str(r["id"]) for r in found.records), found.positions, strict=True))
    positions = [where[str(h["id"])] for h in shown]
    if reads is not None and reads.encoded:
        bodies = found.texts if found.texts is not None else index_docs.bodies(index, positions)
        done: list[Any] = (reads.utf8 and _utf8(index, shown, positions, bodies)) or _encoded(
            index, shown, positions, bodies
        )
    else:
        records = {pos: record for pos, record, _, _ in index.rows(positions)}
        done = [_whole(records[pos], hit) for pos, hit in zip(positions, shown, strict=True)]
    return [*done, *hits[len(shown) :]]


def _whole(record: Mapping[str, Any], hit: Mapping[str, Any]) -> dict[str, Any]:
    """The result search makes of the whole record: the keys it adds, added the same way."""
    return {**with_links(record), **{k: hit[k] for k in index_docs.ADDED if k in hit}}


def _tail_key(hit: Mapping[str, Any]) -> tuple[Any, ...]:
    """What tells apart the keys results add, encoded once per distinct value: results naming the
    same terms share their reason dicts (search._concept_reasons), so the ids of those, with the
    score, origin and distance (its repr: 0.0 and -0.0 are equal keys). Every hit is alive while
    its results are made, so no id is reused."""
    return (*map(id, hit["matched"]), hit["score"], hit["origin"], repr(hit.get("distance_km")))


def _encoded(
    index: Index, shown: list[dict[str, Any]], positions: list[int], bodies: Mapping[int, tuple[bytes, int]]
) -> list[Encoded]:
    """Each result's compact JSON: the record's stored JSON (read with its slim form, or now),
    then the keys the result adds."""
    encode = index_docs.encoder()
    tails: dict[tuple[Any, ...], str] = {}
    out = []
    for pos, hit in zip(positions, shown, strict=True):
        raw, links = bodies[pos]
        if links & index_docs.NOT_PLAIN:  # the record has a key the result sets: its order differs
            out.append(Encoded(encode(_whole(index.rows([pos])[0][1], hit))))
            continue
        key = _tail_key(hit)
        tail = tails.get(key)
        if tail is None:
            tail = tails[key] = encode({k: hit[k] for k in index_docs.ADDED if k in hit})[1:]
        out.append(Encoded(f"{raw.decode('utf-8', 'surrogatepass')}, {tail}"))
    return out


def _utf8(
    index: Index, shown: list[dict[str, Any]], positions: list[int], bodies: Mapping[int, tuple[bytes, int]]
) -> list[Utf8] | None:
    """Each result's compact JSON as UTF-8 (:class:`oncodir.output.Utf8`): the record's stored
    JSON as it is, then the keys the result adds. None when a record or a query holds a lone
    surrogate (its text is then not UTF-8: the text path writes it, or fails, as it would)."""
    encode = index_docs.encoder()
    tails: dict[tuple[Any, ...], bytes] = {}
    out = []
    try:
        for pos, hit in zip(positions, shown, strict=True):
            raw, links = bodies[pos]
            if links & (index_docs.NOT_PLAIN | index_docs.SURROGATES):
                if links & index_docs.SURROGATES:
                    return None
                # the record has a key the result sets: its order differs
                out.append(Utf8(encode(_whole(index.rows([pos])[0][1], hit)).encode()))
                continue
            key = _tail_key(hit)
            tail = tails.get(key)
            if tail is None:
                tail = tails[key] = b", " + encode({k: hit[k] for k in index_docs.ADDED if k in hit})[1:].encode()
            out.append(Utf8(raw, tail))
    except UnicodeEncodeError:
        return None
    return out


def facet(index: Index, what: str) -> list[dict[str, Any]]:
    """The rows of ``oncodir list WHAT``: counted when the index was built, or (departments: a row
    per department) made by :func:`oncodir.browse.facet` over every record's slim form, which holds
    every field those rows print."""
    from oncodir.browse import facet as rows

    if what in FACETS:
        return index.facet(what)
    return rows(index.directory(index.all_positions(), slim=True), what)


def for_lookup(index: Index, names: Sequence[str], kind: str | None) -> Directory:
    """A Directory holding every record ``browse.lookup`` may return or weigh for these names."""
    from oncodir.browse import name_key

    by_id = index.id_positions(list(dict.fromkeys(names)))
    positions: set[int] = set()
    for name in dict.fromkeys(names):
        if name in by_id:
            positions.add(by_id[name])
            if kind is None:
                continue  # lookup returns the record with this id before weighing any name
        key = name_key(name)
        if key:
            positions |= index.name_positions(name, key)
    return index.directory(positions)


def with_departments(index: Index, records: Sequence[Mapping[str, Any]]) -> Directory:
    """A Directory of these records and the departments of the hospitals among them (for ``show``)."""
    ids = [str(r["id"]) for r in records]
    hospitals = [str(r["id"]) for r in records if r.get("kind") == "hospital"]
    positions = set(index.id_positions(ids).values()) | index.department_positions(hospitals)
    return index.directory(positions)
