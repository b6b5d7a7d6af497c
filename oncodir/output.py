"""Output formats: choosing one, and the machine-readable writers.

Writers take the stream and whether it is a terminal as arguments, so format choice is
testable without a terminal. Rich is not imported here: the human views live in
:mod:`oncodir.views` and are imported only when a table is drawn.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, TextIO

from oncodir.errors import UsageError
from oncodir.models import FIELDS, RESULT_FIELDS, field_text
from oncodir.text import clean

DISCLAIMER = (
    "Informational only: collected from hospitals' own web pages (written about 1996-2023, "
    "read 2026-11-27) and one article. Facts may have changed; confirm with the hospital "
    "before making decisions."
)


# Columns of counts and distances: right-aligned in tables (Rich and Markdown).
NUMERIC_COLUMNS = frozenset(("records", "direct", "departments", "distance_km", "score"))


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    ids = "ids"
    # For people who share: Markdown for letters and wikis, GeoJSON for maps. Their writers
    # (oncodir.markdown, oncodir.geojson) are imported only when they are chosen.
    markdown = "markdown"
    geojson = "geojson"


class Encoded(str):
    """One result's JSON text, exactly as :func:`write_json` would encode it (made from the query
    index's stored JSON of the record, so a large answer is not encoded again record by record)."""


class Utf8:
    """One result's compact JSON as UTF-8 bytes: exactly what :func:`write_json` and
    :func:`write_jsonl` write for it as text, made only from text without lone surrogates (whose
    UTF-8 is then that of the text). Kept in parts (the query index's stored JSON of the record,
    then the keys the result adds), joined only as they are written: a large answer is neither
    decoded, copied result by result, nor encoded again."""

    __slots__ = ("parts",)

    def __init__(self, *parts: bytes | memoryview) -> None:
        self.parts = parts


class Reads:
    """What a writer will read of the results: ``fields`` (None: all of every result), whether
    :class:`Encoded` JSON text will do instead, or (``utf8``) :class:`Utf8` bytes, and how many
    results it prints (``limit``)."""

    __slots__ = ("encoded", "fields", "limit", "utf8")

    def __init__(
        self, fields: Sequence[str] | None, encoded: bool = False, limit: int | None = None, utf8: bool = False
    ) -> None:
        self.fields = fields
        self.encoded = encoded
        self.limit = limit
        self.utf8 = encoded and utf8


def reads(
    form: Format,
    columns: Sequence[str],
    keys: Sequence[str] | None,
    is_tty: bool,
    limit: int | None,
    utf8: bool = False,
) -> Reads:
    """What :func:`write_machine` (or a table) reads of each result in this format; ``utf8``:
    the stream takes UTF-8 bytes (:func:`bytes_writer`)."""
    if form in (Format.table, Format.markdown, Format.geojson):  # whole records: sources, places
        return Reads(None, limit=limit)
    if form in (Format.json, Format.jsonl):
        # Compact JSON (json in a pipe, jsonl anywhere) can be written from Encoded text, and in a
        # pipe from Utf8 bytes (a terminal's text is made safe first: TerminalSafe).
        compact = not keys and (form is Format.jsonl or not is_tty)
        return Reads(keys, encoded=compact, limit=limit, utf8=utf8 and not is_tty)
    return Reads(("id",) if form is Format.ids else columns, limit=limit)


def bytes_writer(stream: Any) -> Callable[[bytes], object] | None:
    """How to write bytes to ``stream`` after the text written so far, when it encodes text as
    UTF-8 and writes "\n" as it is (so bytes are what the text would have been); else None."""
    writer = getattr(stream, "bytes_writer", None)  # oncodir.streams.GuardedOutput
    write = writer() if writer is not None else None
    if write is None or os.linesep != "\n":
        return None
    try:
        same = codecs.lookup(str(getattr(stream, "encoding", None))).name == "utf-8"
    except LookupError:
        return None
    return write if same else None


def choose(fmt: Format | None, is_tty: bool) -> Format:
    """The format to use: as asked, else a table on a terminal and TSV in a pipe."""
    if fmt is not None:
        return fmt
    return Format.table if is_tty else Format.tsv


def parse_fields(
    spec: str | None, default: Sequence[str], allowed: Iterable[str] = (*FIELDS, *RESULT_FIELDS)
) -> list[str]:
    """``--fields a,b,c`` as a list, checked against the known field names."""
    if spec is None:
        return list(default)
    fields = [f.strip() for f in spec.split(",") if f.strip()]
    known = set(allowed)
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise UsageError(f"unknown field {unknown[0]!r} for --fields; choose from: {', '.join(sorted(known))}")
    if not fields:
        raise UsageError("--fields needs at least one field name")
    return fields


def tsv_cell(text: str) -> str:
    """Escape a TSV cell so each row stays one line: backslash, tab, newline, return."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def cell(row: Mapping[str, Any], name: str) -> str:
    value = row.get(name)
    if isinstance(value, str):
        return value
    return field_text(row, name)


def write_tsv(stream: TextIO, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """Tab-separated, no header (the ``gh`` convention for piped output)."""
    write_tsv_cells(stream, ([cell(row, c) for c in columns] for row in rows))


def write_tsv_cells(stream: TextIO, lines: Iterable[Sequence[str]]) -> None:
    """Lines of cells, tab-separated, each cell escaped (:func:`tsv_cell`)."""
    for cells in lines:
        stream.write("\t".join(tsv_cell(c) for c in cells) + "\n")


def csv_safe(text: str) -> str:
    """CSV has no way to write a NUL character (Python 3.10's csv module refuses it): replace it."""
    return text.replace("\0", "\ufffd")


def write_csv(stream: TextIO, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """RFC 4180 CSV with a header; the csv module quotes tabs, newlines and quotes."""
    write_csv_cells(stream, [list(columns)], ([cell(row, c) for c in columns] for row in rows))


def write_csv_cells(stream: TextIO, *parts: Iterable[Sequence[str]]) -> None:
    """Lines of cells as RFC 4180 CSV, the header being the first line given."""
    import csv  # only for CSV output

    writer = csv.writer(stream, lineterminator="\n")
    for lines in parts:
        for cells in lines:
            writer.writerow([csv_safe(c) for c in cells])


def _pick(obj: Mapping[str, Any] | Encoded, fields: Sequence[str] | None) -> dict[str, Any]:
    if isinstance(obj, Encoded):  # not made when fields are asked for or JSON is indented (see reads)
        import json

        decoded: Mapping[str, Any] = json.loads(obj)
        return _pick(decoded, fields)
    if not fields:
        return dict(obj)
    return {f: obj.get(f) for f in fields}


WRITE_BATCH = 256  # JSON elements joined into one write


def write_json(
    stream: TextIO,
    objs: Iterable[Mapping[str, Any] | Encoded],
    fields: Sequence[str] | None = None,
    *,
    pretty: bool = True,
) -> None:
    """One JSON array; indented for people, compact for programs (as ``gh`` does).

    ``json`` encodes with its C encoder only without indentation: for thousands of records
    the compact form is several times faster. It is written one element at a time, exactly
    as ``json.dumps`` of the whole list writes it: for tens of thousands of results, the
    whole array as one string (and the pieces it is joined from) more than doubled the
    memory a query needs.
    """
    import json  # only for JSON output: a piped tsv search never imports it

    if pretty:
        data = [_pick(o, fields) for o in objs]
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    stream.write("[")
    batch: list[str] = []  # a few hundred elements a write: a call per element cost more than encoding
    sep = ""
    for o in objs:
        batch.append(o if isinstance(o, Encoded) and not fields else encode(_pick(o, fields)))
        if len(batch) == WRITE_BATCH:
            stream.write(sep + ", ".join(batch))
            sep, batch = ", ", []
    stream.write(f"{sep}{', '.join(batch)}]\n" if batch else "]\n")


# Characters JSON leaves unescaped with ensure_ascii=False that many line readers (Python's
# str.splitlines, JavaScript before ES2019) take as line breaks: escaped, one record stays one line.
_LINE_BREAKS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\x85", "\\u0085"))
_LINE_BREAKS_UTF8 = tuple((raw.encode(), escaped.encode()) for raw, escaped in _LINE_BREAKS)

UTF8_BATCH = 1024  # parts joined into one write


def write_utf8(write: Callable[[bytes], object], fmt: Format, objs: Sequence[Utf8]) -> None:
    """Compact JSON (an array, or ``jsonl``: a line each) of results made as :class:`Utf8`, the
    same bytes :func:`write_json` and :func:`write_jsonl` write from their text."""
    lines = fmt is Format.jsonl
    pieces: list[bytes | memoryview] = [] if lines else [b"["]
    sep, end = (b"\n", b"\n") if lines else (b", ", b"]\n")
    for i, obj in enumerate(objs):
        if i and not lines:
            pieces.append(sep)
        pieces.extend(obj.parts)
        if lines:
            pieces.append(sep)
        if len(pieces) >= UTF8_BATCH:
            write(_unbroken(b"".join(pieces)) if lines else b"".join(pieces))
            pieces = []
    if not lines:
        pieces.append(end)
    if pieces:
        write(_unbroken(b"".join(pieces)) if lines else b"".join(pieces))


def _unbroken(data: bytes) -> bytes:
    """JSON lines with the line-break characters escaped, as :func:`json_line` does (UTF-8 is
    self-synchronising: their bytes occur nowhere else)."""
    if not data.isascii():
        for raw, escaped in _LINE_BREAKS_UTF8:
            data = data.replace(raw, escaped)
    return data


def json_line(obj: Any) -> str:
    """One JSON value on one line, whatever line-break characters its strings hold."""
    if isinstance(obj, Encoded):
        text = str(obj)
    else:
        import json

        text = json.dumps(obj, ensure_ascii=False)
    if not text.isascii():
        for raw, escaped in _LINE_BREAKS:
            text = text.replace(raw, escaped)
    return text


def write_jsonl(
    stream: TextIO, objs: Iterable[Mapping[str, Any] | Encoded], fields: Sequence[str] | None = None
) -> None:
    for o in objs:
        stream.write(json_line(o if isinstance(o, Encoded) and not fields else _pick(o, fields)) + "\n")


def write_ids(stream: TextIO, objs: Iterable[Mapping[str, Any]], key: str = "id") -> None:
    for o in objs:
        stream.write(f"{o.get(key)}\n")


class TerminalSafe:
    """A stream wrapper that replaces control characters: machine formats shown on a terminal.

    Piped output keeps the data exact; only a terminal needs protecting from escape codes.
    JSON would escape C0 but not C1 characters such as 0x9b (CSI), so it is wrapped too.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(clean(text))

    def flush(self) -> None:
        self._stream.flush()


def write_machine(
    stream: TextIO,
    fmt: Format,
    objs: Sequence[Any],  # Mappings, or Encoded or Utf8 JSON for json and jsonl (see reads)
    columns: Sequence[str],
    fields: Sequence[str] | None,
    id_key: str = "id",
    *,
    is_tty: bool = False,
) -> None:
    """Any format but ``table``; on a terminal, control characters are replaced."""
    if objs and isinstance(objs[0], Utf8):  # made only as reads() allows: compact JSON, not a terminal
        write = bytes_writer(stream)
        assert write is not None and fmt in (Format.json, Format.jsonl) and not fields
        write_utf8(write, fmt, objs)
        return
    if is_tty:
        stream = TerminalSafe(stream)  # type: ignore[assignment]
    if fmt is Format.tsv:
        write_tsv(stream, objs, columns)
    elif fmt is Format.csv:
        write_csv(stream, objs, columns)
    elif fmt is Format.json:
        write_json(stream, objs, fields, pretty=is_tty)
    elif fmt is Format.jsonl:
        write_jsonl(stream, objs, fields)
    elif fmt is Format.ids:
        write_ids(stream, objs, id_key)
    else:  # pragma: no cover - table is drawn by views
        raise ValueError(fmt)
