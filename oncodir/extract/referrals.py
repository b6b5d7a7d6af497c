"""Treatments a page names as the reason patients are sent to another unit.

"Patients with advanced melanoma are referred to Medical Oncology for immunotherapy or targeted therapy":
the treatments after "for" are what the other unit gives, not the department's own. The unit is read as
:mod:`.elsewhere` reads any unit a page hands patients on to (a unit's word or a specialty's name, none of
the department's own names, nor sharing their words); "referred to us for ..." and "referred to our clinic
for ..." keep the treatment.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import SENT_ON, unit_elsewhere
from oncodir.extract.generic import unit_stems

# "are referred to Medical Oncology for X or Y", "transferred to the oncology unit for X": the unit, then "for"
# and up to a short list of treatments before the mention (a clause break or "while we" ends it)
_SENT_FOR = re.compile(
    rf"\b(?:{SENT_ON})\s+(?:\w+\s+){{0,2}}?to\s+(?P<unit>[^.;:!?,()]{{1,60}}?)\s+for\s+"
    r"(?:(?!(?:while|whereas|but|we|our)\b)[\w-]+(?:\s*,\s*|\s+)){0,8}$",
    re.I,
)


def sent_for(text: str, kind: str, start: int, lo: int, own_names: set[str]) -> str | None:
    """'other department' when the treatment at ``start`` is what patients are sent to another unit for."""
    if kind != "treatment":
        return None
    found = _SENT_FOR.search(text, max(lo, start - 160), start)
    if found is None or not unit_elsewhere(found["unit"], own_names):
        return None
    # "referred to Dermatology for ..." on the Department of Dermatology's page: a unit sharing the department's
    # words may be the department itself, and the treatment stays
    own = set().union(*(unit_stems(n) for n in own_names)) if own_names else set()
    return None if unit_stems(found["unit"]) & own else "other department"
