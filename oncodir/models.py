"""Records: field names, how each field reads as text, and validation.

A record is a plain JSON object (the same shape in the database, in JSON output and in
import input), so it stays a ``dict``; this module knows its fields. Quantities are
objects such as ``{"value": 40, "qualifier": "more than"}`` because the sources often
give counts as "more than" or "nearly", and a bare 40 would overstate what they say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary

Record = dict[str, Any]

KINDS = ("hospital", "department")
NOT_STATED = "not stated"

# Every known field, in the order that detail views, CSV and TSV use.
FIELDS = (
    "kind",
    "id",
    "name",
    "aliases",
    "hospital",
    "hospital_id",
    "city",
    "province",
    "country",
    "cancers",
    "treatments",
    "wording",
    "summary",
    "beds",
    "staff",
    "people",
    "established",
    "annual_patients",
    "programs",
    "notes",
    "source",
    "references",
)
# Keys that search results add to records; import drops them. "origin" is "user" or "bundled".
# The fields a word that is not a vocabulary term is looked for in.
TEXT_FIELDS = ("name", "aliases", "hospital", "programs", "people", "summary", "notes", "wording")
RESULT_FIELDS = ("matched", "score", "distance_km", "origin")
REQUIRED = ("kind", "name", "id", "source")  # name before id: a missing id is made from the name
TERM_FIELDS = {"cancers": "cancer", "treatments": "treatment"}
_ID = re.compile(r"^[^\s/]+(/[^\s/]+)?$")


def quantity_text(q: Any) -> str:
    """'more than 40 (approved beds)' from a quantity object; plain numbers pass through."""
    if q is None:
        return NOT_STATED
    if not isinstance(q, Mapping):
        return str(q)
    value = q.get("value")
    text = f"{value:,}" if isinstance(value, int) else str(value)
    if q.get("qualifier"):
        text = f"{q['qualifier']} {text}"
    if q.get("note"):
        text = f"{text} ({q['note']})"
    return text


def person_text(p: Any) -> str:
    if not isinstance(p, Mapping):
        return str(p)
    parts = [str(p.get("name") or "")]
    extra = ", ".join(str(p[k]) for k in ("role", "title") if p.get(k))
    return f"{parts[0]} ({extra})" if extra else parts[0]


def program_text(p: Any) -> str:
    if not isinstance(p, Mapping):
        return str(p)
    text = str(p.get("name") or "")
    if p.get("since"):
        text += f" (since {p['since']})"
    return text


def source_text(s: Any) -> str:
    if not isinstance(s, Mapping):
        return str(s) if s else NOT_STATED
    updated = s.get("updated") or "date not stated"
    return f"{s.get('document') or NOT_STATED}, updated {updated}"


def field_text(record: Mapping[str, Any], name: str) -> str:
    """One field as a single string, for TSV, CSV and table cells ('' when absent)."""
    value = record.get(name)
    if value is None or value == [] or value == {}:
        return ""
    if name in ("beds",):
        return quantity_text(value)
    if name in ("staff", "annual_patients"):
        return "; ".join(f"{k}: {quantity_text(v)}" for k, v in value.items())
    if name == "people":
        return "; ".join(person_text(p) for p in value)
    if name == "programs":
        return "; ".join(program_text(p) for p in value)
    if name == "source":
        return source_text(value)
    if name == "references":
        return "; ".join(str(r.get("name", r)) if isinstance(r, Mapping) else str(r) for r in value)
    if name == "wording":
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if name == "matched":
        return "; ".join(reason_text(m) for m in value)
    if name == "distance_km":
        return f"{value:.0f}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def reason_text(m: Mapping[str, Any]) -> str:
    """'melanoma (via skin cancer)', or 'name: "hospice"' for a text match."""
    if m.get("match") == "text":
        return f'{m["field"]}: "{m["query"]}"'
    if m.get("match") == "filter":
        return f"{m['field']}: {m['term']}"
    term, query = str(m["term"]), str(m.get("query") or "")
    return term if query.casefold() == term.casefold() else f"{term} (via {query})"


def with_links(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with ``hospital`` and ``hospital_id`` always present (null for hospitals).

    JSON consumers can then read the same keys from every result.
    """
    out = dict(record)
    out.setdefault("hospital", None)
    out.setdefault("hospital_id", None)
    return out


def validate(record: Any, vocab: Vocabulary | None = None, *, ids: Iterable[str] = ()) -> list[str]:
    """Problems with one record, as short phrases naming the field ('' list when valid)."""
    if not isinstance(record, Mapping):
        return ["not a JSON object"]
    problems = []
    for name in REQUIRED:
        if record.get(name) in (None, "", [], {}):
            problems.append(f"{name}: required")
    kind = record.get("kind")
    if kind is not None and kind not in KINDS:
        problems.append(f"kind: must be 'hospital' or 'department', not {kind!r}")
    rid = record.get("id")
    if isinstance(rid, str) and rid and not _ID.match(rid):
        problems.append(f"id: {rid!r} is not a valid id")
    if kind == "department" and isinstance(rid, str):
        hid = record.get("hospital_id")
        if hid and not rid.startswith(f"{hid}/"):
            problems.append(f"id: a department id starts with its hospital's id ({hid}/...)")
    for name in ("name", "hospital", "hospital_id", "city", "province", "country", "summary", "established"):
        if record.get(name) is not None and not isinstance(record[name], str):
            problems.append(f"{name}: must be text")
    for name in ("aliases", "cancers", "treatments", "notes"):
        value = record.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            problems.append(f"{name}: must be a list of text")
    for name in ("people", "programs", "references"):
        value = record.get(name)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(v, Mapping) and v.get("name") for v in value)
        ):
            problems.append(f"{name}: must be a list of objects, each with a name")
    wording = record.get("wording")
    if wording is not None and not (isinstance(wording, Mapping) and all(isinstance(v, str) for v in wording.values())):
        problems.append("wording: must be an object of term: text")
    for name, term_kind in TERM_FIELDS.items():
        for term in record.get(name) or []:
            if vocab is not None and (term not in vocab or vocab.concepts[term].kind != term_kind):
                problems.append(f"{name}: {term!r} is not a {term_kind} term in the vocabulary")
    for name in ("beds",):
        q = record.get(name)
        if q is not None and not (isinstance(q, Mapping) and isinstance(q.get("value"), int)):
            problems.append(f'{name}: must be a quantity like {{"value": 30}}')
    for name in ("staff", "annual_patients"):
        counts = record.get(name)
        if counts is None:
            continue
        if not isinstance(counts, Mapping):
            problems.append(f"{name}: must be an object of quantities")
            continue
        for key, q in counts.items():
            if not (isinstance(q, Mapping) and isinstance(q.get("value"), int)):
                problems.append(f'{name}.{key}: must be a quantity like {{"value": 5}}')
    source = record.get("source")
    if source is not None and not (isinstance(source, Mapping) and source.get("document")):
        problems.append("source: must name its document")
    known = set(ids)
    if kind == "department" and record.get("hospital_id") and known and record["hospital_id"] not in known:
        problems.append(f"hospital_id: no hospital with id {record['hospital_id']!r}")
    return problems


def record_text(record: Mapping[str, Any], name: str) -> str:
    """One field's text, normalised for word matching (values of lists and objects joined)."""
    return normalise(raw_text(record, name))


def raw_text(record: Mapping[str, Any], name: str) -> str:
    """One field's text before normalisation (values of lists and objects joined)."""
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    parts: list[str] = []
    items: Iterable[Any] = value.values() if isinstance(value, Mapping) else value
    for item in items:
        if isinstance(item, Mapping):
            parts.extend(str(v) for v in item.values() if isinstance(v, (str, int)))
        else:
            parts.append(str(item))
    return " | ".join(parts)


def search_text(record: Mapping[str, Any]) -> str:
    """All of a record's text fields in one normalised string, for a quick "is it here at all"."""
    return " \n ".join(record_text(record, name) for name in TEXT_FIELDS)


def covering_text(record: Mapping[str, Any]) -> str:
    """One normalisation of all text fields joined by newlines: it contains every word key that
    :func:`search_text` contains (a newline neither composes with a neighbour under NFKC nor
    survives normalisation, so each field's normalised text appears in it whole). It may also
    hold a key spanning two fields, which only lets search look closer; made in one call instead
    of eight, for the query index.
    """
    parts = []
    for name in TEXT_FIELDS:  # raw_text inlined for the common cases: this runs once per record
        value = record.get(name)
        if isinstance(value, str):
            parts.append(value)
        elif value is not None:
            parts.append(raw_text(record, name))
    return normalise("\n".join(parts))
