"""Drafting a department record from the plain text of its web page.

The draft is for a person to check and then import; it states only what the page states.
What it reads, and the rules it keeps:

- name: the page heading (the last short line before the first paragraph); an alias from
  "The Department of X" when the page writes it out;
- hospital: a hospital of the directory whose name or alias the page spells (one hospital; if
  the page names several, the one named in the department's own sentence, else none), or an
  unknown one written as "The Department of X at/, Y Hospital". Never a guess;
- place: a matched hospital's city, province and country (from its record, cited in
  ``references``); otherwise the city the page names when it names exactly one known city,
  else the province when it names no city and exactly one province; else ``null``;
- cancers and treatments: every mention of a vocabulary name (synonyms, abbreviations in
  capitals, plurals, tumour/tumor), longest first at word boundaries, as canonical terms with
  the page's wording kept in ``wording``;
- beds, staff by role, people and roles, founding date, patients a year, programmes, and the
  "Last update" date as ``source.updated`` (YYYY-MM). No summary: a person writes that.

The counts, people, dates and programmes are read by :mod:`oncodir.extract.facts`; this module
assembles the record and decides its name, hospital, place and terms. Every pattern is a
bounded regular expression, so no page can make it backtrack for long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from oncodir.directory import Directory, hospitals, names
from oncodir.extract.facts import (
    annual_patients,
    beds,
    founded,
    people,
    programmes,
    split_sentences,
    staff,
    updated,
)
from oncodir.importer import hospital_by_name, make_id
from oncodir.models import FIELDS, Record
from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

_DEPT = re.compile(r"\b[Tt]he [Dd]epartment of (?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|&|of|for)){0,12})")

_AT_HOSPITAL = re.compile(
    r"(?:\s+at|,)\s+(?:the\s+)?(?P<h>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|the|and|for)){0,12}?\s+Hospital)\b"
)


def draft(text: str, document: str | None, directory: Directory) -> Record:
    """A draft department record from a page's text; absent facts are null or empty."""
    lines = [line.strip() for line in text.splitlines()]
    masked, sentences = split_sentences(text)
    record: Record = {k: None for k in FIELDS}
    record.update(kind="department", aliases=[], cancers=[], treatments=[], wording={}, staff={}, people=[],
                  annual_patients={}, programs=[], notes=[], references=[])  # fmt: skip
    name = heading(lines)
    dept = _DEPT.search(text)
    if dept:
        alias = "Department of " + re.sub(r"\s+(?:and|&|of|for)$", "", dept["name"])
        if name is None:
            name = alias
        elif alias != name:
            record["aliases"].append(alias)
    record["name"] = name
    _place(record, text, dept, directory)
    record.update(terms(text, directory.vocabulary))
    record["beds"] = beds(sentences)
    record["staff"] = staff(sentences)
    record["people"] = people(lines, masked)
    record["established"] = founded(sentences)
    record["annual_patients"] = annual_patients(sentences)
    record["programs"] = programmes(lines, sentences)
    record["source"] = {"document": document, "title": name, "updated": updated(text)}
    record["id"] = make_id(record) or None
    return record


def heading(lines: list[str]) -> str | None:
    """The last short, heading-like line before the first paragraph of prose."""
    found = None
    for line in lines:
        if not line:
            continue
        if len(line) > 100 or (line.endswith(".") and len(line.split()) > 8):
            break
        if "/" not in line and not line.endswith((".", ":", ";", ",")):
            found = line
    return found


def _place(record: Record, text: str, dept: re.Match[str] | None, directory: Directory) -> None:
    known = hospitals(directory.records)
    named = _hospitals_named(text, known)
    if len(named) > 1 and dept is not None:  # several: prefer the one in the department's own sentence
        end = text.find(".", dept.end())
        in_own = _hospitals_named(text[dept.start() : end if end > 0 else len(text)], named.values())
        if len(in_own) == 1:
            named = in_own
    if len(named) == 1:
        (hospital,) = named.values()
        _at_known_hospital(record, hospital)
        return
    if len(named) > 1:
        record["notes"].append("The page names several hospitals (" + ", ".join(sorted(named)) + "); none chosen.")
    elif dept is not None:
        at = _AT_HOSPITAL.match(text, dept.end())
        if at:
            found = hospital_by_name(known, at["h"])
            record["hospital"] = at["h"]
            record["hospital_id"] = found["id"] if found else None
    _place_from_text(record, text, directory)


def _at_known_hospital(record: Record, hospital: Mapping[str, Any]) -> None:
    """The department of a hospital in the directory: its name, id and place, citing its record."""
    record.update(hospital=hospital.get("name"), hospital_id=hospital["id"])
    for key in ("city", "province", "country"):
        record[key] = hospital.get(key)
    record["references"].append(
        {"fields": ["city", "province", "country"], "name": f"oncodir's record of {hospital.get('name')}"}
    )


def _place_from_text(record: Record, text: str, directory: Directory) -> None:
    """The one city the page names, else the one province when it names no city; else nothing."""
    gaz = directory.gazetteer
    # A city inside an institution's name ("Nanjing Medical University") says where that
    # institution is, not where this department is: those mentions do not count.
    place_text = _INSTITUTION.sub(" ", text)
    cities = {
        (c.name, c.province): c for c in gaz.cities if _mentions(place_text, c.name) or (c.zh and c.zh in place_text)
    }
    if len(cities) == 1:
        (city,) = cities.values()
        record.update(city=city.name, province=city.province, country="China")
        record["notes"].append(f"City: the page names {city.name} and no other city.")
        return
    provinces = {c.province for c in gaz.cities if c.province and _mentions(text, c.province)}
    if not cities and len(provinces) == 1:
        record.update(province=provinces.pop(), country="China")
        record["notes"].append(f"Province: the page names {record['province']}; it names no city.")


def _hospitals_named(text: str, hospitals: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Hospitals whose name or an alias the text spells (an all-capitals alias only in capitals)."""
    named: dict[str, Mapping[str, Any]] = {}
    for h in hospitals:
        for n in names(h):
            if _mentions(text, n, exact_case=n.isupper()):
                named.setdefault(str(h["id"]), h)
    return named


_INSTITUTION = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:University|College|School|Institute|Academy)\b")


def _mentions(text: str, name: str, *, exact_case: bool = False) -> bool:
    if not name.isascii():
        return name in text
    pattern = r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)"
    return re.search(pattern, text, 0 if exact_case else re.I) is not None


def _name_pattern(name: str) -> str:
    words = normalise(name).split(" ")
    body = r"[\s-]+".join("(?:and|&)" if w == "and" else re.escape(w) for w in words)
    return rf"(?<!\w){body}(?:e?s)?(?!\w)"


def terms(text: str, vocab: Vocabulary) -> dict[str, Any]:
    """Cancers, treatments and wording from every mention of a vocabulary name."""
    out: dict[str, Any] = {"cancers": [], "treatments": [], "wording": {}}
    phrases: dict[str, list[str]] = {}
    for phrase in _mentions_of_terms(text, vocab):
        for term in vocab.resolve(phrase):
            field = "cancers" if vocab.concepts[term].kind == "cancer" else "treatments"
            if term not in out[field]:
                out[field].append(term)
            _keep_wording(phrases.setdefault(term, []), term, phrase)
    out["wording"] = {t: "; ".join(p) for t, p in phrases.items() if p}
    return out


def _keep_wording(own: list[str], term: str, phrase: str) -> None:
    """Keep the page's phrase for a term unless it is the term itself or a variant already kept."""
    seen = {v for p in own for v in variants(p)}
    if normalise(term) not in variants(phrase) and not seen & set(variants(phrase)):
        own.append(" ".join(phrase.split()))


def _term_patterns(vocab: Vocabulary) -> list[tuple[str, int]]:
    """Regular expressions (and flags) for every vocabulary name, each longest first.

    Names and synonyms in any case, with their variants; abbreviations in capitals only; names
    in other scripts (Chinese) as written.
    """
    plain: set[str] = set()
    capitals: set[str] = set()
    for concept in vocab.concepts.values():
        for n in (concept.term, *concept.synonyms):
            plain.update(variants(n) if n.isascii() else [n])
        capitals.update(a for a in concept.abbreviations if a.isascii())
        plain.update(z for z in concept.zh if z)
    ascii_names = sorted((n for n in plain if n.isascii()), key=len, reverse=True)
    other = sorted((re.escape(n) for n in plain if not n.isascii()), key=len, reverse=True)
    return [
        ("|".join(_name_pattern(n) for n in ascii_names), re.I),
        ("|".join(rf"(?<![\w-]){re.escape(a)}s?(?![\w-])" for a in sorted(capitals, key=len, reverse=True)), 0),
        ("|".join(other), 0),
    ]


def _mentions_of_terms(text: str, vocab: Vocabulary) -> list[str]:
    """The phrases that mention a vocabulary name, in page order, longest where mentions overlap."""
    found: list[tuple[int, int, str]] = []
    for pattern, flags in _term_patterns(vocab):
        if pattern:
            found += [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text, flags)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    phrases = []
    end = -1
    for start, stop, phrase in found:
        if start < end:
            continue  # inside a longer mention already taken
        end = stop
        if not _inside_proper_name(text, start, stop):
            phrases.append(phrase)
    return phrases


def _inside_proper_name(text: str, start: int, stop: int) -> bool:
    """'Chinese Medicine' in 'Zhejiang Chinese Medicine University' names a place, not a treatment."""
    phrase = text[start:stop]
    if phrase.isupper() or not all(w[:1].isupper() for w in phrase.split()):
        return False
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([A-Za-z]+)", text[stop : stop + 40])
    return any(m is not None and m[1][:1].isupper() for m in (before, after))
