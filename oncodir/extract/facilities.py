"""Treatment words that name a facility of the hospital, or the department's routine work, not a treatment it gives.

- A facility of the hospital: "the operating theatres and the day-surgery centre of the hospital are on the fourth
  floor", "the department uses 6 beds in the day-surgery ward of the hospital", "the hospital's imaging centre offers
  PET-CT and MRI", "the Radiotherapy Building of the hospital" (the department's own "day-surgery unit", "our
  imaging suite", and what the department runs there, keep it);
- what such a facility offers: "the hospital's imaging centre offers PET-CT, MRI and ultrasound";
- "operations" for bedside procedures or for the running of the ward: "bone marrow aspiration, lumbar puncture and
  PICC are routine operations of the department", "the daily operations of the ward" (but "laparoscopic hysterectomy
  and mastectomy are routine operations here" are operations).

:func:`facility` is asked by :mod:`.terms` for each treatment's mention.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import is_own
from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

_PLACE = (
    r"(?:cent(?:er|re)|ward|unit|wing|suite|theatres?|theaters?|rooms?|block|building|complex|floor|area|hall|"
    r"department|clinic)s?"
)
# the facility's word after the mention ("day-surgery centre", "imaging center", "surgical wing")
_PLACE_AFTER = compiled(rf"^[\s-]*(?:[\w-]+\s+)?{_PLACE}\b", re.I)
# whose it is: "of the hospital", "of our hospital", "of X People's Hospital"
_OF_HOSPITAL = compiled(r"^\s+of\s+(?:the|our|this)\s+(?:[\w'’-]+\s+){0,4}?hospital\b", re.I)
_HOSPITALS = compiled(
    r"\b(?:the|our|this)\s+hospital['’]s\s+(?:[\w-]+?[\s-]+){0,3}$|\bhospital[\s-]wide\s+$|"
    # "The hospital has a modern day-surgery centre", "the hospital houses two imaging suites"
    r"\b(?:the|our|this)\s+hospital\s+(?:also\s+)?(?:has|have|houses|boasts|runs|operates|is\s+equipped\s+with)\s+"
    r"(?:[\w-]+?[\s-]+){0,4}$",
    re.I,
)
# the department running it makes it its own: "the department runs the hospital's day-surgery centre"
_RUNS = compiled(r"\b(?:runs?|manages?|operates?|heads?|leads?|in\s+charge\s+of|responsible\s+for)\s+"
                   r"(?:the\s+)?(?:[\w'’-]+?[\s-]+){0,4}$", re.I)  # fmt: skip
# "robotic surgery, performed in the hospital's robotic surgery centre": the place where the department gives it
_DONE_THERE = compiled(
    r"\b(?:perform\w*|done|given|carried\s+out|operat\w*|treat\w*|deliver\w*)\b[^.;]{0,20}?\b(?:in|at)\s+"
    r"(?:the|our|this)\s+(?:hospital['’]s\s+)?(?:[\w-]+?[\s-]+){0,3}$",
    re.I,
)
# "..., run by our department", "..., which is part of the department": the department's own place
_RUN_BY_US = compiled(
    r"[^.;]{0,40}?\b(?:(?:run|managed|operated|led|staffed)\s+by|part\s+of|belong\w*\s+to)\s+(?:our|the|this)\s+"
    r"(?:department|unit|team|ward|division)\b",
    re.I,
)
# the hospital's facility as the subject, then what it offers up to the mention
_FACILITY_GIVES = compiled(
    rf"\b(?:the|our|this)\s+hospital['’]s\s+(?P<unit>(?:[\w-]+\s+){{0,3}}?{_PLACE}|(?:[\w-]+\s+){{0,3}}?"
    r"(?:services?|laborator(?:y|ies)|lab))\s+(?:also\s+|now\s+)?(?:offers?|provides?|has|houses?|performs?|gives?|"
    r"runs?|is\s+equipped\s+with)\s+(?:[\w-]+(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+)){0,6}$",
    re.I,
)
# "X, Y and Z are routine operations of the department": "operations" for procedures or for running the ward
_OPERATIONS = compiled(r"^operations?$", re.I)
_ROUTINE_BEFORE = compiled(
    r"\b(?:(?:is|are)\s+(?:\w+\s+)?(?:routine|daily|everyday|day-to-day|basic|standard|regular|common|core)|"
    r"(?:daily|everyday|day-to-day|smooth|efficient|business|administrative|ward|hospital)[\s-]*)\s+$",
    re.I,
)
_RUNNING_AFTER = compiled(r"^\s+(?:management|manager|of\s+the\s+(?:ward|hospital|clinic|unit))\b", re.I)
# what a bedside procedure is called; an operation's names in a list keep "operations" an operation
_SURGICAL = compiled(
    r"\w{3,}ectom(?:y|ies)|\w+otom(?:y|ies)|\w+ostom(?:y|ies)|\w+plast(?:y|ies)|resections?|"
    r"surg|dissections?|excisions?|laparoscop|thoracoscop|transplant|reconstruct|repair",
    re.I,
)


def facility(text: str, m: Mention, lo: int, own_names: set[str], teamwork: bool = False) -> str | None:
    """'facility' when the mention names the hospital's facility or what it offers; 'routine' when "operations"
    means the department's procedures or its running; None otherwise."""
    before = text[max(lo, m.start - 120) : m.start]
    after = text[m.end : m.end + 120]
    # ("takes part in the hospital's MDT clinics": a team the department is one of)
    done_there = _DONE_THERE.search(before)
    if _PLACE_AFTER.match(after) and not _RUNS.search(before) and not teamwork and not done_there:
        place = _PLACE_AFTER.match(after)
        rest = after[place.end() :] if place else after
        if (_OF_HOSPITAL.match(rest) or _HOSPITALS.search(before)) and not _RUN_BY_US.match(rest):
            return "facility"
    gives = _FACILITY_GIVES.search(before)
    if gives and not teamwork and not is_own(gives["unit"], own_names):
        return "facility"
    if _OPERATIONS.match(m.phrase) and (_ROUTINE_BEFORE.search(before) or _RUNNING_AFTER.match(after)):
        listed = text[lo : m.start]
        if not _SURGICAL.search(listed):
            return "routine"
    return None
