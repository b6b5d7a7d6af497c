"""The hospital an unlabelled address block opens with: its name on a line of its own, right over the street.

    Mountain Regional Health Centre
    711 Concession Street
    Hamilton, ON L8V 1C3

A page abroad often closes with its site's postal address and no "Contact" or "Address" label over it. The line
over the street line (a house number and a street word) names the place the department is, when it is an
institution's name ("... Hospital", "... Health Centre", "... Medical Center", "... Infirmary") and no unit's
("Palliative Care Unit", "Department of X"). Only when the page holds one such block, or all its blocks name the
same place: two blocks naming two places (a partner's address beside the site's) give none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from oncodir.extract.generic import generic
from oncodir.extract.regexcache import compiled

# "711 Concession Street", "12-14 Rue Paul Bert", "1120 Aurora Ave N": a house number, then a street's words
_STREET = compiled(
    r"^\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Place|Parkway|Crescent|Court|"
    r"Highway|Terrace)\b"
    r"|^\d{1,5}[ \t]+(?:rue|avenue|boulevard|chemin|via|calle)\b",
    re.I,
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|of|the|and|&|de|du|la)"
# a place's name in title case, ending in an institution's word
_PLACE = compiled(
    rf"(?:The[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,7}}[ \t]+"
    r"(?:Hospital|Infirmary|(?:Health|Medical|Cancer|Health[ \t]+Sciences?)[ \t]+Cent(?:er|re)|Health[ \t]+System))"
)
_UNIT = compiled(r"\b(?:Department|Dept|Division|Unit|Ward|Program(?:me)?|Service|Clinic|Wing|Floor|Building)\b")


def street_block_hospital(lines: list[str]) -> str | None:
    """The one institution named on a line of its own over a street line, or None."""
    rows = [line.strip() for line in lines if line.strip()]
    found = set()
    for above, row in pairwise(rows):
        if not row[:1].isdigit() or not _STREET.match(row):
            continue
        m = _PLACE.fullmatch(above)
        if m and not _UNIT.search(above):
            found.add(m["name"])
    return found.pop() if len(found) == 1 and not generic(next(iter(found))) else None
