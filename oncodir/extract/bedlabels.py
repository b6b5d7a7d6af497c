"""A bed count set out as a label's value: "Beds: 52", "Number of beds - 52", "a bed capacity of 52".

The label's count is read as a count, with its qualifier ("Beds: about 40"); whose it is, :mod:`.holders` says,
as for a count in a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract.facts import unmask
from oncodir.extract.holders import Own, holder
from oncodir.extract.regexcache import compiled

# A count set out as a label's value: "Beds: 52", "Number of beds - 52", "a bed capacity of 52"
_BED_LABEL = compiled(
    r"(?<![\w-])(?:(?:total\s+)?(?:number\s+of\s+)?(?:(?:inpatient|hospital|open|approved)\s+)?beds?"
    r"(?:\s+(?:count|capacity|number))?\s*(?:[:：]|\s[–-])|bed\s+capacity\s+of)\s*"
    r"(?:(?P<q>about|approx\.?|approximately|over|more\s+than|nearly)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})"
    r"(?![\d.,]\d|\s*%|-)",
    re.I,
)


def labelled_beds(sentence: str, own: Own) -> list[tuple[str, int, dict[str, Any], str]]:
    """The counts set out as a label's value in the sentence: whose each is, its rank, quantity and wording."""
    said = [(m, unmask(" ".join(m.group().split()))) for m in _BED_LABEL.finditer(sentence)]
    return [(holder(sentence, m.start(), m.end(), own), 1, _labelled(m), text) for m, text in said]


def _labelled(m: re.Match[str]) -> dict[str, Any]:
    """The label's count and its qualifier ("approx." written out)."""
    q: dict[str, Any] = {"value": int(m["n"].replace(",", ""))}
    if m["q"]:
        q["qualifier"] = re.sub(r"^approx\.?$", "approximately", m["q"].lower())
    return q
