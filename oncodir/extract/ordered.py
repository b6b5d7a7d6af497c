"""Imaging a clinical department asks for, receives or reads: no imaging service it gives.

A surgical or medical department names imaging all the time without giving it: "please have your imaging and
pathology slides sent to our office", "our surgeons go through your scans with you", "referring doctors should
forward the patient's imaging", "we order the imaging each patient needs before surgery", "outside imaging is
reviewed at the first visit". The imaging is the patient's own, done before, or done by the radiologists the
department asks; the department's service is the one it reads the pictures for. Only an imaging unit's own page
(radiology, ultrasound, nuclear medicine) gives imaging when it names it so; :mod:`.terms` asks
:func:`asked_for_imaging` after :mod:`.lookalikes`' readings (a machine, a guide).
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# "your imaging", "their scans", "the patient's imaging", "outside imaging": imaging a patient has, had elsewhere
_WHOSE = compiled(
    r"\b(?:your|their|his|her|the\s+patient['’]?s['’]?|patients['’]|a\s+patient['’]s|outside|external|"
    r"previous|prior|existing|earlier)\s+(?:(?:own|recent|latest|relevant|available|original)\s+)?$",
    re.I,
)
# "we order the imaging ...", "requests further imaging", "reviews all imaging": asked for, or read
_ASKED_BEFORE = compiled(
    r"\b(?:orders?|ordered|ordering|requests?|requested|requesting|reviews?|reviewed|reviewing|reads?|reading|"
    r"interprets?|interpreted|go(?:es)?\s+through|went\s+through|looks?\s+at|looked\s+at|check(?:s|ed)?)\s+"
    r"(?:(?:the|all|any|every|relevant|necessary|further|additional|appropriate|new|staging|such)\s+){0,2}$",
    re.I,
)
# "imaging is ordered by the surgeon", "the scans are reviewed by our team", "imaging will be requested"
_ASKED_AFTER = compiled(
    r"^[^\S\n]*(?:(?:studies|examinations|exams|tests|results|data|films|images|CDs?)[^\S\n]+)?"
    r"(?:is|are|will\s+be|can\s+be|may\s+be|should\s+be|must\s+be|has\s+been|have\s+been|gets|get)[^\S\n]+"
    r"(?:\w+ly[^\S\n]+)?(?:ordered|requested|reviewed|read|interpreted|sent|forwarded|brought|uploaded|obtained)\b",
    re.I,
)
# ("have your imaging and pathology slides sent", "send their imaging data (CT, MRI)"): a patient's things, sent on
_HANDED_AFTER = compiled(
    r"^(?:[^\S\n]*(?:\([^()]{0,40}\)|and|or|&|,|[\w-]+)){0,6}?[^\S\n]+"
    r"(?:sent|forwarded|brought|uploaded|posted|mailed|delivered)[^\S\n]+(?:to|in|ahead|before|with)\b",
    re.I,
)
# the department that makes the pictures: its imaging is its own
_IMAGING_UNIT = compiled(r"radiolog|imaging|ultraso|sonograph|nuclear|roentgen|x-ray|pet\b|diagnostic", re.I)


def asked_for_imaging(m: Mention, before: str, after: str, own_names: set[str]) -> str | None:
    """'received' for imaging a department that makes no pictures names as the patient's own, sent to it, or
    ordered and read for it; None otherwise."""
    if "diagnostic imaging" not in m.terms or any(_IMAGING_UNIT.search(n) for n in own_names):
        return None
    if _WHOSE.search(before) or _ASKED_BEFORE.search(before):
        return "received"
    if _ASKED_AFTER.match(after) or _HANDED_AFTER.match(after):
        return "received"
    return None
