"""Records: field names and groups, how each field reads as text, and the shape of a record.

A record is a plain JSON object (the same shape in the database, in JSON output and in
import input), so it stays a ``dict``; this module knows its fields. Quantities are
objects such as ``{"value": 40, "qualifier": "more than"}`` because the sources often
give counts as "more than" or "nearly", and a bare 40 would overstate what they say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from oncodir.jsontext import MAX_DEPTH, too_deep
from oncodir.text import is_clean, normalise

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
RESULT_FIELDS = ("matched", "score", "distance_km", "origin")
REQUIRED = ("kind", "name", "id", "source")  # name before id: a missing id is made from the name
TERM_FIELDS = {"cancers": "cancer", "treatments": "treatment"}
# The fields a word that is not a vocabulary term is looked for in.
SEARCHED = ("name", "aliases", "hospital", "programs", "people", "summary", "notes", "wording")

# Field groups by the shape of their value, for validation and CSV cells alike.
IDENTITY = ("kind", "id")  # text with rules of their own (KINDS, the id pattern)
TEXT = (*IDENTITY, "name", "hospital", "hospital_id", "city", "province", "country", "summary", "established")
LISTS = ("aliases", "cancers", "treatments", "notes")  # lists of text
NAMED = ("people", "programs", "references")  # lists of objects, each with a name
QUANTITIES = ("beds",)  # one quantity: {"value": 40, "qualifier": "more than"}
COUNTS = ("staff", "annual_patients")  # quantities by role or kind: {"nurses": {"value": 17}}
_ID = re.compile(r"^[^\s/]+(/[^\s/]+)?$")


# --- how a field reads as text: tables, TSV, CSV and the detail view all use these ----------


def quantity_text(q: Any, *, exact: bool = False) -> str:
    """'more than 40 (approved beds)' from a quantity object; plain numbers pass through.

    ``exact`` leaves out the thousands separator, for text that must read back as the same value.
    """
    if q is None:
        return NOT_STATED
    if not isinstance(q, Mapping):
        return str(q)
    value = q.get("value")
    text = f"{value:,}" if isinstance(value, int) and not exact else str(value)
    if q.get("qualifier"):
        text = f"{q['qualifier']} {text}"
    if q.get("note"):
        text = f"{text} ({q['note']})"
    return text


def counts_text(counts: Mapping[str, Any], *, exact: bool = False) -> str:
    """'nurses: 17; doctors: more than 8'."""
    return "; ".join(f"{k}: {quantity_text(v, exact=exact)}" for k, v in counts.items())


def person_text(p: Any) -> str:
    if not isinstance(p, Mapping):
        return str(p)
    name = str(p.get("name") or "")
    extra = ", ".join(str(p[k]) for k in ("role", "title") if p.get(k))
    return f"{name} ({extra})" if extra else name


def program_text(p: Any) -> str:
    if not isinstance(p, Mapping):
        return str(p)
    text = str(p.get("name") or "")
    if p.get("since"):
        text += f" (since {p['since']})"
    return text


def source_text(s: Any, *, exact: bool = False) -> str:
    """'page.txt, updated 2020-03'; ``exact`` leaves out 'updated' when the date is unknown."""
    if not isinstance(s, Mapping):
        return str(s) if s else NOT_STATED
    document = s.get("document") or NOT_STATED
    if exact and not s.get("updated"):
        return str(document)
    return f"{document}, updated {s.get('updated') or 'date not stated'}"


def reference_text(r: Any) -> str:
    return str(r.get("name", r)) if isinstance(r, Mapping) else str(r)


def pairs_text(value: Mapping[str, Any]) -> str:
    """'term: phrase; term: phrase' (wording, and any other object)."""
    return "; ".join(f"{k}: {v}" for k, v in value.items())


def reason_text(m: Mapping[str, Any]) -> str:
    """'melanoma (via skin cancer)', or 'name: "hospice"' for a text match."""
    if m.get("match") == "text":
        return f'{m["field"]}: "{m["query"]}"'
    if m.get("match") == "filter":
        return f"{m['field']}: {m['term']}"
    if m.get("match") == "part":  # a compound the record lists, of which the query is a part
        return f"{m['term']} (covers {m.get('concept') or m.get('query')})"
    term, query = str(m["term"]), str(m.get("query") or "")
    return term if query.casefold() == term.casefold() else f"{term} (via {query})"


def _joined(text: Any) -> Any:
    return lambda items, exact: "; ".join(text(item) for item in items)


# Field -> how its value reads; lists and objects of other fields are joined generically.
_TEXT_OF = {
    **{name: lambda v, exact: quantity_text(v, exact=exact) for name in QUANTITIES},
    **{name: lambda v, exact: counts_text(v, exact=exact) for name in COUNTS},
    "people": _joined(person_text),
    "programs": _joined(program_text),
    "references": _joined(reference_text),
    "source": lambda v, exact: source_text(v, exact=exact),
    "wording": lambda v, exact: pairs_text(v),
    "matched": _joined(reason_text),
    "distance_km": lambda v, exact: f"{v:.0f}",
}


def value_text(name: str, value: Any, *, exact: bool = False) -> str:
    """A field's value as one string ('' when absent); ``exact`` as in :func:`quantity_text`."""
    if value is None or value == [] or value == {}:
        return ""
    if name in _TEXT_OF:
        text: str = _TEXT_OF[name](value, exact)
        return text
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return pairs_text(value)
    return str(value)


def field_text(record: Mapping[str, Any], name: str) -> str:
    """One field as a single string, for TSV, CSV and table cells ('' when absent)."""
    return value_text(name, record.get(name))


def with_links(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with ``hospital`` and ``hospital_id`` always present (null for hospitals).

    JSON consumers can then read the same keys from every result.
    """
    out = dict(record)
    out.setdefault("hospital", None)
    out.setdefault("hospital_id", None)
    return out


# --- shape: what a record must look like to be stored and shown -----------------------------


def validate(record: Any) -> list[str]:
    """Problems with one record's shape, as short phrases naming the field ([] when valid).

    Shape only: whether its terms are in the vocabulary and its hospital exists are rules
    about the whole directory, in :mod:`oncodir.checks`.
    """
    if not isinstance(record, Mapping):
        return ["not a JSON object"]
    if too_deep(record):  # before anything walks it: a runaway structure is refused whole
        return [f"too deeply nested (more than {MAX_DEPTH} levels)"]
    problems = [f"{name}: required" for name in REQUIRED if _missing(record.get(name))]
    problems += _identity_problems(record)
    problems += _value_problems(record)
    return problems


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    names = {int: "a number", float: "a number", list: "a list", dict: "an object", str: "text"}
    return next((name for kind, name in names.items() if isinstance(value, kind)), type(value).__name__)


def _identity_problems(record: Mapping[str, Any]) -> list[str]:
    problems = []
    kind, rid = record.get("kind"), record.get("id")
    if kind is not None and kind not in KINDS:
        shown = repr(kind) if isinstance(kind, str) else _json_type(kind)
        problems.append(f"kind: must be 'hospital' or 'department', not {shown}")
    if not _missing(rid) and not isinstance(rid, str):  # 5 and "5" would be two records, or one
        problems.append(f"id: must be text, not {_json_type(rid)}")
    elif isinstance(rid, str) and rid and not (_ID.fullmatch(rid) and is_clean(rid)):
        problems.append(f"id: {rid!r} is not a valid id (no spaces, control or invisible characters)")
    hid = record.get("hospital_id")
    if kind == "department" and isinstance(rid, str) and hid and not rid.startswith(f"{hid}/"):
        problems.append(f"id: a department id starts with its hospital's id ({hid}/...)")
    return problems


def _is_count(value: Any) -> bool:
    """A whole number of beds, people or patients: 0 or more, and not true/false (bool is an int)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_quantity(q: Any) -> bool:
    return isinstance(q, Mapping) and _is_count(q.get("value"))


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_named_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, Mapping) and v.get("name") for v in value)


def _is_wording(value: Any) -> bool:
    return isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values())


# (fields, test of a present value, the problem when it fails), in the order problems are listed.
_SHAPES: tuple[tuple[Sequence[str], Callable[[Any], bool], str], ...] = (
    ([n for n in TEXT if n not in IDENTITY], lambda v: isinstance(v, str), "must be text"),
    (LISTS, _is_text_list, "must be a list of text"),
    (NAMED, _is_named_list, "must be a list of objects, each with a name"),
    (("wording",), _is_wording, "must be an object of term: text"),
    (QUANTITIES, _is_quantity, 'must be a quantity like {"value": 30} (a whole number, 0 or more)'),
)


def _value_problems(record: Mapping[str, Any]) -> list[str]:
    problems = [
        f"{name}: {problem}"
        for names, valid, problem in _SHAPES
        for name in names
        if record.get(name) is not None and not valid(record[name])
    ]
    for name in COUNTS:
        counts = record.get(name)
        if counts is not None and not isinstance(counts, Mapping):
            problems.append(f"{name}: must be an object of quantities")
        elif counts is not None:
            bad = [key for key, q in counts.items() if not _is_quantity(q)]
            problems += [
                f'{name}.{key}: must be a quantity like {{"value": 5}} (a whole number, 0 or more)' for key in bad
            ]
    source = record.get("source")
    if source is not None and not (isinstance(source, Mapping) and source.get("document")):
        problems.append("source: must name its document")
    return problems


def record_text(record: Mapping[str, Any], name: str, *, raw: bool = False) -> str:
    """One field's text, normalised for word matching (values of lists and objects joined).

    ``raw`` keeps the case and punctuation, for finding an abbreviation typed in capitals.
    """
    text = raw_text(record, name)
    return text if raw else normalise(text)


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
    return " \n ".join(record_text(record, name) for name in SEARCHED)


def covering_text(record: Mapping[str, Any]) -> str:
    """One normalisation of all text fields joined by newlines: it contains every word key that
    :func:`search_text` contains (a newline neither composes with a neighbour under NFKC nor
    survives normalisation, so each field's normalised text appears in it whole). It may also
    hold a key spanning two fields, which only lets search look closer; made in one call instead
    of eight, for the query index.
    """
    parts = []
    for name in SEARCHED:  # raw_text inlined for the common cases: this runs once per record
        value = record.get(name)
        if isinstance(value, str):
            parts.append(value)
        elif value is not None:
            parts.append(raw_text(record, name))
    return normalise("\n".join(parts))
