"""Treatments a page names that the department does not give, in words :mod:`.elsewhere` and :mod:`.referrals` do
not read.

- Patients receive it in another unit: "patients with advanced disease receive radiotherapy in the Radiotherapy
  Department", "most women undergo radiation therapy at the Provincial Cancer Hospital";
- the department sends them on for it, the unit named later in the sentence: "For patients who need external
  radiotherapy, the department refers them to the Department of Radiation Oncology", "For the patients need X, the
  plan is made jointly with Dr. Y of the Radiotherapy Department", "X is planned with the Department of Y",
  "Where radiotherapy is required, we transfer the patients to ...", "Patients who are suitable for CAR-T cell
  therapy are referred to ..."
  (but not "X is given in our ward, and others are referred to ...");
- it is not (yet) given: "Brachytherapy has not yet been carried out", "We have not yet started X", "We don't
  offer X", "X is currently unavailable", "the department has no X";
- the patients had it before: "patients after operation, radiotherapy and chemotherapy" (a list of treatments
  after the patients, one of them an operation), "patients who have undergone surgery and radiotherapy", and in a
  surgical unit "surgery after short-course radiotherapy" (what comes before the operation is another's).

Each unit is read as :func:`.elsewhere.unit_elsewhere` reads it: "receive radiotherapy in the department", "in
our day unit" keep the treatment. :func:`handed` is asked by :mod:`.nothere` for each treatment's mention.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import unit_elsewhere
from oncodir.extract.index import Mention
from oncodir.extract.meetings import TEAMWORK
from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import REFERRAL, SENDS, SENT_ON, WHO_NEED
from oncodir.text import normalise

# "receive radiotherapy in the X Department", "get their chemotherapy from the Y Unit": the verb of having it
# just before, the place just after (up to the clause's end)
_RECEIVE_BEFORE = compiled(
    r"\b(?:receive[sd]?|receiving|undergo(?:es)?|underwent|undergoing|get|gets|got|have\s+their|has\s+(?:his|her))"
    r"\s+(?:(?:their|his|her|the|a|an|further|adjuvant|postoperative|preoperative|any)\s+)*(?:[\w-]+\s+)?$",
    re.I,
)
_PLACE_AFTER = compiled(r"^(?:\s+[\w-]+){0,2}?\s+(?:in|at|from)\s+(?P<unit>[^.;:,()]{3,80})")
# "For patients who need X, the department refers them to Y", "Where X is required, we transfer them to Y": the
# need, then the sending, later in the sentence (the need's and the sending's words are :mod:`.sending`'s; a
# condition, "where X is required", only this rule takes)
# ... or as the patients' fitness for it: "who are suitable for", "eligible for", "a candidate for", "who qualify for"
# (a short list may come first: "suitable for allogeneic transplantation or CAR-T cell therapy")
_NEED_BEFORE = compiled(
    rf"\b(?:{WHO_NEED}|(?:where|when|if)\s+|(?:suitable|eligible|fit|candidates?|indicated|qualif(?:y|ies|ied))\s+for|"
    r"(?:patients|cases|those|men|women|children)\s+(?:need|needs|require|requires))"
    r"\s*(?:(?:a|an|the|further|external|additional|adjuvant)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:(?:[\w-]+\s+){1,3}?(?:or|and|,)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?)?$",
    re.I,
)
# other patients than those who need it: "X is given in our ward, and others are referred to ..."
_OTHERS = compiled(r",\s+and\b|\b(?:others?|the\s+rest|remaining|while|whereas|but|otherwise)\b", re.I)
_SENDS_AFTER = compiled(
    rf"^[^.;:!?]{{0,80}}?\b(?:(?:{SENDS}|{SENT_ON})\s+(?:them|these\s+patients|such\s+patients|"
    rf"the\s+patients|patients|him|her)?\s*(?:on\s+)?to|(?:{REFERRAL})\s+to)\s+(?P<unit>[^.;:,()]{{3,100}})",
    re.I,
)
# "For the patients need X, the plan is made jointly with Dr. Y of the Radiotherapy Department": the need, then
# another unit the patients' care is shared with (what the department's name gives stays: :mod:`.joint`)
_SHARED_WITH_AFTER = compiled(
    r"^[^.;:!?]{0,80}?\b(?:jointly|together|in\s+(?:close\s+)?(?:cooperation|co-operation|collaboration|"
    r"partnership)|in\s+consultation)\s+with\s+(?P<unit>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.|[^.;:()]){3,100})",
    re.I,
)
# "Surgery and radiotherapy are planned with the paediatric surgeons and the Department of Radiation Oncology": the
# other units the treatment is planned with give it (a kind of what the department's name gives stays: :mod:`.joint`)
_PLANNED_WITH_AFTER = compiled(
    r"^[^.;:!?]{0,40}?\b(?:are|is|were|was|being)\s+(?:\w+ly\s+)?(?:planned|decided|coordinated|scheduled)\s+"
    r"(?:(?:together|jointly)\s+)?with\s+(?P<unit>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.|[^.;:()]){3,100})",
    re.I,
)
# "... and the Department of Radiation Oncology in our weekly board": the mention ends another unit's name
_UNIT_OF_BEFORE = compiled(r"\b(?:Department|Dept\.?|Division|Clinic|Institute)[^\S\n]+(?:of|for)[^\S\n]+$")
_NAME_GOES_ON = compiled(r"[^\S\n]*(?:[A-Z(]|(?:and|&)[^\S\n]+[A-Z])")
# "has not yet been carried out", "is currently unavailable": after the mention, in its clause
_NOT_YET_AFTER = compiled(
    r"^[^.;,]{0,30}?\b(?:(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:\w+ly\s+)?(?:carried\s+out|performed|"
    r"offered|introduced|started|established|launched|done|given|provided|available|developed)|"
    r"(?:is|are)\s+(?:still\s+|currently\s+|at\s+present\s+)?unavailable|(?:is|are)\s+not\s+yet\s+\w+)\b",
    re.I,
)
# "We have not yet started X", "We don't offer X", "the department has no X": before the mention
_NOT_YET_BEFORE = compiled(
    r"\b(?:(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:started|introduced|begun|launched|established|offered|"
    r"carried\s+out|performed|developed)|(?:do|does|did)n['’]t\s+(?:yet\s+)?(?:offer|provide|perform|give|deliver|"
    r"do|carry\s+out)|(?:has|have)\s+no)\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "patients after operation, radiotherapy and chemotherapy", "people following surgery, chemotherapy or ...",
# "patients who have undergone surgery and radiotherapy": treatments the patients had before they came
_PATIENTS_AFTER = compiled(
    r"\b(?:patients|people|those|cases|women|men|children)\s+(?:who\s+(?:are|were)\s+)?(?P<cue>after|following|"
    r"post|who\s+(?:have|had)\s+(?:already\s+)?(?:undergone|received|had|completed|finished))\s+"
    r"(?P<list>(?:[\w-]+\s*(?:,|\band\b|\bor\b|/)?\s*){0,8})$",
    re.I,
)
_OPERATION = compiled(r"\b(?:surgery|surgical|operations?|resections?|\w{3,}ectom(?:y|ies))\b", re.I)
# "the timing of surgery after short-course radiotherapy" in a surgical unit: what the operation follows
_SURGERY_AFTER = compiled(r"\b(?:surgery|operations?|resections?)\s+(?:after|following)\s+(?:[\w-]+\s+){0,2}$", re.I)


def handed(text: str, m: Mention, lo: int, hi: int, own_names: set[str]) -> str | None:
    """Why a treatment's mention is not the department's: 'other department', 'denied' or 'received'."""
    start, end = m.start, m.end
    if _RECEIVE_BEFORE.search(text, max(lo, start - 60), start):
        place = _PLACE_AFTER.match(text[end:hi])
        if place and unit_elsewhere(place["unit"], own_names):
            return "other department"
    if _other_unit_named(text, m, own_names):
        return "other department"
    planned = TEAMWORK not in m.terms and _PLANNED_WITH_AFTER.match(text[end:hi])
    if planned and unit_elsewhere(planned["unit"], own_names):
        return "other department"
    if _NEED_BEFORE.search(text, max(lo, start - 60), start):
        sends = _SENDS_AFTER.match(text[end:hi])
        if (
            sends
            and not _OTHERS.search(text, end, end + sends.start("unit"))
            and not re.match(r"(?:us|our|this)\b", sends["unit"], re.I)
            and unit_elsewhere(sends["unit"], own_names)
        ):
            return "other department"
        shared = _SHARED_WITH_AFTER.match(text[end:hi])
        if shared and unit_elsewhere(shared["unit"], own_names):
            return "other department"
    if _NOT_YET_AFTER.match(text[end:hi]) or _NOT_YET_BEFORE.search(text, max(lo, start - 80), start):
        return "denied"
    return "received" if _had_before(text, m, lo, own_names) else None


def _other_unit_named(text: str, m: Mention, own_names: set[str]) -> bool:
    """The mention ends the name of a unit that is none of the department's ("the Department of Radiation Oncology"
    on a paediatric oncology page)."""
    if not _UNIT_OF_BEFORE.search(text, max(0, m.start - 30), m.start) or _NAME_GOES_ON.match(text, m.end):
        return False
    phrase = normalise(m.phrase)
    return not any(phrase in n for n in own_names)


def _had_before(text: str, m: Mention, lo: int, own_names: set[str]) -> bool:
    """Treatments listed after the patients ("patients after operation, radiotherapy and ..."), one of them an
    operation or after "who have undergone"; or what a surgical unit's operation follows."""
    found = _PATIENTS_AFTER.search(text, max(lo, m.start - 100), m.start)
    if found:
        # the mention opens the list or is one of it (not "patients who have received neoadjuvant chemotherapy",
        # which a unit operating on them may have given)
        listed = found["list"].strip()
        in_list = bool(re.search(r"(?:,|\band|\bor|/)$", listed))
        operation = _OPERATION.search(found["list"] + m.phrase)
        if (in_list or not listed) and (operation or (in_list and found["cue"].lower().startswith("who"))):
            return True
    surgical = any("surg" in n for n in own_names)
    return (
        surgical
        and not _OPERATION.search(m.phrase)
        and bool(_SURGERY_AFTER.search(text, max(lo, m.start - 60), m.start))
    )
