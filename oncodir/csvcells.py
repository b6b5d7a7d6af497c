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
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from oncodir import jsontext
from oncodir.models import COUNTS, FIELDS, LISTS, NAMED, QUANTITIES, TEXT, value_text
from oncodir.output import csv_safe

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
        return jsontext.loads(text)
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


def _counts(text: str, column: str) -> dict[str, Any]:
    counts = {}
    for part in _split(text):
        key, sep, value = part.rpartition(":")
        if not sep or not key.strip():
            raise ValueError(f"{part!r} is not 'role: count', as in 'nurses: 17'")
        counts[key.strip()] = parse_quantity(value)
    return counts


def _source(text: str, column: str) -> dict[str, Any]:
    m = _SOURCE.match(text)
    assert m is not None  # the pattern matches any non-empty text
    return {"document": m["doc"], **({"updated": m["updated"]} if m["updated"] else {})}


def _wording(text: str, column: str) -> dict[str, str]:
    pairs = [part.partition(":") for part in _split(text)]
    return {k.strip(): v.strip() for k, _, v in pairs}


# Structured column -> the bracket its JSON form starts with, and the reader of its short form.
_PARSERS: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    **dict.fromkeys(LISTS, ("[", lambda text, column: _split(text))),
    **dict.fromkeys(QUANTITIES, ("{", lambda text, column: parse_quantity(text))),
    **dict.fromkeys(COUNTS, ("{", _counts)),
    **dict.fromkeys(("people", "programs"), ("[", lambda text, column: [_named(column, p) for p in _split(text)])),
    "source": ("{", _source),
    "wording": ("{", _wording),
    "references": ("[", lambda text, column: [{"name": part} for part in _split(text)]),
}


def from_cell(column: str, cell: str) -> Any:
    """A CSV cell as a field value (None when empty); raises ValueError for a malformed cell."""
    text = cell.strip()
    if not text:
        return None
    if column in TEXT:
        return cell
    if column in _PARSERS:
        opener, read_short = _PARSERS[column]
        found = _json_cell(text, opener)
        return found if found is not None else read_short(text, column)
    try:
        return jsontext.loads(text)
    except (json.JSONDecodeError, jsontext.Refused):  # not JSON, or NaN and the like: text
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


# Structured columns written in their short form (when it reads back), by the type of value.
_SHORT_FORMS: dict[str, type] = {
    **dict.fromkeys((*LISTS, *NAMED), list),
    **dict.fromkeys((*QUANTITIES, *COUNTS, "source", "wording"), Mapping),
}


def _readable(column: str, value: Any) -> str:
    """The short form of a value for a CSV cell (may not read back; to_cell checks)."""
    if isinstance(value, str):
        return value
    if isinstance(value, _SHORT_FORMS.get(column, ())):
        return value_text(column, value, exact=True)
    return json.dumps(value, ensure_ascii=False)


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
    writer.writerow([csv_safe(c) for c in columns])  # an extra key may hold NUL too (Python 3.10)
    for r in records:
        writer.writerow([csv_safe(to_cell(c, r.get(c))) for c in columns])
