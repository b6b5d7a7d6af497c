"""Records side by side: one row per fact, one column per record, and which facts differ.

A fact reads here exactly as ``show`` prints it (:mod:`oncodir.details`), so a coordinator sees
the same words in a comparison as in the full record; the views, the Markdown writer and the
machine formats only lay these rows out. No Rich and no Typer here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from oncodir import details
from oncodir.browse import label

# The facts compared, in the order people read them: (key in TSV, CSV and JSON, label).
# Each but kind, hospital, location and the source's date is a label of details.facts.
FACTS = (
    ("kind", "Kind"),
    ("hospital", "Hospital"),
    ("location", "Location"),
    ("beds", "Beds"),
    ("staff", "Staff"),
    ("annual_patients", "Patients a year"),
    ("established", "Established"),
    ("cancers", "Cancers"),
    ("treatments", "Treatments"),
    ("programs", "Programmes"),
    ("people", "People"),
    ("source", "Source"),
    ("source_date", "Source date"),
)
HEAD = (("name", "Name"), ("id", "Id"))  # what names each column: a table's header, TSV's first rows


class Row(NamedTuple):
    """One fact of every record: its lines for each record, in order ([] where the source is silent)."""

    key: str
    label: str
    values: list[list[str]]

    @property
    def differs(self) -> bool:
        """Do the records say different things here (a fact stated by one and not another included)?"""
        return any(v != self.values[0] for v in self.values[1:])


def _hospital(record: Mapping[str, Any], facts: Mapping[str, list[str]]) -> list[str]:
    if record.get("kind") == "hospital":  # a hospital's hospital is itself, written as a department's is
        return [f"{record.get('name')} ({record.get('id')})"]
    return facts.get("Hospital", [])


def facts_of(record: Mapping[str, Any]) -> dict[str, list[str]]:
    """Every compared fact of one record, by key."""
    facts = dict(details.facts(record))
    source = details.source_of(record)
    own = {
        "kind": details.one(record.get("kind")),
        "hospital": _hospital(record, facts),
        "location": details.place(record),
        "source": details.source_lines(record, dates=False),
        "source_date": [details.source_dates(source)] if source else [],
    }
    return {key: own[key] if key in own else facts.get(name, []) for key, name in FACTS}


def rows(records: Sequence[Mapping[str, Any]]) -> list[Row]:
    """The comparison: a row for each fact in :data:`FACTS`, a value for each record."""
    each = [facts_of(r) for r in records]
    return [Row(key, name, [f[key] for f in each]) for key, name in FACTS]


def heading(record: Mapping[str, Any]) -> str:
    """A column's title: 'Radiotherapy, Beijing Cancer Hospital' (a department with its hospital)."""
    return label(dict(record))


def as_json(records: Sequence[Mapping[str, Any]], compared: Sequence[Row]) -> dict[str, Any]:
    """The comparison as one JSON object: the records compared, then each fact's values (a record
    silent on it: null; several lines joined with '; ') and whether they differ."""
    return {
        "records": [{key: r.get(key) for key, _ in (*HEAD, ("kind", ""))} for r in records],
        "facts": [
            {
                "fact": row.key,
                "label": row.label,
                "differs": row.differs,
                "values": [joined(v) or None for v in row.values],
            }
            for row in compared
        ],
    }


def joined(lines: Sequence[str]) -> str:
    """A fact's lines as one cell ('' when not stated), as lists are joined in TSV and CSV."""
    return "; ".join(lines)
