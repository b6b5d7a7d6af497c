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

Every pattern is a bounded regular expression (literal alternatives, limited repeats) run over
one sentence or line at a time, so no page can make it backtrack for long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from oncodir.importer import hospital_by_name, make_id
from oncodir.models import FIELDS, Record
from oncodir.store import Directory
from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

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
_DEPT = re.compile(r"\b[Tt]he [Dd]epartment of (?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|&|of|for)){0,12})")
_AT_HOSPITAL = re.compile(
    r"(?:\s+at|,)\s+(?:the\s+)?(?P<h>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|the|and|for)){0,12}?\s+Hospital)\b"
)
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


def draft(text: str, document: str | None, directory: Directory) -> Record:
    """A draft department record from a page's text; absent facts are null or empty."""
    lines = [line.strip() for line in text.splitlines()]
    masked = _ABBREV.sub(lambda m: m.group().replace(".", _MASK), text)
    # Paragraphs are separated by blank lines; a paragraph's line breaks are only wrapping.
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", masked)]
    sentences = [s for para in paragraphs for s in _SENTENCE_END.split(para) if s]
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


def _unmask(text: str) -> str:
    return text.replace(_MASK, ".")


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
    hospitals = [r for r in directory.records if r.get("kind") == "hospital"]
    named = _hospitals_named(text, hospitals)
    if len(named) > 1 and dept is not None:  # several: prefer the one in the department's own sentence
        end = text.find(".", dept.end())
        in_own = _hospitals_named(text[dept.start() : end if end > 0 else len(text)], named.values())
        if len(in_own) == 1:
            named = in_own
    if len(named) == 1:
        (hospital,) = named.values()
        record.update(hospital=hospital.get("name"), hospital_id=hospital["id"])
        for key in ("city", "province", "country"):
            record[key] = hospital.get(key)
        record["references"].append(
            {"fields": ["city", "province", "country"], "name": f"oncodir's record of {hospital.get('name')}"}
        )
        return
    if len(named) > 1:
        record["notes"].append("The page names several hospitals (" + ", ".join(sorted(named)) + "); none chosen.")
    elif dept is not None:
        at = _AT_HOSPITAL.match(text, dept.end())
        if at:
            found = hospital_by_name(hospitals, at["h"])
            record["hospital"] = at["h"]
            record["hospital_id"] = found["id"] if found else None
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
        for n in [h.get("name"), *(h.get("aliases") or [])]:
            if isinstance(n, str) and n and _mentions(text, n, exact_case=n.isupper()):
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
    plain: set[str] = set()
    capitals: set[str] = set()
    for concept in vocab.concepts.values():
        for n in (concept.term, *concept.synonyms):
            plain.update(variants(n) if n.isascii() else [n])
        capitals.update(a for a in concept.abbreviations if a.isascii())
        plain.update(z for z in concept.zh if z)
    ascii_names = sorted((n for n in plain if n.isascii()), key=len, reverse=True)
    other = sorted((re.escape(n) for n in plain if not n.isascii()), key=len, reverse=True)
    found: list[tuple[int, int, str]] = []
    for pattern, flags in (
        ("|".join(_name_pattern(n) for n in ascii_names), re.I),
        ("|".join(rf"(?<![\w-]){re.escape(a)}s?(?![\w-])" for a in sorted(capitals, key=len, reverse=True)), 0),
        ("|".join(other), 0),
    ):
        if pattern:
            found += [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text, flags)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: dict[str, Any] = {"cancers": [], "treatments": [], "wording": {}}
    phrases: dict[str, list[str]] = {}
    end = -1
    for start, stop, phrase in found:
        if start < end:
            continue  # inside a longer mention already taken
        end = stop
        if _inside_proper_name(text, start, stop):
            continue
        for term in vocab.resolve(phrase):
            field = "cancers" if vocab.concepts[term].kind == "cancer" else "treatments"
            if term not in out[field]:
                out[field].append(term)
            own = phrases.setdefault(term, [])
            seen = {v for p in own for v in variants(p)}
            if normalise(term) not in variants(phrase) and not seen & set(variants(phrase)):
                own.append(" ".join(phrase.split()))
    out["wording"] = {t: "; ".join(p) for t, p in phrases.items() if p}
    return out


def _inside_proper_name(text: str, start: int, stop: int) -> bool:
    """'Chinese Medicine' in 'Zhejiang Chinese Medicine University' names a place, not a treatment."""
    phrase = text[start:stop]
    if phrase.isupper() or not all(w[:1].isupper() for w in phrase.split()):
        return False
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([A-Za-z]+)", text[stop : stop + 40])
    return any(m is not None and m[1][:1].isupper() for m in (before, after))


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
