"""Shell completion: vocabulary terms, cities and hospital names for ``find`` and ``show``.

Typer calls these while the shell asks for completions (``_ONCODIR_COMPLETE=complete_bash``);
the global options have been parsed but no command has run, so the database is opened here,
from ``--db``/``--no-bundled`` on the command line being completed. Completion must never
fail loudly: a database that cannot be read completes nothing.

Candidates are data (names and aliases a user imported), so they are cleaned like any text
for the terminal (:func:`oncodir.text.clean_line`) and then quoted for the shell that asked:
bash inserts a candidate as typed text and zsh evaluates what we print, so "Renal Cancer &
Melanoma" or an alias ``Zq $(touch x)`` must arrive escaped, never as shell syntax.

The completion functions are read by Typer like commands on every run (their signatures): this
module keeps its annotations as objects, not ``from __future__ import annotations`` strings.
"""

from collections.abc import Callable, Iterable
from typing import Any

from oncodir.errors import OncodirError
from oncodir.text import clean_line

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
    for name in map(clean_line, names):
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


# --- quoting for the shell ---------------------------------------------------------------------

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./,:@%+=")


def bash_word(value: str) -> str:
    """The candidate as bash should insert it: every shell-special character backslash-escaped.

    Backslashes rather than quotes keep the candidate starting with what was typed, which bash
    needs to narrow a list of candidates. Letters of other scripts are not special.
    """
    return "".join(ch if ch in _PLAIN or (not ch.isascii() and ch.isprintable()) else "\\" + ch for ch in value)


def zsh_word(value: str) -> str:
    """The candidate as a zsh ``$'...'`` word, with nothing that a word split or ``eval`` changes."""
    out = []
    for ch in value:
        if ch in _PLAIN or (not ch.isascii() and ch.isprintable() and not ch.isspace()):
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "$'" + "".join(out) + "'"


def use_safe_shells() -> None:
    """Replace Typer's bash, zsh and fish completion output with cleaned, quoted candidates."""
    from typer._click.shell_completion import CompletionItem, add_completion_class
    from typer._completion_classes import BashComplete, FishComplete, ZshComplete

    class SafeBash(BashComplete):
        def format_completion(self, item: CompletionItem) -> str:
            return bash_word(clean_line(str(item.value)))

    class SafeZsh(ZshComplete):
        def complete(self) -> str:
            # compadd quotes what it inserts; -U keeps candidates whose case differs from the
            # typed text; the words reach it through eval, so each is one $'...' word.
            args, incomplete = self.get_completion_args()
            words = [zsh_word(clean_line(str(item.value))) for item in self.get_completions(args, incomplete)]
            return f"compadd -U -- {' '.join(words)}" if words else "_files"

    class SafeFish(FishComplete):
        def format_completion(self, item: CompletionItem) -> str:
            return clean_line(str(item.value))  # fish escapes what it inserts; one line each

    add_completion_class(SafeBash, "bash")
    add_completion_class(SafeZsh, "zsh")
    add_completion_class(SafeFish, "fish")
