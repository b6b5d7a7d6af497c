"""People from a staff list whose lines each give a name, then what the person is, in brackets or in a cell.

    Zhang Liping (Chief Physician, Director of the Ward)        Zhou Minghui   Director, Chief Physician
    Qiao Xin (Associate Chief Physician)                        (a line of prose about him)
    Chang Jing (Head Nurse)                                     Qian Lu   Deputy Director, Associate Chief Physician

A line counts when the name is followed by brackets, or by a run of spaces or a tab (a table's cell), holding only
posts and clinical or academic grades ("Director of the Ward", "Head Nurse", "Attending Physician", "Professor");
a bracket naming a place or a specialty ("Li Ming (Beijing)") is no such line. A line alone may be anything, so the
page must hold two lines of the same form at least (prose may stand between them: a line of each expert, then his
profile). The post is the first item naming a leader's post, else the first naming a post that is no grade; the
grade is the person's title.
"""

from __future__ import annotations

import re

from oncodir.extract.postwords import LEAD, RANK
from oncodir.extract.rosters import Add, person_cell, post_of
from oncodir.extract.segmentposts import GRADE
from oncodir.extract.titles import academic_title

_BRACKETS = re.compile(r"^[ \t]*(?P<who>[^()\n]{4,60}?)[ \t]*\((?P<what>[^()\n]{3,90})\)[ \t]*[.;]?[ \t]*$")
# (two cells only: a row of more is a table's, read under its header by :mod:`.tables`)
_CELLS = re.compile(
    r"^[ \t]*(?P<who>\S[^\t\n]{2,50}?)(?:[ \t]{3,}|\t)(?P<what>(?:(?![ \t]{3}|\t)[^\n]){3,90}?)[ \t]*[.;]?[ \t]*$"
)
_GRADE = re.compile(rf"{GRADE}|{RANK}|(?i:resident|intern)")
_ITEM = re.compile(r"[ \t]*[,;/][ \t]*")
# a unit's or a specialty's name is no person's: "Breast Surgery   Director, Chief Physician" is a table's row
_UNIT_WORD = re.compile(
    r"(?i:\b(?:surgery|\w+ology|medicine|p(?:a)?ediatrics|\w*therapy|nursing|department|ward|unit|cent(?:er|re)|clinic"
    r"|hospital|service|team|office|program(?:me)?|institute)\b)"
)


def a_units_name(words: str) -> bool:
    """True when would-be name names a unit or a specialty ("Breast Surgery", "Radiation Oncology")."""
    return _UNIT_WORD.search(words) is not None


Entry = tuple[str, "str | None", "str | None", "str | None"]  # name, title before it, post, grade


def _entry(line: str, form: re.Pattern[str]) -> Entry | None:
    """The person of a line of this form, when the name is a name and every item after it a post or a grade."""
    m = form.match(line)
    cell = person_cell(m["who"]) if m else None
    if m is None or cell is None or a_units_name(cell[0]):
        return None
    items = [i for i in _ITEM.split(m["what"].strip()) if i]
    grades = [i for i in items if _GRADE.fullmatch(i) or academic_title(i)]
    posts = [i for i in items if i not in grades and len(i.split()) <= 6 and post_of(i)]
    if not items or len(grades) + len(posts) < len(items):
        return None
    post = next((p for p in posts if re.search(LEAD, p)), posts[0] if posts else None)  # (a leader's post first)
    return cell[0], cell[1], post, grades[0] if grades else None


def name_cells(lines: list[str], add: Add) -> None:
    """Each person of a page's name lines, when the page holds two lines of one form or more."""
    # (only lines with brackets, a tab or a run of spaces; a line's head is enough: a page may be all blank lines)
    likely = [line[:200] for line in lines if line and ("(" in line or "\t" in line or "   " in line)]
    for form in (_BRACKETS, _CELLS):
        entries = [e for e in (_entry(line, form) for line in likely) if e]
        if len(entries) < 2:
            continue
        for name, title, post, grade in entries:
            add(name, post, title or grade)
