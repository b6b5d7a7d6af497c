"""Staff rows that give each person a clinical grade or a post, in forms the other readers of people leave out.

- "Doctors: A, B, C (associate chief physicians); D, E (attending physicians)": names under a staff label (no
  post), each group's grade in brackets is each one's post; "Doctors: A, B, C": people with no post (a one-word
  name too, "Doctors: Narisu, Zhang Yanqiu, Guo Peng", among more full names than such words); "Staff: A,
  Attending Physician; B, Resident": each segment's name, then its grade. A group whose brackets hold no grade
  ("Li Wen (Department of Radiology)") gives no one, nor does a label of visitors or former staff.
- "Mo Jianhua | Associate Chief Physician", "Nong Wenjie   Attending Physician": a list's rows, each a name and one
  grade alone (two rows at least): the grade is the post (a row with a post too keeps the post: :mod:`.namecells`).
- "Deputy Director  An Jiahui  Associate Chief Physician": a post, a name and a grade in cells parted by runs of
  spaces or bars; "Attending physicians  Ma Chao, Wang Ting": a plural grade's cell, then the names.
- "Deputy Director / Lou Wei  Chief Physician": a post's heading alone on its line over a row of a name and grades:
  the heading's post is the role, the grade the title (a plural heading's post goes on over each row after it).
- "Head nurse Xiao Ping": a post and a name alone on a line (never "Former director X", nor a name that goes on).
- "Manager: Keiko Morimoto, MD, PhD", "Senior resident: X, MD": a post's label over one name with degrees (never
  "Contact: X, MD", nor a former holder's label).

A post in brackets that is another body's ("Chief: X, MD (Deputy Director of the Hospital)") is no post in the
department (:func:`.postwords.bodys_post`, asked by :mod:`.rosters`): the label's post stands.
"""

from __future__ import annotations

import re

from oncodir.extract.namecells import a_units_name
from oncodir.extract.postwords import RANK
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import NAME, TITLES, Add, post_of
from oncodir.extract.segmentposts import GRADE
from oncodir.extract.titles import DEGREE, academic_title

_GRADE = rf"(?:{GRADE}|(?i:resident|intern|registrar))"
_GRADES = compiled(rf"(?P<grade>{_GRADE})(?i:s)?")  # (a group's grade is plural: "attending physicians")
_PERSON = compiled(rf"[ \t]*{TITLES}{NAME}[ \t]*")

# a staff label that names no post: "Doctors:", "Medical staff:", "Our physicians:" (never "Former staff:")
_LABEL = compiled(
    # (a grade before the word, "Attending doctors:", "Resident physicians:", is the group's grade, no post)
    r"^[ \t]*(?:(?i:our|other|medical|clinical|attending|resident|junior|senior|specialist)[ \t]+)?"
    r"(?i:doctors|physicians|surgeons|clinicians|staff|team"
    r"|members|medical[ \t]+staff)[ \t]*[:：][ \t]*(?P<rest>\S[^\n]*?)[ \t]*[.;]?[ \t]*$"
)
_GROUP = compiled(r"^(?P<names>[^()]+?)[ \t]*\((?P<what>[^()]+)\)$")
_AND = compiled(r"[ \t]*(?:,|\band\b)[ \t]*")

# cells parted by a bar or a run of two spaces or more (a menu's words are parted so too: every cell must fit)
_CELL = compiled(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t+")
_POSTS = r"(?:(?:Deputy|Vice|Associate|Executive)[ \t]+)?(?i:director|head[ \t]+nurse|head|chief|manager)"
_POST = compiled(rf"(?=[A-Z]){_POSTS}")
# "Head nurse Xiao Ping" alone on its line (not "chief" nor "head" alone: "Chief Executive John Smith")
_POST_LINE = compiled(
    r"^[ \t]*(?P<post>(?:(?:Deputy|Vice|Executive)[ \t]+)?(?i:director)|Head[ \t]+(?i:nurse)|Deputy[ \t]+(?i:head)"
    r"|(?:Ward|Nurse)[ \t]+(?i:manager))[ \t]+(?P<who>[A-Z][^\n]*?)[ \t]*$"
)


# "Team: Breast Surgery, Lung Cancer", "Members: Oncology Nursing Society": units, organs and bodies, no names
_NO_PERSON = compiled(
    r"(?i:\b(?:cancers?|tumou?rs?|care|society|association|group|committee|college|school|board|services?|health)\b)"
)


def _name(text: str) -> str | None:
    m = _PERSON.fullmatch(text)
    return m["name"] if m and not a_units_name(m["name"]) and not _NO_PERSON.search(m["name"]) else None


def _grade(text: str) -> str | None:
    m = _GRADES.fullmatch(text.strip())
    return m["grade"] if m and "rofessor" not in m["grade"] else None  # (an academic rank is no clinical grade)


def _segment(segment: str) -> list[tuple[str, str | None]] | None:
    """The people of a staff label's segment with their grade, or None when any part is no name or grade."""
    group = _GROUP.match(segment)
    if group:
        grade = _grade(group["what"])
        names = [_name(n) for n in _AND.split(group["names"]) if n]
        return [(n, grade) for n in names if n] if grade and all(names) else None
    items = [i for i in _AND.split(segment) if i]
    if len(items) == 2 and _name(items[0]) and _grade(items[1]):  # "Yu Fei, Attending Physician"
        return [(str(_name(items[0])), _grade(items[1]))]
    names = [_name(i) or _lone(i) for i in items]
    full = sum(1 for n in names if n and " " in n)
    if full < 2 or full <= len(items) - full:  # (one-word names only among more full ones: "Narisu, Zhang Yanqiu")
        names = [n if n and " " in n else None for n in names]
    return [(n, None) for n in names if n] if names and all(names) else None


# a one-word name ("Narisu", as Mongolian names are often written) in a staff label's list of full names
_LONE = compiled(r"[ \t]*(?!(?:Others?|More|Many|Some|Several|Various|Etc|And|Also)\b)(?P<name>[A-Z][a-z]{3,14})[ \t]*")


def _lone(text: str) -> str | None:
    m = _LONE.fullmatch(text)
    return m["name"] if m and not a_units_name(m["name"]) and not _NO_PERSON.search(m["name"]) else None


def _labelled(line: str, add: Add) -> None:
    m = _LABEL.match(line)
    if not m:
        return
    # (groups parted by semicolons, or by a comma after a group's brackets: "A (chief physician), B and C (residents)")
    segments = [_segment(s.strip()) for s in re.split(r";|(?<=\))[ \t]*,", m["rest"]) if s.strip()]
    if segments and all(s is not None for s in segments):  # (a part that is no name: no staff list)
        for segment in segments:
            for name, grade in segment or []:
                add(name, grade, None, single=" " not in name)


# "Manager: Keiko Morimoto, MD, PhD", "Senior resident: X, MD": a post's label over one name with its degrees (the
# degrees make it a person); never a contact's, a referrer's or a former holder's label
_DEGREE_LINE = compiled(
    rf"^[ \t]*(?P<post>(?=[A-Z])(?!(?i:contact|former|retired|previous|past|referring|emeritus|visiting)\b)"
    r"(?:[A-Za-z-]+[ \t](?:[a-z-]+[ \t])?)?(?i:manager|resident|fellow|surgeon|physician|coordinator|physicist|chief))"
    rf"[ \t]*[:：][ \t]*{TITLES}{NAME}(?:,[ \t]*{DEGREE})+[ \t]*(?:\([^()\n]*\))?[ \t]*$"
)


def _cells(cells: list[str]) -> tuple[str, str | None] | None:
    """A row's name and post (or grade, the post where the row names none): "Director  X  Chief Physician"."""
    if len(cells) == 3 and _POST.fullmatch(cells[0]) and _name(cells[1]) and _grade(cells[2]):
        return str(_name(cells[1])), cells[0]
    if len(cells) == 2 and _name(cells[0]) and (_grade(cells[1]) or post_of(cells[1])):
        return str(_name(cells[0])), _grade(cells[1])  # (a row with a post counts to the list; its post is read
    return None  # by :mod:`.namecells`)


def _one_line(line: str, add: Add) -> None:
    """The people of a staff label's line, of a post's label over a name with degrees, of a post's line."""
    _labelled(line, add)
    held = _DEGREE_LINE.match(line) or _POST_LINE.match(line)
    name = _name(held["who"]) if held and "who" in held.groupdict() else (held["name"] if held else None)
    if held and name:
        add(name, held["post"], None)


def _grade_cells(cells: list[str], add: Add) -> None:
    """ "Attending physicians  Ma Chao, Wang Ting": a plural grade's cell, then the names that hold it."""
    if len(cells) == 2 and cells[0].endswith("s") and _grade(cells[0]):
        for name, grade in _segment(f"{cells[1]} ({cells[0]})") or []:
            add(name, grade, None)


# a post alone on its line, a heading over the rows of its holders: "Deputy Director", "Head Nurse", "Directors"
# (never "Head" or "Chief" alone: a menu's word; a plural's post goes on over each row, a singular's over one)
_HEADING = compiled(
    r"[ \t]*(?P<post>(?:(?:Deputy|Vice|Associate|Executive)[ \t]+)?(?i:director|head[ \t]+nurse|chief[ \t]+nurse)"
    r"|(?:Deputy|Vice)[ \t]+(?i:head|chief)|(?i:ward|nurse)[ \t]+(?i:manager))(?P<plural>(?i:s))?[ \t]*[:：]?[ \t]*"
)


def _under_heading(heading: str | None, cells: list[str], add: Add) -> bool:
    """ "Deputy Director / Lou Wei  Chief Physician": a row of a name and grades right under a post's heading gives
    the heading's post, the grades its title (the grade is no post there). True when the row is read so."""
    if heading is None or len(cells) != 2 or not _name(cells[0]):
        return False
    grades = [g for g in _AND.split(cells[1]) if g]
    if not grades or not _grade(grades[0]):
        return False
    if not all(_grade(g) or academic_title(g) or re.fullmatch(RANK, g) for g in grades):
        return False
    add(str(_name(cells[0])), heading, _grade(grades[0]))
    return True


def staff_rows(lines: list[str], add: Add) -> None:
    """People of staff labels' lines, of rows of names and grades, and of a post's line with its holder."""
    rows: list[tuple[str, str | None]] = []
    heading: str | None = None  # (the post of a heading line right over the rows)
    plural = False
    for line in lines:
        if not line or line.isspace() or len(line) > 300:
            continue
        _one_line(line, add)
        cells = [c for c in _CELL.split(line.strip()) if c] if "|" in line or "  " in line or "\t" in line else []
        if _under_heading(heading, cells, add):
            heading = heading if plural else None  # ("Deputy Directors / A  Grade / B  Grade": each holds it)
            continue
        held = _HEADING.fullmatch(line)
        heading, plural = (held["post"], bool(held["plural"])) if held else (None, False)
        if cells:
            row = _cells(cells)
            rows += [row] if row else []
            _grade_cells(cells, add)
    if len(rows) >= 2:  # (one row alone may be anything)
        for name, post in rows:
            if post:
                add(name, post, None)
