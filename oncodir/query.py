"""Queries: what was typed becomes a :class:`Query` of criteria, for :mod:`oncodir.search`.

Reading a question (:func:`parse`): words that form a known name are joined (a vocabulary
term, a place, a hospital's name); words that carry no criterion ("where", "can", "treatment",
哪里 — the database's stopwords table) are set aside when they are not part of a known name;
the rest are looked for as whole words in the records' text, kept together where records hold
them together. Chinese written without spaces is split into known names, stop words and the
rest. A word typed in capitals is read as an abbreviation (ALL, TES). Nothing is guessed: a
word is set aside only when it is a stop word and not part of a known name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from oncodir.directory import Directory, known
from oncodir.errors import UsageError
from oncodir.mentions import mentions, person, text_keys
from oncodir.text import normalise

MAX_PHRASE_WORDS = 8  # hospital names are long: "Cancer Hospital of the Chinese Academy of Medical Sciences"
MAX_QUERY_WORDS = 64  # longer input is not a question; it is matched as typed, in bounded time
MAX_SEGMENT = 24  # the longest Chinese name tried when splitting text written without spaces
ZH_PARTICLES = "的在和与及"  # little words of Chinese queries ("杭州的化疗"), dropped like stop words
_WORDS = re.compile(r"[^\s?!,;，。？！、；]+")
CAPS = re.compile(r"^[A-Z][A-Z0-9]+$")


class Criterion(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    """One thing a result must match: free text, or text restricted to a field."""

    text: str
    field: str | None = None  # None (anywhere), "cancer", "treatment", "city", "hospital"
    caps: bool = False  # typed in capitals: an abbreviation, matched as such (ALL, TES)


class Query(NamedTuple):
    criteria: list[Criterion]
    near: str | None = None
    within_km: float | None = None
    set_aside: tuple[str, ...] = ()  # words that carried no criterion, as typed
    kind: str | None = None  # "hospital" or "department" only
    sort: str | None = None  # "name", "city", "beds" or "distance" instead of relevance


def _is_stop(word: str, directory: Directory) -> bool:
    return normalise(word) in directory.stopwords and not _abbreviation(word, directory)


def _abbreviation(word: str, directory: Directory) -> bool:
    """A word in capitals that the vocabulary or a hospital has as its abbreviation."""
    return bool(
        CAPS.match(word) and (directory.vocabulary.abbreviation(word) or normalise(word) in directory.hospital_names())
    )


def _segment(text: str, directory: Directory) -> list[tuple[str, str]]:
    """Chinese written without spaces, split into known names, stop words and the rest.

    杭州哪里可以做热灌注 -> 杭州 (known), 哪里 可以 做 (stop), 热灌注 (known). Longest known
    name first at each position; characters no name starts with gather into one "word".
    """
    out: list[tuple[str, str]] = []
    rest = ""
    i = 0
    while i < len(text):
        for j in range(min(len(text), i + MAX_SEGMENT), i, -1):
            piece = text[i:j]
            kind = "known" if known(piece, directory) else "stop" if normalise(piece) in directory.stopwords else ""
            if kind or (j == i + 1 and piece in ZH_PARTICLES):
                if rest:
                    out.append((rest, "word"))
                    rest = ""
                out.append((piece, kind or "stop"))
                i = j
                break
        else:
            rest += text[i]
            i += 1
    if rest:
        out.append((rest, "word"))
    return out


def _occurs(phrase: str, directory: Directory) -> bool:
    """Does any record's text hold these words (in any order for a person's name)?"""
    keys, named = text_keys(phrase), person(phrase)
    where = directory.mentioning(keys, named)  # every record, or those the query index says may
    blobs = where.search_text
    return any(mentions(r, blobs[i], phrase, keys, named=named) for i, r in enumerate(where.records))


def parse(words: Sequence[str], directory: Directory) -> tuple[list[Criterion], list[str]]:
    """The criteria in what was typed, and the words set aside as carrying none.

    ``find skin cancer`` is one term; ``find where can I get HIPEC in Hangzhou`` is two (HIPEC,
    Hangzhou) with "where, can, I, get, in" set aside; ``find "international patients"`` stays one
    phrase because records hold those words together. Nothing is guessed: a word is set aside
    only when it is a stop word and not part of a known name, and kept otherwise.
    """
    if sum(len(w.split()) for w in words) > MAX_QUERY_WORDS:
        return [Criterion(w) for w in words if w.strip()] or [Criterion("")], []  # not a question
    items = _items(_tokens(words, directory), directory)
    criteria: list[Criterion] = []
    set_aside = [t for t, k in items if k == "stop"]
    run: list[str] = []
    for text, kind in [*items, ("", "end")]:
        if kind == "word":
            run.append(text)
            continue
        criteria.extend(_phrases(run, directory))
        run = []
        if kind == "known":
            criteria.append(Criterion(text, caps=bool(CAPS.match(text))))
    return criteria, set_aside


def _tokens(words: Sequence[str], directory: Directory) -> list[tuple[str, str]]:
    """The words typed, each with its kind when already told ("known", "stop", "word"), else ""."""
    tokens: list[tuple[str, str]] = []
    for arg in words:
        if not normalise(arg):
            tokens.append((arg, "word"))
            continue
        if " " in arg.strip() and known(arg, directory):  # a quoted name: "skin cancer"
            tokens.append((arg, "known"))
            continue
        for token in _WORDS.findall(arg):
            if not normalise(token):
                continue  # punctuation alone ("--", "'") asks for nothing
            if not token.isascii() and not known(token, directory):
                tokens.extend(_segment(token, directory))
            else:
                tokens.append((token, ""))
    return tokens


def _items(tokens: list[tuple[str, str]], directory: Directory) -> list[tuple[str, str]]:
    """Neighbouring words joined into the longest known names; the rest told known, stop or word."""
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        text, kind = tokens[i]
        if kind:
            items.append((text, kind))
            i += 1
            continue
        j = _longest_name(tokens, i, directory)
        if j > i + 1:
            items.append((" ".join(t for t, _ in tokens[i:j]), "known"))
        else:
            items.append((text, _word_kind(text, directory)))
        i = j
    return items


def _longest_name(tokens: list[tuple[str, str]], i: int, directory: Directory) -> int:
    """The end of the longest known name starting at token i (i + 1 when none is longer)."""
    for j in range(min(len(tokens), i + MAX_PHRASE_WORDS), i + 1, -1):
        span = tokens[i:j]
        if all(not k for _, k in span) and known(" ".join(t for t, _ in span), directory):
            return j
    return i + 1


def _word_kind(word: str, directory: Directory) -> str:
    if _abbreviation(word, directory):
        return "known"
    if _is_stop(word, directory):
        return "stop"
    return "known" if known(word, directory) else "word"


def _phrases(run: list[str], directory: Directory) -> list[Criterion]:
    """Unknown words as text criteria: the longest runs that records hold together, else words."""
    if len(run) == 1:
        return [Criterion(run[0], caps=bool(CAPS.match(run[0])))]
    out: list[Criterion] = []
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            phrase = " ".join(run[i:j])
            if j == i + 1 or _occurs(phrase, directory):
                out.append(Criterion(phrase, caps=j == i + 1 and bool(CAPS.match(phrase))))
                i = j
                break
    return out


def group_terms(words: Sequence[str], directory: Directory) -> list[str]:
    """The query terms in what was typed (see :func:`parse`), without the words set aside."""
    return [c.text for c in parse(words, directory)[0]]


def build_query(
    directory: Directory,
    words: Sequence[str],
    fields: Mapping[str, Sequence[str] | None],
    *,
    near: str | None = None,
    within_km: float | None = None,
    kind: str | None = None,
    sort: str | None = None,
) -> Query:
    """A query from what was typed: free words (read as terms) and field-restricted values.

    A question made only of words that carry no criterion is a usage error that says so.
    """
    criteria, set_aside = parse(words, directory) if words else ([], [])
    for field, values in fields.items():
        criteria.extend(Criterion(v, field) for v in values or [])
    if set_aside and not criteria and near is None:
        raise UsageError(
            f"nothing to look for: {', '.join(set_aside)} "
            f"{'carries' if len(set_aside) == 1 else 'carry'} no criterion; "
            "give a cancer, a treatment, a place or a hospital's name"
        )
    if sort == "distance" and near is None:
        raise UsageError("--sort distance needs --near CITY")
    return Query(criteria, near=near, within_km=within_km, set_aside=tuple(set_aside), kind=kind, sort=sort)


def describe(query: Query) -> str:
    """The query in words, for messages and the table's footer: 'melanoma' city 'hangzhou'."""
    label = " ".join(repr(c.text) if c.field is None else f"{c.field} {c.text!r}" for c in query.criteria)
    if query.near:
        label += f" near {query.near}"
        if query.within_km is not None:
            label += f" within {query.within_km:g} km"
    return label.strip()
