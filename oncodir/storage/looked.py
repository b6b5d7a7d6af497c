"""A read-only mapping whose values are looked up one key at a time (and kept), for tables
that a query asks a few keys of, such as the query index's hospital names."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class Looked(Mapping[str, V], Generic[V]):
    """``lookup(key)`` gives a key's value or None; ``keys_of()`` lists every key (rarely wanted)."""

    def __init__(self, lookup: Callable[[str], V | None], keys_of: Callable[[], list[str]]) -> None:
        self._lookup = lookup
        self._keys_of = keys_of
        self._seen: dict[str, V | None] = {}

    def _get(self, key: object) -> V | None:
        if not isinstance(key, str):
            return None
        if key not in self._seen:
            self._seen[key] = self._lookup(key)
        return self._seen[key]

    def __getitem__(self, key: str) -> V:
        found = self._get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self._get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys_of())

    def __len__(self) -> int:
        return len(self._keys_of())
