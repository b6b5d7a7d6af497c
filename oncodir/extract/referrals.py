"""Treatments a page names that the department does not give them: patients get them elsewhere or at another time.

"Patients with advanced melanoma are referred to Medical Oncology for immunotherapy or targeted therapy":
the treatments after "for" are what the other unit gives, not the department's own. The unit is read as
:mod:`.elsewhere` reads any unit a page hands patients on to (a unit's word or a specialty's name, none of
the department's own names, nor sharing their words); "referred to us for ..." and "referred to our clinic
for ..." keep the treatment.

Patients "transferred for radiotherapy", "sent elsewhere for X" (no unit named, nor "to us", "from the wards") are
sent away for it too.

Nor does a page give what its patients had before they came ("please bring previous imaging and pathology reports",
"please bring all imaging (X-ray, MRI, CT)", "patients should bring their scans",
"your doctor can send the medical file (imaging, pathology report)",
"patients whose ultrasound shows a nodule"), what they cannot have ("patients who cannot tolerate surgery", "who can
not stand the operation", "too weak to undergo surgery"), or the topic of a lecture ("a visiting professor gave a
lecture on robotic surgery"): :func:`not_given` reads the words just before the mention.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import unit_elsewhere
from oncodir.extract.generic import other_kind, own_stems, unit_stems
from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import SENT_ON

# "are referred to Medical Oncology for X or Y", "transferred to the oncology unit for X": the unit, then "for"
# and up to a short list of treatments before the mention (a clause break or "while we" ends it)
_SENT_FOR = compiled(
    rf"\b(?:{SENT_ON})\s+(?:\w+\s+){{0,2}}?to\s+(?P<unit>[^.;:!?,()]{{1,60}}?)\s+for\s+"
    r"(?:(?!(?:while|whereas|but|we|our)\b)[\w-]+(?:\s*,\s*|\s+)){0,8}$",
    re.I,
)


# "the patients diagnosed are transferred for radiotherapy", "referred on for chemotherapy", "sent elsewhere for X":
# sent away for it with no unit named (not "transferred from the wards for X", nor "referred for X by other
# hospitals", "... to us", which bring the patients here)
_SENT_OUT_FOR = compiled(
    rf"\b(?:{SENT_ON})\s+(?:(?:on|out|onwards?|elsewhere|away|outside)\s+)?for\s+"
    r"(?:(?!(?:while|whereas|but|we|our|in|at)\b)[\w-]+(?:\s*,\s*|\s+)){0,6}$",
    re.I,
)
_BROUGHT_HERE = compiled(r"^[^.;:!?]{0,60}?\b(?:from|by|to\s+(?:us|our|this)|here|in\s+(?:our|this|the)\b)", re.I)


def sent_for(text: str, kind: str, start: int, lo: int, own_names: set[str]) -> str | None:
    """'other department' when the treatment at ``start`` is what patients are sent to another unit for."""
    if kind != "treatment":
        return None
    if _SENT_OUT_FOR.search(text, max(lo, start - 100), start) and not _BROUGHT_HERE.match(text, start):
        return "other department"
    found = _SENT_FOR.search(text, max(lo, start - 160), start)
    if found is None or not unit_elsewhere(found["unit"], own_names):
        return None
    # "referred to Dermatology for ..." on the Department of Dermatology's page: a unit sharing the department's
    # words may be the department itself, and the treatment stays (but not "referred to Pediatric Surgery for ..."
    # on a pediatric oncology page: another kind of unit)
    shared = unit_stems(found["unit"]) & own_stems(own_names) and not other_kind(found["unit"], own_names)
    return None if shared else "other department"


# "bring previous imaging (CD) and pathology reports", "prior radiotherapy": had before, the list after it too
# (joined by "and", "or": "compared with previous years, surgery ..." says nothing of surgery had before)
_BEFORE = compiled(r"\b(?:previous|prior)\s+(?:[\w-]+(?:\s+\([^()]{0,20}\))?\s+(?:and|or|&|/)\s+){0,3}$", re.I)
# "patients who cannot tolerate surgery", "unable to undergo an operation", "unfit for surgery": not given to them
# ("who can not stand the operation", "too weak to undergo surgery", "not strong enough for an operation", "too old
# for surgery", "could not cope with radiotherapy": each says so in other words)
_CANNOT_HAVE = compiled(
    r"\b(?:(?:(?:can\s*not|can['’]t|could\s*not|couldn['’]t|unable\s+to|not\s+able\s+to|too\s+\w+\s+to)\s+"
    r"(?:tolerate|undergo|bear|withstand|afford|stand|endure|survive|have|receive|cope\s+with|manage)|"
    r"too\s+(?:\w+\s+)?(?:weak|frail|old|ill|sick|elderly)|not\s+(?:\w+\s+)?(?:strong|fit|well|healthy)\s+enough)"
    r"(?:\s+(?:for|to\s+(?:undergo|have|receive|tolerate|bear)))?|"
    r"(?:intolerant|unfit)\s+(?:of|to|for)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+(?:(?:a|an|the|further|major)\s+)?"
    r"(?:[\w-]+\s*(?:,|\bor\b|\band\b)\s*){0,3}$",  # "cannot tolerate operation or radiotherapy": each of them
    re.I,
)
# "gave a lecture on minimally invasive surgery": the topic of a talk, no treatment given (a course the department
# trains others in is another matter: "training courses on ..." is left as it is)
_TALK_ON = compiled(
    r"\b(?:lectures?|talks?|speech(?:es)?|keynotes?|presentations?|reports?|seminars?|visits?|study\s+tours?|"
    r"observerships?)\s+(?:on|about|entitled|titled|to\s+(?:learn|study|observe|see))\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


# "fax the referral form with imaging and pathology reports": papers sent with a referral, of tests done before
_PAPERS_AFTER = compiled(r"(?:\s*(?:,|\band\b|\bor\b|&|/)\s*[\w-]+){0,3}\s+(?:reports?|results?|films?|slides?|"
                           r"records?|CDs?|discs?)\b", re.I)  # fmt: skip
# "fax the referral with imaging reports and pathology": the last of the papers, after one named as a report
_PAPERS_BEFORE = compiled(r"\b(?:reports?|results?|films?|slides?|records?|CDs?|discs?)\s*(?:,|\band\b|\bor\b|&|/)\s*"
                            r"(?:(?:any|the|all|previous|prior|relevant)\s+)?$", re.I)  # fmt: skip
_SENT_WITH = compiled(r"\b(?:referrals?|bring|fax(?:ed)?|enclose|attach|upload|cop(?:y|ies)\s+of|send|forward|submit|"
                        r"e-?mail)\b[^.;:!?]{0,60}$", re.I)  # fmt: skip
# "Please bring all imaging (X-ray, MRI, CT)", "patients should bring their scans", "Bring your imaging CDs": what a
# patient is asked to bring to a visit was done before (not "we bring robotic surgery to the region": no request, no
# patient's own things)
_ASKED_TO_BRING = compiled(
    r"(?:\b(?:please|kindly|should|must|need\s+to|asked\s+to|remember\s+to|forget\s+to)\s+bring|"
    r"(?:^|(?<=[.!?:]\s)|\n)\s*bring)(?:\s+along|\s+with\s+you)?\s+(?:(?:all|any|your|their|his|her|the|previous|"
    r"prior|recent|relevant|existing|copies\s+of|a\s+copy\s+of|results\s+of)\s+){0,3}$|"
    r"\bbring(?:\s+along)?\s+(?:your|their|any)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "send the medical file (imaging, pathology report)", "your records (recent imaging and the biopsy histology)": what
# the papers a patient or a doctor sends hold, tests done before (the mention inside the brackets after the file)
_FILE_HOLDS = compiled(r"\b(?:files?|records?|dossiers?|documents?|documentation|papers?)\s*\([^()]{0,60}$", re.I)

# "patients whose ultrasound shows a nodule", "if your CT scan revealed ...": a test's result the patient brings
_WHOSE = compiled(r"\b(?:whose|your|their|his|her|patients['’]?s?['’]?)\s+(?:[\w-]+\s+)?$", re.I)
_SHOWS = compiled(r"\s+(?:shows?|showed|reveals?|revealed|suggests?|suggested|indicates?|indicated|finds|found)\b",
                    re.I)  # fmt: skip


def not_given(text: str, kind: str, start: int, end: int) -> str | None:
    """Why the treatment at ``start`` (to ``end``) is not given by the department: had before, cannot be had, the
    papers of a referral, a talk's topic."""
    if kind != "treatment":
        return None
    window = (text, max(0, start - 80), start)
    if _BEFORE.search(*window) or _CANNOT_HAVE.search(*window):
        return "received"
    if _SHOWS.match(text, end) and _WHOSE.search(text, max(0, start - 40), start):
        return "received"
    papers = _PAPERS_AFTER.match(text, end, end + 80) or _PAPERS_BEFORE.search(*window)
    if (papers and _SENT_WITH.search(*window)) or _FILE_HOLDS.search(*window) or _ASKED_TO_BRING.search(*window):
        return "received"
    return "academic subject" if _TALK_ON.search(*window) else None
