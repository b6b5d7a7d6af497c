"""Explaining: the ranked results of a query, or a true account of why there are none.

Never "no record lists X" when some do: when each criterion alone matches something, the
message says what kept them apart (the city, the distance, the other word); a word nothing
knows gets "did you mean" suggestions (:mod:`oncodir.suggest`, imported only then).
"""

from __future__ import annotations

from typing import Any

from oncodir import search
from oncodir.directory import Directory
from oncodir.errors import NoResults
from oncodir.geo import distance_km
from oncodir.query import Criterion, Query, describe

KIND_NAMES = {"cancer": "a cancer type", "treatment": "a treatment"}


def answer(directory: Directory, query: Query) -> list[dict[str, Any]]:
    """The ranked results (:func:`find`); when there are none, NoResults saying why."""
    hits = search.find(directory, query)
    if not hits:
        problem = nothing_matches(directory, query)
        if query.set_aside:  # one line still: the words set aside go at its end
            raise NoResults(f"{problem} (set aside: {', '.join(query.set_aside)})", problem.suggestions)
        raise problem
    return hits


def _count(n: int, noun: str = "record") -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _lists(n: int, what: str) -> str:
    return f"{_count(n)} list{'s' if n == 1 else ''} {what}"


def nothing_matches(directory: Directory, query: Query) -> NoResults:
    """Why a query found nothing: what excluded the records that list the term, never
    "no record lists X" when some do; "did you mean" suggestions for words not known."""
    from oncodir.suggest import suggest_for  # only when nothing matched

    label = describe(query) or "that"
    if query.kind:
        others = search.find(directory, query._replace(kind=None, sort=None))
        if others:
            return NoResults(
                f"nothing matches {label} among {query.kind}s: {_count(len(others), 'result')} of another kind"
            )
    plans = search.plans_for(directory, query)
    vocab = directory.vocabulary
    alone = {id(p): search.matching(directory, [p], False) for p in plans}
    # The free words together first: "lung cancr" is "lung cancer", though "lung" alone is known.
    words = [p.criterion.text for p in plans if p.criterion.field is None]
    # Words to suggest for, looked at once at the end and in bounded time (pasted text: none).
    wanted: list[str] = [" ".join(words)] if len(words) > 1 else []
    reasons: list[str] = []
    for plan in plans:
        c = plan.criterion
        if alone[id(plan)]:
            continue
        if c.field == "hospital":
            reasons.append(f"no hospital in the directory is named {c.text!r}")
            wanted.append(c.text)
            continue
        if c.field in ("cancer", "treatment"):
            other = "treatment" if c.field == "cancer" else "cancer"
            if not vocab.resolve(c.text, c.field) and vocab.resolve(c.text, other):
                n = len(search.matching(directory, [search.plan_for(Criterion(c.text, other), directory)], False))
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
        wanted.append(c.text)
    close = suggest_for(directory, wanted) if reasons else []
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
    together = search.matching(directory, plans, query.near is not None)
    if together and query.near is not None:  # only the distance excluded them
        centre = search.near_city(directory, query.near)
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


def _filter_text(plan: search.Plan) -> str:
    c = plan.criterion
    if plan.hospital_ids is not None:
        return f"in {c.text}"
    if plan.cities or plan.province or c.field == "city":
        return f"in {c.text}"
    return f"also matching {c.text!r}"
