"""People a page names who are not the department's own: another body's staff, a staff member's teacher, a patient.

"Professor X of Riverside General Hospital comes to our department monthly" names a hospital's doctor, and
"studied under Professor Y" names who taught a member of the department: neither is its staff. Only the words
just after the name (its body) or just before it (a teacher's wording, or a partner's: "works closely with
Dr Z") are read. Read too (:func:`from_elsewhere`):

- a body the page leaves unnamed, after the name or its apposition: "Prof. X of a cancer hospital in Beijing",
  "Prof. Y, a gynecologic oncologist from a provincial hospital in Haikou, holds a clinic in the department";
- a doctor's apposition placing them elsewhere: "Prof. Z, a breast surgeon from Changsha, comes monthly" (never
  "Dr. Z, a surgeon from Changsha, joined the department in 2019" nor "has worked here since": staff);
- the staff of a body named before "whose": "the pathology department of a university hospital in Hangzhou, whose
  Prof. W gives a case conference to our pathologists" (never "our hospital, whose ...");
- a patient: "Mr. V, a patient with lymphoma who ..., sent a banner", "patient Mr. U".
"""

from __future__ import annotations

import re

from oncodir.extract.facts import MASK
from oncodir.extract.regexcache import compiled

# "Professor X of Riverside General Hospital comes to our department monthly": a named body's staff, a visitor
_OF_BODY = compiled(
    r"[ \t]*,?[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,6}"
    r"(?:Hospital|University|College|Institute|Cent(?:er|re)|Clinic|Society|Association|Academy)\b"
    # ("from the University of Toronto": the body's word first, then its place)
    r"|(?:Hospital|University|College|Institute|Academy)[ \t]+of[ \t]+[A-Z])"
)


def of_another_body(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is said to be of a named hospital, university or institute."""
    return _OF_BODY.match(text, end) is not None


# "studied under Professor X", "a disciple of Prof. X", "trained under Dr. X": the teacher named is not the
# department's staff (the one who studied is)
# "the inheritor of the academic experience of Professor X", "carries on the academic thought of Dr Y": a master
# whose school a member of the department follows, named for the lineage, not as staff
_TEACHER = compiled(
    r"\b(?:(?:studied|trained|apprenticed|studying|training)[ \t]+under|(?:disciple|student|pupil|apprentice)s?"
    r"[ \t]+of|mentored[ \t]+by|taught[ \t]+by|tutelage[ \t]+of"
    r"|(?:inheritor|successor|heir|follower)s?[ \t]+(?:to|of)|(?:inherit|carr(?:y|ies|ied|ying)[ \t]+on|pass(?:es|ed)?"
    r"[ \t]+on|continu\w+)[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?(?:academic|clinical)[ \t]+(?:experience|thoughts?|ideas"
    r"|school|lineage|legacy)[ \t]+of|(?:academic|clinical)[ \t]+(?:experience|thoughts?|ideas|school|lineage|legacy)"
    r"[ \t]+of)[ \t]+(?:(?:the|a|an|famous|renowned|noted|old|well-known|national|late|master|TCM|[Ee]xpert"
    rf"|[Pp]hysician|[Dd]octor|Professor|Prof[.{MASK}]?|Dr[.{MASK}]?)[ \t]+){{0,7}}$",
    re.I,
)


def a_teacher(text: str, start: int) -> bool:
    """True when the (titled) name starting at ``start`` follows "studied under", "a disciple of" and the like."""
    return _TEACHER.search(text[max(0, start - 120) : start]) is not None


# "works closely with Dr X", "in collaboration with Prof. Y": a partner the team works with, not its staff
_PARTNER = compiled(
    r"\b(?:(?:works?|working|worked)[ \t]+(?:closely[ \t]+)?(?:together[ \t]+)?with|collaborat(?:es|ing|ed)[ \t]+"
    r"(?:closely[ \t]+)?with|in[ \t]+(?:close[ \t]+)?(?:collaboration|partnership|cooperation)[ \t]+with)[ \t]+$",
    re.I,
)


def named_outsider(text: str, start: int) -> bool:
    """True when the (titled) name starting at ``start`` is a teacher's (:func:`a_teacher`) or a partner's."""
    return a_teacher(text, start) or _PARTNER.search(text[max(0, start - 60) : start]) is not None


# a body the page leaves unnamed: "a cancer hospital in Beijing", "a provincial hospital", "another university"
_UNNAMED = (
    r"(?:an?|another)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:hospital|university|institute|college|cent(?:er|re)|clinic)s?\b"
)
# a doctor's trade in an apposition: "a colorectal surgeon", "a gynecologic oncologist", "an expert"
_TRADE = (
    r"(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:surgeon|physician|doctor|professor|expert|specialist|consultant"
    r"|\w+olog(?:ist|er))s?"
)
_ELSEWHERE = compiled(
    # "of a cancer hospital in Beijing", "from a provincial hospital in Haikou"
    rf"(?:[ \t]*,[ \t]*{_TRADE})?[ \t]*,?[ \t]+(?:of|from|at)[ \t]+{_UNNAMED}"
    # "X, a breast surgeon from Changsha,", "X, a colorectal surgeon from the United Kingdom,"
    rf"|[ \t]*,[ \t]*{_TRADE}[ \t]+from[ \t]+(?:the[ \t]+)?(?!Our\b|This\b|The\b)[A-Z]"
)
# the same sentence says the person works in the department: "joined the department", "has worked here since"
_STAYED = compiled(
    r"\b(?:joined|moved|returned|transferred|came[ \t]+(?:back|to[ \t]+(?:work|join))|settled|(?:has|have|had)"
    r"[ \t]+(?:been[ \t]+)?work(?:ed|ing)|works?[ \t]+(?:in|at|for)[ \t]+(?:the|our|this)[ \t]+(?:department|unit"
    r"|ward|hospital|cent(?:er|re))|now[ \t]+works?)\b",
    re.I,
)
# "the pathology department of a university hospital in Hangzhou, whose Prof. X": the staff of a body named first
_WHOSE = compiled(
    rf"\b{_UNNAMED}(?:[ \t]+(?:in|of|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}})?[ \t]*,?[ \t]+whose"
    rf"[ \t]+(?:(?:[a-z]+|Prof[.{MASK}]?|Professor|Dr[.{MASK}]?|Mr[.{MASK}]?|Mrs[.{MASK}]?|Ms[.{MASK}]?)[ \t]+){{0,3}}$"
)
# "Mr. X, a patient with lymphoma", "X, a 54-year-old patient", "patient Mr. Y", "the patient's daughter Ms. Z"
_PATIENT_AFTER = compiled(r"[ \t]*,[ \t]*(?:an?|the|our|one)[ \t]+(?:[\w-]+[ \t]+){0,2}?patient\b", re.I)
_PATIENT_BEFORE = compiled(
    r"\b(?:patient|patient['’]s[ \t]+(?:\w+[ \t]+)?(?:son|daughter|wife|husband|mother|father|family))[ \t]*,?"
    rf"[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mdm|Madam)[.{MASK}]?[ \t]+)?$",
    re.I,
)


def from_elsewhere(text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` to ``end`` is a patient's, or a doctor's of another body or place the page
    leaves unnamed or names only by its place; never when the sentence has them join or work in the department."""
    if _PATIENT_AFTER.match(text, end) or _PATIENT_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    if _WHOSE.search(text[max(0, start - 160) : start]) and "our" not in _clause_before(text, start).lower().split():
        return True
    if _ELSEWHERE.match(text, end) is None:
        return False
    return _STAYED.search(re.split(r"[.;\n]", text[end : end + 240], maxsplit=1)[0]) is None


def _clause_before(text: str, start: int) -> str:
    """The sentence's words before ``start`` (from its last full stop, semicolon or line break)."""
    before = text[max(0, start - 160) : start]
    return re.split(r"[.;\n]", before)[-1]
