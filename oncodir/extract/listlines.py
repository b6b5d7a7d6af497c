"""People from a staff list's lines: each line a name, then what the person is, then perhaps more prose.

"Hu Ming, Director, chief physician. He has worked in surgery for 20 years.", "Lin Bo - Head Nurse, deputy
chief nurse.", "Dr. Anna Berg - gastroenterologist", "Jo Smith, MD - Medical Director, Lung Program;
Thoracic Surgeon. Dr. Smith trained at ...": the line opens with a name (a title before it, degrees after
it), then a comma or a dash, then the person's post, clinical grade or specialty. A line alone may be
anything ("Li Ming, Director of the Department of Radiology, gave a lecture"), so a line counts only in a
run of two or more such lines, one under the other: a list.

The post is the first item (items parted by commas or semicolons, in the line's first sentence, asides in
brackets left out) naming a leader's post ("Director", "Head Nurse", "head of department"), else the first
naming a post or a specialty ("gastroenterologist", "Radiation Oncologist"); a clinical grade ("associate
chief physician") is a title, never a post. An item of another body ("vice chairman of the X Society",
"professor of Y University") and a line naming another department ("Neuropathologist (Department of
Pathology)") give no post.
"""

from __future__ import annotations

import re
from itertools import pairwise

from oncodir.extract.generic import unit_stems
from oncodir.extract.namecells import a_units_name
from oncodir.extract.postwords import CARE_MANAGER, LEAD, RANK
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import Add
from oncodir.extract.titles import DEGREE, TITLE
from oncodir.extract.visitors import a_visitors_post

_L = r"[^\W\d_]"
_PART = rf"(?:[A-Z](?:['’](?=[A-Z]))?{_L}+(?:[-'’]{_L}+)*)"
_TITLES = rf"(?P<title>(?:(?:{TITLE}|Prof\.?|Professor|Dr\.?|med\.|Mr\.?|Mrs\.?|Ms\.?)[ \t]{{1,2}})+)?"  # "Dr. med."
# a table row's cells, parted by a bar, a tab or a run of spaces: "Li Na | Head Nurse", "Li Na    Head Nurse"
_CELL = r"(?:[ \t]*\t|[ \t]{2,})"
# "Pieter Van Damme", "Hu Yanping", "Michael Brandt, MD, PhD"; then a comma, a dash or a cell's end, and the rest
_LINE = compiled(
    rf"^[ \t]*(?:[•·*][ \t]*)?{_TITLES}(?P<name>{_PART}(?:[ ]{_PART}){{1,3}})"  # (never across a tab: a cell's end)
    rf"(?P<deg>(?:,[ \t]*{DEGREE}(?!\w))*)(?:[ \t]*(?:,|[ \t][–—-]|\|)|{_CELL})[ \t]*(?P<rest>[^\n]{{2,}})$"
)
_GRADE = compiled(
    r"(?i:(?:(?:associate|deputy|vice)[ \t]+)?(?:chief|attending|resident|senior|supervisor)[ \t]+"
    r"(?:physician|surgeon|nurse|technician|physicist|pharmacist)|(?:associate[ \t]+|assistant[ \t]+)?professor"
    rf"|nurse-in-charge|master(?:'s)?[ \t]+tutor|doctoral[ \t]+supervisor|{RANK})"
)
_LEAD = compiled(rf"\b(?:{LEAD}|(?i:chief))\b")  # ("Consultant Head and Neck Surgeon" leads nothing)
# a post or a specialty: "Deputy Director", "Head Nurse", "Nurse Navigator", "medical oncologist", "oncocoach"
_POST = compiled(
    r"^(?:[\w&-]+[ \t]+){0,3}?(?i:(?:vice-|deputy-|co-)?(?:director|head|chair(?:man|woman|person)?|lead|leader|"
    r"chief|consultant|nurse|navigator|coordinator|manager|[a-z-]*(?:ologist|iatrist|surgeon|therapist|physicist|coach)|"
    rf"specialist|dietitian|pharmacist|social[ \t]+worker|{CARE_MANAGER}))(?:[ \t]+of[ \t]+[^,;]{{2,60}})?$"
)
# an item of another body: "vice chairman of the Gynecologic Society", "professor of X University"
_OTHER_BODY = compiled(
    r"\b(?:of|at|from|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,6}(?i:hospital|university|college|institute|"
    r"society|association|committee|federation|alliance|academy)\b"
    r"|\b(?:of|at|from|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Department|Division)\b"
    r"|\b(?:Department|Division)[ \t]+of\b(?![ \t]+(?:the|this|our)\b)"
)
# a person's sentence goes on: "He has ...", "Dr. Smith completed ..."; an aside in brackets is left out
_SENTENCE_END = compiled(r"\.(?=[ \t]+[A-Z]|[ \t]*$)")


def list_lines(lines: list[str], add: Add, own: str | None = None) -> None:
    """The people of staff lists: runs of two or more lines, one under the other, each a name then a post,
    grade or specialty (blank lines between them allowed); never a visitor ("visiting consultant") nor the
    leader of a unit the page names beside its own (``own``: the department's name, when known)."""
    found = [_person_line(line) for line in filter(str.strip, lines)]  # (blank lines passed without a loop)
    listed = [False] * len(found)
    for i, (a, b) in enumerate(pairwise(found)):
        if a is not None and b is not None:
            listed[i] = listed[i + 1] = True
    sisters: set[frozenset[str]] | None = None  # read from the page only when a line leads a named unit
    for person, in_list in zip(found, listed, strict=True):
        if not in_list or person is None or person[3]:
            continue
        m, role, grade, _ = person
        led = _LEADS_UNIT.match(role or "")
        if led is not None:
            sisters = _sister_units(lines) if sisters is None else sisters
            if _another_unit(led["unit"], sisters, own):
                continue  # "Director of Pediatric Hematology" beside "the neighbouring Pediatric Hematology ward"
        title = " ".join(((m["title"] or "") + " " + (grade or "")).split()) or None
        add(m["name"], role, title)


# a post leading a unit named with capitals: "Director of Pediatric Hematology", "Head of the Breast Unit"
_LEADS_UNIT = compiled(
    r"^(?:[\w-]+[ \t]+){0,2}?(?i:director|head|chief|chair\w*|lead|leader)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?P<unit>[A-Z][\w&' -]{2,60})$"
)
# a unit the page names as another one beside its own: "the neighbouring Pediatric Hematology ward", "in
# cooperation with the Breast Surgery Department" (never the department's own sections: "our Breast Unit")
_SISTER = compiled(
    r"\b(?i:neighbou?ring|sister|adjacent|nearby|partner|(?:in[ \t]+)?cooperation[ \t]+with[ \t]+the|"
    r"together[ \t]+with[ \t]+the)[ \t]+(?P<unit>(?:[A-Z][\w&'-]*[ \t]+){1,4})"
    r"(?i:ward|department|unit|clinic|division)\b"
)


def _sister_units(lines: list[str]) -> set[frozenset[str]]:
    """The word stems of each unit the page names as another one beside its own."""
    return {frozenset(unit_stems(m["unit"])) for m in _SISTER.finditer("\n".join(lines))} - {frozenset()}


def _another_unit(unit: str, sisters: set[frozenset[str]], own: str | None) -> bool:
    """True when a led unit is one the page names beside its own, and not the department itself."""
    stems = frozenset(unit_stems(unit))
    return stems in sisters and not (own and stems <= unit_stems(own))


# a table row whose long name left one space before its cell: "Liu Yuanyuan Attending Physician" (a cell opening
# with a grade's or a post's first word, so the name is not read on into it)
_TIGHT = compiled(
    rf"^[ \t]*{_TITLES}(?P<name>{_PART}(?:[ ]{_PART}){{1,2}}?)(?P<deg>)[ ](?P<rest>(?:(?:Associate|Deputy|Vice|"
    r"Executive)[ \t]+)?(?:Attending|Resident|Chief|Senior|Director|Head|Nurse|Professor)\b[^\n]{2,})$"
)


def _person_line(line: str) -> tuple[re.Match[str], str | None, str | None, bool] | None:
    """The line as a name then what the person is (its match, post, grade, and whether a visitor's), or None."""
    m = _LINE.match(line) or _TIGHT.match(line)
    if m is None or a_units_name(m["name"]):  # "Breast Surgery   Director, Chief Physician": a unit's row
        return None
    items = _items(m["rest"])
    role, grade = _what(m["rest"], items)
    visitor = any(map(a_visitors_post, items))  # a line of the list, though no staff's
    return (m, role, grade, visitor) if role or grade or visitor or (items and _POST.match(items[0])) else None


def _items(rest: str) -> list[str]:
    first = _SENTENCE_END.split(rest, maxsplit=1)[0]
    plain = re.sub(r"[ \t]*\([^()\n]*\)", "", first)
    cells = re.split(rf"[ \t]*\|[ \t]*|{_CELL}", plain.strip())  # a row's next cell is no item of its post
    return [i.strip(" .\t") for i in re.split(r"[,;]", cells[0]) if i.strip(" .\t")][:4]


def _what(rest: str, items: list[str]) -> tuple[str | None, str | None]:
    """The post and the clinical grade the rest of a list line gives (a line naming another unit: no post)."""
    grade = next((i for i in items if _GRADE.fullmatch(i)), None)
    if re.search(r"\((?:[^()\n]*\b(?:Department|Division|Service)\b[^()\n]*)\)", rest.split(". ")[0]):
        return None, grade  # "Neuropathologist (Department of Pathology)": another unit's member
    posts = [i for i in items if _POST.match(i) and not _GRADE.fullmatch(i) and not _OTHER_BODY.search(i)]
    role = next((p for p in posts if _LEAD.search(p)), posts[0] if posts else None)
    return role, grade
