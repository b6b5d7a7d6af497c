"""The site's own name over its address block: a line that is no heading.

A department's page often repeats its hospital's name (given first in the site's menu) on a line of its own, right
over the street and telephone lines: "Northlake Cancer Center / Sarcoma Clinic, 3rd Floor / 1120 Aurora Ave N".
That line names the hospital, not the department, even when its name ends in a unit-word ("Cancer Center",
"Klinikum", "Clinic"). Only a name the page's menu or title gives, with a line holding a number under it, counts.
"""

from __future__ import annotations

import re

from oncodir.extract.header import header_hospital
from oncodir.extract.regexcache import compiled

_FIELD = compiled(r"\s*(?:[|>»›·]|::)\s*|\s+[–—-]\s+|\s{3,}|\t")
_MENU_FIELDS = 2  # fields: a line parted into this many or more is a menu, a trail or a title


def site_lines(lines: list[str]) -> set[str]:
    """The header lines that are the site's hospital's name, set over its address block."""
    menu: set[str] = set()
    out: set[str] = set()
    rows = [line.strip() for line in lines if line.strip()]
    for i, line in enumerate(rows):
        fields = [f for f in _FIELD.split(line) if f]
        if len(fields) >= _MENU_FIELDS:
            menu.update(fields)
            continue
        below = rows[i + 1] if i + 1 < len(rows) else ""
        if line in menu and re.search(r"\d", below) and header_hospital([line]) == line:
            out.add(line)
    return out
