"""CSV cells for records: reading a cell as a field value, and writing one that reads back.

CSV has one text cell per field, so structured fields get short forms people can type:
lists separated by ``;``; quantities "40", "more than 40" or "30 (verified beds)"; counts
"nurses: 17; doctors: 8"; people "Name (role)"; programmes "Name (since 2014)"; a source
"page.txt, updated 2020-03"; wording "term: phrase". Any structured cell may hold JSON instead.
:func:`to_cell` writes the short form only when :func:`from_cell` reads it back to the same
value, and JSON otherwise, so CSV export and import round-trip. A cell of an extra column is
read as JSON when it is valid JSON, else as text.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from oncodir.models import FIELDS
from oncodir.output import csv_safe

TEXT = ("kind", "id", "name", "hospital", "hospital_id", "city", "province", "country", "summary", "established")
LISTS = ("aliases", "cancers", "treatments", "notes")
COUNTS = ("staff", "annual_patients")
_QUANTITY = re.compile(
    r"^(?:(?P<q>[^\W\d_][^\d()]{0,40}?)\s+)?(?P<v>\d{1,3}(?:,\d{3})+|\d+)(?:\s+\((?P<note>[^()]{1,200})\))?$"
)
_NAMED = re.compile(r"^(?P<name>[^()]+?)(?:\s+\((?P<extra>[^()]{1,200})\))?$")
_SINCE = re.compile(r"^since (\S+)$")
_SOURCE = re.compile(r"^(?P<doc>.+?)(?:, updated (?P<updated>\S+))?$")


def _json_cell(text: str, opener: str) -> Any:
    """JSON in a cell when it starts with the right bracket and parses; else None."""
    if not text.startswith(opener):
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def parse_quantity(text: str) -> dict[str, Any]:
    """'more than 40' -> {"value": 40, "qualifier": "more than"}; '30 (verified beds)' keeps a note."""
    m = _QUANTITY.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a count like '40', 'more than 40' or '30 (verified beds)'")
    q: dict[str, Any] = {"value": int(m["v"].replace(",", ""))}
    if m["q"]:
        q["qualifier"] = m["q"].strip()
    if m["note"]:
        q["note"] = m["note"].strip()
    return q


def from_cell(column: str, cell: str) -> Any:
    """A CSV cell as a field value (None when empty); raises ValueError for a malformed cell."""
    text = cell.strip()
    if not text:
        return None
    if column in TEXT:
        return cell
    if column in LISTS:
        found = _json_cell(text, "[")
        return found if found is not None else _split(text)
    if column == "beds":
        found = _json_cell(text, "{")
        return found if found is not None else parse_quantity(text)
    if column in COUNTS:
        found = _json_cell(text, "{")
        if found is not None:
            return found
        counts = {}
        for part in _split(text):
            key, sep, value = part.rpartition(":")
            if not sep or not key.strip():
                raise ValueError(f"{part!r} is not 'role: count', as in 'nurses: 17'")
            counts[key.strip()] = parse_quantity(value)
        return counts
    if column in ("people", "programs"):
        found = _json_cell(text, "[")
        return found if found is not None else [_named(column, part) for part in _split(text)]
    if column == "source":
        found = _json_cell(text, "{")
        if found is not None:
            return found
        m = _SOURCE.match(text)
        assert m is not None  # the pattern matches any non-empty text
        return {"document": m["doc"], **({"updated": m["updated"]} if m["updated"] else {})}
    if column == "wording":
        found = _json_cell(text, "{")
        if found is not None:
            return found
        pairs = [part.partition(":") for part in _split(text)]
        return {k.strip(): v.strip() for k, _, v in pairs}
    if column == "references":
        found = _json_cell(text, "[")
        return found if found is not None else [{"name": part} for part in _split(text)]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return cell


def _named(column: str, part: str) -> dict[str, Any]:
    m = _NAMED.match(part)
    if not m:
        return {"name": part}
    out: dict[str, Any] = {"name": m["name"]}
    extra = m["extra"]
    if extra and column == "people":
        out["role"] = extra
    elif extra:
        since = _SINCE.match(extra)
        if since:
            out["since"] = since[1]
        else:
            out["name"] = part
    return out


def _readable(column: str, value: Any) -> str:
    """The short form of a value for a CSV cell (may not read back; to_cell checks)."""
    if isinstance(value, str):
        return value
    if column in LISTS and isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if column == "beds" and isinstance(value, Mapping):
        return _quantity(value)
    if column in COUNTS and isinstance(value, Mapping):
        return "; ".join(f"{k}: {_quantity(v) if isinstance(v, Mapping) else v}" for k, v in value.items())
    if column == "people" and isinstance(value, list):
        return "; ".join(f"{p.get('name')} ({p['role']})" if p.get("role") else str(p.get("name")) for p in value)
    if column == "programs" and isinstance(value, list):
        named = (f"{p.get('name')} (since {p['since']})" if p.get("since") else str(p.get("name")) for p in value)
        return "; ".join(named)
    if column == "source" and isinstance(value, Mapping):
        doc = str(value.get("document"))
        return f"{doc}, updated {value['updated']}" if value.get("updated") else doc
    if column == "wording" and isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if column == "references" and isinstance(value, list):
        return "; ".join(str(r.get("name")) if isinstance(r, Mapping) else str(r) for r in value)
    return json.dumps(value, ensure_ascii=False)


def _quantity(q: Mapping[str, Any]) -> str:
    text = str(q.get("value"))
    if q.get("qualifier"):
        text = f"{q['qualifier']} {text}"
    if q.get("note"):
        text += f" ({q['note']})"
    return text


def to_cell(column: str, value: Any) -> str:
    """A field value as a CSV cell that :func:`from_cell` reads back to the same value."""
    if value is None or value in ("", [], {}):
        return ""
    short = _readable(column, value)
    try:
        if from_cell(column, short) == value:
            return short
    except ValueError:
        pass
    return json.dumps(value, ensure_ascii=False)


def csv_columns(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every known field, then the extra keys the records carry, in first-seen order."""
    extra: dict[str, None] = {}
    for r in records:
        extra.update((k, None) for k in r if k not in FIELDS)
    return [*FIELDS, *extra]


def write_csv(stream: Any, records: Sequence[Mapping[str, Any]]) -> None:
    columns = csv_columns(records)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    for r in records:
        writer.writerow([csv_safe(to_cell(c, r.get(c))) for c in columns])
