"""Beds of a ward or floor the department shares with another team, and the department's share of them.

A ward another team uses too ("Ward C5, which has 30 beds and is shared with the Urology team", "a shared ward
of 30 beds", "the department shares the 6th floor ward with Thyroid Surgery, 72 beds in all") holds beds that
are not the department's own; nor does a floor the page says the department is on "together with" another
unit ("... together with Vascular Surgery; there are 60 beds on this floor"). The part of a shared ward the page
gives the department by its own patients ("..., of which 38 beds are for breast patients" on the Breast Surgery
page) is the department's. Every pattern reads only the sentence around a count.
"""

from __future__ import annotations

import re

from oncodir.extract.generic import unit_stems
from oncodir.extract.regexcache import compiled

# (after the count: "shares a laboratory with Urology" shares something else; "56 beds and 10 beds shared with
# Gynecology": the sharing is the second count's)
_SHARED_AFTER = compiled(
    r"(?:(?!\bbeds?\b)[^.;,\d]){0,40}?\b(?:(?:is|are|being)\s+shared|shared\s+(?:with|between|by|among))\b", re.I
)
_SHARED_BEFORE = compiled(
    r"\b(?:shared\s+(?:with|between|by|among)\b|shared\s+(?:[\w-]+\s+){0,2}?(?:ward|unit|floor)\b|"
    # "The department shares the 6th floor ward of the Surgical Building with Thyroid Surgery, 72 beds in all"
    r"shar(?:e|es|ing)\s+(?:[\w-]+\s+){0,6}?(?:ward|floor|unit|wing|beds)\b[^.;]{0,60}?\bwith\b|"
    # "The department and Cardiac Surgery share a ward of 80 beds": two subjects, one ward; "run jointly with
    # Obstetrics; together they have 90 beds"
    r"\b(?:and|&)\s+[^.;]{1,60}?\bshare\s+(?:a|the|one)\s+(?:[\w-]+\s+){0,3}?(?:ward|floor|unit|wing)\b|"
    r"\b(?:jointly|together\s+they|between\s+them)\b)[^.;]{0,60}$",
    re.I,
)
_CLAUSE_START = compiled(r".*(?:[.;]\s|,\s+(?:and|but|while|whereas)\s)", re.S)
# A ward named by its size, then said to be shared: "a 30-bed ward shared with Urology"
_SIZED_SHARED = compiled(r"[^.;]{0,60}?\bshar(?:e|es|ed|ing)\b", re.I)
# "there are 60 beds on this floor": a floor's or a building's beds, after the sentence put another unit there
_ON_THE_FLOOR = compiled(r"\s+(?:on|in)\s+(?:this|that|the\s+same|the\s+whole)\s+(?:floor|storey|level|building)\b")
_TOGETHER = compiled(r"\b(?:together|along)\s+with\s+(?:the\s+)?[A-Z]", re.I)
# "of which 38 beds are for breast patients": a part of the shared ward, named by whose patients use it
# A clause whose subject points back at the ward just named: "the ward has", "this floor holds", "it has"
_ANAPHOR = compiled(r"\s*(?:(?:the|this|that)\s+(?:ward|floor|unit|wing)|it)\s+(?:has|have|holds|contains)\s+$", re.I)
# "..., of which 30 are assigned to head and neck surgery": the share of a shared ward a team is given, by its name
_SHARE = compiled(
    r",?\s+(?:of\s+(?:which|these|them)|among\s+them)\s+(?P<n>\d{1,3})\s+(?:beds?\s+)?(?:are|is)\s+"
    r"(?:assigned|allocated|reserved|set\s+aside|used|allotted)?\s*(?:to|for)\s+(?:the\s+)?(?P<whose>[a-z&\s-]{3,60}?)"
    r"(?:\s+(?:patients|cases|team|department|service))?(?=\s*[,.;)]|\s*$)",
    re.I,
)
_OF_WHICH = compiled(r"\b(?:of\s+which|of\s+these|of\s+them|among\s+them)\s+$", re.I)
_FOR_PATIENTS = compiled(
    r"\s+(?:are\s+|is\s+)?(?:reserved\s+|set\s+aside\s+|used\s+)?for\s+(?P<whose>(?:[a-z-]+\s+){1,3}?)"
    r"(?:patients|cases)\b",
    re.I,
)


def shared_ward(sentence: str, start: int, end: int) -> bool:
    """Whether the count at ``sentence[start:end]`` is of a ward or floor shared with another team: the clause
    says so before the count or right after it, or the count is a floor's where another unit is too."""
    lead = _CLAUSE_START.match(sentence, 0, start)
    before = sentence[lead.end() if lead else 0 : start]
    if _SHARED_AFTER.match(sentence, end) or _SHARED_BEFORE.search(before):
        return True
    if lead and _ANAPHOR.match(before):
        previous = re.sub(r"(?:[.;]|,\s+\w+)\s*$", "", sentence[: lead.end()])
        return bool(
            _SHARED_BEFORE.search(previous)
        )  # "... shares the 9th-floor ward with ENT; the ward has 64 beds": that ward, the shared one
    return bool(_ON_THE_FLOOR.match(sentence, end) and _TOGETHER.search(sentence, 0, start))


def sized_shared(sentence: str, end: int) -> bool:
    """Whether a ward named by its size ending at ``end`` is said to be shared ("a 30-bed ward shared with ...")."""
    return bool(_SIZED_SHARED.match(sentence, end))


def named_share(sentence: str, end: int, names: tuple[str, ...]) -> int | None:
    """The department's share of a shared ward whose count ends at ``end``, when the page gives it by the
    department's name ("the ward has 64 beds, of which 30 are assigned to head and neck surgery"); else None."""
    m = _SHARE.match(sentence, end)
    if m is None:
        return None
    return int(m["n"]) if _for_own(m["whose"], names) else None


def own_share(sentence: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Whether a count within a shared ward ("of which 38 beds are for breast patients") is the department's:
    the patients it is for are named by a word of the department's own name."""
    if not _OF_WHICH.search(sentence, max(0, start - 30), start):
        return False
    m = _FOR_PATIENTS.match(sentence, end)
    if m is None:
        return False
    return _for_own(m["whose"], names)


def _for_own(whose: str, names: tuple[str, ...]) -> bool:
    """Whether the words of whom a share is for are all words of one of the department's names."""
    stems = unit_stems(whose)
    return bool(stems) and any(stems <= unit_stems(n) for n in names)
