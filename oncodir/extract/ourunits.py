"""Another unit of the department's own hospital, named after "our" ("provided by our Cancer Centre").

"Our" mostly names the department's own people and places ("given in our day ward", "by our nurses", "in our
Breast Centre" on a breast surgery page), but a page says "our" of its hospital's other units too: "Chemotherapy and
radiotherapy are provided by our Cancer Centre", "referred to our Radiation Oncology Department". A name in title
case after "our" that ends in a unit's word is another unit's when it has words none of the department's names has
(and is no day, outpatient or inpatient place, which may be the department's own). Asked by :mod:`.elsewhere` for
the words after "given by", "referred to".
"""

from __future__ import annotations

import re

from oncodir.extract.generic import one_spelling, own_stems, unit_stems
from oncodir.extract.regexcache import compiled

# "our Cancer Centre", "our Radiation Oncology Department": a name that ends in a unit's word
_OUR_NAMED = compiled(
    r"^(?i:our)\s+(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Cent(?:er|re)|Department|Division|Institute|Hospital)s?)\b"
)
# a place where the department itself may give its treatments
_OWN_PLACE = compiled(r"\b(?:day|outpatients?|out-patients?|inpatients?|in-patients?|ambulatory|ward)\b", re.I)


def our_other_unit(unit: str, own_names: set[str]) -> bool:
    """Whether words beginning with "our" name another unit of the hospital, not the department."""
    found = _OUR_NAMED.match(unit.strip())
    if found is None or _OWN_PLACE.search(found["name"]):
        return False
    words = unit_stems(one_spelling(found["name"]))
    return bool(words) and not words <= own_stems(map(one_spelling, own_names))
