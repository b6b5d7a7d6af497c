"""A hospital's three-letter abbreviation, when the page defines it.

An abbreviation of four letters or more may stand for a hospital anywhere ("at FUSCC"); one of three letters
names too many other things (a society, a test, a country's health service) to be read as a hospital unless the
page itself defines it: "Pingliang First Hospital (PFH) ... the department of thoracic surgery of PFH",
"PFH (Pingliang First Hospital) ... The Urology Department at PFH".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from oncodir.extract.hospitals import NEAR_TOP, abbreviations
from oncodir.extract.regexcache import compiled

_DEFINED = compiled(r"[(（][A-Z]{3}[)）]|\b[A-Z]{3}\s*\(")  # a cheap first look: any bracket beside three capitals
_UNIT_BEFORE = (
    r"\b(?:[Dd]epartment|[Dd]ivision|[Cc]ent(?:er|re)|[Uu]nit|[Pp]rogram(?:me)?|[Ss]urgery|[Oo]ncology|[Ww]ard|"
    r"[A-Za-z]*olog(?:y|ie))\s+(?:of|at|in)\s+(?:the\s+)?"
)


@lru_cache(maxsize=2)
def _short(text: str) -> tuple[str, ...]:
    """The three-letter abbreviations the page defines for a hospital."""
    if _DEFINED.search(text, 0, NEAR_TOP) is None:
        return ()
    return tuple(a for a in abbreviations(text[:NEAR_TOP]) if len(a) == 3)


def unit_of_short(text: str) -> Iterator[re.Match[str]]:
    """'the department of thoracic surgery of PFH', 'X Department at PFH' where the page defines PFH."""
    short = _short(text)
    if short:
        pattern = re.compile(rf"{_UNIT_BEFORE}(?P<h>{'|'.join(short)})\b")
        yield from pattern.finditer(text)
