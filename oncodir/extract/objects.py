"""Cancers a page names only as what a treatment given elsewhere is for.

"Palliative radiotherapy of bone metastases stays under the responsibility of the radiotherapy department",
"Patients who need radiotherapy of bone metastases are referred to X Hospital", "Surgery for liver metastases is done
by the hepatobiliary surgeons": the cancer is the object of the treatment, and the treatment is another unit's, so the
cancer is named for that unit's work, not as one the department treats. A cancer the department treats is named
again elsewhere on its page ("We treat bone metastases with our own radiotherapy"), and that mention keeps it.
:func:`object_of` finds the treatment; :mod:`.terms` asks whether it is another's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# the treatment, then what it is for: "radiotherapy of bone metastases", "surgery for (the) liver metastases",
# "radiosurgery of brain and bone metastases" (an organ list before the mention's own words)
_OBJECT_GAP = compiled(
    r"\s+(?:of|for|against)\s+(?:the\s+|patients\s+with\s+|(?:painful|symptomatic|multiple|solitary|oligo\w*)\s+)?"
    r"(?:[\w-]+(?:\s*,\s*|\s+(?:and|or|&)\s+)){0,3}",
    re.I,
)


class Treatments:
    """The treatment mentions of a page, found by where they end."""

    def __init__(self, mentions: Iterable[Mention], treatments: set[str]) -> None:
        found = sorted((m for m in mentions if not treatments.isdisjoint(m.terms)), key=lambda m: m.end)
        self._ends = [m.end for m in found]
        self._mentions = found

    def object_of(self, text: str, cancer: Mention) -> Mention | None:
        """The treatment whose object the cancer mention is ("radiotherapy of bone metastases"), or None."""
        start = cancer.start
        for k in range(bisect_left(self._ends, start - 60), bisect_right(self._ends, start)):
            m = self._mentions[k]
            if _OBJECT_GAP.fullmatch(text, m.end, start):
                return m
        return None
