"""A team named by its members' trade, not by a specialty, is the department's own staff.

"Nutritional support is provided by the nursing team", "delivered by the ward's nurse team", "by the medical and
nursing team", "given by the clinical team": the department's nurses and doctors, not another unit (a team named by
a specialty, "the nutrition team", "the palliative care team", is another's, and so is one of a named place, "the
nursing team of the Intensive Care Unit", or the hospital's "Nursing Department"). Asked by :mod:`.elsewhere` for the
words after "given by", "provided by".
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

_TRADE = r"(?:nursing|nurses?['’]?|medical|clinical|ward|bedside|treating|care|doctors?['’]?)"
_OWN_TEAM = compiled(
    rf"^(?:the\s+|our\s+|its\s+)?(?:(?:ward|department|unit)['’]s\s+)?{_TRADE}(?:\s+(?:and|&)\s+{_TRADE})?\s+"
    r"(?:teams?|staff)\b(?!\s+of\b|\s+(?:from|at|in)\s+(?:the\s+)?(?:[A-Z]|other|another))",
    re.I,
)


def own_team(unit: str) -> bool:
    """Whether the words after 'provided by' name the department's own team of nurses or doctors."""
    return bool(_OWN_TEAM.match(unit.strip()))
