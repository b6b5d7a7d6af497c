"""Counts a department page states: beds, staff by role, and patients or operations a year.

A count keeps the page's qualifier ("more than", "nearly"); a range ("200 to 250 new patients")
keeps its lower end with the qualifier "at least" and the range in a note. Numbers written with a
stray space after the thousands comma ("Over 1, 800 operations") are read whole. Staff counts are
the department's own: a total of "employees including surgeons" is not a count of surgeons,
"2 Nurse-in-Charge" is not a count of nurses, and the staff of a clinical-trial office, a
laboratory or people the department trains are not its staff.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from oncodir.extract.facts import unmask

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

WORD_NUMBERS = {w: i for i, w in enumerate(_WORDS, start=1)}

_QUAL = r"more than|over|nearly|almost|about|around|approximately|up to|at least|less than|fewer than|exceeding"

_NUM = r"\d{1,3}(?:, ?\d{3})+(?!\d)|\d+|" + "|".join(WORD_NUMBERS)

_COUNT = rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})(?:\s*(?:to|-|–)\s*(?P<hi>\d[\d,]*))?\s+"

ROLES = (
    "associate chief physician", "deputy chief physician", "chief physician", "attending physician",
    "attending doctor", "resident physician", "resident doctor", "associate professor", "professor",
    "head nurse", "nurse", "doctor", "physician", "surgeon", "oncologist", "radiologist", "pathologist",
    "pharmacist", "technician", "physicist", "researcher", "specialist", "supervisor",
)  # fmt: skip

ROLE_WORDS = {"master", "master's", "doctoral", "senior", "junior", "full-time", "part-time", "registered"}

_NOT_ADJ = r"(?!(?:including|includes|include|such|as|employees|staff|members|people|persons|personnel|workers|of)\b)"

_STAFF = re.compile(
    rf"(?<![\w,.]){_COUNT}(?P<adj>(?:{_NOT_ADJ}[a-z'-]+\s+){{0,2}}?)(?P<role>{'|'.join(ROLES)})s?(?![\w-])", re.I
)

_NOT_OWN_STAFF = re.compile(r"\b(?:trials?\s+(?:office|cent(?:er|re)|unit)|GCP|laborator(?:y|ies)|research\s+office|"
                            r"institution for (?:drug )?clinical trials)\b", re.I)  # fmt: skip

# "a ward of 72-patient beds": the number joined to the next word by a hyphen
_BED_COUNT = _COUNT.removesuffix(r"\s+") + r"(?:\s+|-(?=(?:patient|hospital|sickbed)\s+beds?\b))"

_BEDS = re.compile(
    rf"(?<![\w,.]){_BED_COUNT}(?P<adj>(?:[a-z-]+\s+){{0,2}}?)(?:patient-|hospital-|sickbed-)?beds?\b"
    r"(?P<tail>\s+for\s+[a-z -]{1,40}?(?=[,.;)]|\s+and\b))?",
    re.I,
)

_ANNUAL = re.compile(r"\b(?:annually|per year|a year|each year|every year|per annum|annual)\b", re.I)

_PATIENTS = re.compile(
    rf"(?<![\w,.]){_COUNT}(?P<pre>(?:[A-Za-z-]+\s+){{0,3}}?)"
    r"(?P<noun>patients|cases|admissions|inpatients|outpatients|visits|operations|surgeries|procedures)\b"
    r"(?P<tail>\s+(?:with|of)\s+[^,;]{1,80}?(?=\s+(?:annually|per year|a year|each year|every year)\b|[,;]|$))?",
    re.I,
)


def quantity(m: re.Match[str]) -> dict[str, Any]:
    """{"value": 1800, "qualifier": "over"}; a range keeps its lower end, "at least", and a note."""
    n = m["n"].lower()
    q: dict[str, Any] = {"value": WORD_NUMBERS[n] if n in WORD_NUMBERS else int(re.sub(r"[, ]", "", n))}
    if m["q"]:
        q["qualifier"] = m["q"].lower()
    if m["hi"]:
        q.setdefault("qualifier", "at least")
        q["note"] = f"{m['n']} to {m['hi']}"
    return q


# A bed count in a sentence about the past is not the current one: "established in 1972 with 20 beds",
# "grew from 12 beds to 48 beds", "initially had 30 beds" - unless the sentence says it is current ("now has").
_PAST = re.compile(
    r"\b(?:(?:19|20)\d\d|established|founded|set\s+up|opened|started|began|initially|originally|at\s+first|"
    r"at\s+that\s+time|in\s+the\s+beginning|at\s+the\s+beginning|(?:starting|beginning)\s+with|"
    r"at\s+(?:its\s+)?(?:founding|foundation|establishment|start)|had|was|were)\b",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:now|currently|at\s+present|presently|today|as\s+of|has|have|is|are|comprises?|consists?|owns?|"
    r"includes?|houses?|boasts?|offers?|provides?|opens?|holds?)\b",
    re.I,
)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_GREW = re.compile(r"\b(?:gr[eo]wn?|increas\w*|expand\w*|r[io]s\w*|develop\w*|extend\w*)\s+from\s+$", re.I)


def _past(sentence: str, m: re.Match[str]) -> bool:
    """Whether a bed count is a past one: the start of a growth ("from 12 beds"), or in a clause (or a
    sentence) about the past that says nothing of the present."""
    if _FROM.search(sentence, 0, m.start()) and not m["hi"]:
        return True
    lo = max(sentence.rfind(c, 0, m.start()) for c in ",;:")
    hi = min([i for i in (sentence.find(c, m.end()) for c in ",;:") if i >= 0] or [len(sentence)])
    clause = sentence[lo + 1 : m.start()] + " " + sentence[m.end() : hi]  # not the count itself ("1994 beds")
    if _PRESENT.search(clause):
        return False
    rest = sentence[: m.start()] + " " + sentence[m.end() :]
    return bool(_PAST.search(clause)) or (bool(_PAST.search(rest)) and not _PRESENT.search(rest))


def beds(sentences: Iterable[str], notes: list[str] | None = None) -> dict[str, Any] | None:
    """The first current bed count, its wording as a note, and any further bed counts in the note too; a
    count about the past is left out (with a note saying so)."""
    first: dict[str, Any] | None = None
    more: list[str] = []
    past: list[str] = []
    for sentence in sentences:
        for m in _BEDS.finditer(sentence):
            if _past(sentence, m):
                past.append(unmask(" ".join(m.group().split())))
            elif first is None:
                first = quantity(m)
                if m["hi"] and _GREW.search(sentence, 0, m.start()):
                    first = {"value": int(re.sub(r"[, ]", "", m["hi"]))}  # "grew from 30 to 60 beds": 60 now
                if m["adj"].strip():
                    first["note"] = f"{m['adj'].strip()} beds"
            else:
                more.append(unmask(" ".join(m.group().split())))
    if first is not None and more:
        first["note"] = "; ".join([*(p for p in [first.get("note")] if p), *(f"also {p}" for p in more)])
    if past and notes is not None:
        notes.append(f"Beds: {'; '.join(past)} - said of the past (a history), not taken as the current count.")
    return first


def staff(sentences: Iterable[str]) -> dict[str, Any]:
    """Counts by role; people the department trains, and other offices' staff, are not its staff."""
    out: dict[str, Any] = {}
    for sentence in sentences:
        if _NOT_OWN_STAFF.search(sentence):
            continue
        for m in _STAFF.finditer(sentence):
            if re.search(r"\btrain\w*\s+$", sentence[max(0, m.start() - 30) : m.start()], re.I):
                continue
            words = [w for w in m["adj"].lower().split() if w in ROLE_WORDS]
            key = " ".join([*words, m["role"].lower()]) + "s"
            out.setdefault(key, quantity(m))
    return out


def annual_patients(sentences: Iterable[str]) -> dict[str, Any]:
    """Counts of patients or cases the page gives per year, keyed by what they count."""
    out: dict[str, Any] = {}
    for sentence in sentences:
        annual = False
        for clause in re.split(r";|,\s+and\s+|,\s+(?=including\b)", sentence):
            annual = bool(_ANNUAL.search(clause)) or (annual and clause.lstrip().startswith("including"))
            if not annual:
                continue
            for m in _PATIENTS.finditer(clause):
                key = " ".join(f"{m['pre']}{m['noun']}{m['tail'] or ''}".split()).lower()
                if key == "patients" and re.search(r"\badmit\w*\s*$", clause[: m.start()], re.I):
                    key = "admissions"
                out.setdefault(unmask(key), quantity(m))
    return out
