"""A person's field and credentials: what one doctor is good at or qualified in, not what the department treats.

- A staff list's entry ("Yang Li, Director, Chief Physician. Good at TCM treatment of lung and digestive tract
  tumours.", "Deputy Director Wang Fang, chief physician, skilled in ..."): the cancers after "good at",
  "specializes in", "expert in" on the line that opens with the person are that person's interests, often said
  without a subject. (A cancer the page names elsewhere as the department's stays: only this mention is left out.)
  So are the cancers of a sentence whose subject is one person ("He graduated from X and is good at ...", "Professor
  Ye trained in Y and is skilled in ...", "..., and she specialises in ...").
- A credential: "a qualified surgeon in endoscopic surgery of the Japan Society for ...", "board-certified in
  radiation oncology": a society's certificate says what the person may do, not what the department gives.
"""

from __future__ import annotations

import re

from oncodir.extract.index import sentence_bounds
from oncodir.extract.regexcache import compiled

# A line opening with a person: "Yang Li, Director, ...", "Director: Sun Mei, Chief Physician", "Deputy Director
# Wang Fang, chief physician", "- Dr. Chen Hao (Professor) ..."
_TITLE = (
    r"(?:(?:deputy|vice|associate|assistant|attending|resident|chief|head|senior|junior|consultant|executive)\s+)*"
    r"(?:director|chief|physician|professor|surgeon|doctor|consultant|nurse|oncologist|lecturer|fellow|head|"
    r"radiotherapist|radiologist|pathologist|resident|attending)\b"
)
_PERSON_LINE = compiled(
    rf"[^\S\n]*(?:[-–•●*][^\S\n]*)?(?:(?i:{_TITLE})[^\S\n]*[:：]?[^\S\n]*|(?:Dr|Prof)\.?[^\S\n]+)?"
    r"[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2}[^\S\n]*(?:[,，:(]|[^\S\n]+[-–][^\S\n]+)[^\S\n]*"
    rf"(?:[\w-]+[^\S\n]+){{0,3}}(?i:{_TITLE})",
)
# the person's interests, up to the mention: "Good at TCM treatment of lung and ...", "specializes in"
_FOCUS = compiled(
    r"\b(?:good\s+at|skilled\s+(?:in|at)|proficient\s+in|expert\s+in|excels?\s+in|speciali[sz](?:es|ing|ed)\s+in|"
    r"experienced\s+in|interests?\s+(?:include|includes|are|is|in))\b[^.;!?\n]*$",
    re.I,
)
# "a qualified surgeon in X of the Society", "board-certified in X", "accredited for X"
# (a person's: "a certified treatment centre for X" is the unit's own title, and gives X)
_CREDENTIAL = compiled(
    r"\b(?:qualified|certified|accredited|licensed|registered)\s+(?:[\w-]+\s+)?(?:(?:surgeon|specialist|physician|"
    r"doctor|oncologist|radiologist|endoscopist|nurse|consultant)s?\s+)?(?:in|for)\s+(?:(?:the|a|an)\s+)?$",
    re.I,
)
_PERSON_CUE = compiled(r"\b(?:he|she|dr|prof\w*|mr|mrs|ms|surgeons?|physicians?|specialists?|doctors?|"
                         r"oncologists?|consultants?|nurses?)\b", re.I)  # fmt: skip


# a sentence whose subject is one person: "He graduated from X and is good at ...", "Professor Ye Ming trained in Y
# and is skilled in ...", "... and she specialises in" (not "The department ... is good at", nor "Our doctors ...")
_PERSON_SUBJECT = compiled(
    r"\s*(?:(?:(?:Deputy|Vice|Associate|Assistant)\s+)?(?:Director|Professor|Prof\.?|Dr\.?|Doctor|Chief\s+Physician|"
    r"Mr\.?|Mrs\.?|Ms\.?)\s+(?:[A-Z][\w'’-]*\s+){1,3}|(?:He|She)\s+)"
)
_PRONOUN_CLAUSE = compiled(r",?\s+(?:and|but|where|while)\s+(?:he|she)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _subject_focus(text: str, start: int) -> bool:
    """The person the sentence is about is good at or specialises in what the mention names."""
    lo = sentence_bounds(text, start, start)[0]
    focus = _FOCUS.search(text, max(lo, start - 200), start)
    if focus is None:
        return False
    clause = _PRONOUN_CLAUSE.search(text, max(lo, focus.start() - 40), focus.start())
    line = max(lo, text.rfind("\n", 0, focus.start()) + 1)  # (a line under a name's line opens a sentence too)
    return bool(_PERSON_SUBJECT.match(text, lo) or _PERSON_SUBJECT.match(text, line) or clause)


def person_field(text: str, start: int, kind: str) -> str | None:
    """Why the mention at ``start`` is one person's (their interest or credential), or None."""
    credential = _CREDENTIAL.search(text, max(0, start - 60), start)
    if credential and _PERSON_CUE.search(text, max(0, credential.start() - 80), start):
        return "a person's credential"
    if kind != "cancer":
        return None  # (what a doctor is good at doing, the department gives)
    if _subject_focus(text, start):
        return "a person's field"
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 600 or not _FOCUS.search(text, max(line_start, start - 200), start):
        return None
    return "a person's field" if _PERSON_LINE.match(text, line_start, start) else None
