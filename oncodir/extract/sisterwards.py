"""Whose the beds are when one sentence lists several wards, each with its own count.

"The Department of Gynecology has two wards: Ward 1 (general gynecology) with 45 beds, and Ward 2 (gynecologic
oncology) with 38 beds" gives, on the Gynecologic Oncology page, its own ward's 38 beds and a sister ward's 45.
So when a sentence lists two or more wards (a ward or unit named in the stretch of the sentence that holds a
count), the ward whose words hold every word of one of the department's names is the department's own; the others
are other units'. When no listed ward, or more than one, is named by the department's name and the sentence sets
them out as several wards ("has two wards: ..."), no ward is told from the others, and each is only a part of a
larger whole: none is taken for the department's count ("The ward has 32 beds; the sister ward of X has another 20
beds" sets out no list, and is left to the other rules). A count before
the list ("83 beds in two wards: ...", "42 beds on two wards (Ward 3A and Ward 3B)") is not a listed ward's and is
left to the other rules. Only the sentence
around a count is read.
"""

from __future__ import annotations

import re

from oncodir.extract.generic import unit_stems
from oncodir.extract.holders import OTHER, OWN, PART
from oncodir.extract.regexcache import compiled

_COUNT = compiled(r"\b\d+\s+(?:[\w-]+\s+)?beds?\b", re.I)
# where a listed ward's stretch may start: a colon or semicolon, or a comma or "and" between two counts
_LEAD = compiled(r"[:;]\s*", re.I)
# a ward named in the stretch: "Ward 2", "the East Ward", "general surgery ward", "Unit B" (never "two wards")
_WARD = compiled(r"\b(?:ward|unit|wing)\b(?!s)", re.I)
# "has two wards", "is organised in three units": the sentence sets out the wards it goes on to count
_SEVERAL = compiled(r"\b(?:two|three|four|five|[2-9])\s+(?:[\w-]+\s+)?(?:wards|units|wings)\b", re.I)
# a count's own words saying it is spread over several wards: the whole of them, no one listed ward's
_OVER_SEVERAL = compiled(
    r"\s+(?:[\w-]+\s+)?(?:on|in|across|over)\s+(?:its\s+|our\s+)?(?:two|three|four|five|[2-9])\s+"
    r"(?:[\w-]+\s+)?(?:wards|units|wings)\b",
    re.I,
)
# the words after a count that still describe its ward: "with 30 beds for thyroid surgery"
_TAIL = compiled(r"[^,;.:]*?(?=,|;|\.\s|\.$|:|\s+and\s+|$)", re.I)


def listed_ward(sentence: str, start: int, end: int, names: tuple[str, ...]) -> str | None:
    """Whose the count at ``sentence[start:end]`` is when it is one of several listed wards' counts, else None."""
    return next((whose for at, whose in _listed(sentence, names).items() if start <= at < end), None)


def _listed(sentence: str, names: tuple[str, ...]) -> dict[int, str]:
    """Whose each listed ward's count is, by the count's start in ``sentence``: {} when the sentence lists fewer
    than two wards with counts."""
    counts = list(_COUNT.finditer(sentence))
    if len(counts) < 2:
        return {}
    stretches: dict[int, str] = {}
    previous_end = 0
    for m in counts:
        leads = list(_LEAD.finditer(sentence, previous_end, m.start()))
        start = leads[-1].end() if leads else previous_end
        tail = _TAIL.match(sentence, m.end())
        words = sentence[start : m.start()] + " " + (tail.group() if tail else "")
        previous_end = m.end()
        if _OVER_SEVERAL.match(sentence, m.end()):  # "42 beds on two wards (Ward 3A and Ward 3B)": their whole
            continue
        if _WARD.search(words):
            stretches[m.start()] = re.sub(r"\([^)]*\)", lambda p: p.group()[1:-1], words)
    if len(stretches) < 2:
        return {}
    named = _named_by_own(stretches, names)
    if len(named) != 1:  # no listed ward, or several, named by the department's name: none is told apart when
        # the sentence sets them out as its several wards ("has two wards: ..."); else left to the other rules
        return dict.fromkeys(stretches, PART) if _SEVERAL.search(sentence) else {}
    return {s: OWN if s in named else OTHER for s in stretches}


def _named_by_own(stretches: dict[int, str], names: tuple[str, ...]) -> set[int]:
    """The listed wards whose words hold every word of the department's fullest name that any of them holds (so
    "Gynecologic Oncology" tells its ward from "general gynecology", where "Gynecology" alone would not)."""
    held = {at: unit_stems(words) for at, words in stretches.items()}
    for stems in sorted(map(unit_stems, names), key=len, reverse=True):
        named = {at for at, words in held.items() if stems and stems <= words}
        if named:
            return named
    return set()
