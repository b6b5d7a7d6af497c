"""The post a staff list's own segment gives its person, over the list's plural label.

"Physicians: Zhou Lei, Attending Physician; Qin Yue, Resident": the label names the group, and each segment says
what its person is; "Physician" cut from the label would be a post the page never gives them. A clinical grade
("Attending Physician", "Chief Surgeon") is the person's title, no post (no role then); another rank of the group
("Resident", "Specialty Registrar", "Charge Nurse") is their post. A leader's or a supervisor's label keeps its post
("Directors: A, chief physician; B, chief physician": both are directors, the grade their title).
"""

from __future__ import annotations

from oncodir.extract.regexcache import compiled

# a clinical grade after a name ("Han Lei, chief physician"): the name's, no post of the department
# ("Supervisor Nurse", "Supervising Technician": the grade between nurse and associate chief nurse, no supervisor's
# post; "Nursing Supervisor" is one)
GRADE = (
    r"(?i:(?:(?:associate|deputy|vice)[ \t]+)?(?:chief|attending|resident|senior|supervisor|supervising)[ \t]+"
    r"(?:physician|surgeon|nurse|technician|physicist|pharmacist)|(?:associate[ \t]+)?professor|nurse-in-charge)"
)
# (a supervisor's label too: "Technical Supervisor: X, Chief Technician" is the supervisor, the grade their title)
_LEADER = compiled(r"(?i:\b(?:head|director|chief|chair\w*|lead|leader|dean|manager|supervisor)s?\b)")
_GRADE = compiled(GRADE)
# a rank within a group of clinical staff, a few words at most
_RANK = compiled(
    r"(?i:(?:[\w-]+[ \t]+){0,3}(?:physician|surgeon|nurse|doctor|registrar|resident|intern|fellow|specialist"
    r"|consultant|oncologist|radiographer|physicist|practitioner)s?)"
)


def segment_post(
    rest: str, name: str, label: str | None, role: str | None, title: str | None
) -> tuple[str | None, str | None]:
    """The role and title of ``name`` in a 'Label: A, post; B, post' line (``rest``: the text after the colon)."""
    if label is None or _LEADER.search(label):
        return role, title
    for segment in rest.strip().rstrip(".").split(";"):
        items = [i.strip() for i in segment.split(",")]
        if len(items) < 2 or not items[0].endswith(name):
            continue
        if _GRADE.fullmatch(items[1]):
            return None, title or items[1]
        if _RANK.fullmatch(items[1]):
            return items[1][:1].upper() + items[1][1:], title
    return role, title
