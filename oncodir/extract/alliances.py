"""A hospital the page names as a partner, or as a visitor's own: never the department's hospital.

A page of a smaller hospital often names a larger one it works with: "our hospital is a member of the medical
alliance of Y Hospital", "in 2019 we joined the Y Hospital Medical Consortium", "the paired-assistance partner Y
Hospital". A later mention of the same hospital in a unit's form ("Professor A, chief physician of thoracic surgery
of Y Hospital, comes to our department every month") is then the partner's unit, not the department's. So is a
unit whose people come to "our department" or visit "our hospital" in the same sentence ("Experts of the Department
of Oncology of Y Hospital visit our ward twice a month"): the department is another than theirs.

Only the mention's own sentence and the name's other mentions are read (each a short window), never the whole page.
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

# the words before a hospital that make it a partner: a member of its alliance, joined it, paired with it
_PARTNER_BEFORE = compiled(
    r"\b(?:members?\s+(?:unit\s+|hospital\s+)?of|joined|alliances?|consortium|consortia|network|partners?|partnered|"
    # ("with the cooperation of relevant departments, we established the Center of Y Hospital": no partner)
    r"sister|(?:cooperat|collaborat)\w*\s+with|counterpart|paired|pairing|twinned|aided\s+by|assisted\s+by|"
    r"supported\s+by|led\s+by|leading\s+hospital\s+is)\b[^.;,!?\n]{0,60}$",
    re.I,
)
# "Y Hospital Medical Alliance", "Y Hospital Medical Consortium": the name heads a group of hospitals
_GROUP_AFTER = compiled(r"[^\S\n]+(?:Medical[^\S\n]+)?(?:Alliance|Consortium|Network|Group)\b")
# "..., comes to our department every month", "visit our ward": the unit's people are visitors
_COMES_TO_US = compiled(
    r"[^.;!?\n]{0,160}?\b(?:comes?|came|coming|visits?|visited|visiting|travels?|goes|go)\s+(?:to\s+)?"
    r"(?:our|this)\s+(?:department|hospital|ward|unit|cent(?:er|re)|clinic)\b",
    re.I,
)
_MENTIONS = 20  # a name's other mentions read, at most


def partners(text: str, name: str, end: int) -> bool:
    """True when the hospital ``name``, found in a unit's form ending at ``end``, is a partner's or a visitor's:
    the sentence says its people come to "our department", or another mention names it as a partner."""
    return _COMES_TO_US.match(text, end, min(len(text), end + 200)) is not None or named_as_partner(text, name)


def named_as_partner(text: str, name: str) -> bool:
    """True when one mention of the hospital ``name`` (of its first few) names it as a partner or an alliance's."""
    at = text.find(name)
    for _ in range(_MENTIONS):
        if at < 0:
            return False
        line = text.rfind("\n", 0, at) + 1
        if _PARTNER_BEFORE.search(text, max(line, at - 120), at) or _GROUP_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False
