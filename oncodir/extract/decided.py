"""A treatment named only as what a board or a meeting decides on, not as one the department gives.

"Chemoradiotherapy is decided at the weekly head and neck cancer board with the Department of Radiation Oncology":
the board chooses the treatment; the sentence does not say who gives it (here another unit does). A treatment the
department gives is said so elsewhere on its page. The sentence may go on to say the department gives it ("...
is decided at the tumour board and given in our ward"): then it is the department's own. The board's own
multidisciplinary care is never left out by this rule. Asked by :mod:`.nothere` for treatments.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.meetings import TEAMWORK
from oncodir.extract.regexcache import compiled

_MEETING = (
    r"(?:[\w-]+\s+){0,6}?(?:boards?|MDTs?|MDT\s+meetings?|meetings?|conferences?|panels?|"
    r"(?:multidisciplinary|tumou?r|cancer)\s+(?:teams?|rounds?|clinics?))\b"
)
# "X is decided at the weekly cancer board", "X are decided on by the tumour board", "X is determined in the MDT"
_DECIDED_AT = compiled(
    r"\s+(?:is|are|will\s+be|is\s+always|are\s+always)\s+(?:\w+ly\s+)?(?:decided|determined|agreed|chosen|"
    r"recommended|indicated)\s+(?:(?:up)?on\s+)?(?:at|in|by|during|within)\s+(?:the|a|an|our|each)\s+" + _MEETING,
    re.I,
)
# "the decision on adjuvant X is made at the MDT": the decision named before the treatment
_DECISION_ON = compiled(
    r"\b(?:decisions?|indications?)\s+(?:on|for|about|of|regarding)\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DECISION_MADE = compiled(
    r"[^.;:]{0,40}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:made|taken|set|reached)\s+(?:at|in|by|during|within)\s+"
    r"(?:the|a|an|our|each)\s+" + _MEETING,
    re.I,
)
# "... and given in our ward", "... and delivered by the department": the department gives it after all
_THEN_OURS = compiled(
    r"[^.;]{0,80}?\band\s+(?:then\s+)?(?:is\s+|are\s+)?(?:given|delivered|performed|administered|carried\s+out|"
    r"done)\s+(?:\w+ly\s+)?(?:in|by|on|at)\s+(?:our|this|the\s+(?:department|unit|ward|clinic|team)\b)",
    re.I,
)


def decided_at_board(text: str, m: Mention, hi: int) -> bool:
    """Whether the sentence names the treatment only as a board's or a meeting's decision."""
    if TEAMWORK in m.terms:
        return False
    found = _DECIDED_AT.match(text, m.end, hi)
    if found is None and _DECISION_ON.search(text, max(0, m.start - 60), m.start):
        found = _DECISION_MADE.match(text, m.end, hi)
    return found is not None and not _THEN_OURS.match(text, found.end(), hi)
