"""The department's share of a larger unit's beds, given right after the larger unit's count.

A department that is one ward of a centre may give the centre's beds and then its own part of them: "The Orthopedic
Center has 210 beds in total, and our ward has 36 of them", "The Surgical Building holds 400 beds, 48 of which are
ours", "The Oncology Center has 180 beds, of which 40 are in our department", "The Cancer Center has 300 beds; we
use 60 of them". The part is the department's count; the whole is not. Only a part the sentence gives to the
department itself ("our ward", "we", "this department", "ours") counts: "the Spine Surgery ward has 36 of them" or
"36 of them are ICU beds" give another's part, or none. Only the rest of the count's own sentence is read.
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

_SELF = r"(?:(?:our|this)\s+(?:own\s+)?(?:ward|department|unit|division|service|team|section|wing)|the\s+department|we)"
_PART = r"(?P<n>\d{1,3})(?!\s*%)"
_OF_THEM = r"of\s+(?:them|these|those|which|the(?:se|m|ir)?\s+beds)\b"
# "and our ward has 36 of them", "we run 40 of these", "this department uses 36 of the beds"
_SELF_HAS = compiled(
    rf"\b{_SELF}\s+(?:has|have|holds?|owns?|uses?|runs?|occup(?:y|ies)|takes?\s+up|(?:is|are)\s+(?:allocated|given))\s+"
    rf"(?:(?:about|around|nearly)\s+)?{_PART}\s+{_OF_THEM}",
    re.I,
)
# "36 of which are ours", "48 of them belong to our ward", "of which 40 are in our department", "of these, 30 are ours"
_OURS = compiled(
    rf"(?:\b{_PART}\s+(?:beds\s+)?{_OF_THEM}|\b{_OF_THEM}\s*,?\s+{_PART.replace('<n>', '<m>')}\s+(?:beds\s+)?)"
    rf"\s*(?:are|is)\s+(?:ours\b|(?:in|on|for|with)\s+{_SELF}\b)|"
    rf"\b{_PART.replace('<n>', '<k>')}\s+(?:beds\s+)?(?:{_OF_THEM}\s+)?belong\s+to\s+(?:us\b|{_SELF}\b)",
    re.I,
)
_READ = 120  # characters after the count: the rest of its sentence


def our_share(sentence: str, end: int) -> int | None:
    """The department's part of the bed count ending at ``end``, when the rest of its sentence gives it; else None."""
    rest = re.split(r"\.\s", sentence[end : end + _READ], maxsplit=1)[0]
    m = _SELF_HAS.search(rest) or _OURS.search(rest)
    return int(next(n for n in m.groups() if n)) if m else None
