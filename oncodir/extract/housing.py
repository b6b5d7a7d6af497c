"""Where a page says its department is housed: the hospital around it.

- "The department is located on the 9th floor of the Surgery Building of Y Hospital", "The program is based at
  Y Medical Center", "The Department of X of Z University is located at Y Hospital": the department (not any
  sentence's subject) is housed there;
- the same with the place first: "Located on the 5th floor of Building 2 of Y Hospital, the department has 45
  beds", "Housed in the east wing of Y Hospital, our ward ...", "Situated inside Y Hospital's inpatient
  building, the Department of X ...": a phrase that places, then the department as the sentence's subject.

A sentence whose subject is another unit or a person ("Located in Y Hospital, the partner clinic ...", "Based at
Y Hospital, Dr. Z ...") says nothing of the department's own hospital.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from oncodir.extract.hospitals import HOSPITAL_NAME
from oncodir.extract.regexcache import compiled

_HOUSED = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:It|We|Our\s+[a-z]+|(?:The|This|Our)\s+(?:[A-Z]?[a-z]+\s+){0,3}?"
    r"(?:department|division|unit|ward|clinic|centre|center|program|programme)|(?:The\s+)?(?:[A-Z][\w-]*\s+){1,6}?"
    r"(?:Department|Division|Unit|Ward|Clinic|Cent(?:er|re)|Program(?:me)?)\b[^.!?\n]{0,80}?)\s+(?:is|are)\s+"
    r"(?:now\s+)?(?:located|situated|housed|based)\s+(?:at|in|on)\s+(?:the\s+)?(?:[^.!?\n]{0,80}?\s+of\s+(?:the\s+)?)?"
    rf"{HOSPITAL_NAME}",
    re.M,
)

# "Located on the 5th floor of Building 2 of Y Hospital, the department has ...": the placing phrase first
_HOUSED_FIRST = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Located|Situated|Housed|Based|Sited)\s+(?:at|in|on|inside|within)\s+(?:the\s+)?"
    r"(?:[^.!?,\n]{0,80}?\s+(?:of|in|at)\s+(?:the\s+)?)?"
    rf"{HOSPITAL_NAME}(?:['’]s\s+[^.!?,\n]{{0,40}}?)?,\s+"
    # the department itself is the subject after the comma (not a partner unit, not a person)
    r"(?=(?i:the|this|our)\s+(?:[A-Za-z]+\s+){0,3}?(?i:department|division|unit|ward|clinic|cent(?:er|re)|"
    r"program(?:me)?|team|service)\b(?!\s+of\s+(?:the\s+)?[A-Z][^.!?\n]{0,60}?\b(?:University|College))"
    r"|(?:we|it)\b|(?:[A-Z][\w-]*\s+){1,5}(?:Department|Division|Unit|Ward|Clinic|Cent(?:er|re)|Program(?:me)?)\b)",
    re.M,
)
# a partner's or another unit's subject after the comma: "the partner clinic", "our sister department"
_OTHER_SUBJECT = compiled(
    r"(?:the|this|our)\s+(?:[a-z]+\s+){0,2}?(?:partner|sister|affiliated|cooperating|referring|other|neighbou?ring)\b",
    re.I,
)


def housed(text: str) -> Iterator[re.Match[str]]:
    """Every sentence saying the department is housed in a hospital (either word order), in page order."""
    first = (m for m in _HOUSED_FIRST.finditer(text) if not _OTHER_SUBJECT.match(text, m.end()))
    yield from heapq.merge(_HOUSED.finditer(text), first, key=lambda m: m.start())
