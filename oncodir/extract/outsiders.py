"""People a page names who are not the department's own: another named body's staff, and a staff member's teacher.

"Professor X of Riverside General Hospital comes to our department monthly" names a hospital's doctor, and
"studied under Professor Y" names who taught a member of the department: neither is its staff. Only the words
just after the name (its body) or just before it (a teacher's wording, or a partner's: "works closely with
Dr Z") are read.
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
