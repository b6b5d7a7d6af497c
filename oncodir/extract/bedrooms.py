"""A ward the page sizes by its single-bed rooms: so many rooms of one bed each are so many beds.

"the radionuclide therapy ward with 6 shielded single-bed rooms", "our iodine therapy ward has 8 single-bed rooms",
"an isolation ward of five single-bed rooms": a ward of N rooms with one bed each has N beds. Read only when the
rooms are the department's own ward's (:func:`.holders.holder` names no one else), when no bed count comes before
them in the sentence ("30 beds, including 6 single-bed rooms" is a part of the 30) and when no other kind of room
is counted beside them ("8 double rooms and 4 single-bed rooms": the beds are more than the single rooms). A plain
bed count anywhere on the page comes first. "single rooms" alone may hold a bed for a relative too: not read.
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract.generic import unit_stems
from oncodir.extract.holders import A_BED_COUNT, Own, holder
from oncodir.extract.regexcache import compiled

_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_SINGLE_BED_ROOMS = compiled(
    rf"(?<![\w,.])(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:single|one)-bed(?:ded)?\s+(?:rooms?|wards?|cubicles?)\b",
    re.I,
)
# a count of beds, or of rooms holding more than one bed, elsewhere in the sentence
_OTHER_COUNT = compiled(rf"{A_BED_COUNT}|\b(?:double|twin|two-bed|multi-bed)\s+rooms?\b", re.I)
_WARD = compiled(r"\b(?:ward|unit|wing)\b", re.I)
# "The Department of Interventional Radiology has a ward of 6 single-bed rooms": a unit named by its name
_NAMED_UNIT = compiled(
    r"\b(?:Department|Division|Cent(?:er|re)|Unit|Ward)\s+of\s+(?:[A-Z][\w-]*\s*){1,4}|"
    r"(?:(?!(?:The|Our|This|Its|Their)\b)[A-Z][\w-]*\s+){1,4}(?:Department|Division|Cent(?:er|re)|Unit|Ward)\b"
)


def single_bed_rooms(sentence: str, own: Own) -> list[re.Match[str]]:
    """The counts of single-bed rooms a sentence gives a ward of, when they are the ward's whole size and no unit
    but the department is named before them."""
    found = []
    for m in _SINGLE_BED_ROOMS.finditer(sentence):
        if _OTHER_COUNT.search(sentence) or not _WARD.search(sentence, 0, m.start()):
            continue
        if any(not _own(n.group(), own) for n in _NAMED_UNIT.finditer(sentence, 0, m.start())):
            continue
        found.append(m)
    return found


def _own(unit: str, own: Own) -> bool:
    """Whether a unit named in the sentence is the department (its words are those of one of its names)."""
    stems = unit_stems(unit)
    return not stems or any(stems == unit_stems(name) for name in own.names)


def room_beds(sentence: str, own: Own, rank: int) -> list[tuple[str, int, dict[str, Any], str]]:
    """Each ward sized by its single-bed rooms in the sentence: whose it is, the rank given, its beds and wording."""
    return [
        (holder(sentence, m.start(), m.end(), own), rank, {"value": rooms_value(m), "note": m.group()}, m.group())
        for m in single_bed_rooms(sentence, own)
    ]


def rooms_value(m: re.Match[str]) -> int:
    """The number of rooms, written in digits or as a word."""
    n = m["n"].lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS.index(n) + 1
