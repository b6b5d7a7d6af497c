"""The records of the query index (:mod:`oncodir.storage.index`), in the two forms a query reads.

Each row of ``doc`` holds one record twice, each form with its own crc32:

- ``slim``: the fields search reads to match and rank by vocabulary terms, places and hospitals
  (:data:`SLIM`), marshalled. A query by such criteria ranks these small records, about a third
  of a record's bytes, instead of whole ones.
- ``body``: the record as JSON text with ``hospital`` and ``hospital_id`` always present, exactly
  as the compact JSON writer prints a result before its ``matched``, ``score`` and ``origin``
  (:func:`oncodir.models.with_links`, :func:`oncodir.output.write_json`), without its closing
  brace: a result is printed from it, the keys the result adds following it directly, without
  parsing and encoding the record again, and a whole record is parsed back from it (``links``
  says which of the two keys were added, so they are taken out again).

The JSON is encoded to UTF-8 with ``surrogatepass``: a lone surrogate read from a database
survives, and ``links`` says so (:data:`SURROGATES`); any other record's body is valid UTF-8, so
a writer of bytes copies it as it is.
"""

from __future__ import annotations

import json
import marshal
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from oncodir.storage.index_text import loaded


class IndexError_(Exception):
    """The index is damaged or not the one these databases need: rebuild it."""


class Index(Protocol):
    """What these functions ask of :class:`oncodir.storage.index.Index`: rows of a query."""

    def all_rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...


# What :mod:`oncodir.search` reads of a record matched by a concept, a place or a hospital and
# ranked, sorted or filtered by kind (and what a piped TSV prints): see narrow.SLIM_PLANS.
SLIM = ("kind", "id", "name", "aliases", "hospital", "hospital_id", "city", "province", "cancers", "treatments", "beds")
# Keys a result adds after the record's own (in this order): a record holding one of them is
# printed by encoding the whole result, as its key order differs.
ADDED = ("matched", "score", "origin", "distance_km")
HOSPITAL_ADDED, HOSPITAL_ID_ADDED, NOT_PLAIN, SURROGATES = 1, 2, 4, 8
FETCH = 20000  # positions per query, passed as one JSON array (json_each), not as variables


def slim(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in SLIM if k in record}


def encoder() -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False).encode``, what write_json prints with, without the
    wrapper's cost per call: its C encoder made once (the same text; records have no cycles)."""
    from json import encoder as std

    full = json.JSONEncoder(ensure_ascii=False)
    c_make = getattr(std, "c_make_encoder", None)
    if c_make is None:  # pragma: no cover - a Python without the C accelerator
        return full.encode
    c_encode = c_make(None, full.default, std.encode_basestring, None, ": ", ", ", False, False, True)
    join = "".join
    return lambda value: join(c_encode(value, 0))


def doc_row(pos: int, record: Mapping[str, Any], user: int, encode: Callable[[Any], str]) -> tuple[Any, ...]:
    """The ``doc`` row of one record: (pos, slim, its crc, JSON body, its crc, user, links)."""
    body = encode(record)
    links = 0
    if "hospital" not in record:  # as with_links adds them: at the end, in this order
        links |= HOSPITAL_ADDED
        body = f'{body[:-1]}, "hospital": null}}' if record else '{"hospital": null}'
    if "hospital_id" not in record:
        links |= HOSPITAL_ID_ADDED
        body = f'{body[:-1]}, "hospital_id": null}}' if body != "{}" else '{"hospital_id": null}'
    if not record.keys().isdisjoint(ADDED):
        links |= NOT_PLAIN
    try:
        raw = body[:-1].encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which only surrogatepass encodes
        raw = body[:-1].encode("utf-8", "surrogatepass")
        links |= SURROGATES
    small = marshal.dumps(slim(record))
    return (pos, small, slim_checksum(small, user), raw, body_checksum(raw, user, links), user, links)


def slim_checksum(small: Any, user: Any) -> int:
    """Covers where the record came from (``origin`` is printed); -1 (no stored crc) for values
    of the wrong type, as a damaged file may hold."""
    if type(small) is not bytes or type(user) is not int:
        return -1
    return zlib.crc32(b"%d" % user, zlib.crc32(small))


def body_checksum(raw: Any, user: Any, links: Any) -> int:
    """Covers where the record came from and which keys were added; -1 for values of the wrong type."""
    if type(raw) is not bytes or type(user) is not int or type(links) is not int:
        return -1
    return zlib.crc32(b"%d %d" % (user, links), zlib.crc32(raw))


def _fetch(index: Index, columns: str, positions: Iterable[int], extra: str = "") -> Iterable[tuple[Any, ...]]:
    """Rows of ``doc`` (joined with ``extra``) at these positions, in position order; all must be there."""
    wanted = sorted(set(positions))
    for start in range(0, len(wanted), FETCH):
        part = wanted[start : start + FETCH]
        found = index.all_rows(
            f"SELECT doc.pos, {columns} FROM doc {extra}"
            " WHERE doc.pos IN (SELECT value FROM json_each(?)) ORDER BY doc.pos",
            (json.dumps(part),),
        )
        if len(found) != len(part):
            raise IndexError_("missing records")
        yield from found


def slim_rows(
    index: Index, positions: Iterable[int], texts: dict[int, tuple[bytes, int]] | None = None
) -> tuple[list[int], list[dict[str, Any]], list[bool]]:
    """The positions, slim records and whether each is from the user database, in position order,
    each checked. With ``texts``, each record's JSON and links (as :func:`bodies` gives them) are
    read in the same pass, checked, and put there as stored (UTF-8, lone surrogates passed): a
    writer of compact JSON prints them without a second read."""
    at: list[int] = []
    records: list[dict[str, Any]] = []
    users: list[bool] = []
    loads = marshal.loads
    if texts is None:
        for pos, small, crc, user in _fetch(index, "slim, scrc, user", positions):
            if slim_checksum(small, user) != crc:
                raise IndexError_(f"record at {pos}")
            at.append(pos)
            records.append(loads(small))
            users.append(bool(user))
        return at, records, users
    crc32 = zlib.crc32
    for pos, small, crc, user, raw, bcrc, links in _fetch(index, "slim, scrc, user, body, crc, links", positions):
        # slim_checksum and body_checksum, inlined: a query may read 10,000s of rows
        if type(small) is not bytes or type(raw) is not bytes or type(user) is not int or type(links) is not int:
            raise IndexError_(f"record at {pos}")
        if crc32(b"%d" % user, crc32(small)) != crc or crc32(b"%d %d" % (user, links), crc32(raw)) != bcrc:
            raise IndexError_(f"record at {pos}")
        at.append(pos)
        records.append(loads(small))
        users.append(bool(user))
        texts[pos] = (raw, links)
    return at, records, users


def full_rows(index: Index, positions: Iterable[int], text: bool) -> list[tuple[int, dict[str, Any], str, bool]]:
    """(position, record, search text or '', from the user database) in position order, each checked."""
    columns, extra = (
        ("body, crc, user, links, text", "JOIN txt ON txt.pos = doc.pos")
        if text
        else ("body, crc, user, links, ''", "")
    )
    loads = json.loads
    out = []
    for pos, raw, crc, user, links, words in _fetch(index, columns, positions, extra):
        if body_checksum(raw, user, links) != crc:
            raise IndexError_(f"record at {pos}")
        record = loads(raw.decode("utf-8", "surrogatepass") + "}")
        if links & HOSPITAL_ADDED:
            del record["hospital"]
        if links & HOSPITAL_ID_ADDED:
            del record["hospital_id"]
        out.append((pos, record, loaded(words), bool(user)))  # text with a lone surrogate is stored as bytes
    return out


def bodies(index: Index, positions: Iterable[int]) -> dict[int, tuple[bytes, int]]:
    """Position -> (the record's JSON with its links, as stored: UTF-8 without the closing brace;
    links flags), each checked."""
    out = {}
    for pos, raw, crc, user, links in _fetch(index, "body, crc, user, links", positions):
        if body_checksum(raw, user, links) != crc:
            raise IndexError_(f"record at {pos}")
        out[pos] = (raw, links)
    return out
