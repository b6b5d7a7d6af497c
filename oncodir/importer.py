"""Reading records to import: JSON array, JSON Lines or CSV, checked and normalised.

The record format is the one ``show --format json`` prints. What import does to
each record, in order:

- drops keys that only search results carry (``matched``, ``score``, ``distance_km``,
  ``origin``) and keys whose value is empty (null, "", [] or {}: "not stated" either way);
- writes ``kind`` in lower case and turns a text ``source`` into ``{"document": ...}``; a record
  without a source cites the file it came from (``{"document": "clinics.csv"}``);
- replaces each cancer and treatment that the vocabulary knows by another name with its
  canonical term, keeping the original phrase in ``wording``; unknown terms stay as written;
- links a department to a known hospital whose name or alias its ``hospital`` spells exactly
  (and names the hospital of a ``hospital_id``);
- makes a missing ``id`` from the name: a hospital's is the slug of its name; a department's is
  ``<hospital_id>/<slug>``, else ``<slug of hospital name>/<slug>``, else ``<slug of city>/<slug>``,
  else the slug alone.

In CSV, the header names the fields; :mod:`oncodir.csvcells` reads and writes the cells.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oncodir import jsontext
from oncodir.csvcells import from_cell
from oncodir.directory import hospitals, names
from oncodir.errors import InputError
from oncodir.models import FIELDS, RESULT_FIELDS, TERM_FIELDS, Record
from oncodir.text import normalise, slugify
from oncodir.vocabulary import Vocabulary

STDIN = "-"


@dataclass
class Entry:
    """One record as read from a file, before it is checked."""

    file: str
    number: int
    line: int | None
    data: Any

    def where(self) -> str:
        line = f", line {self.line}" if self.line is not None else ""
        return f"{self.file}: record {self.number}{line}"


# --- reading files ---------------------------------------------------------------------------


def read_text(name: str) -> str:
    """A file's text (UTF-8, a byte-order mark allowed); ``-`` is standard input."""
    from oncodir.streams import read_stdin

    data = read_stdin(name) if name == STDIN else _read_file(name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start})") from None


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the file name
        raise InputError(f"{name}: {getattr(exc, 'strerror', None) or exc}") from None


def parse(text: str, file: str) -> list[Entry]:
    """Entries from a JSON array, JSON Lines, a TinyDB file, one JSON object, or CSV with a header."""
    head = text.lstrip()[:1]
    if head == "[":
        data = _json_document(text, file)
        if not isinstance(data, list):  # pragma: no cover - a document starting with [ is an array
            raise InputError(f"{file}: expected a JSON array of records")
        return [Entry(file, i, None, d) for i, d in enumerate(data, start=1)]
    if head == "{":
        try:
            data = jsontext.loads(text)
        except json.JSONDecodeError:
            return list(_json_lines(text, file))
        except jsontext.Refused as exc:
            if "\n" in text.strip():  # JSON Lines: say which record
                return list(_json_lines(text, file))
            raise InputError(f"{file}: {exc}") from None
        table = data.get("records") if isinstance(data, dict) else None
        if isinstance(table, dict) and all(isinstance(v, dict) for v in table.values()):  # a TinyDB file
            return [Entry(file, i, None, d) for i, d in enumerate(table.values(), start=1)]
        return [Entry(file, 1, None, data)]
    if not head:
        raise InputError(f"{file}: no records (the file is empty)")
    return list(_csv_rows(text, file))


def _json_document(text: str, file: str) -> Any:
    try:
        return jsontext.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{file}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except jsontext.Refused as exc:
        raise InputError(f"{file}: {exc}") from None


def _json_lines(text: str, file: str) -> Iterator[Entry]:
    # Lines end at "\n" only (a "\r" before it is dropped): str.splitlines() would also split at
    # U+2028, U+2029, U+0085 and other characters a JSON string may hold unescaped.
    number = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            data = jsontext.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{file}: record {number}, line {lineno}: not valid JSON (column {exc.colno})") from None
        except jsontext.Refused as exc:
            raise InputError(f"{file}: record {number}, line {lineno}: {exc}") from None
        yield Entry(file, number, lineno, data)


def _csv_rows(text: str, file: str) -> Iterator[Entry]:
    # A cell may be as long as the file (an export of a long summary): the default limit is 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise InputError(f"{file}: no CSV header") from None
    if "name" not in header:
        raise InputError(f"{file}: not JSON, and its first line is not a CSV header with a 'name' column")
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise InputError(f"{file}: the CSV header repeats the column {repeated[0]!r}")
    number = 0
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            entry = Entry(file, number, reader.line_num, None)
            if len(row) > len(header):
                raise InputError(f"{entry.where()}: {len(row)} cells but the header names {len(header)} columns")
            record: dict[str, Any] = {}
            for column, cell in zip(header, row):  # noqa: B905 - lengths checked above
                try:
                    value = from_cell(column, cell)
                except ValueError as exc:
                    raise InputError(f"{entry.where()}: {column}: {exc}") from None
                if value is not None:
                    record[column] = value
            entry.data = record
            yield entry
    except csv.Error as exc:
        raise InputError(f"{file}: line {reader.line_num}: not valid CSV ({exc})") from None


# --- normalising -----------------------------------------------------------------------------


def is_empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def canonical(record: Mapping[str, Any]) -> Record:
    """The record without empty values or search-result keys: the form import stores."""
    return {k: v for k, v in record.items() if k not in RESULT_FIELDS and not is_empty(v)}


def hospital_by_name(known: Iterable[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    """The one hospital whose name or an alias is ``name`` (case and punctuation aside)."""
    key = normalise(name)
    found = [h for h in known if key in {normalise(n) for n in names(h)}]
    return found[0] if len(found) == 1 else None


class HospitalIndex:
    """Hospitals by normalised name or alias, and by id: made once per import, so linking each
    department is a look-up, not a scan of every hospital (which made import quadratic)."""

    def __init__(self, hospitals: Iterable[Mapping[str, Any]]) -> None:
        self._by_name: dict[str, list[Mapping[str, Any]]] = {}
        self._by_id: dict[str, Mapping[str, Any]] = {}
        for h in hospitals:
            for key in {normalise(n) for n in names(h)}:
                self._by_name.setdefault(key, []).append(h)
            if isinstance(h.get("id"), str):
                self._by_id.setdefault(h["id"], h)

    def by_name(self, name: str) -> Mapping[str, Any] | None:
        """As :func:`hospital_by_name`: the one hospital with this name or alias, else None."""
        found = self._by_name.get(normalise(name), [])
        return found[0] if len(found) == 1 else None

    def by_id(self, hid: str) -> Mapping[str, Any] | None:
        """The first hospital with this id."""
        return self._by_id.get(hid)


def normalise_terms(record: Record, vocab: Vocabulary) -> None:
    """Canonical vocabulary terms in cancers and treatments; the original phrase goes to wording."""
    given = record.get("wording", {})
    wording = dict(given) if isinstance(given, Mapping) else None  # a malformed one is left for the checks
    for fname, kind in TERM_FIELDS.items():
        terms = record.get(fname)
        if not isinstance(terms, list):
            continue
        out: list[Any] = []
        for term in terms:
            if isinstance(term, str) and term not in vocab:
                found = vocab.resolve(term, kind)
                if len(found) == 1:
                    if wording is not None and normalise(term) != normalise(found[0]):
                        wording.setdefault(found[0], term)
                    term = found[0]
            if term not in out:
                out.append(term)
        record[fname] = out
    if wording:
        record["wording"] = wording


def make_id(record: Mapping[str, Any]) -> str:
    """An id from the name (see the module docstring); '' when the name has no letters or digits."""
    slug = slugify(str(record.get("name") or ""))
    if not slug or record.get("kind") != "department":
        return slug
    hid = record.get("hospital_id")
    if isinstance(hid, str) and hid:
        return f"{hid}/{slug}"
    for place in (record.get("hospital"), record.get("city")):
        if isinstance(place, str) and slugify(place):
            return f"{slugify(place)}/{slug}"
    return slug


def ordered(record: Mapping[str, Any]) -> Record:
    """Known fields in their usual order, then any extra keys as given."""
    return {**{k: record[k] for k in FIELDS if k in record}, **{k: v for k, v in record.items() if k not in FIELDS}}


def prepare(data: Any, file: str, vocab: Vocabulary, known: HospitalIndex) -> Any:
    """One record in the form import stores (see the module docstring); non-objects pass through.

    ``known`` are the hospitals a department may link to.
    """
    if not isinstance(data, Mapping):
        return data
    record = canonical(data)
    if isinstance(record.get("kind"), str):
        record["kind"] = record["kind"].strip().casefold()
    source = record.get("source")
    if source is None:
        record["source"] = {"document": "stdin" if file == STDIN else Path(file).name}
    elif isinstance(source, str):
        record["source"] = {"document": source}
    normalise_terms(record, vocab)
    if record.get("kind") == "department":
        link_hospital(record, known)
    if "id" not in record and isinstance(record.get("name"), str):
        rid = make_id(record)
        if rid:
            record["id"] = rid
    return ordered(record)


def link_hospital(record: Record, known: HospitalIndex) -> None:
    """Give a department the id of the hospital it names, or the name of the hospital its id is."""
    hid, hname = record.get("hospital_id"), record.get("hospital")
    if hid is None and isinstance(hname, str):
        match = known.by_name(hname)
        if match is not None:
            record["hospital_id"] = match["id"]
    elif isinstance(hid, str) and hname is None:
        match = known.by_id(hid)
        if match is not None and match.get("name"):
            record["hospital"] = match["name"]


# --- importing -------------------------------------------------------------------------------


@dataclass
class Outcome:
    added: int
    updated: int
    unchanged: int
    warnings: list[str]


def _fail(entry: Entry, record: Any, problem: str) -> InputError:
    rid = record.get("id") if isinstance(record, Mapping) else None
    ident = f" ({rid})" if isinstance(rid, str) and rid else ""
    return InputError(f"{entry.where()}{ident}: {problem}; nothing was imported")


def import_entries(entries: Sequence[Entry], path: Path, *, create: bool) -> Outcome:
    """Check every entry, then add or replace them in the user database in one locked write.

    All or nothing: the first problem raises InputError before anything is written.
    """
    from oncodir.checks import record_findings
    from oncodir.storage import read, write
    from oncodir.storage.paths import bundled_path

    base = read.read_tables(bundled_path())

    def change(tables: write.Tables) -> Outcome:
        existing = tables["records"]
        read.check_records(path, existing)
        directory = read.merge(base, tables, user_path=path)
        vocab = directory.vocabulary
        known_hospitals = hospitals(directory.records)
        records: list[Any] = [None] * len(entries)
        linker = HospitalIndex(known_hospitals)
        # Hospitals first, so a department can name a hospital imported in the same batch.
        for i, entry in enumerate(entries):
            if isinstance(entry.data, Mapping) and str(entry.data.get("kind", "")).strip().casefold() == "hospital":
                records[i] = prepare(entry.data, entry.file, vocab, linker)
        batch_hospitals = [r for r in records if isinstance(r, Mapping) and isinstance(r.get("id"), str)]
        new_ids = {r["id"] for r in batch_hospitals}
        known = [*batch_hospitals, *(h for h in known_hospitals if h.get("id") not in new_ids)]
        hospital_ids = {str(h.get("id")) for h in known}
        linker = HospitalIndex(known)
        warnings: list[str] = []
        seen: dict[str, Entry] = {}
        for i, entry in enumerate(entries):
            if records[i] is None:
                records[i] = prepare(entry.data, entry.file, vocab, linker)
            record = records[i]
            found = record_findings(record, vocab, hospital_ids)
            if found.problems:
                raise _fail(entry, record, found.problems[0])
            rid = record["id"]
            if rid in seen:
                raise _fail(entry, record, f"id: {seen[rid].where()} has the same id")
            seen[rid] = entry
            warnings += [f"warning: {entry.where()} ({rid}): {w}" for w in found.warnings]
        index = {str(r.get("id")): n for n, r in enumerate(existing)}
        added = updated = unchanged = 0
        for record in records:
            n = index.get(record["id"])
            if n is None:
                existing.append(record)
                added += 1
            elif existing[n] == record:
                unchanged += 1
            else:
                existing[n] = record
                updated += 1
        return Outcome(added, updated, unchanged, warnings)

    # Only added or replaced records change the file (records are prepared as copies): no need
    # to compare the whole database before and after, which cost two more passes over it.
    return write.update(path, change, create=create, changed=lambda outcome: bool(outcome.added or outcome.updated))
