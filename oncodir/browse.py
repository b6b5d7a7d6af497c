"""Browsing: finding one record by name for ``show``, and the counts behind ``list``.

Pure functions over a :class:`~oncodir.directory.Directory`, like :mod:`oncodir.search`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from oncodir.directory import Directory, hospitals, names, origin
from oncodir.errors import Ambiguous, NoResults, UsageError
from oncodir.models import Record
from oncodir.text import contains_words, normalise

_LEADING = re.compile(r"^(the |department of |dept of )+")


def name_key(text: str) -> str:
    """How :func:`lookup` compares a name: normalised, without a leading 'the' or 'department of'."""
    return _LEADING.sub("", normalise(text))


def _name_keys(record: Record) -> list[str]:
    return [name_key(n) for n in names(record)]


def lookup(directory: Directory, name: str, kind: str | None = None) -> Record:
    """The one record a name means: by id, then exact name or alias, then a unique partial name."""
    records = [r for r in directory.records if kind is None or r.get("kind") == kind]
    for rec in records:
        if rec.get("id") == name:
            return rec
    key = name_key(name)
    if not key:
        raise UsageError("an empty name matches nothing; give an id or a name")
    for found in _tiers(records, key):
        if len(found) == 1:
            return found[0]
        if found:
            raise Ambiguous(name, [(str(r["id"]), label(r)) for r in found])
    what = kind or "hospital or department"
    from oncodir.suggest import suggestions

    raise NoResults(f"no {what} named {name!r}", suggestions(directory, name))


def _tiers(records: list[Record], key: str) -> Iterator[list[Record]]:
    """Records a name key means, closest first: by id, by a whole name or alias, by words of one."""
    yield [r for r in records if normalise(str(r.get("id"))) == key]
    yield [r for r in records if key in _name_keys(r)]
    yield [r for r in records if any(contains_words(k, key) for k in _name_keys(r))]


def lookup_all(
    directory: Directory, wanted: list[str], kind: str | None = None, *, unique: bool = True
) -> list[Record]:
    """The records a list of names means (see :func:`lookup`), each once (or, not ``unique``,
    once for each time it is named: ``compare`` may set a record beside itself), in the order named.

    Linear in names and records: ids (what ``find --format ids | show -`` sends) are looked up
    in one map, the first record with an id as :func:`lookup` takes it, and records are told
    apart by id (ids are unique once the databases are merged).
    """
    by_id: dict[Any, Record] = {}
    for rec in directory.records:
        if kind is None or rec.get("kind") == kind:
            by_id.setdefault(rec.get("id"), rec)
    records: list[Record] = []
    seen: set[str] = set()
    for name in wanted:
        record = by_id.get(name)
        if record is None:
            record = lookup(directory, name, kind)
        if not unique or str(record.get("id")) not in seen:
            seen.add(str(record.get("id")))
            records.append(record)
    return records


def with_origin(directory: Directory, records: list[Record]) -> list[Record]:
    """The records with their ``origin`` ('user' or 'bundled') added."""
    return [{**r, "origin": origin(directory, r)} for r in records]


def label(record: Record) -> str:
    """'Radiotherapy, Beijing Cancer Hospital': a name readable without its id."""
    if record.get("kind") == "department":
        hospital = record.get("hospital") or f"hospital not named, {record.get('city') or 'city not stated'}"
        return f"{record.get('name')}, {hospital}"
    return str(record.get("name"))


def facet(directory: Directory, what: str) -> list[dict[str, Any]]:
    """Rows for ``oncodir list WHAT``, each with a count."""
    if what in ("cancers", "treatments"):
        return _term_rows(directory, what)
    rows_of = {"hospitals": _hospital_rows, "departments": _department_rows, "cities": _city_rows}
    if what not in rows_of:
        raise ValueError(what)
    return rows_of[what](directory)


def _hospital_rows(directory: Directory) -> list[dict[str, Any]]:
    counts = Counter(r.get("hospital_id") for r in directory.records if r.get("kind") == "department")
    rows = [
        {
            "id": r["id"],
            "name": r.get("name"),
            "city": r.get("city"),
            "province": r.get("province"),
            "departments": counts.get(r["id"], 0),
            "origin": origin(directory, r),
        }
        for r in hospitals(directory.records)
    ]
    return sorted(rows, key=lambda row: str(row["name"]).casefold())


def _department_rows(directory: Directory) -> list[dict[str, Any]]:
    rows = [
        {
            "id": r["id"],
            "name": r.get("name"),
            "hospital": r.get("hospital"),
            "city": r.get("city"),
            "province": r.get("province"),
            "origin": origin(directory, r),
        }
        for r in directory.records
        if r.get("kind") == "department"
    ]
    return sorted(rows, key=lambda row: (str(row["hospital"] or "~").casefold(), str(row["name"]).casefold()))


def _term_rows(directory: Directory, fname: str) -> list[dict[str, Any]]:
    """Cancers or treatments: records naming the term or a narrower one, and the term itself."""
    kind = fname[:-1]
    vocab = directory.vocabulary
    # Counted from the term index (positions of the records naming each term), not by walking
    # every record for every term: at 100,000 departments that took 8.5 s.
    by_term = directory.term_index.get(fname, {})
    rows = []
    for term, concept in vocab.concepts.items():
        if concept.kind != kind:
            continue
        closure = {*vocab.narrower(term), *vocab.wholes(term)}  # what 'find TERM' matches
        total = len(set().union(*(by_term.get(t, ()) for t in closure)))
        if total:
            direct = len(set(by_term.get(term, ())))
            row = {"term": term, "records": total, "direct": direct}
            names = [*concept.synonyms, *concept.abbreviations, *concept.zh]
            rows.append({**row, "broader": list(concept.broader), "zh": list(concept.zh), "names": names})
    return sorted(rows, key=lambda row: (-row["records"], row["term"].casefold()))


def _city_rows(directory: Directory) -> list[dict[str, Any]]:
    # Counted by city and province: "Suzhou" is two cities, told apart by the record's province.
    counts = Counter((r.get("city"), r.get("province")) for r in directory.records if r.get("city"))
    rows = []
    for (name, province_given), n in counts.items():
        city = directory.gazetteer.locate(str(name), province_given)
        zh, province = (city.zh, city.province) if city else (None, province_given)
        rows.append({"city": name, "zh": zh, "province": province, "records": n})
    return sorted(rows, key=lambda row: (-row["records"], str(row["city"]).casefold()))
