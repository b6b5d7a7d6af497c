"""Shell completion: vocabulary terms, cities and hospital names for ``find`` and ``show``.

Typer calls these while the shell asks for completions (``_ONCODIR_COMPLETE=complete_bash``);
the global options have been parsed but no command has run, so the database is opened here,
from ``--db``/``--no-bundled`` on the command line being completed. Completion must never
fail loudly: a database that cannot be read completes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from oncodir.errors import OncodirError

MAX_ITEMS = 200  # a shell shows the first screenful anyway


def _directory(ctx: Any) -> Any:
    from oncodir.storage.read import load

    root = ctx.find_root() if ctx is not None else None
    params = root.params if root is not None else {}
    return load(params.get("db"), bundled=not params.get("no_bundled"))


def _matching(names: Iterable[str], incomplete: str) -> list[str]:
    """Names starting with what was typed, in any case, sorted.

    Typer keeps only completions that start with the typed text exactly, so a name matched
    regardless of case keeps the user's own prefix: "shang" completes to "shanghai" (the search
    ignores case, so either spelling finds the same records).
    """
    prefix = incomplete.casefold()
    found = set()
    for name in names:
        if name.startswith(incomplete):
            found.add(name)
        elif name.casefold().startswith(prefix):
            found.add(name.casefold() if incomplete.islower() else incomplete + name[len(incomplete) :])
    return sorted(found, key=lambda n: (n.casefold(), n))[:MAX_ITEMS]


def _complete(collect: Callable[[Any], Iterable[str]]) -> Callable[..., list[str]]:
    def complete(ctx: Any, incomplete: str) -> list[str]:
        try:
            return _matching(collect(_directory(ctx)), incomplete)
        except OncodirError:
            return []

    return complete


def _terms(directory: Any, kind: str | None = None) -> list[str]:
    return [
        name
        for concept in directory.vocabulary.concepts.values()
        if kind is None or concept.kind == kind
        for name in concept.names
    ]


def _places(directory: Any) -> list[str]:
    return [*directory.gazetteer.names(), *directory.gazetteer.province_names()]


def _labels(record: Any) -> list[str]:
    """What a record can be named by: its name, aliases and id."""
    from oncodir.directory import names

    return [*names(record), str(record.get("id") or "")]


def _hospitals(directory: Any) -> list[str]:
    from oncodir.directory import hospitals

    return [n for rec in hospitals(directory.records) for n in _labels(rec)]


def _records(directory: Any) -> list[str]:
    return ["hospital", "department", *(n for rec in directory.records for n in _labels(rec))]


terms = _complete(lambda d: [*_terms(d), *_places(d), *_hospitals(d)])
cancers = _complete(lambda d: _terms(d, "cancer"))
treatments = _complete(lambda d: _terms(d, "treatment"))
places = _complete(_places)
cities = _complete(lambda d: d.gazetteer.names())
hospitals = _complete(_hospitals)
records = _complete(_records)
