"""The site's own name over its address block: a line that is no heading.

A department's page often repeats its hospital's name (given first in the site's menu) on a line of its own, right
over the street and telephone lines: "Northlake Cancer Center / Sarcoma Clinic, 3rd Floor / 1120 Aurora Ave N".
That line names the hospital, not the department, even when its name ends in a unit-word ("Cancer Center",
"Klinikum", "Clinic"). Only a name the page's menu or title gives, with a line holding a number under it, counts.

Under the unit's own heading, a hospital's particular name on its own line right over an address ("Division of
Surgical Oncology / Ridgeview Health Cancer Center / 2100 Lakeview Avenue"; "Bayou Medical Center Cancer Institute /
Hollander Pavilion, 5th Floor") is the site's too, menu or none (:func:`over_address`): the heading above stays the
unit's. A name any unit may bear ("Breast Cancer Center": its first word the page's prose writes in small letters) is
no particular hospital's, and stays a heading.
"""

from __future__ import annotations

import re

from oncodir.extract.generic import generic
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


_BELOW = 3  # lines: the address block's first line is right under the name, perhaps after a blank line


def over_address(line: str, below: list[str], page: list[str]) -> bool:
    """Whether ``line`` is a particular hospital's name alone, with an address line (a number on it) right under it.
    Its first word must be a name's, one the page never writes in small letters ("Bayou", "Ridgeview"; not the
    "breast" of "Breast Cancer Center", a unit's name)."""
    after = next((b.strip() for b in below[:_BELOW] if b.strip()), "")
    if not re.search(r"\d", after) or header_hospital([line]) != line or generic(line):
        return False
    first = line.split()[0].lower()
    return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", "\n".join(page)) is None
