"""A heading's unit and its hospital, split where the heading names both.

- "General Surgery Center of the First Affiliated Hospital of X", "Breast Unit at Y Hospital": the hospital after
  "of", "at" or a comma;
- "Department of Radiation Oncology Sichuan Cancer Hospital": the hospital right after the unit's last word;
- "X Hospital - Department of Y", "The X Hospital — Department of Y", "X Hospital · Department of Y": the hospital
  first, then the unit;
- "Department of Urology - The X Hospital", "Thoracic Oncology Unit - St Y's Hospital", "Division of Z · W Medical
  Center": the unit first, then its hospital after a dash, a bar or a dot (a page title's order). A ward or a part
  after the dash ("Department of Urology - Ward II", "Breast Surgery - Outpatient Clinic") is no hospital: the
  heading stays whole.
"""

from __future__ import annotations

import re

from oncodir.extract.generic import generic
from oncodir.extract.hospitals import HOSPITAL, HOSPITAL_HEAD, HOSPITAL_NAME, clean_hospital
from oncodir.extract.regexcache import compiled

# a word that names a unit (or a specialty a unit is named by)
UNIT = compiled(
    r"\b(?:department|dept|division|cent(?:er|re)|unit|clinic|ward|institute|program(?:me)?|section|service|"
    r"[a-z]*surgery|oncology|medicine|therapy|radiotherapy|[a-z]*olog(?:y|ie)|[a-z]*iatrics|klinik|abteilung|"
    r"(?:disease|tumou?r|site|cancer|(?<!nursing )care)\s+team)\b",
    re.I,
)
_UNIT_LAST = compiled(
    r"\b(?:Department|Division|Cent(?:er|re)|Unit|Ward|Program(?:me)?|Surgery|Oncology|Radiotherapy|Medicine|"
    r"[A-Za-z]*olog(?:y|ie)|Therapy)$"
)
_HOSPITAL_AT_END = compiled(rf"(?:the\s+)?{HOSPITAL}\s*$")
_HOSPITAL_FIRST = compiled(rf"^(?:The\s+)?{HOSPITAL_NAME}(?:['’]s|\s+[-–—:|·•])?\s+(?=\S)")
# "Department of Urology - The X Hospital": a unit, a separator with spaces around it, then a hospital to the end
_UNIT_FIRST = compiled(rf"^(?P<unit>\S.{{2,80}}?)\s+[-–—|·•]\s+(?:[Tt]he\s+)?{HOSPITAL_NAME}\s*$")
_HOSPITAL_WORD = compiled(HOSPITAL_HEAD)
# "Outpatient Clinic", "Day Clinic", "Breast Clinic": a part of the unit or of its hospital after the dash, no hospital
_A_PART = compiled(r"\bClinic$")
_LONG_ENOUGH = 8  # characters: a shorter "hospital" is a fragment or an abbreviation


def split_name(name: str) -> tuple[str, str | None]:
    """'General Surgery Center of the First Affiliated Hospital of X' -> ('General Surgery Center', hospital)."""
    for sep in reversed(list(re.finditer(r"\s+(?:of|at)\s+|,\s+", name))):  # nearest the end first
        m = _HOSPITAL_AT_END.match(name, sep.end())
        if m and (len(m["h"]) > _LONG_ENOUGH or (m["h"].isupper() and " of" in sep.group())):  # "... of SFPH"
            return name[: sep.start()].strip(" ,"), clean_hospital(m["h"])
    for space in re.finditer(r"\s+", name):  # "Department of Radiation Oncology Sichuan Cancer Hospital"
        rest = name[space.end() :]
        if len(rest) > _LONG_ENOUGH and _UNIT_LAST.search(name[: space.start()]) and re.fullmatch(HOSPITAL_NAME, rest):
            return name[: space.start()], clean_hospital(rest)
    # "X Hospital - Department of Y", "The X Hospital — Department of Y", "X Hospital · Department of Y"
    m = _HOSPITAL_FIRST.match(name)
    if m and len(m["h"]) > _LONG_ENOUGH and UNIT.search(name[m.end() :]) and not generic(m["h"]):
        return name[m.end() :].strip(), clean_hospital(m["h"])  # (not "University Clinic for")
    return _unit_first(name)


def _unit_first(name: str) -> tuple[str, str | None]:
    """'Department of Urology - The X Hospital' -> ('Department of Urology', 'X Hospital'): the unit, then its
    hospital after a separator; the unit must name a unit and no hospital itself, the hospital be a particular one
    ('Cancer Center' alone names none)."""
    m = _UNIT_FIRST.match(name)
    if m is None or len(m["h"]) <= _LONG_ENOUGH or generic(m["h"]) or _A_PART.search(m["h"]):
        return name, None
    unit = m["unit"].strip()
    if not UNIT.search(unit) or _HOSPITAL_WORD.search(unit):
        return name, None
    return unit, clean_hospital(m["h"])
