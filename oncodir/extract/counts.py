"""Counts a department page states: beds, staff by role, and patients or operations a year.

A count keeps the page's qualifier ("more than", "nearly"); a range ("200 to 250 new patients") keeps its lower end
with the qualifier "at least" and the range in a note. Numbers written with a stray space after the thousands comma
("Over 1, 800 operations") are read whole. Staff counts are the department's own: a total of "employees including
surgeons" is not a count of surgeons, "2 Nurse-in-Charge" is not a count of nurses, and the staff of a
clinical-trial office, a laboratory or people the department trains are not its staff, nor is a count of degrees ("3
doctors hold doctoral degrees"). Whose a count is (the department's, the hospital's, another unit's, a part's) is
read by :mod:`.holders`: the hospital's and another unit's counts are never the department's, a part's beds (its day
clinic's, its intensive care unit's) are named beside its count but never taken for it. A ward the page names by its
size ("our 24-bed ward") is the department's count when no plain count is given (so is the unit its inpatients are
cared for on: "Unit 4E, a 28-bed surgical unit"); a shared ward's beds are not its own, only the part for its own
patients (:mod:`.wards`); and a ward's size at its opening ("the ward was opened in 2014 with 12 beds") when the
page gives no later one; the size a growth reached ("in 2016 the department was expanded to 64 beds", the last such
the page tells) when it gives no count of the present. A count set out as a label ("Beds: 52", "a bed capacity of
52") is read as a count, and numbers may be written out ("forty", "thirty-six").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from oncodir.extract.bedlabels import labelled_beds
from oncodir.extract.bedlists import listed_own
from oncodir.extract.bedrooms import room_beds
from oncodir.extract.facts import unmask
from oncodir.extract.folding import holding, holds_any
from oncodir.extract.holders import (
    A_BED_COUNT,
    BUILDING,
    HOSPITAL,
    NEUTRAL,
    OTHER,
    OWN,
    PART,
    Own,
    grower,
    holder,
    part_named,
)
from oncodir.extract.ourshare import our_share
from oncodir.extract.regexcache import compiled
from oncodir.extract.sisterwards import listed_ward
from oncodir.extract.wards import named_share, own_share, shared_ward, sized_shared

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

WORD_NUMBERS = {w: i for i, w in enumerate(_WORDS, start=1)}
# "forty beds", "thirty-six nurses": numbers written out beyond twelve
_TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WRITTEN = {**WORD_NUMBERS, **{w: i for i, w in enumerate(_TEENS, start=13)}}
_WRITTEN |= {t: 20 + 10 * i for i, t in enumerate(_TENS)}
_WRITTEN |= {f"{t}-{w}": 20 + 10 * i + j for i, t in enumerate(_TENS) for j, w in enumerate(_WORDS[:9], start=1)}

_QUAL = r"more than|over|nearly|almost|about|around|approximately|up to|at least|less than|fewer than|exceeding"

_NUM = r"\d{1,3}(?:, ?\d{3})+(?!\d)|\d+|" + "|".join(sorted(_WRITTEN, key=len, reverse=True))

_COUNT = rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})(?:\s*(?:to|-|–)\s*(?P<hi>\d[\d,]*))?\s+"

ROLES = (
    "associate chief physician", "deputy chief physician", "chief physician", "attending physician",
    "attending doctor", "resident physician", "resident doctor", "associate professor", "professor",
    "head nurse", "nurse", "doctor", "physician", "surgeon", "oncologist", "radiologist", "pathologist",
    "pharmacist", "technician", "physicist", "researcher", "specialist", "supervisor",
)  # fmt: skip

_ROLE_WORDS = frozenset(r.split()[-1] for r in ROLES)  # each role ends with one of these

ROLE_WORDS = {"master", "master's", "doctoral", "senior", "junior", "full-time", "part-time", "registered"}

_NOT_ADJ = r"(?!(?:including|includes|include|such|as|employees|staff|members|people|persons|personnel|workers|of)\b)"

_STAFF = compiled(
    rf"(?<![\w,.]){_COUNT}(?P<adj>(?:{_NOT_ADJ}[a-z'-]+\s+){{0,2}}?)(?P<role>{'|'.join(ROLES)})s?(?![\w-])", re.I
)

_NOT_OWN_STAFF = compiled(r"\b(?:trials?\s+(?:office|cent(?:er|re)|unit)|GCP|laborator(?:y|ies)|research\s+office|"
                            r"institution for (?:drug )?clinical trials)\b", re.I)  # fmt: skip

# "a ward of 72-patient beds": the number joined to the next word by a hyphen
_BED_COUNT = _COUNT.removesuffix(r"\s+") + r"(?:\s+|-(?=(?:patient|hospital|sickbed)\s+beds?\b))"

_BEDS = compiled(
    rf"(?<![\w,.]){_BED_COUNT}(?P<adj>(?:[a-z-]+\s+){{0,2}}?)(?:patient-|hospital-|sickbed-)?beds?\b"
    r"(?P<tail>\s+for\s+[a-z -]{1,40}?(?=[,.;)]|\s+and\b))?",
    re.I,
)

_ANNUAL = compiled(r"\b(?:annually|per year|a year|each year|every year|per annum|annual)\b", re.I)

_PATIENTS = compiled(
    rf"(?<![\w,.]){_COUNT}(?P<pre>(?:[A-Za-z-]+\s+){{0,3}}?)"
    r"(?P<noun>patients|cases|admissions|inpatients|outpatients|visits|operations|surgeries|procedures)\b"
    r"(?P<tail>\s+(?:with|of)\s+[^,;]{1,80}?(?=\s+(?:annually|per year|a year|each year|every year)\b|[,;]|$))?",
    re.I,
)


def quantity(m: re.Match[str]) -> dict[str, Any]:
    """{"value": 1800, "qualifier": "over"}; a range keeps its lower end, "at least", and a note."""
    n = m["n"].lower()
    q: dict[str, Any] = {"value": _WRITTEN[n] if n in _WRITTEN else int(re.sub(r"[, ]", "", n))}
    if m["q"]:
        q["qualifier"] = m["q"].lower()
    if m["hi"]:
        q.setdefault("qualifier", "at least")
        q["note"] = f"{m['n']} to {m['hi']}"
    return q


# A bed count in a sentence about the past is not the current one: "established in 1972 with 20 beds",
# "grew from 12 beds to 48 beds", "initially had 30 beds" - unless the sentence says it is current ("now has").
_PAST = compiled(
    r"\b(?:(?:19|20)\d\d|established|founded|set\s+up|opened|started|began|initially|originally|at\s+first|"
    r"at\s+that\s+time|in\s+the\s+beginning|at\s+the\s+beginning|(?:starting|beginning)\s+with|"
    r"at\s+(?:its\s+)?(?:founding|foundation|establishment|start)|had|was|were)\b",
    re.I,
)
_PRESENT = compiled(
    r"\b(?:now|currently|at\s+present|presently|today|as\s+of|has|have|is|are|comprises?|consists?|owns?|"
    r"includes?|houses?|boasts?|offers?|provides?|opens?|holds?)\b",
    re.I,
)
_CLAUSE_MARK = compiled(r"[;:]|,(?!\d{3}\b)")
_FROM = compiled(r"\bfrom\s+$", re.I)
_GREW = compiled(r"\b(?:gr[eo]wn?|increas\w*|expand\w*|r[io]s\w*|develop\w*|extend\w*)\s+from\s+$", re.I)


def _past(sentence: str, m: re.Match[str]) -> bool:
    """Whether a bed count is a past one: the start of a growth ("from 12 beds"), or in a clause (or a
    sentence) about the past that says nothing of the present."""
    if _FROM.search(sentence, 0, m.start()) and not m.groupdict().get("hi"):
        return True
    marks = [b.start() for b in _CLAUSE_MARK.finditer(sentence)]  # (not the comma of "1,100")
    lo = max([i for i in marks if i < m.start()] or [-1])
    hi = min([i for i in marks if i >= m.end()] or [len(sentence)])
    clause = sentence[lo + 1 : m.start()] + " " + sentence[m.end() : hi]  # not the count itself ("1994 beds")
    if _PRESENT.search(clause):
        return False
    rest = sentence[: m.start()] + " " + sentence[m.end() :]
    return bool(_PAST.search(clause)) or (bool(_PAST.search(rest)) and not _PRESENT.search(rest))


# "our 24-bed oncology ward", "The service has a 28-bed surgical ward": a ward of the department's own, by its size
_N_BED = compiled(
    r"(?<![\w,.])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})-bed\s+(?P<np>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<kind>ward|unit|wing|department|service|clinic|hospital|cent(?:er|re))\b",
    re.I,
)
# (or a list item of the department's services: "Inpatient care on Ward 6, a 24-bed ward")
# ("a dedicated 20-bed ward", "a modern 18-bed ward": a word praising the ward between the article and its size)
_PRAISE = r"(?:(?:dedicated|modern|new|specialist|purpose-built|separate|self-contained|well-equipped)\s+)?"
_WARD_NAMED = r"\s+(?:on|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?[\w'’-]+,\s+an?\s+"
_N_BED_OWNED = compiled(
    rf"\b(?:our|(?:has|have|runs|operates|comprises)\s+(?:a|an|one))\s+{_PRAISE}$|"
    rf"(?:^|[-–•*:]\s*|\n\W*)\binpatient\s+(?:care|treatment|services?){_WARD_NAMED}{_PRAISE}$|"
    # "Inpatients are cared for on Unit 4E, a 28-bed surgical unit", "After surgery, patients are looked after on
    # Ward 5, a ...", "Our patients stay on Ward 12, a ...": where the department's patients lie
    r"(?:^|[,:]\s+|[-–•*]\s*|\n\W*)(?:our\s+)?(?:in)?patients\s+(?:are\s+(?:cared\s+for|treated|nursed|admitted|"
    rf"looked\s+after|accommodated)|stay|lie){_WARD_NAMED}{_PRAISE}$",
    re.I,
)
# "the nuclide therapy ward was opened in 2014 with 12 beds": a ward's size from its opening, when the page gives
# no later count (a ward is built with its beds); a department founded with some beds has grown since
_OPENED = compiled(
    r"(?P<np>(?:[\w'’-]+\s+){0,4})(?:ward|unit|wing)\s+(?:was\s+|were\s+)?(?:opened|built|commissioned|"
    r"put\s+into\s+(?:use|service|operation))\b[^.;]{0,40}?\bwith\s+$",
    re.I,
)
_FIRST_STATE = compiled(r"\b(?:initially|originally|at\s+first|first|only|at\s+that\s+time|then|from)\b", re.I)
# The department's own by name first, then a count no one else's, a ward named by its size, a ward's size at its
# opening; a part's beds (its day clinic's, its intensive care unit's) are never the whole's, only named beside it
_GROWN, _OPENED_WITH, _ROOMS = 3, 4, 6  # ranks: the latest growth told, a ward's size at opening, its rooms
_RANK = {OWN: 0, PART: 5}
_TAKEN_AS = {
    _GROWN: "the page gives no count of the present; taken as the current one.",
    _OPENED_WITH: "the page gives no later count; taken as the ward's size.",
    _ROOMS: "rooms of one bed each; the page gives no bed count, so taken as the ward's beds.",
}
SHARED = "shared"  # a ward the department shares with another team: its beds are not the department's own
_WHOSE = {
    HOSPITAL: "the hospital's",
    BUILDING: "a building's (every unit's in it)",
    OTHER: "another unit's",
    PART: "a part's (not the whole department's)",
    SHARED: "a ward shared with another team (not the department's own)",
}


def beds(sentences: Iterable[str], notes: list[str] | None = None, own: Own | None = None) -> dict[str, Any] | None:
    """The department's current bed count: the first its clause gives as the department's own by name, else the
    first no one else's, else a ward of its own by its size ("our 24-bed ward"), else a ward's size at its opening;
    its wording as a note, and any further bed counts in the note too. Counts about the past, and the hospital's,
    another unit's or a part's, are left out (with a note saying so)."""
    own = own or Own()
    found: list[tuple[int, int, dict[str, Any], str]] = []  # (rank, order, quantity, wording)
    past: list[str] = []
    grown: list[tuple[str, dict[str, Any], str]] = []  # counts a history says the department grew to
    elsewhere: dict[str, list[str]] = {}

    def add(whose: str | None, rank: int, q: dict[str, Any], said: str) -> None:
        if whose in (HOSPITAL, OTHER, SHARED, BUILDING):
            elsewhere.setdefault(whose, []).append(said)
        elif whose is not None:
            found.append((_RANK.get(whose, rank), len(found), q, said))

    sentences = list(sentences)
    none_own = next(filter(None, map(_NO_WARD.search, sentences)), None)  # "We do not have a ward of our own"
    for sentence in holding(sentences, "bed"):  # (every count below says "bed": most sentences are passed at once)
        for m in _BEDS.finditer(sentence):
            said = unmask(" ".join(m.group().split()))
            whose, rank, q = _bed_count(sentence, m, own, said)
            if rank == _GROWN:
                grown.append((whose, q, said))
            elif q:
                add(whose, rank, q, said)
            else:
                past.append(said)
        for whose, rank, q, said in [*labelled_beds(sentence, own), *room_beds(sentence, own, _ROOMS)]:
            add(whose, rank, q, said)  # "Beds: 52"; "the therapy ward with 6 single-bed rooms": 6 beds
        for m in _N_BED.finditer(sentence):
            said = unmask(" ".join(m.group().split()))
            add(_sized_ward(sentence, m, own), 2, {"value": int(m["n"].replace(",", "")), "note": said}, said)
    for whose, q, said in grown[-1:]:  # "in 2016 the department was expanded to 64 beds": the latest state told
        past += [said for _, _, said in grown[:-1]]
        add(whose, _GROWN, q, said)
    found = _disowned(found, none_own, notes)  # "We do not have a ward of our own": the counts given are others'
    whole = [f for f in found if f[0] != _RANK[PART]]
    if not whole:  # a part's beds only ("the day clinic has 8 beds"): no count of the department's
        if found:
            elsewhere[PART] = [f[3] for f in found]
        _note(notes, past, elsewhere)
        return None
    rank, order, first, _ = min(whole, key=lambda f: (f[0], f[1]))
    if rank in _TAKEN_AS and notes is not None:
        notes.append(f"Beds: {first['note']} - {_TAKEN_AS[rank]}")
    past += [f[3] for f in found if f[0] in _TAKEN_AS and f[1] != order]
    _note(notes, past, elsewhere)
    more = [f[3] for f in sorted(found, key=lambda f: f[1]) if f[1] != order and f[0] not in _TAKEN_AS]
    if more:
        first["note"] = "; ".join([*(p for p in [first.get("note")] if p), *(f"also {p}" for p in more)])
    return first


# "We do not have a ward of our own", "the team has no beds of its own", "does not have its own inpatient beds"
_NO_WARD = compiled(
    r"\b(?:(?:do(?:es)?\s+not|don[’']t|doesn[’']t)\s+have\s+(?:a\s+|any\s+)?|ha(?:s|ve)\s+no\s+)"
    r"(?:(?P<pre>(?:our|its|their)\s+own)\s+)?(?:(?:inpatient|dedicated)\s+)?(?:ward|beds)\b"
    r"(?(pre)|\s+of\s+(?:our|its|their)\s+own\b)",
    re.I,
)


def _disowned(found: list[Any], none_own: re.Match[str] | None, notes: list[str] | None) -> list[Any]:
    """No bed count, when the page says the department has no ward or beds of its own; a note says which were left."""
    if none_own is None:
        return found
    if found and notes is not None:
        said = " ".join(none_own.group().split())
        notes.append(f'Beds: the page says "{said}"; not taken: ' + "; ".join(f[3] for f in found) + ".")
    return []


def _bed_count(sentence: str, m: re.Match[str], own: Own, said: str) -> tuple[str, int, dict[str, Any]]:
    """Whose a bed count is, its rank and its quantity: a current count, a ward's size at its opening, the size a
    growth reached; a count of the past has no quantity."""
    if not _past(sentence, m):
        share = our_share(sentence, m.end())
        if share is not None:  # "The Center has 210 beds, and our ward has 36 of them": the department's are 36
            return OWN, 1, {"value": share, "note": f"{share} of {said}"}
        if shared_ward(sentence, m.start(), m.end()):  # (its part for the department's own patients is its own)
            share = named_share(sentence, m.end(), own.names)
            if share is not None:  # "the ward has 64 beds, of which 30 are assigned to X": X's are 30
                return OWN, 1, {"value": share, "note": f"{share} of a shared ward's {said}"}
            return OWN if own_share(sentence, m.start(), m.end(), own.names) else SHARED, 1, _current(sentence, m)
        whose = holder(sentence, m.start(), m.start("tail") if m["tail"] else m.end(), own, A_BED_COUNT)
        listed = listed_ward(sentence, m.start(), m.end(), own.names)  # "Ward 1 (...) with 45 beds, Ward 2 ..."
        return PART if part_named(m["adj"], own) else listed or whose, 1, _current(sentence, m)
    if _opening(sentence, m, own):
        return NEUTRAL, _OPENED_WITH, {**quantity(m), "note": f"{said} at the ward's opening"}
    verb = _grown_to(sentence, m)
    if verb is not None:
        whose = grower(sentence, verb, own) or holder(sentence, m.start(), m.end(), own, A_BED_COUNT)
        return whose, _GROWN, {**_to(m), "note": f"{said} (the latest growth the page tells)"}
    return NEUTRAL, 0, {}


def _opening(sentence: str, m: re.Match[str], own: Own) -> bool:
    """Whether a past bed count is a ward's size at its opening (not its first state, not a part's)."""
    opened = _OPENED.search(sentence, 0, m.start())
    return bool(opened and not m["hi"] and not _FIRST_STATE.search(sentence) and not part_named(opened["np"], own))


# "was expanded to 64 beds", "increased from 30 to 60 beds": the size a growth reached
_GREW_TO = compiled(r"\b(?:gr[eo]wn?|increas\w*|expand\w*|enlarg\w*|extend\w*|r[io]s\w*)\s+(?:again\s+)?to\s+$", re.I)


def _grown_to(sentence: str, m: re.Match[str]) -> int | None:
    """Where the verb is when a count of the past is the size a growth reached ("was expanded to 64 beds")."""
    verb = _GREW_TO.search(sentence, max(0, m.start() - 40), m.start())
    if verb is None and m["hi"]:
        verb = _GREW.search(sentence, max(0, m.start() - 40), m.start())
    return verb.start() if verb else None


def _to(m: re.Match[str]) -> dict[str, Any]:
    """The count a growth reached: "from 30 to 60 beds" is 60."""
    return {"value": int(re.sub(r"[, ]", "", m["hi"]))} if m["hi"] else quantity(m)


def _current(sentence: str, m: re.Match[str]) -> dict[str, Any]:
    """A current bed count; "grew from 30 to 60 beds" is 60 now."""
    q = quantity(m)
    if m["hi"] and _GREW.search(sentence, 0, m.start()):
        q = {"value": int(re.sub(r"[, ]", "", m["hi"]))}
    if m["adj"].strip():
        q["note"] = f"{m['adj'].strip()} beds"
    return q


def _sized_ward(sentence: str, m: re.Match[str], own: Own) -> str | None:
    """Whose a ward named by its size is ("our 24-bed oncology ward"), or None when it is not the department's
    own or not a current one: a ward the department shares, one it merely mentions, one of its past."""
    if m["kind"].lower() == "hospital":
        return HOSPITAL
    if part_named(m["np"], own):
        return PART
    # (or listed as its own: "Our services - a 12-bed unit", "Our facilities include a 20-bed ward")
    owned = _N_BED_OWNED.search(sentence, 0, m.start()) or listed_own(sentence, m.start(), m.end())
    if not owned or sized_shared(sentence, m.end()) or _past(sentence, m):
        return None
    whose = holder(sentence, m.start(), m.end(), own, A_BED_COUNT)
    return None if whose == PART else whose


def _note(notes: list[str] | None, past: list[str], elsewhere: dict[str, list[str]]) -> None:
    if notes is None:
        return
    if past:
        notes.append(f"Beds: {'; '.join(past)} - said of the past (a history), not taken as the current count.")
    for whose, said in elsewhere.items():
        notes.append(f"Beds: {'; '.join(said)} - {_WHOSE[whose]}, not taken as the department's.")


# "3 doctors hold doctoral degrees", "4 doctors with a PhD": a count of degrees among the staff, not of doctors
_DEGREE = compiled(
    r"\s+(?:with|hold(?:ing|s)?|ha(?:ve|s|ving)|who\s+(?:hold|have))\s+(?:a\s+|an\s+)?(?:doctoral|doctor'?s|doctorate|"
    r"ph\.?\s?d|master'?s?|md)\b",
    re.I,
)
_ELSEWHERE = (HOSPITAL, OTHER, BUILDING)


def staff(sentences: Iterable[str], own: Own | None = None) -> dict[str, Any]:
    """Counts by role; people the department trains, other offices' staff, the hospital's or another unit's
    staff, and a count of degrees ("3 doctors hold doctoral degrees") are not its staff."""
    own = own or Own()
    out: dict[str, Any] = {}
    for sentence in sentences:
        if not holds_any(sentence, _ROLE_WORDS) or _NOT_OWN_STAFF.search(sentence):
            continue  # (a sentence naming no role holds no staff count: passed at once)
        for m in _STAFF.finditer(sentence):
            if re.search(r"\btrain\w*\s+$", sentence[max(0, m.start() - 30) : m.start()], re.I):
                continue
            if _DEGREE.match(sentence, m.end()) or holder(sentence, m.start(), m.end(), own) in _ELSEWHERE:
                continue
            words = [w for w in m["adj"].lower().split() if w in ROLE_WORDS]
            key = " ".join([*words, m["role"].lower()]) + "s"
            out.setdefault(key, quantity(m))
    return out


_CLAUSES = compiled(r";|,\s+and\s+|,\s+(?=including\b)")


def annual_patients(sentences: Iterable[str], own: Own | None = None) -> dict[str, Any]:
    """Counts of patients or cases the page gives per year, keyed by what they count; the hospital's or another
    unit's are not the department's."""
    own = own or Own()
    out: dict[str, Any] = {}
    for sentence in sentences:
        annual = False
        starts = [0, *(b.end() for b in _CLAUSES.finditer(sentence))]
        for lo, hi in zip(starts, [*(b.start() for b in _CLAUSES.finditer(sentence)), len(sentence)], strict=True):
            clause = sentence[lo:hi]
            annual = bool(_ANNUAL.search(clause)) or (annual and clause.lstrip().startswith("including"))
            if not annual:
                continue
            for m in _PATIENTS.finditer(clause):
                if holder(sentence, lo + m.start(), lo + m.end(), own) in _ELSEWHERE:
                    continue
                key = " ".join(f"{m['pre']}{m['noun']}{m['tail'] or ''}".split()).lower()
                if key == "patients" and re.search(r"\badmit\w*\s*$", clause[: m.start()], re.I):
                    key = "admissions"
                out.setdefault(unmask(key).rstrip("."), quantity(m))
    return out
