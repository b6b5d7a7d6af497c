"""County-level cities (县级市) beside prefecture cities: which one a page's place names.

The gazetteer holds county-level cities (Yiwu, Kunshan) as well as the prefecture seats; :mod:`.places` reads both in
the same contexts. Three things are the county-level city's own:

- written beside its own prefecture ("Yiwu City, Jinhua, Zhejiang", "Kunshan, Suzhou", 浙江省金华市义乌市), the
  place is the county-level city: the prefecture is only its address's next line, and it is left out;
- a name a prefecture seat shares with a county-level city ("Ji'an": Jiangxi's prefecture city, Jilin's county-level
  city) means the seat, unless the page names the other's province and not the seat's;
- written right before another prefecture city than its own ("Wuchang, Wuhan, Hubei": a district of Wuhan named
  like Heilongjiang's county-level city Wuchang), the name is that city's district's, and it is left out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from oncodir.extract.regexcache import compiled
from oncodir.geo import City

# between a county-level city and its prefecture: "Yiwu City, Jinhua", "Kunshan, Suzhou", "金华市义乌市"
_BESIDE = compiled(r"^(?:[ \t]*(?:City|city|Shi|市))?[ \t]*[,，]?[ \t]*$")

Candidate = tuple[int, int, list[City]]


def beside(text: str, found: list[Candidate]) -> set[int]:
    """The starts of names to leave out because of the name written right beside them: a prefecture beside one of
    its own county-level cities, before or after it (the county-level city is the place); a county-level city's
    name right before another prefecture's city ("Wuchang, Wuhan": a district of that city, named alike)."""
    skip: set[int] = set()
    ordered = sorted(found, key=lambda c: c[0])
    for (s1, e1, first), (s2, _e2, second) in pairwise(ordered):
        gap = text[e1:s2]
        if not _BESIDE.match(gap):
            continue
        if _belongs(first, second):
            skip.add(s2)
        elif _belongs(second, first) or ("," in gap and _district_of(first, second)):
            skip.add(s1)
    return skip


def _district_of(first: list[City], second: list[City]) -> bool:
    """Whether a name only county-level cities bear is written right before a prefecture seat's: a district's."""
    return all(c.county_level for c in first) and any(not c.county_level for c in second)


def _belongs(county: list[City], prefecture: list[City]) -> bool:
    seats = {(c.name, c.province) for c in prefecture if not c.county_level}
    return any(c.county_level and (c.prefecture, c.province) in seats for c in county)


def seat_or_county(cities: list[City], text: str) -> list[City]:
    """Of a name several cities share, the one prefecture seat when the others are county-level cities, unless the
    page names a county-level one's province and not the seat's; [] when that does not settle it."""
    seats = [c for c in cities if not c.county_level]
    if len(seats) != 1 or len(seats) == len(cities):
        return []
    named = {c.province for c in cities if re.search(rf"\b{re.escape(c.province)}\b", text)}
    return seats if not named or seats[0].province in named else []
