"""Whose a count is: the department's own, the hospital's, another unit's, or a part's.

A department's page often gives counts beside its own: the hospital's ("The hospital has 1,650 beds in total", "a
Grade III hospital with 1,200 beds", "about 1,450 beds in 33 clinics"), those of a larger unit the department
belongs to ("The Center has 260 beds in total, of which ..."), a sister department's ("Medical Oncology Department
II has another 80 beds"), or a part's that is not the whole department ("including 8 laminar flow beds" after the
total, "beds for daytime chemotherapy", "the day clinic has 8 beds"). :func:`holder` reads whose a count is from the
clause it stands in: the unit just before it ("a hospital with"), the words after it ("beds in the whole hospital"),
a size in brackets after the hospital ("the whole hospital (1,076 beds)"), what the clause says its subject is ("It
is a tertiary general hospital ..., with"), else the subject of the verb before it ("the Gynecologic Oncology ward
has", "Founded in 1952, X Hospital has"); a body named "as a whole" ("the NMC as a whole has") is the institution,
"our own ward" the department. A clause naming no one else is the department's; a unit named in words the
department's name shares in part may be the department under another name, so only a unit sharing none of them, or
differing from it only by a number ("Department II"), is another unit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from oncodir.extract.generic import unit_stems
from oncodir.extract.regexcache import compiled

OWN = "own"  # the clause names the department itself
HOSPITAL = "hospital"
OTHER = "other unit"
PART = "part"
BUILDING = "building"  # a building or floor the department is in: its beds are the building's
NEUTRAL = ""  # no one else named: the department's
A_BED_COUNT = r"\d\s+(?:[\w-]+\s+){0,2}beds?\b|\d-bed\b"  # a bed count: one before "including 8 beds" holds them


class Own(NamedTuple):
    """The department's names (its heading and alias) and its hospital's name, as the draft has them."""

    names: tuple[str, ...] = ()
    hospital: str | None = None


# A clause of its own within a sentence: "..., of which the X ward has 52 beds", "...; the Y ward has ...",
# "... in 1995, and now it has ..."
_BREAK = compiled(
    r";|,?\s+(?:of\s+which|among\s+(?:which|them|whom)|while|whereas)\b|:\s|"
    r",\s+and\s+(?=(?:now\s+|today\s+|currently\s+)?(?:it|we|they|the|our|its|this)\b)",
    re.I,
)
_KIND = r"departments?|dept|cent(?:er|re)s?|divisions?|institutes?|clinics?|wards?|units?|sections?|services?|" + (
    r"hospitals?"
)
_IS_KIND = compiled(rf"(?:{_KIND})$", re.I)
_LARGER = {"center", "centre", "institute"}  # a body larger than a department, unless the department is one
_SUB = {"ward", "unit", "section"}  # a department's own ward or team may carry a name of its own ("Ward 35")
_HOSPITAL_NAME = compiled(r"\b(?:hospitals?|infirmary|klinikum|universitätsklinikum|universitätsmedizin)\b", re.I)
_DETERMINER = {"the", "our", "this", "its", "their", "whole", "entire"}
_JOIN = {"and", "&", "of", "for"}
_PRONOUN = {"it", "we", "they", "there", "which", "that", "who"}
# The verb whose subject holds the count: "the X ward has 52 beds", "The Center has 260 beds in total"
_VERB = compiled(
    r"\b(?:has|have|had|is|are|owns?|comprises?|consists\s+of|includes?|opens?|offers?|operates?|runs?|boasts?|"
    r"contains?|covers?|staffs|employs?|performs?|treats?|receives?|sees|admits?|provides?|houses?)\b",
    re.I,
)
# "The hospital itself has", "the centre in total has": words between a subject and its verb
_ADVERB = compiled(
    r"(?:\s+(?:now|currently|also|still|presently|today|altogether|itself|themselves|overall|combined|in\s+total))*\s*$",
    re.I,
)
# The unit just before the count: "a Grade III TCM hospital with 1,200 beds", "a day clinic with 8 beds"
_STOP = r"(?!(?:has|have|had|is|are|was|were|and|or|with|of|the|a|an|its|our|their|this|which|that|one)\b)"
_JUST_BEFORE = compiled(
    rf"(?<![\w'’-])(?P<np>(?:{_STOP}[\w'’-]+\s+){{0,4}})(?P<kind>{_KIND})(?P<comma>\s*,)?\s+with\s+$", re.I
)
# The words after a count: "beds in the whole hospital", "beds in 33 clinics", "beds in the day clinic"
_AFTER_HOSPITAL = compiled(
    r"\s*(?:in\s+total\s+)?(?:in|on|across|throughout|of)\s+(?:the\s+|our\s+|this\s+)?(?:(?:whole|entire)\s+)?"
    r"(?:hospital\b(?!'s|’s)|\d+\s+(?:clinical\s+)?(?:clinics|departments)\b)",
    re.I,
)
_HOSPITAL_WIDE = compiled(r"\bhospital-wide\b|\b(?:across|throughout|in)\s+the\s+(?:whole|entire)\s+hospital\b", re.I)
_AFTER_PART = compiled(
    r"\s*(?:(?:in|on|at)\s+(?!(?:total|all)\b)(?:the\s+|its\s+|our\s+|a\s+|an\s+)?(?P<np>(?:[\w'’-]+\s+){0,4})|for\s+(?P<use>[\w-]+))",
    re.I,
)
# What a part of a department (not its whole) is called: its intensive care or day unit, a transplant ward
# The unit that runs what the count is of: "(56 beds), run by the Department of Medical Oncology"
_RUN_BY = compiled(
    r"(?:\s*\))?,?\s+(?:(?:and\s+|which\s+|that\s+)?(?:is|are)\s+)?(?:run|managed|operated|led|staffed)\s+by\s+(?:the\s+)?"
    r"(?P<np>[A-Z][\w'’&-]*(?:\s+(?:of|and|&|for|[A-Z][\w'’&-]*))*)",
)
_PART_WORDS = compiled(
    r"\b(?:day(?:time)?|day-(?:care|case|treatment)|intensive|critical|icu|hdu|high[\s-]dependency|laminar|transplant\w*|"
    r"isolation|observation|monitoring|hospice|palliative|infusion)\b",
    re.I,
)
_DAY = compiled(r"\bday(?:time)?\b|\bday-(?:care|case|treatment)\b|\binfusion\b", re.I)
_INCLUDING = compiled(
    r"\b(?:including|includes|of\s+which|among\s+(?:them|which)|in\s+addition\s+to)\s+(?:\w+\s+){0,2}$", re.I
)


def holder(sentence: str, start: int, end: int, own: Own, total: str | None = None) -> str:
    """Whose the count at ``sentence[start:end]`` is: :data:`OWN`, :data:`NEUTRAL` (no one else named),
    :data:`PART`, :data:`HOSPITAL` or :data:`OTHER`. ``total`` is a pattern for a count of the same thing:
    "including 8 beds" after a bed count is a part of it, "2 wards including 60 beds" is the whole."""
    lo = max([m.end() for m in _BREAK.finditer(sentence, 0, start)] or [0])
    if _HOSPITAL_WIDE.search(sentence, lo, start):
        return HOSPITAL
    before = sentence[max(lo, start - 60) : start]
    if _INCLUDING.search(before) and total and re.search(total, sentence[: start - 1]):
        return PART
    if re.search(r"\bhospital(?:'s|’s)\s+(?:total\s+(?:of\s+)?)?$", before, re.I):  # "of the hospital's 2,000 beds"
        return HOSPITAL
    owner = _POSSESSOR.search(before)
    if owner:  # "of the centre's 210 beds", "Millbrook Hospital's 900 beds": whose the possessive says
        named = re.sub(r"^.*\b(?:of|in|at|from|among|for|to)\s+(?=(?:the|our|this|its)\s)", "", owner["np"], flags=re.I)
        np = _np_before(named.split(), True)  # (not the preposition before it: "Of the centre's")
        return _whose(np, own) if np else NEUTRAL
    if re.search(r"\bhospital\s*\(\s*$", before, re.I):  # "for the whole hospital (1,076 beds)": a size in brackets
        return HOSPITAL
    near = _JUST_BEFORE.search(before)
    if near:
        if near["kind"].lower().startswith("hospital"):  # "a Grade III hospital with", "the Hospital, with"
            return HOSPITAL
        if _DAY.search(near["np"]) and not near["comma"] and not _owns(near["np"], own):
            return PART
    after = sentence[end : end + 60]
    if _AFTER_HOSPITAL.match(after):
        return HOSPITAL
    run = _RUN_BY.match(after)
    if run:  # "the oncology ward (56 beds), run by the Department of Medical Oncology": that department's
        return _whose(run["np"], own)
    part = _AFTER_PART.match(after)
    if part and part_named(part["np"] or part["use"] or "", own):
        return PART
    return _subject(sentence, lo, start, end, own)


# A unit's possessive just before a count: "the centre's", "the Surgical Center's total of"
_POSSESSOR = compiled(r"(?P<np>(?:[\w&-]+\s+){0,6}[\w&-]+)(?:'s|’s)\s+(?:total\s+(?:of\s+)?)?$", re.I)


def part_named(words: str, own: Own) -> bool:
    """Whether words before a unit ('intensive care', 'day') name a part of a department, not a whole one
    (a word of the department's own name names no part: a hospice ward is a palliative unit's own)."""
    return bool(_PART_WORDS.search(words)) and not _owns(words, own)


def _owns(words: str, own: Own) -> bool:
    """Whether a part-word in ``words`` is one of the department's own name ('palliative' on the
    Palliative Care page)."""
    found = {w.lower() for w in _PART_WORDS.findall(words)}
    return any(found & set(re.findall(r"[\w-]+", n.lower())) for n in own.names)


def _subject(sentence: str, lo: int, start: int, end: int, own: Own) -> str:
    """Whose the subject of the last verb before the count says it is. A subject set off by a comma ("The
    hospital, located at ..., has") or left out ("It is located ..., and has") is the clause's first words;
    a name after a preposition ("the ward on the floor of the Centre for X has") is no subject."""
    verbs = list(_VERB.finditer(sentence, lo, start))
    if not verbs:  # "With 2,000 beds, the hospital is ...": the subject after the count
        later = re.match(r"[^,;]{0,60},\s+([^,;]{1,80})", sentence[end:])
        np = _np_from_start(later[1].split()) if later else ""
        return _whose(np, own) if np else NEUTRAL
    if _IS_A_HOSPITAL.match(sentence, verbs[-1].start(), start):  # "It is a tertiary general hospital ..., with"
        return HOSPITAL
    head = _ADVERB.sub("", sentence[lo : verbs[-1].start()])
    head = re.sub(r"\s*\([^()]{1,80}\)\s*$", "", head)  # "X of SFPH (Shangqiu ... Hospital) has": the name's expansion
    whole = _AS_A_WHOLE.search(head)
    if whole:  # "The NMC as a whole has 1,300 beds": a body taken whole, set against the department's own
        return _taken_whole(_np_before(head[: whole.start()].split()), own)
    if part_named(" ".join(head.split()[-4:]), own) and _IS_KIND.search(head):  # "the day clinic has 8 beds"
        return PART
    ours = _OUR_OWN.search(head)
    if ours and not _HOSPITAL_NAME.search(ours.group()):  # "our own therapy ward has 6 beds"
        return OWN
    which = re.search(r",?\s+(?:which|that)$", head)  # "the Surgical Center, which has 300 beds": the Center
    if which:
        head = head[: which.start()]
    if _A_BUILDING.search(head):  # "The Surgery Building of our hospital has 420 beds": the building's, not ours
        return BUILDING
    elided = not which and re.search(r"(?:,|\band)$", head)
    np = _np_from_start(head.split()) if elided else _np_before(head.split(), bool(which))
    if np and _whole_other(head, np, own):
        return OTHER
    return _whose(np, own) if np else NEUTRAL


def _whole_other(head: str, np: str, own: Own) -> bool:
    """'The whole Department of Pediatrics has 120 beds' on its ward's page: a unit named whole, not the
    department by any of its names, is the larger unit the department is part of."""
    whole = re.search(r"\b(?:whole|entire)\s+" + r"\s+".join(map(re.escape, np.split())) + r"\s*$", head, re.I)
    stems = unit_stems(np)
    return bool(whole and stems and not any(stems == unit_stems(v) for v in _variants(own)))


# "the department was gradually expanded", "Millbrook Hospital grew": the subject before a verb of growth
_AUXILIARY = compiled(
    r"(?:\s+(?:was|were|is|has|had|have|been|being|then|again|later|gradually|further|since))*\s*$", re.I
)


def grower(sentence: str, verb: int, own: Own) -> str:
    """Whose a growth is by the subject of its verb at ``sentence[verb:]`` ("the hospital was expanded to"):
    :data:`HOSPITAL`, :data:`OTHER`, :data:`OWN`, :data:`PART` or :data:`NEUTRAL` (a pronoun, none named)."""
    lo = max([m.end() for m in re.finditer(r"[.;,]\s|\band\s", sentence[:verb])] or [0])
    head = _AUXILIARY.sub("", sentence[lo:verb])
    np = _np_before(head.split(), True)
    return _whose(np, own) if np else NEUTRAL


# The subject is a building (or its block or tower), perhaps "of the hospital": the beds of every unit in it
_A_BUILDING = compiled(
    r"\b(?:the|this|that|our|its|a|an|new|inpatient|surgical|medical)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:building|tower|complex)(?:\s+of\s+(?:the|our|this)\s+hospital)?$",
    re.I,
)
_AS_A_WHOLE = compiled(r"\s+as\s+a\s+whole$", re.I)
# "our own ward", "our own inpatient unit": the page's department set against a larger body (not "our own hospital")
_OUR_OWN = compiled(rf"\bour\s+own\s+(?:[\w-]+\s+){{0,3}}(?:{_KIND})$", re.I)


def _taken_whole(np: str, own: Own) -> str:
    """Whose a body "as a whole" is: a unit by its kind ("the department as a whole") is read as any unit; a
    bare name or abbreviation ("the NMC as a whole") is the institution the department belongs to."""
    if not np or re.search(rf"\b(?:{_KIND})\b", np, re.I):
        return _whose(np, own) if np else NEUTRAL
    return OWN if any(np.casefold() == n.casefold() for n in own.names) else HOSPITAL


# "It is a tertiary general hospital integrating ..., with 1,800 beds": the clause says what its subject is, a
# hospital (not "a department of the hospital", "the largest ward in the hospital")
_IS_A_HOSPITAL = compiled(
    r"(?:is|was)\s+(?:a|an)\s+(?:(?!(?:of|in|at|within|under|for)\b)[\w-]+\s+){0,5}hospital\b(?!['’]s)", re.I
)
_PREPOSITION = {"in", "on", "at", "of", "for", "from", "to", "into", "with", "by", "near", "beside", "within", "under"}


def _np_before(words: list[str], object_too: bool = False) -> str:
    """The unit's name that ends the words: capitalised words, unit words and joins back to a determiner
    ('The Pediatrics Department of the hospital', 'the Gynecologic Oncology ward', 'Ward 35'); none when
    the name follows a preposition or punctuation (it is no subject then), unless ``object_too`` (a "which" after it
    makes it one)."""
    taken: list[str] = []
    while words:
        word = words.pop()
        bare = word.lower()
        if taken and re.search(r"[,;:()]$", word):
            # "Founded in 1952, Xiangnan Hospital has": an opening phrase before a hospital's name; else no subject
            return " ".join(taken) if _HOSPITAL_NAME.search(taken[-1]) and word.endswith(",") else ""
        if bare in _DETERMINER:
            if words and words[-1].lower() == "of":  # "... of the hospital": the unit is before it
                taken.insert(0, word)
                continue
            break
        if not (word[:1].isupper() or word[:1].isdigit() or bare in _JOIN or _IS_KIND.match(bare)):
            if bare in _PREPOSITION and not object_too:
                return ""
            break
        taken.insert(0, word)
    if (words and words[-1].lower() in _PREPOSITION and not object_too) or (taken and taken[0].lower() in _JOIN):
        return ""
    return " ".join(taken)


def _np_from_start(words: list[str]) -> str:
    """The unit's name a clause opens with ('The hospital, located at ...')."""
    while words and words[0].lower() in _DETERMINER:
        words = words[1:]
    taken: list[str] = []
    for word in words:
        bare = word.rstrip(",").lower()
        if not (word[:1].isupper() or bare in _JOIN or _IS_KIND.match(bare)):
            break
        taken.append(word.rstrip(","))
        if word.endswith(","):
            break
    return " ".join(taken)


def _whose(np: str, own: Own) -> str:
    """Whose a unit named ``np`` is."""
    np = re.sub(r"^.*\b(?:The|Our)\s+", "", np)  # a heading run into the sentence: "Overview The Department ..."
    unit = re.split(r"\s+of\s+(?:the|our|this|its)\s+", np, maxsplit=1)[0]  # "X of the (Second) Hospital": X
    of_hospital = re.match(
        rf"(.*\b(?!hospital)(?:{_KIND})\b.*)\s+(?:of|at)\s+(?:(?!of\b)\S+\s+){{0,6}}hospital\b", unit, re.I
    )
    unit = of_hospital[1] if of_hospital else unit  # "the Department of X of Millbrook Hospital": the Department
    unit = re.sub(r"^.*(?:'s|’s)\s+", "", unit)  # "Zhongshan Hospital's Department of X": X
    if unit.lower() in _PRONOUN:
        return NEUTRAL
    kinds = [w.lower() for w in re.findall(rf"\b(?:{_KIND})\b", unit, re.I)]
    if (kinds and kinds[-1].startswith("hospital")) or (_HOSPITAL_NAME.search(unit) and not kinds):
        return HOSPITAL
    if own.hospital and unit.casefold() == own.hospital.casefold():
        return HOSPITAL
    stems, variants = unit_stems(unit), [unit_stems(v) for v in _variants(own)]
    if not kinds:  # "Urology currently has 42 beds" on the Department of Urology's page: its name without the kind
        return OWN if stems and stems in variants else NEUTRAL
    kind = re.sub(r"s$", "", kinds[-1])
    if not stems:  # "the department", "the ward", "the Center"
        return OTHER if kind in _LARGER and not _is_larger_kind(own) else NEUTRAL
    if stems in variants:
        return OWN
    if part_named(unit, own):
        return PART
    if kind in _SUB or not variants or not all(re.fullmatch(r"[\x00-\x7f]*", n) for n in own.names):
        return NEUTRAL
    if kind in _LARGER and not _is_larger_kind(own):  # "The Breast Cancer Center" beside the Breast Surgery page
        return OTHER
    bare = [_no_number(v) for v in variants]
    sister = _no_number(stems) in bare  # "Medical Oncology Department II" beside "... Department I"
    # "Medical Oncology" beside "Radiation Oncology": two units, each named by a word the other lacks (a word
    # for cancer itself tells none apart: "Abdominal Cancer" is "Abdominal Oncology")
    core = stems - _CANCER_STEMS
    apart = all(core and v - _CANCER_STEMS and not core & (v - _CANCER_STEMS) for v in variants)
    return OTHER if sister or apart or not any(stems & v for v in variants) else NEUTRAL


_CANCER_STEMS = {"oncol", "cance", "tumor", "tumou", "carci", "neopl", "malig"}


def _is_larger_kind(own: Own) -> bool:
    """Whether the department is itself a centre or an institute."""
    return any(re.search(r"cent(?:er|re)|institut|zentrum", n, re.I) for n in own.names)


def _no_number(stems: set[str]) -> frozenset[str]:
    return frozenset(s for s in stems if not re.fullmatch(r"[ivx]+|\d+", s))


def _variants(own: Own) -> list[str]:
    """A name and its parts: 'Neurosurgery (Neuro-oncology Ward)' is also 'Neurosurgery' and 'Neuro-oncology Ward'."""
    out: list[str] = []
    for name in own.names:
        out.append(name)
        out += [p for p in re.split(r"\s*[()]\s*", name) if p.strip() and p != name]
    return out
