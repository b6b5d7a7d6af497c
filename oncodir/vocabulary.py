"""The controlled vocabulary: concepts, their names, and the broader/narrower hierarchy.

A concept is one cancer type or treatment with a canonical ``term``. People reach it by any
of its names (synonyms, abbreviations, Chinese names) in any case or spacing, and a query
for a concept also matches everything narrower than it (skin cancer covers melanoma).
The concepts are data, stored as a table in the database; this module only indexes them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from oncodir.text import normalise

KINDS = ("cancer", "treatment")
# The little words every language has between the things people ask for. The full list of words
# that carry no criterion ("where", "treatment", 哪里...) is data: the database's stopwords table.
STOP_WORDS = frozenset(("in", "at", "near", "for", "of", "the", "and", "with", "a", "an", "on", "around"))
# An organ or site word alone ("thyroid", "colon", "bone") means its cancer: tried after the
# word itself, as "thyroid cancer", "thyroid tumour" (only cancer concepts, only short phrases).
ORGAN_SUFFIXES = (" cancer", " tumour")
MAX_ORGAN_WORDS = 3

# British and American spellings people use interchangeably; tried when a name is not found
# as typed, and by the text fallback in search, so "tumor" finds a page that says "tumour".
_SPELLINGS = (
    ("tumour", "tumor"),
    ("oesophag", "esophag"),
    ("haemat", "hemat"),
    ("haemo", "hemo"),
    ("leukaem", "leukem"),
    ("anaem", "anem"),
    ("oestr", "estr"),
    ("paediatr", "pediatr"),
    ("orthopaed", "orthoped"),
    ("gynaec", "gynec"),
    ("centre", "center"),
    ("sensitis", "sensitiz"),
    ("programme", "program"),
    ("ischaem", "ischem"),
)


class Concept(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    term: str
    kind: str
    synonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    reference: str = ""  # where the hierarchy comes from: "MeSH D008545; NCIt C3224"
    parts: tuple[str, ...] = ()  # a compound's parts: colorectal cancer -> colon cancer, rectal cancer

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.synonyms, *self.abbreviations, *self.zh)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Concept:
        return cls(
            term=str(data["term"]),
            kind=str(data["kind"]),
            synonyms=tuple(data.get("synonyms") or ()),
            abbreviations=tuple(data.get("abbreviations") or ()),
            zh=tuple(data.get("zh") or ()),
            broader=tuple(data.get("broader") or ()),
            reference=str(data.get("reference") or ""),
            parts=tuple(data.get("parts") or ()),
        )


@functools.cache
def _spelled() -> re.Pattern[str]:
    """Any spelling that :func:`spellings` swaps, either way."""
    return re.compile("|".join(re.escape(s) for pair in _SPELLINGS for s in pair))


def spellings(text: str) -> list[str]:
    """Normalised keys for a name: as typed, then with British/American spellings swapped."""
    keys = [normalise(text)]
    if not _spelled().search(keys[0]):  # most names: no swap applies (one regex instead of 2 x 17 tests)
        return keys
    for a, b in _SPELLINGS:
        for src, dst in ((a, b), (b, a)):
            keys += [k.replace(src, dst) for k in keys if src in k]  # swaps combine: haematological tumours
    return list(dict.fromkeys(keys))


def variants(text: str) -> list[str]:
    """Keys to try for a name: as typed, spelling swaps, singular forms, then words run together.

    The last lets "radio therapy" find radiotherapy and "non small cell" find "non-small cell";
    the index holds every name with its spaces removed too.
    """
    keys = spellings(text)
    for k in list(keys):
        words = k.split(" ")
        last = words[-1]
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
            if len(last) > len(suffix) + 2 and last.endswith(suffix):
                keys.append(" ".join([*words[:-1], last[: -len(suffix)] + repl]))
    keys += [k.replace(" ", "") for k in keys if " " in k]
    return list(dict.fromkeys(keys))


class Vocabulary:
    """Index over concepts: name lookup and hierarchy closure.

    A plain class rather than a dataclass: defining one costs about a millisecond at start-up.
    """

    def __init__(self, rows: list[Mapping[str, Any]] | None = None) -> None:
        self.rows: list[Mapping[str, Any]] = rows if rows is not None else []
        self.concepts: dict[str, Concept] = {}
        self._index: dict[str, set[str]] = {}
        self._narrower: dict[str, set[str]] = {}
        self._wholes: dict[str, list[str]] | None = None

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]], state: Mapping[str, Any] | None = None) -> Vocabulary:
        """Index the concepts; ``state`` is a saved :meth:`state` for the same rows (skips the work)."""
        vocab = cls(rows=list(rows))
        for row in vocab.rows:
            concept = Concept.from_dict(row)
            vocab.concepts[concept.term] = concept
        if state is not None:
            vocab._index, vocab._narrower = state["index"], state["narrower"]
            return vocab
        for concept in vocab.concepts.values():
            for name in concept.names:
                key = normalise(name)
                vocab._index.setdefault(key, set()).add(concept.term)
                vocab._index.setdefault(key.replace(" ", ""), set()).add(concept.term)
            for parent in concept.broader:
                vocab._narrower.setdefault(parent, set()).add(concept.term)
        return vocab

    def state(self) -> dict[str, Any]:
        """The name and hierarchy indexes, as plain data for the snapshot cache."""
        return {"index": self._index, "narrower": self._narrower}

    def __contains__(self, term: object) -> bool:
        return term in self.concepts

    def resolve(self, text: str, kind: str | None = None) -> list[str]:
        """Canonical terms a name refers to (usually one), optionally of one kind.

        An organ word alone resolves to its cancer ("thyroid" -> thyroid cancer) when the
        name itself is not known.
        """
        found = self._resolve(text, kind)
        if found or kind == "treatment" or not text.strip() or len(text.split()) > MAX_ORGAN_WORDS:
            return found
        if not text.isascii() or normalise(text).endswith(("cancer", "cancers", "tumour", "tumor", "tumours")):
            return []
        for suffix in ORGAN_SUFFIXES:
            found = [t for t in self._resolve(text + suffix, "cancer")]
            if found:
                return found
        return []

    def _resolve(self, text: str, kind: str | None) -> list[str]:
        for key in variants(text):
            terms = self._index.get(key)
            if terms:
                found = sorted(t for t in terms if kind is None or self.concepts[t].kind == kind)
                if found:
                    return found
        return []

    def abbreviation(self, text: str) -> list[str]:
        """Concepts with this exact abbreviation, capitals and all ("ALL", not "all")."""
        return sorted(c.term for c in self.concepts.values() if text in c.abbreviations)

    def wholes(self, term: str) -> list[str]:
        """The compounds a concept is a part of (colon cancer -> colorectal cancer)."""
        if self._wholes is None:
            self._wholes = {}
            for concept in self.concepts.values():
                for part in concept.parts:
                    self._wholes.setdefault(part, []).append(concept.term)
        return self._wholes.get(term, [])

    def canonical(self, text: str) -> str | None:
        """The one canonical term for a name, or None when unknown or ambiguous."""
        terms = self.resolve(text)
        return terms[0] if len(terms) == 1 else None

    def narrower(self, term: str) -> dict[str, int]:
        """The concept and everything below it, with its depth (0 for the concept itself)."""
        depths = {term: 0}
        frontier = [term]
        while frontier:
            nxt = []
            for parent in frontier:
                for child in sorted(self._narrower.get(parent, ())):
                    if child not in depths:
                        depths[child] = depths[parent] + 1
                        nxt.append(child)
            frontier = nxt
        return depths

    def names(self) -> list[str]:
        """Every name of every concept, for suggestions and completion."""
        return sorted({name for c in self.concepts.values() for name in c.names})


def row_problems(row: Any) -> list[str]:
    """What is wrong with one row of a vocabulary table, as 'field: problem' phrases.

    A row that passes builds a :class:`Concept` whose names are text: a synonym list given as
    a string would otherwise make every letter a synonym, and a number a crash in every query.
    """
    if not isinstance(row, Mapping):
        return ["not a JSON object"]
    problems = []
    term = row.get("term")
    if not isinstance(term, str) or not term.strip():
        problems.append("term: required, as text")
    if row.get("kind") not in ("cancer", "treatment"):
        problems.append("kind: must be 'cancer' or 'treatment'")
    for name in ("synonyms", "abbreviations", "zh", "broader"):
        value = row.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
            problems.append(f"{name}: must be a list of text")
    if row.get("reference") is not None and not isinstance(row["reference"], str):
        problems.append("reference: must be text")
    return problems
