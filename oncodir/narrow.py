"""Narrowing a query to the records that may answer it, through the query index.

Each function returns a :class:`~oncodir.directory.Directory` holding a superset of what the
query can return or weigh (with the full vocabulary, cities and record names), so that
:mod:`oncodir.search` and :mod:`oncodir.browse` then answer exactly as over every record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from oncodir.directory import Directory
from oncodir.storage.index import Index, place_key


def for_plan(index: Index) -> Directory:
    """A Directory with the vocabulary and cities but no records: enough to plan a query."""
    return index.directory(())


def for_find(index: Index, criteria: Sequence[Any]) -> Directory:
    """A Directory holding every record that may answer these criteria (a superset), for search.find.

    Each criterion is planned exactly as :func:`oncodir.search.find` plans it, and narrowed by the
    index the way that plan matches: concepts by term postings, places by the gazetteer city or
    province each record was given at build time, hospitals by name, words by the same substring
    test search applies first. A criterion the index cannot narrow leaves all records.
    """
    from oncodir.search import resolve_criterion
    from oncodir.text import normalise

    probe = for_plan(index)
    unique = {(normalise(c.text), c.field): c for c in criteria}
    narrowed: list[set[int]] = []
    extra: set[int] = set()
    words = False  # a criterion matched by words: fetch the text search tests first
    for criterion in unique.values():
        plan = resolve_criterion(criterion, probe)  # raises the same usage errors find would
        if plan.hospital_ids is not None:
            # The plan scans hospitals by id and name: give it every hospital whose names contain the key.
            hospitals = index.scan("rec", "kind = 'hospital' AND instr(names, ?) > 0", (plan.key,))
            plan = resolve_criterion(criterion, index.directory(hospitals))
            extra |= hospitals
            ids = sorted(plan.hospital_ids or ())
            positions = index.department_positions(ids) | set(index.id_positions(ids).values())
        elif plan.cities:
            labels = sorted({place_key(c) for c in plan.cities})
            positions = index.positions_where(f"place IN ({','.join('?' * len(labels))})", labels)
        elif plan.province is not None:
            positions = index.positions_where("province = ?", (plan.province,))
        elif criterion.field == "city":
            positions = index.scan("rec", "city = ?", (plan.key,))
        elif plan.closure:
            positions = set()
            for fname in plan.fields:
                positions |= index.term_positions(fname, plan.closure)
        elif criterion.field in ("cancer", "treatment"):
            continue  # an unknown term in one field: matched against each record's terms and wording
        else:
            positions = index.text_positions(plan.text_keys)
            words = True
        narrowed.append(positions)
    if not narrowed:
        return index.directory(index.all_positions())
    chosen = set.intersection(*narrowed)
    return index.directory(chosen | extra, text=words)


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
