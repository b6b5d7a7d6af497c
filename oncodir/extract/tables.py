"""People from a staff table flattened into text: a header row naming its columns, then a row per person.

    Name    Title    Position    Specialty
    Li Ming    Chief Physician, Professor    Director    lung cancer

Cells are parted by a run of spaces, a tab or a bar. Only a header that has a name column and a column of
posts (Position, Post, Role, Function, Duty) or of titles is read; each row under it whose name cell is a
name gives a person, their post from the post column when it names one ("—" or a specialty gives none) and
their title from the title column. With no post column, a title cell may open with a leader's post before the
grades ("Deputy Director, Associate Chief Physician | Na Yong"; "Head Nurse | X"): that is the post; and a post
cell's leader's post before grades ("Director, Chief Physician, Professor") is that post alone. The table
ends at the first line that is not such a row.
"""

from __future__ import annotations

from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import Add, person_cell, post_of
from oncodir.extract.segmentposts import GRADE

_GRADE = compiled(GRADE)
# a leader's word: the post of a title cell ("Director, Chief Physician"), no grade ("Chief Physician")
_LEADER = compiled(r"(?i:\b(?:head|director|chair\w*|lead|leader|dean|manager|(?:section|division)\s+chief)\b)")
_CELLS = compiled(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*")
_NAME_COLUMN = compiled(r"(?i:name|doctor|expert|staff member)")
_POST_COLUMN = compiled(r"(?i:position|post|role|function|duty|administrative (?:post|position))")
_TITLE_COLUMN = compiled(r"(?i:title|professional title|grade|rank)")


def _cells(line: str) -> list[str]:
    """A row's cells; a row parted by bars keeps its empty cells ("Lu Yan | Attending Physician |": no post),
    so a cell left empty does not shift the next ones nor end the table."""
    line = line.strip()
    if "|" in line and "\t" not in line:
        inner = line[1:] if line.startswith("|") else line
        inner = inner[:-1] if inner.endswith("|") and line.startswith("|") else inner  # ("| a | b |": no empty end)
        return [c.strip() for c in inner.split("|")]
    return [c for c in _CELLS.split(line.strip("|")) if c]


def _columns(header: list[str]) -> tuple[int, int | None, int | None] | None:
    """Where the name, post and title columns are in a header row; None when it is no staff table's."""
    name = next((i for i, c in enumerate(header) if _NAME_COLUMN.fullmatch(c)), None)
    post = next((i for i, c in enumerate(header) if _POST_COLUMN.fullmatch(c)), None)
    title = next((i for i, c in enumerate(header) if _TITLE_COLUMN.fullmatch(c)), None)
    if name is None or (post is None and title is None) or len(header) < 2:
        return None
    return name, post, title


def table_rows(lines: list[str], add: Add) -> None:
    """People from the rows under a staff table's header row."""
    columns: tuple[int, int | None, int | None] | None = None
    width = 0
    for line in lines:
        if "|" not in line and "\t" not in line and "  " not in line:
            columns = None  # a line of one cell is no table's header nor a row of one (and most lines are such)
            continue
        cells = _cells(line)
        if columns is None:
            columns, width = _columns(cells), len(cells)
            continue
        person = person_cell(cells[columns[0]]) if len(cells) == width else None
        if person is None:
            columns = _columns(cells)  # the table ends here (or another begins)
            width = len(cells)
            continue
        name, lead = person
        title = cells[columns[2]] if columns[2] is not None else None
        post = _post_cell(cells[columns[1]]) if columns[1] is not None else _leading_post(title)
        if columns[1] is None and not post and not (title and _GRADE.search(title)):
            continue  # with no post column, only a post or a clinical grade says the row is a doctor's (not a paper's)
        add(name, post, title or lead)


def _post_cell(cell: str) -> str | None:
    """The post a post column's cell names; a leader's post written before grades ("Director, Chief Physician,
    Professor") is the post alone, as a title cell's is: the grades are no part of it. A cell of several posts
    ("Section Chief, Thoracic Surgery") or of a grade alone ("Chief Physician") is kept whole."""
    parts = [p.strip() for p in cell.split(",")]
    if len(parts) > 1 and all(_GRADE.fullmatch(p) for p in parts[1:]):
        return _leading_post(cell) or post_of(cell)
    return post_of(cell)


def _leading_post(title: str | None) -> str | None:
    """With no post column, the post a title cell gives before the grades ("Deputy Director, Associate Chief
    Physician": Deputy Director; "Head Nurse"); a grade alone ("Attending Physician") gives none."""
    first = (title or "").split(",")[0].strip()
    return first if _LEADER.search(first) and not _GRADE.fullmatch(first) and post_of(first) else None
