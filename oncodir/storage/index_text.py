"""Text in the query index's TEXT columns (:mod:`oncodir.storage.index`), lone surrogates included.

A JSON database may hold a lone surrogate ("\\ud800" is valid JSON, and ``json.loads`` accepts
it), but SQLite takes only UTF-8 text, so Python's ``sqlite3`` refuses such a string. As the
records' JSON bodies do (:mod:`oncodir.storage.index_docs`), such text is stored encoded with
``surrogatepass``, as a BLOB: every other string is stored as it is, so a column is text for all
records but the rare ones holding a surrogate. The same rule binds a query's arguments
(:func:`bind`), so the comparisons stay exact:

- equality (``id = ?``, ``IN``): a string with a surrogate is a BLOB on both sides, one without
  is TEXT on both sides (a BLOB never equals TEXT), and the bytes are the string's, one to one;
- ``instr``: SQLite compares the bytes (a BLOB beside TEXT is read as the same bytes), and
  surrogatepass UTF-8 is still self-synchronising, so a key is found where the string holds it
  and nowhere else (valid UTF-8 never holds the bytes of a surrogate).

Values read back (ids, hospital name keys) go through :func:`loaded`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def stored(text: str) -> str | bytes:
    """The value to store or bind for ``text``: itself, or its surrogatepass bytes if it holds a
    lone surrogate (which SQLite, taking only UTF-8 text, cannot hold as text)."""
    if not text.isascii():  # (most text is ASCII: nothing to encode)
        try:
            text.encode("utf-8")  # fails only on a lone surrogate
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogatepass")
    return text


def stored_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row with each string as :func:`stored` gives it (for a record known to hold a surrogate)."""
    return tuple(stored(v) if isinstance(v, str) else v for v in row)


def bind(args: Sequence[Any]) -> Sequence[Any]:
    """A query's arguments as the build stored the same text: a string holding a surrogate
    matches only the BLOB it was stored as."""
    if all(type(a) is not str or a.isascii() for a in args):
        return args
    return [stored(a) if isinstance(a, str) else a for a in args]


def loaded(value: Any) -> Any:
    """A stored value read back: the string the build was given."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value
