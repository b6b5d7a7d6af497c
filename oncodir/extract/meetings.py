"""A multidisciplinary meeting a page names by its title.

"Patients are discussed at the weekly Skin Cancer Multidisciplinary Meeting": the words are in title case,
like an institution's name, but the meeting is where the department's patients are discussed, and the
multidisciplinary care is the department's own. The page must say the meeting works for it (patients
discussed there, a weekly meeting); a name that goes on after the meeting's words ("the Multidisciplinary
Team Oncology Society") and a group one is a member of still name a body, not the department's meeting.

The cancers of the boards a department is a member of ("a member of the tumour boards for thyroid and urological
tumours of the Cancer Centre") are the boards' subjects, not cancers it says it treats (:func:`board_subject`); so
is a cancer that names a team the department takes part in ("the hospital's lung cancer and digestive tumor teams"
in a sentence on MDTs), not one it holds ("holds a weekly hepatobiliary and pancreatic tumor MDT").

A team meeting's name (:func:`phrase_is_teamwork`) is read by :mod:`.elsewhere` too: its partners are part of it,
and its clause ends at ", and" (:func:`team_clause`).
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention, own_words
from oncodir.extract.regexcache import compiled

TEAMWORK = "multidisciplinary care"  # partners and other units are part of it: not a reason to leave it out
# the meeting's own head word ends the mention: "... Multidisciplinary Meeting", "... Tumour Board"
_MEETING_HEAD = compiled(r"\b(?:meetings?|boards?|conferences?|teams?|clinics?|discussions?|groups?)$", re.I)
# the title goes on with another capitalised word: a body's name ("... Meeting Society", "... Team Centre")
_NAME_GOES_ON = compiled(r"[^\S\n]+(?:of[^\S\n]+)?[A-Z]")
# the page says patients are discussed there or that it meets regularly: a working meeting, not a body one joins
# ("a member of the Irish Skin Cancer Multidisciplinary Group" names no meeting of the department's)
_MEETS = compiled(
    r"\b(?:discuss\w*|review\w*|present\w*|weekly|monthly|fortnightly|daily|held|holds?|runs?)\b[^.;:!?]{0,80}$",
    re.I,
)


def titled_meeting(text: str, m: Mention) -> bool:
    """Whether a title-case mention is the name of a multidisciplinary meeting, which ends with it."""
    if TEAMWORK not in m.terms or not _MEETING_HEAD.search(m.phrase):
        return False
    return not _NAME_GOES_ON.match(text, m.end) and bool(_MEETS.search(text, max(0, m.start - 100), m.start))


_TEAM_WORDS = compiled(r"\b(?:MDTs?|tumou?r\s+boards?|cancer\s+boards?|multi-?disciplinary)\b", re.I)


def phrase_is_teamwork(phrase: str) -> bool:
    """A team meeting's name ("tumour board with the Departments of ..."): its partners are part of it."""
    return bool(_TEAM_WORDS.search(phrase))


def team_clause(after: str) -> str:
    """The words after a team's name up to ", and", where a clause of its own begins: "discussed at the weekly MDT,
    and radiotherapy is given by the Department of X" says nothing of who runs the MDT."""
    return re.split(r",\s+and\s", after, maxsplit=1)[0]


# "is a (permanent) member of the interdisciplinary tumour boards for thyroid, neuroendocrine and urological tumours"
_MEMBER_OF_BOARD = compiled(
    r"\b(?:members?|membership|represented|sits?|seats?)\s+(?:(?:of|on|in|at)\s+)?(?:the\s+|several\s+|\w+\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:tumou?r|cancer|oncology)\s+boards?\s+(?:for|on|of)\s+[^.;:!?\n]{0,100}$",
    re.I,
)


# "presented at the urological cancer tumour board", "the hospital's lung cancer and digestive tumor teams" (in a
# sentence about MDTs): the cancer names another's team, a subject it meets on, not what the department says it
# treats; a bare team or group ("the head and neck tumor group of the department treats ...") is a part of it
_TEAM_AFTER = compiled(
    r"(?:\s*(?:,|\band\b|&|/)\s*(?:[\w-]+\s+){0,3}?(?:tumou?rs?|cancers?|malignanc(?:y|ies)|oncology|neoplasms?|"
    r"carcinomas?))*[^\S\n]+(?P<head>MDTs?\b|multi-?disciplinary[^\S\n]+"
    r"(?:teams?|meetings?|clinics?|groups?|conferences?|boards?|discussions?)\b|(?:tumou?r|cancer)[^\S\n]+boards?\b|"
    r"teams\b|groups\b)",
    re.I,
)
# "the department holds a weekly hepatobiliary and pancreatic tumor MDT": a team of its own says what it treats
_OWN_TEAM = compiled(r"\b(?:holds?|held|runs?|built|builds?|established|set\s+up|organi[sz]e[sd]?|leads?|led|hosts?|"
                       r"chairs?|our|its\s+own)\b[^.;:!?]*$", re.I)  # fmt: skip
_TEAM_SENTENCE = compiled(r"\b(?:MDTs?|multi-?disciplinary|tumou?r\s+boards?)\b", re.I)


def board_subject(text: str, m: Mention, lo: int) -> bool:
    """Whether a cancer is named only as the subject of a tumour board the department is a member of, or as the
    name of a team that meets on it."""
    start = own_words(text, m)  # (read before the mention's own words)
    if _MEMBER_OF_BOARD.search(text, max(lo, start - 200), start):
        return True
    team = _TEAM_AFTER.match(text, m.end, m.end + 100)
    if team is None or _OWN_TEAM.search(text, lo, start):
        return False
    plural = team["head"].lower() in ("teams", "groups")
    return not plural or bool(_TEAM_SENTENCE.search(text, lo, team.start("head")))
