"""The directory in memory: every record from both databases, the vocabulary and the cities.

:class:`Directory` is what search, browse, extract and the commands read. It keeps a term index
(which records name each cancer and treatment) and each record's searchable text, both built
once and kept in the snapshot cache. The small questions asked of records everywhere are
answered here once: :func:`known` (a term or a place?), :func:`hospitals` (all hospitals),
:func:`departments_of` (a hospital's departments), :func:`origin` (the user's record or a
bundled one), :func:`names` (a record's name and aliases).

This module reads no files: :mod:`oncodir.storage.read` builds a Directory from databases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from oncodir.geo import City, Gazetteer
from oncodir.models import Record, search_text
from oncodir.text import normalise
from oncodir.vocabulary import STOP_WORDS, Vocabulary, spellings

_THE = re.compile(r"^the ")

TermIndex = dict[str, dict[str, list[int]]]


class Directory:
    """Everything a query reads: records from both databases, vocabulary and cities.

    A plain class rather than a dataclass: defining one costs about a millisecond at start-up.
    """

    def __init__(
        self,
        records: list[Record],
        vocabulary: Vocabulary,
        gazetteer: Gazetteer,
        user_ids: set[str] | None = None,
        sources: list[Path] | None = None,
        term_index: TermIndex | None = None,
        search_text: list[str] | None = None,
        stopwords: Iterable[str] = (),
    ) -> None:
        self.records = records
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        self.user_ids = user_ids if user_ids is not None else set()
        self.sources = sources if sources is not None else []
        # field ("cancers"/"treatments") -> term -> positions in ``records``: a concept query
        # visits only the records that name one of its terms instead of every record.
        self._term_index = term_index or None
        self._search_text = search_text if search_text is not None and len(search_text) == len(records) else None
        # Words that carry no criterion in a question (the database's stopwords table), normalised.
        self.stopwords = frozenset(normalise(w) for w in stopwords) | STOP_WORDS
        self._hospital_names: dict[str, set[str]] | None = None

    # Are these records only the candidates of the query being answered (chosen by the query index
    # for every criterion)? Then search matches each of them instead of first looking up which
    # name the query's terms (the term index would rule out almost none and cost more to build).
    candidates_only = False

    @property
    def term_index(self) -> TermIndex:
        """Built on first use: a Directory of a query's candidates never needs it."""
        if self._term_index is None:
            self._term_index = build_term_index(self.records)
        return self._term_index

    def hospital_names(self) -> Mapping[str, set[str]]:
        """Every hospital's name, aliases (English and Chinese) and id, normalised -> hospital ids.

        Built on first use: most queries name no hospital.
        """
        if self._hospital_names is None:
            index: dict[str, set[str]] = {}
            for rec in hospitals(self.records):
                hid = str(rec["id"])
                for name in (hid, *names(rec)):
                    for key in spellings(name):
                        index.setdefault(key, set()).add(hid)
                        index.setdefault(_THE.sub("", key), set()).add(hid)
            self._hospital_names = index
        return self._hospital_names

    @property
    def search_text(self) -> list[str]:
        """Each record's text fields, normalised and joined: a word search rules most records
        out with one substring test. Made on first use (building the query index does not need it).
        """
        if self._search_text is None:
            self._search_text = [record_search_text(r) for r in self.records]
        return self._search_text

    def record_names(self) -> list[str]:
        """Every record's name and aliases, in record order (for suggestions). A Directory that
        the query index narrowed to some records lists all of them from the index instead."""
        return [n for r in self.records for n in names(r)]

    def mentioning(self, keys: list[str], named: frozenset[str]) -> Directory:
        """The records that may mention a phrase (its text keys, or a person's name parts): a
        superset, for :mod:`oncodir.query` to test. Here every record; a Directory the query
        index narrowed to some records asks the index for them among all records instead."""
        return self

    def snapshot(self) -> dict[str, Any]:
        """Everything but the sources, as plain data for the cache."""
        return {
            "records": self.records,
            "user_ids": sorted(self.user_ids),
            "vocabulary": self.vocabulary.rows,
            "vocabulary_state": self.vocabulary.state(),
            "cities": self.gazetteer.rows,
            "term_index": self.term_index,
            "search_text": self.search_text,
            "stopwords": sorted(self.stopwords),
        }

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any], sources: list[Path]) -> Directory:
        return cls(
            records=data["records"],
            vocabulary=Vocabulary.from_rows(data["vocabulary"], data["vocabulary_state"]),
            gazetteer=Gazetteer.lazy(data["cities"]),
            user_ids=set(data["user_ids"]),
            sources=sources,
            term_index=data["term_index"],
            search_text=data["search_text"],
            stopwords=data["stopwords"],
        )


record_search_text = search_text  # the Directory's parameter of the same name hides the function


def build_term_index(records: list[Record]) -> TermIndex:
    index: TermIndex = {"cancers": {}, "treatments": {}}
    for position, record in enumerate(records):
        for fname, terms in index.items():
            for term in record.get(fname) or ():
                terms.setdefault(term, []).append(position)
    return index


def hospitals(records: Iterable[Mapping[str, Any]]) -> list[Any]:
    """Every hospital record (the directory's, or a database table's), in order."""
    return [r for r in records if r.get("kind") == "hospital"]


def departments_of(directory: Directory, hospital_id: str) -> list[Record]:
    """A hospital's departments, by name."""
    deps = [r for r in directory.records if r.get("kind") == "department" and r.get("hospital_id") == hospital_id]
    return sorted(deps, key=lambda r: str(r.get("name", "")).casefold())


def origin(directory: Directory, record: Mapping[str, Any]) -> str:
    """'user' for a record from the user's database, else 'bundled'."""
    return "user" if record.get("id") in directory.user_ids else "bundled"


def known(phrase: str, directory: Directory) -> bool:
    """Is this a vocabulary term, a city or a province, or a hospital's name?"""
    if directory.vocabulary.resolve(phrase) or normalise(phrase) in directory.hospital_names():
        return True
    cities, province = place(phrase, directory)
    return bool(cities or province)


_CITY_WORD = re.compile(r"(?:\s+city|\s+shi|市)$", re.IGNORECASE)


def place(phrase: str, directory: Directory) -> tuple[list[City], str | None]:
    """The cities a phrase names, or else the province; ([], None) when it names no place.

    "Hangzhou City" and 杭州市 name Hangzhou: the word for city is dropped when the rest is a city.
    """
    gaz = directory.gazetteer
    cities = gaz.lookup(phrase)
    if not cities:
        bare = _CITY_WORD.sub("", phrase.strip())
        if bare and bare != phrase.strip():
            cities = gaz.lookup(bare)
    if cities:
        return cities, None
    return [], gaz.province(phrase)


def names(record: Mapping[str, Any]) -> list[str]:
    """A record's name and its aliases, as text (empty ones left out)."""
    return [str(n) for n in (record.get("name"), *(record.get("aliases") or ())) if n]
