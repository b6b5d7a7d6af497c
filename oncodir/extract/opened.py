"""The hospital a page says opened the department: "X Hospital opened its Hospice Ward in 2017".

A sentence that opens with a hospital and says it opened, set up or founded a unit names the unit's hospital; the
unit is the department only when its name shares a word with the page's heading ("opened its Proton Therapy
Center" on a breast unit's page is another unit, which the department may send patients to). The passive form
names the department by a unit-word alone ("The ward was opened by X Hospital in 2015"). A person is no
hospital: "opened by Dr Chen of X Hospital" names who opened it, not whose it is.
"""

from __future__ import annotations

from oncodir.extract.generic import generic, unit_stems
from oncodir.extract.hospitals import HOSPITAL_NAME, NEAR_TOP, clean_hospital
from oncodir.extract.regexcache import compiled

_VERB = r"(?:opened|set\s+up|established|founded|created|launched)"
# (the sentence opens with the hospital, after a date at most: "In 2011, X Hospital established ...")
_ACTIVE = compiled(
    rf"(?:^|\n|[.!?][^\S\n]+)(?:In[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?\d{{4}},?[^\S\n]+)?(?:The[^\S\n]+)?{HOSPITAL_NAME}"
    rf"(?:[^\S\n]*\([^()\n]{{0,160}}\))?,?[^\S\n]+(?:(?:first|formally|officially)[^\S\n]+)?{_VERB}[^\S\n]+"
    r"(?:its|the|a|an)[^\S\n]+(?:new[^\S\n]+)?(?P<unit>[A-Z][^.;,()\n]{2,80}?)"
    r"(?=[^\S\n]+(?:in|on|at|as|to|with|under|which|that|for)\b|[.;,(\n]|$)"
)
_PASSIVE = compiled(
    r"(?:^|\n|[.!?][^\S\n]+)(?:The|This|Our)[^\S\n]+(?:department|ward|unit|cent(?:er|re)|division|clinic|"
    rf"program(?:me)?|service)[^\S\n]+was[^\S\n]+(?:first[^\S\n]+)?{_VERB}[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?{HOSPITAL_NAME}"
)
_PERSON = compiled(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Director|Chief|President|Mayor)\b\.?")


def opening_hospital(text: str, heading: str | None) -> str | None:
    """The hospital a sentence says opened the department (``heading``, the page's unit), or None."""
    top = text[:NEAR_TOP]
    found = set()
    for m in _ACTIVE.finditer(top):
        if heading and unit_stems(m["unit"]) & unit_stems(heading):
            found.add(clean_hospital(m["h"]))
    for m in _PASSIVE.finditer(top):
        found.add(clean_hospital(m["h"]))
    found = {h for h in found if not _PERSON.match(h) and not generic(h)}
    return found.pop() if len(found) == 1 else None
