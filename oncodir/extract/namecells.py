"""People from a staff list whose lines each give a name, then what the person is, in brackets or in a cell.

    Zhang Liping (Chief Physician, Director of the Ward)        Zhou Minghui   Director, Chief Physician
    Qiao Xin (Associate Chief Physician)                        (a line of prose about him)
    Chang Jing (Head Nurse)                                     Qian Lu   Deputy Director, Associate Chief Physician

A line counts when the name is followed by brackets, or by a run of spaces or a tab (a table's cell), holding only
posts and clinical or academic grades ("Director of the Ward", "Head Nurse", "Attending Physician", "Professor");
a bracket naming a place or a specialty ("Li Ming (Beijing)") is no such line. A line alone may be anything, so the
page must hold two lines of the same form at least (prose may stand between them: a line of each expert, then his
profile). The post is the first item naming a leader's post, else the first naming a post that is no grade; the
grade is the person's title. Two more forms of such a list, where the text naming a unit other than the page's own
("director of the Department of Radiology") makes no entry:

    Jiang Hong                                  Our team: Li Ming (director), Wang Fang (deputy director) and
    Director, Chief Physician                   Zhou Ping (head nurse).
    (a line of prose about her)
    Sun Li
    Deputy Director, Associate Chief Physician

a name alone on its line over a line of what the person is (a post's line over the name is a heading, as in
"Director / Li Ming": no entry), and names one after the other in a sentence, each with its posts in brackets.
"""

from __future__ import annotations

import re

from oncodir.extract.postwords import LEAD, RANK, bodys_post, in_english
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import Add, person_cell, post_of
from oncodir.extract.segmentposts import GRADE
from oncodir.extract.titles import academic_title

_BRACKETS = compiled(r"^[ \t]*(?P<who>[^()\n]{4,60}?)[ \t]*\((?P<what>[^()\n]{3,90})\)[ \t]*[.;]?[ \t]*$")
# (two cells only: a row of more is a table's, read under its header by :mod:`.tables`)
_CELLS = compiled(
    r"^[ \t]*(?P<who>\S[^\t\n]{2,50}?)(?:[ \t]{3,}|\t)(?P<what>(?:(?![ \t]{3}|\t)[^\n]){3,90}?)[ \t]*[.;]?[ \t]*$"
)
_GRADE = compiled(rf"{GRADE}|{RANK}|(?i:resident|intern)")
_ITEM = compiled(r"[ \t]*[,;/][ \t]*")
# a unit's or a specialty's name is no person's: "Breast Surgery   Director, Chief Physician" is a table's row
_UNIT_WORD = compiled(
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
    return _person(m["who"], m["what"]) if m else None


def _person(who: str, what: str, own_only: bool = False) -> Entry | None:
    """The person ``who`` names, when ``what`` holds only posts and grades (``own_only``: and no other unit's)."""
    if len(what) > 90:
        return None
    cell = person_cell(who)
    if cell is None or a_units_name(cell[0]) or (own_only and _NAMED_UNIT.search(what)):
        return None
    whats = _posts_and_grades(what)
    return (cell[0], cell[1], *whats) if whats else None


def _posts_and_grades(what: str) -> tuple[str | None, str | None] | None:
    """The post and the grade a text of only posts and grades gives ("Director, Chief Physician"), else None."""
    items = [i for i in _ITEM.split(what.strip()) if i]
    # (the post in the page's own language in brackets is no part of the post: "Chief Physician (Chefarzt)")
    english = {i: e for i in items if (e := in_english(i))}
    grades = [i for i in items if i not in english and (_GRADE.fullmatch(i) or academic_title(i))]
    # (a post of the hospital, "Deputy Director of the Hospital", is none of the unit's)
    posts = [
        english.get(i, i)
        for i in items
        if i in english or (i not in grades and len(i.split()) <= 6 and post_of(i) and not bodys_post(i))
    ]
    if not items or len(grades) + len(posts) < len(items):
        return None
    post = next((p for p in posts if re.search(LEAD, p)), posts[0] if posts else None)  # (a leader's post first)
    return post, grades[0] if grades else None


def name_cells(lines: list[str], add: Add) -> None:
    """Each person of a page's name lines, when the page holds two lines of one form or more."""
    # (only lines with brackets, a tab or a run of spaces; a line's head is enough: a page may be all blank lines)
    likely = [line[:200] for line in lines if line and ("(" in line or "\t" in line or "   " in line)]
    forms = [[e for e in (_entry(line, form) for line in likely) if e] for form in (_BRACKETS, _CELLS)]
    forms += [_stacked([line[:200] for line in filter(str.strip, lines)])]
    forms += [_inline(line) for line in likely if "(" in line]
    for entries in forms:
        if len(entries) < 2:
            continue
        for name, title, post, grade in entries:
            add(name, post, title or grade)


def _stacked(content: list[str]) -> list[Entry]:
    """Name lines, each over a line of what the person is ("Li Ming / Director, Chief Physician"). A post's line
    over the name is a heading ("Director / Li Ming / Deputy Director / Wang Fang"): such a name, and the rest of
    its run, holds no post of the line under it; nor does a run of name and post lines that ends on a name alone
    ("Our Experts / Director / Li Ming / Deputy Director / Wang Fang": headings, under a line that looks like a
    name)."""
    out: list[Entry] = []
    run: list[Entry] = []  # the entries whose lines follow each other, name, post, name, post
    taken = -1  # the last line read as what the person over it is
    for i in range(1, len(content)):
        ahead = content[i + 1] if i + 1 < len(content) else ""
        entry = _person(content[i].strip(), ahead, own_only=True) if len(content[i]) <= 60 and ahead else None
        entry = entry if entry is None or i - 1 == taken or not _whats(content[i - 1]) else None
        if entry is None and i - 1 == taken and person_cell(content[i].strip()) and not _whats(ahead):
            run = []  # (the run ends on a name alone: its lines were headings over names)
        if entry is not None:
            run = (run if i - 1 == taken else []) + [entry]
            taken = i + 1
        elif i != taken:
            out, run = out + run, []
    return out + run


def _whats(line: str) -> bool:
    """True when a line holds only posts and grades ("Deputy Director", "Chief Physician, Professor")."""
    return len(line) <= 90 and _posts_and_grades(line) is not None


# "Our team: Li Ming (director), Wang Fang (deputy director) and Zhou Ping (head nurse).": names in a sentence, each
# with its post in brackets, one after the other
_NAMED = compiled(
    r"(?P<who>(?:(?:Prof\.?|Professor|Dr\.?)[ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3})[ \t]*"
    r"\((?P<what>[^()\n]{3,90})\)(?P<sep>[ \t]*(?:,|;|,?[ \t]and)[ \t]+)?"
)
# "director of the Department of Radiology": a post of a unit the bracket names, maybe not the page's own
_NAMED_UNIT = compiled(r"\bof[ \t]+(?:the[ \t]+)?(?!(?:Department|Division|Ward|Unit|Clinic|Service)\b)[A-Z]")


def _inline(line: str) -> list[Entry]:
    """The longest run of a line's names in a sentence, each with its posts in brackets, one after the other."""
    best: list[Entry] = []
    run: list[Entry] = []
    end = -1
    for m in _NAMED.finditer(line):
        entry = _person(m["who"], m["what"], own_only=True)
        run = (run if m.start() == end else []) + [entry] if entry else []
        end = m.end() if entry and m["sep"] else -1
        best = run if len(run) > len(best) else best
    return best
