"""Which of two heading lines names the page's unit: the one its navigation trail ends with.

A page may set its unit's name over the name of the larger unit it belongs to ("Musculoskeletal Oncology Unit" over
"Orthopaedics and Traumatology Service", "Hand Surgery" over "Department of Plastic Surgery"). The last heading line
is then no longer the unit's; the trail above them ("Home > Services > Orthopaedics > Musculoskeletal Oncology Unit")
says which of the two the page is about.
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

_STEP = compiled(r"\s*[>»›]\s*")
_TRAIL_STEPS = 3  # steps: fewer is a title's parts, not a trail
_LAST = 2  # heading lines: the unit and the larger unit under it


def trail_unit(header: list[str], units: list[str]) -> str | None:
    """Of the last two heading lines ``units`` (in page order), the one a trail in ``header`` ends with, if the
    last line is not; else None (the last line stands)."""
    if len(units) < _LAST:
        return None
    ends: set[str] = set()
    for line in header:
        line = re.split(r"\s{2,}|\t", line.strip())[0]  # "... > Unit          PT | EN": a language menu after it
        steps = [s for s in _STEP.split(line) if s]
        if len(steps) >= _TRAIL_STEPS:
            ends.add(steps[-1].casefold())
    last, before = units[-1], units[-2]
    return before if before.casefold() in ends and last.casefold() not in ends else None
