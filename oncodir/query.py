"""Queries: what was typed becomes a :class:`Query` of criteria, for :mod:`oncodir.search`.

Words that form one known name are joined ("skin cancer"), Chinese written without spaces is
split into known names, and little words are dropped, but only when every other part is a
known term or place: nothing is ever guessed, and a name search keeps its words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from oncodir.directory import Directory, known
from oncodir.text import normalise
from oncodir.vocabulary import STOP_WORDS

MAX_PHRASE_WORDS = 6
MAX_QUERY_WORDS = 64  # longer input is not a question; it is matched as typed, in bounded time
ZH_PARTICLES = "的在和与及"  # little words of Chinese queries ("杭州的化疗"), dropped like STOP_WORDS


class Criterion(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    """One thing a result must match: free text, or text restricted to a field."""

    text: str
    field: str | None = None  # None (anywhere), "cancer", "treatment", "city", "hospital"


class Query(NamedTuple):
    criteria: list[Criterion]
    near: str | None = None
    within_km: float | None = None


def _join(words: Sequence[str], directory: Directory) -> list[str]:
    """Join neighbouring words that form one known name: ['skin', 'cancer'] -> ['skin cancer']."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_PHRASE_WORDS), i, -1):
            phrase = " ".join(words[i:j])
            if j == i + 1 or known(phrase, directory):
                out.append(phrase)
                i = j
                break
    return out


def _segment(text: str, directory: Directory) -> list[str] | None:
    """Split Chinese written without spaces into known names (杭州化疗 -> 杭州, 化疗), or None."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in ZH_PARTICLES or text[i].isspace():
            i += 1
            continue
        for j in range(min(len(text), i + 16), i, -1):
            if known(text[i:j], directory):
                out.append(text[i:j])
                i = j
                break
        else:
            return None
    return out


def group_terms(words: Sequence[str], directory: Directory) -> list[str]:
    """The query terms in what was typed: known names joined, little words dropped.

    ``find skin cancer`` is one term; ``find "hipec in hangzhou"`` is two (HIPEC, Hangzhou)
    because each part is known; ``find "notes clinic"`` stays one phrase for the text search.
    Nothing is ever guessed: a split is used only when every part is a known term or place.
    """
    terms = [term for arg in words for term in _terms_in(arg, directory)]
    if len(terms) > MAX_QUERY_WORDS:  # thousands of arguments: take them as they are
        return terms
    joined = _join(terms, directory)
    content = [t for t in joined if normalise(t) not in STOP_WORDS]
    if content and len(content) < len(joined) and all(known(t, directory) for t in content):
        return content
    return joined


def _terms_in(arg: str, directory: Directory) -> list[str]:
    """The terms in one argument: its known parts when every part is known, else the argument."""
    if known(arg, directory) or not normalise(arg) or len(arg.split()) > MAX_QUERY_WORDS:
        return [arg]  # a known name, nothing, or too long to be a question: as typed
    parts = _join(arg.split(), directory) if " " in arg.strip() else [arg]
    if not arg.isascii() and len(parts) == 1:
        parts = _segment(arg, directory) or parts
    content = [p for p in parts if normalise(p) not in STOP_WORDS]
    return content if len(parts) > 1 and all(known(p, directory) for p in content) else [arg]


def build_query(
    directory: Directory,
    words: Sequence[str],
    fields: Mapping[str, Sequence[str] | None],
    *,
    near: str | None = None,
    within_km: float | None = None,
) -> Query:
    """A query from what was typed: free words (grouped into terms) and field-restricted values."""
    criteria = [Criterion(t) for t in group_terms(words, directory)]
    for field, values in fields.items():
        criteria.extend(Criterion(v, field) for v in values or [])
    return Query(criteria, near=near, within_km=within_km)


def describe(query: Query) -> str:
    """The query in words, for messages and the table's footer: 'melanoma' city 'hangzhou'."""
    label = " ".join(repr(c.text) if c.field is None else f"{c.field} {c.text!r}" for c in query.criteria)
    if query.near:
        label += f" near {query.near}"
    return label
