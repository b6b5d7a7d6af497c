"""Mentions: does a record's text hold the words of a question, and in which field?

Shared by :mod:`oncodir.query` (keeping together words that records hold together) and
:mod:`oncodir.search` (matching a criterion that is not a known name). Whole words only, with
plural and spelling variants allowed ("doctors" finds "doctor", "tumor" finds "tumour"); a
person's name in any order ("Fang Meiyu" is "Mei-yu Fang"); a word typed in capitals as that
abbreviation (TES is not "tes").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from oncodir.models import SEARCHED, Record, record_text
from oncodir.text import has_words
from oncodir.vocabulary import spellings

SINGULAR = (("ies", "y"), ("ses", "sis"), ("es", ""), ("s", ""))


def text_keys(text: str) -> list[str]:
    """The normalised forms to look for: the text, its other spellings and singular forms."""
    keys = spellings(text)
    for k in list(keys):  # singular forms: "doctors" finds "doctor"; plurals are allowed by has_words
        words = k.split(" ")
        for suffix, repl in SINGULAR:
            if len(words[-1]) > len(suffix) + 2 and words[-1].endswith(suffix):
                keys.append(" ".join([*words[:-1], words[-1][: -len(suffix)] + repl]))
    return list(dict.fromkeys(keys))


def person(text: str) -> frozenset[str]:
    """The parts of what may be a person's name (two to four Latin words), else nothing."""
    if 2 <= len(text.split()) <= 4 and text.isascii():
        return frozenset(name_parts(text))
    return frozenset()


def name_parts(name: str) -> list[str]:
    return [p.replace("-", "").replace(".", "").casefold() for p in name.replace(",", " ").split()]


def mentions(
    record: Record,
    blob: str,
    query: str,
    keys: list[str],
    *,
    named: frozenset[str] = frozenset(),
    caps: bool = False,
) -> list[dict[str, Any]]:
    """Where a record mentions the query ([] when nowhere): ``blob`` is its whole normalised
    text, ``keys`` the forms to look for (:func:`text_keys`), ``named`` a person's name parts."""
    if named:
        for someone in record.get("people") or []:
            name = someone.get("name") if isinstance(someone, Mapping) else someone
            if name and frozenset(name_parts(str(name))) == named:
                return [{"field": "people", "query": query, "match": "text"}]
    # Most records do not mention the word at all: one substring test on the record's
    # whole normalised text (built once per database) rules them out before any field is read.
    if not any(key in blob for key in keys):
        return []
    for fname in SEARCHED:
        if caps:  # TES is the abbreviation, not "tes" in any case
            if has_caps(record_text(record, fname, raw=True), query):
                return [{"field": fname, "query": query, "match": "text"}]
            continue
        text = record_text(record, fname)
        if any(has_words(text, key) for key in keys):
            return [{"field": fname, "query": query, "match": "text"}]
    return []


def has_caps(text: str, word: str) -> bool:
    """The word, capitals and all, as a whole word of the text."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False
