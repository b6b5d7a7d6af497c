"""The one rule set: what ``oncodir validate`` reports, ``import`` refuses and ``data/build.py``
will not build.

The same rules everywhere, so an import never writes a record that ``validate`` would call a
problem, and the bundled database builds exactly when ``validate`` passes on it. A record's
shape is :func:`oncodir.models.validate`; the rules about the whole directory are here.

Problems (exit 2): a wrong shape, a missing required field, a repeated id, a department linked
to a hospital id that no database holds, a cancer or treatment term that is a synonym not
written as its canonical term, or a term of the wrong kind. Warnings (reported, not failures):
a term the vocabulary does not know. Users may record a cancer or treatment the vocabulary
lacks; it is then found by ``--cancer``/``--treatment`` text matching only. The bundled
directory is held to the stricter rule that every term is in the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oncodir import geo, vocabulary
from oncodir.directory import hospitals
from oncodir.errors import DatabaseError
from oncodir.models import TERM_FIELDS, validate
from oncodir.vocabulary import Vocabulary


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def term_findings(record: Mapping[str, Any], vocab: Vocabulary, *, strict: bool = False) -> Findings:
    """Problems and warnings about the cancers and treatments of one record."""
    out = Findings()
    for fname, kind in TERM_FIELDS.items():
        terms = record.get(fname)
        if not isinstance(terms, list):
            continue  # the shape check reports it
        for term in terms:
            if not isinstance(term, str):
                continue
            if term in vocab and vocab.concepts[term].kind == kind:
                continue
            same_kind = vocab.resolve(term, kind)
            if len(same_kind) == 1:
                out.problems.append(f"{fname}: {term!r} should be written as the vocabulary term {same_kind[0]!r}")
            elif vocab.resolve(term):
                other = vocab.resolve(term)[0]
                out.problems.append(
                    f"{fname}: {term!r} is a {vocab.concepts[other].kind} in the vocabulary, not a {kind}"
                )
            elif strict:
                out.problems.append(f"{fname}: {term!r} is not a {kind} term in the vocabulary")
            else:
                out.warnings.append(f"{fname}: {term!r} is not in the vocabulary (kept as written)")
    return out


def record_findings(
    record: Any, vocab: Vocabulary, hospital_ids: Iterable[str] | None, *, strict: bool = False
) -> Findings:
    """Everything wrong with one record: shape and required fields, its hospital link, its terms."""
    out = Findings(problems=validate(record))
    if not isinstance(record, Mapping):
        return out
    terms = term_findings(record, vocab, strict=strict)
    out.problems += terms.problems
    out.warnings += terms.warnings
    hid = record.get("hospital_id")
    linked = record.get("kind") == "department" and isinstance(hid, str) and hid
    if hospital_ids is not None and linked and hid not in set(hospital_ids):
        out.problems.append(f"hospital_id: no hospital has the id {hid!r}")
    return out


def record_label(record: Any, number: int) -> str:
    rid = record.get("id") if isinstance(record, Mapping) else None
    return f"record {number} ({rid})" if isinstance(rid, str) and rid else f"record {number}"


Tables = Mapping[str, list[dict[str, Any]]]


def check_database(
    label: str, path: Path, vocab: Vocabulary, hospital_ids: set[str], *, strict: bool
) -> tuple[list[str], list[str]]:
    """Lines ``LABEL: record N (ID): field: problem`` for one database file."""
    from oncodir.storage.read import read_tables

    try:
        tables = read_tables(path)
    except DatabaseError as exc:
        return [f"{label}: {exc.problem}"], []
    return check_tables(label, tables, vocab, hospital_ids, strict=strict)


def check_tables(
    label: str, tables: Tables, vocab: Vocabulary, hospital_ids: set[str], *, strict: bool
) -> tuple[list[str], list[str]]:
    """Problems and warnings in one database's tables: its records, then its vocabulary rows."""
    problems, warnings = _check_records(label, tables.get("records", []), vocab, hospital_ids, strict=strict)
    problems += _check_vocabulary(label, tables.get("vocabulary", []), vocab)
    problems += _check_cities(label, tables.get("cities", []))
    return problems, warnings


def _check_records(
    label: str, records: list[dict[str, Any]], vocab: Vocabulary, hospital_ids: set[str], *, strict: bool
) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        where = f"{label}: {record_label(record, number)}"
        found = record_findings(record, vocab, hospital_ids, strict=strict)
        problems += [f"{where}: {p}" for p in found.problems]
        warnings += [f"{where}: warning: {w}" for w in found.warnings]
        rid = record.get("id")
        if isinstance(rid, str) and rid:
            if rid in seen:
                problems.append(f"{where}: id: repeats record {seen[rid]}")
            seen.setdefault(rid, number)
    return problems, warnings


def _check_vocabulary(label: str, rows: list[dict[str, Any]], vocab: Vocabulary) -> list[str]:
    problems = []
    for number, row in enumerate(rows, start=1):
        shape = vocabulary.row_problems(row)
        term = row.get("term")
        where = f"{label}: vocabulary {number}" + (f" ({term})" if isinstance(term, str) and term else "")
        problems += [f"{where}: {p}" for p in shape]
        if shape:
            continue
        problems += [
            f"{where}: broader: {parent!r} is not a term" for parent in row.get("broader") or [] if parent not in vocab
        ]
    return problems


def _check_cities(label: str, rows: list[dict[str, Any]]) -> list[str]:
    problems = []
    for number, row in enumerate(rows, start=1):
        name = row.get("name")
        where = f"{label}: city {number}" if label else f"city {number}"
        where += f" ({name})" if isinstance(name, str) and name else ""
        problems += [f"{where}: {p}" for p in geo.row_problems(row)]
    return problems


def sound_vocabulary(*tables: Tables) -> Vocabulary:
    """The vocabulary of these databases' well-formed rows (the others are reported on their own)."""
    return Vocabulary.from_rows(
        [row for t in tables for row in t.get("vocabulary", []) if not vocabulary.row_problems(row)]
    )


def check_bundled(tables: Tables) -> list[str]:
    """Problems in the bundled directory's tables, exactly as ``oncodir validate`` reports them.

    ``data/build.py`` refuses to build a database with any, so "the build passes" and
    "validate passes on the bundled directory" mean the same thing.
    """
    try:
        vocab = sound_vocabulary(tables)
    except (KeyError, TypeError, ValueError) as exc:
        return [f"vocabulary: malformed ({type(exc).__name__}: {exc})"]
    problems, _ = check_tables("bundled", tables, vocab, _hospital_ids(tables), strict=True)
    return problems


def _tables_or_empty(path: Path) -> dict[str, list[dict[str, Any]]]:
    from oncodir.storage.read import read_tables

    try:
        return read_tables(path)
    except DatabaseError:
        return {}


def _hospital_ids(tables: Mapping[str, list[dict[str, Any]]]) -> set[str]:
    return {str(r.get("id")) for r in hospitals(tables.get("records", [])) if r.get("id")}


def _count(tables: Mapping[str, list[dict[str, Any]]]) -> str:
    n = len(tables.get("records", []))
    return "1 record" if n == 1 else f"{n} records"


def validate_all(bundled: Path, user: Path | None) -> tuple[list[str], list[str], str]:
    """Problems and warnings in the bundled database and the user's, and what was checked.

    Links may point from the user's database into the bundled one (a department of a bundled
    hospital), so both databases' hospital ids count; the user's vocabulary rows count too.
    """
    base = _tables_or_empty(bundled)
    mine = _tables_or_empty(user) if user is not None else {}
    try:
        vocab = sound_vocabulary(base, mine)
    except (KeyError, TypeError, ValueError) as exc:
        return [f"vocabulary: malformed ({type(exc).__name__}: {exc})"], [], "the vocabulary"
    ids = _hospital_ids(base) | _hospital_ids(mine)
    problems, warnings = check_database("bundled", bundled, vocab, ids, strict=True)
    checked = f"the bundled directory ({_count(base)})"
    if user is not None:
        more, more_warnings = check_database(str(user), user, vocab, ids, strict=False)
        problems += more
        warnings += more_warnings
        checked += f" and {user} ({_count(mine)})"
    else:
        checked += " (you have no database of your own yet)"
    return problems, warnings, checked
