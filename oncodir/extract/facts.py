"""Reading facts from a department page's sentences: beds, staff, people, dates, programmes.

Used by :mod:`oncodir.extract.draft`, which assembles the draft record. Every pattern is a bounded
regular expression (literal alternatives, limited repeats) run over one sentence or line at a
time, so no page can make it backtrack for long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from oncodir.text import normalise

MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

WORD_NUMBERS = {w: i for i, w in enumerate(_WORDS, start=1)}

_QUAL = r"more than|over|nearly|almost|about|around|approximately|up to|at least|less than|fewer than"

_NUM = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(WORD_NUMBERS)

_COUNT = rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})\s+"

ROLES = (
    "associate chief physician", "deputy chief physician", "chief physician", "attending physician",
    "attending doctor", "resident physician", "resident doctor", "associate professor", "professor",
    "head nurse", "nurse", "doctor", "physician", "surgeon", "oncologist", "radiologist", "pathologist",
    "pharmacist", "technician", "physicist", "researcher", "specialist", "supervisor",
)  # fmt: skip

ROLE_WORDS = {"master", "master's", "doctoral", "senior", "junior", "full-time", "part-time", "registered"}

_STAFF = re.compile(rf"(?<![\w,.]){_COUNT}(?P<adj>(?:[a-z'-]+\s+){{0,2}}?)(?P<role>{'|'.join(ROLES)})s?\b", re.I)

_BEDS = re.compile(
    rf"(?<![\w,.]){_COUNT}(?P<adj>(?:[a-z-]+\s+){{0,2}}?)beds?\b"
    r"(?P<tail>\s+for\s+[a-z -]{1,40}?(?=[,.;)]|\s+and\b))?",
    re.I,
)

_ANNUAL = re.compile(r"\b(?:annually|per year|a year|each year|every year|per annum)\b", re.I)

_PATIENTS = re.compile(
    rf"(?<![\w,.]){_COUNT}(?P<pre>(?:[A-Za-z-]+\s+){{0,3}}?)"
    r"(?P<noun>patients|cases|admissions|inpatients|outpatients|visits|operations|surgeries|procedures)\b"
    r"(?P<tail>\s+(?:with|of)\s+[^,;]{1,80}?(?=\s+(?:annually|per year|a year|each year|every year)\b|[,;]|$))?",
    re.I,
)

_MASK = "\ue000"  # stands for the full stop of an abbreviation while sentences are split

_ABBREV = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|St|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
                     r"\bPh\.D\.|\b(?:[A-Za-z]\.){2,}")  # fmt: skip

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

_UPDATED = re.compile(rf"last\s+updated?\s*[:：]?\s*(?:(?P<m>{_MONTH})\.?\s*(?P<y>\d{{4}})|"
                      r"(?P<y2>\d{4})[-/.](?P<mm>\d{1,2}))", re.I)  # fmt: skip

_FOUNDED = re.compile(
    rf"\b(?:founded|established|set up|created)\b(?!\s+in\s+(?:the|our|this)\s+department)[^;]{{0,100}}?"
    rf"\bin\s+(?:(?P<m>{_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(?P<y>(?:19|20)\d{{2}})\b",
    re.I,
)

_SUBJECTS = re.compile(r"\b(department|cent(?:er|re)|consortium|base|ward|laboratory|club|group|team)\b", re.I)

_PERSON_LINE = re.compile(
    r"^(?P<name>[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+){0,3}),\s+"
    r"(?P<title>(?:M\.D\.|Ph\.D\.|MD|PhD|Prof\.|Professor)[^;\n]{0,120}?)\s*;?\s*$"
)

_ROLE_LINE = re.compile(r"^(?P<role>(?:Deputy |Vice |Associate )?(?:Director|Head|Chief|Chairman|Chair))\b")

_TITLED = re.compile(
    rf"\b(?P<title>Dr{_MASK}|Prof{_MASK}|Professor)[^\S\n]+(?P<name>[A-Z][A-Za-z'-]+(?:[^\S\n]+[A-Z][A-Za-z'-]+){{0,2}})"
)

_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<role>(?:deputy |vice |associate )?(?:director|head|chief|chairman))\b", re.I
)

_ROLE_FIRST = re.compile(
    rf"\b(?P<role>Director|Head|Chief)(?: of [^:\n]{{1,60}})?\s*[:：]\s*(?:(?P<title>Dr{_MASK}|Prof{_MASK})\s*)?"
    r"(?P<name>[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+){0,3})"
)

_FEATURED = re.compile(
    r"^Featured\s+(?:Technolog(?:y|ies)|Techniques?|Services?|Program(?:me)?s?)\s*[—–:-]+\s*(?P<name>.{3,200})$", re.I
)

_CENTRE_IN_DEPT = re.compile(r"\b(?:Center|Centre)\s+(?:was\s+|has been\s+)?(?:established|set up|founded)\s+in\s+"
                             r"(?:the|our|this)\s+department", re.I)  # fmt: skip

_DESIGNATION = re.compile(
    r"\b(?P<name>(?:National|Provincial|Municipal|Peak|Key|Leading)\b[^.;,]{0,60}?\b(?:Discipline|Specialty|Speciality)"
    r"(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,3})?(?:\s+\([^()]{1,60}\))?)"
)

_SINCE = re.compile(r"\bsince\s+((?:19|20)\d{2})\b")

_STOP_BACK = {"the", "a", "an", "with", "has", "have", "is", "was", "and the", "its", "our", "their", "of the"}


def split_sentences(text: str) -> tuple[str, list[str]]:
    """The text with abbreviations' full stops masked, and its sentences.

    Paragraphs are separated by blank lines; a paragraph's line breaks are only wrapping.
    """
    masked = _ABBREV.sub(lambda m: m.group().replace(".", _MASK), text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", masked)]
    return masked, [s for para in paragraphs for s in _SENTENCE_END.split(para) if s]


def _unmask(text: str) -> str:
    return text.replace(_MASK, ".")


def _quantity(m: re.Match[str]) -> dict[str, Any]:
    n = m["n"].lower()
    q: dict[str, Any] = {"value": WORD_NUMBERS[n] if n in WORD_NUMBERS else int(n.replace(",", ""))}
    if m["q"]:
        q["qualifier"] = m["q"].lower()
    return q


def beds(sentences: Iterable[str]) -> dict[str, Any] | None:
    """The first bed count, its wording as a note, and any further bed counts in the note too."""
    first: dict[str, Any] | None = None
    more: list[str] = []
    for sentence in sentences:
        for m in _BEDS.finditer(sentence):
            if first is None:
                first = _quantity(m)
                if m["adj"].strip():
                    first["note"] = f"{m['adj'].strip()} beds"
            else:
                more.append(_unmask(" ".join(m.group().split())))
    if first is not None and more:
        first["note"] = "; ".join([*(p for p in [first.get("note")] if p), *(f"also {p}" for p in more)])
    return first


def staff(sentences: Iterable[str]) -> dict[str, Any]:
    """Counts by role; people the department trains are not its staff."""
    out: dict[str, Any] = {}
    for sentence in sentences:
        for m in _STAFF.finditer(sentence):
            if re.search(r"\btrain\w*\s+$", sentence[max(0, m.start() - 30) : m.start()], re.I):
                continue
            words = [w for w in m["adj"].lower().split() if w in ROLE_WORDS]
            key = " ".join([*words, m["role"].lower()]) + "s"
            out.setdefault(key, _quantity(m))
    return out


def people(lines: list[str], masked: str) -> list[dict[str, Any]]:
    """Named people with their title and role: 'Name, M.D., Professor' lines, 'Dr. X, director of'."""
    found: dict[str, dict[str, Any]] = {}

    def add(name: str, role: str | None, title: str | None) -> None:
        name = " ".join(name.split())
        person = found.setdefault(name, {"name": name, "role": None, "title": None})
        person["role"] = person["role"] or (role[:1].upper() + role[1:] if role else None)
        person["title"] = person["title"] or title

    content = [line for line in lines if line]
    for i, line in enumerate(content):
        m = _PERSON_LINE.match(line)
        if m:
            role = _ROLE_LINE.match(content[i + 1]) if i + 1 < len(content) else None
            add(m["name"], role["role"] if role else None, m["title"].rstrip(" ;,"))
    for m in _TITLED.finditer(masked):
        after = _ROLE_AFTER.match(masked, m.end())
        add(m["name"], after["role"].lower() if after else None, _unmask(m["title"]))
    for m in _ROLE_FIRST.finditer(masked):
        add(m["name"], m["role"], _unmask(m["title"]) if m["title"] else None)
    return list(found.values())


def _date(month: str | None, year: str) -> str:
    return f"{year}-{MONTHS[month[:3].lower()]:02d}" if month else year


def founded(sentences: Iterable[str]) -> str | None:
    """'founded ... in October 2008' -> '2008-10', when the sentence is about the department."""
    for sentence in sentences:
        for m in _FOUNDED.finditer(sentence):
            before = _SUBJECTS.findall(sentence[: m.start()])
            subject = before[-1] if before else (_SUBJECTS.findall(sentence[m.end() :]) or [""])[0]
            if subject.lower() == "department":
                return _date(m["m"], m["y"])
    return None


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
                out.setdefault(_unmask(key), _quantity(m))
    return out


def _name_before(text: str, end: int) -> str:
    """The name that ends at ``end``: words back to a determiner or a break (at most 12)."""
    words = text[:end].split()
    taken: list[str] = []
    while words and len(taken) < 12:
        word = words.pop()
        if word.lower() in _STOP_BACK or not re.fullmatch(r"[\w&'-]+", word):
            break
        taken.insert(0, word)
    return " ".join(taken)


def programmes(lines: list[str], sentences: list[str]) -> list[dict[str, Any]]:
    """Featured technologies, MDT headings, centres established in the department, designations."""
    out: list[dict[str, Any]] = []

    def add(name: str, kind: str, since: str | None = None) -> None:
        name = _unmask(" ".join(name.split())).strip(" .;")
        if name and all(normalise(p["name"]) != normalise(name) for p in out):
            out.append({"name": name, "kind": kind, **({"since": since} if since else {})})

    content = [line for line in lines if line]
    for i, line in enumerate(content):
        featured = _FEATURED.match(line)
        is_mdt = len(line) <= 200 and not line.endswith(".") and re.search(r"\bMDT\b|^Multidisciplinary", line)
        if featured or is_mdt:
            following = content[i + 1] if i + 1 < len(content) else ""
            since = _SINCE.search(_SENTENCE_END.split(following)[0])
            kind = "featured technology" if featured else "MDT"
            add(featured["name"] if featured else line, kind, since[1] if since else None)
    for sentence in sentences:
        for m in _CENTRE_IN_DEPT.finditer(sentence):
            add(_name_before(sentence, m.start() + len(m.group().split()[0])), "centre")
        for m in _DESIGNATION.finditer(sentence):
            add(m["name"], "designation")
    return out


def updated(text: str) -> str | None:
    """The page's 'Last update: Mar 2020' as '2020-03'."""
    m = _UPDATED.search(text)
    if not m:
        return None
    if m["y"]:
        return _date(m["m"], m["y"])
    return f"{m['y2']}-{int(m['mm']):02d}"
