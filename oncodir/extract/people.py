"""People a department page names, with their title and their role in the department.

A person is a full name (two words or more: "Wang Qun", "CHEN Yiding", "Ji-hong Liu", "Christoph Pöttgen",
"Étienne Marchand"), never a lone word or a title ("Wu", "Dr"), but where the page's form makes a one-word name
certain (:mod:`.rosters`). A role comes only from a sentence that gives it to that person:

- "X is the (current) director of the department", "X, a member of ..., is the director";
- "The current department director is Prof. X", "Dr. X serves as the Department Chair", "Dr. X was appointed
  Chairman", "Professor X ... served as the director of ...";
- "Deputy Director: Prof. Dr. med. X", "Director: X"; "the three vice directors are X, Y and Z", "Y and Z are ...";
- "Name, M.D., Professor" lines (the next line may be the role, or the line's last item: "You Lu, MD. Professor of
  Radiotherapy, Head of Department"), "Name Ph.D." lines;
- "The founder and current director of the department, Professor X", "the director X, three chief physicians
  ...", "Professor X, the department director";
- "Prof. A, Prof. B and Prof. C serve as Dean, honorary Dean and Executive Vice Dean, respectively"; a paragraph
  or sentence opening "X, chief physician and master tutor, ...": a person, with no role;
- a staff table flattened into text, under its header row (:mod:`.tables`); a post said in prose
  (:mod:`.proseposts`); name lines with posts in brackets or a cell (:mod:`.namecells`).

The text given is the one with abbreviation full stops masked (see :mod:`.facts`), so "Dr." and "Prof." do not end
sentences. People of another unit or body, and visitors, are left out (:mod:`.otherstaff`).
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from oncodir.extract.facts import MASK, unmask
from oncodir.extract.generic import unit_stems
from oncodir.extract.groups import shared_posts
from oncodir.extract.listlines import list_lines
from oncodir.extract.namecells import name_cells
from oncodir.extract.otherstaff import own_staff
from oncodir.extract.outsiders import named_outsider, of_another_body
from oncodir.extract.ownposts import own_unit_posts
from oncodir.extract.pastposts import past_post
from oncodir.extract.postfirst import posts_then_names
from oncodir.extract.postnominals import POSTNOMINAL, without_leading_letters, without_postnominals
from oncodir.extract.postwords import ALLIED, CARE_MANAGER, GRADE_WORD, LEAD, kept_post, translated_lead
from oncodir.extract.proseposts import prose_posts
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import UPPER, first_sentence, honorific, names_a_post, staff_lines, without_fragments
from oncodir.extract.staffrows import staff_rows
from oncodir.extract.tables import table_rows
from oncodir.extract.titles import DEGREE, TITLE, no_title
from oncodir.extract.visitors import a_visitor, a_visitors_post

_L = r"[^\W\d_]"
# two letters at least ("M" of "M.D." is no name); "O'Neill" has one before its apostrophe
_PART = rf"(?:{UPPER}(?:['’](?={UPPER}))?{_L}+(?:[-'’]{_L}+)*)"
NAME = rf"(?P<name>{_PART}(?:[^\S\n]{{1,2}}{_PART}){{1,3}})"  # never across a menu's run of spaces
_TITLE_WORD = (
    rf"(?:Prof{MASK}?|(?i:professor|doctor|academician)|Dr{MASK}?|PD|Mr{MASK}|Mrs{MASK}|Ms{MASK}|med{MASK}"
    rf"|Assoc{MASK}?|habil{MASK}?)"
)
TITLES = rf"(?P<title>(?:{_TITLE_WORD}[^\S\n]{{0,2}})+)?"
# a name or title begins a word, with a capital or a title's letter (the other places fail at once)
_START = rf"(?<![^\W\d_])(?={UPPER}|[pdamh])"
_NOT_NAME = frozenset([
    "the", "a", "an", "department", "director", "chair", "chairman", "head", "chief", "professor", "prof", "dr",
    "doctor", "med", "md", "phd", "deputy", "vice", "associate", "our", "this", "his", "her", "dept", "division",
    "center", "centre", "hospital", "university",
])  # fmt: skip
ROLE = (  # (a letter first: where a word ends, the many roles are not tried one by one)
    r"(?=[^\W\d_])(?i:(?:(?:deputy|vice|associate|assistant|executive|technical|medical|clinical|founding|honorary|acting|service|nursing|co-?)"
    r"[^\S\n]*)?"
    r"(?:department[^\S\n]+|division[^\S\n]+|section[^\S\n]+|program(?:me)?[^\S\n]+)?(?:director|head|chair(?:man|woman|person)?|"
    r"chief(?:[ -]specialist|[^\S\n]+physicist)?|president|ordinarius|chef|"
    r"(?:academic|discipline|subject|program(?:me)?)[^\S\n]+leader|"
    r"leading[^\S\n]+figure|(?:party[^\S\n]+(?:branch[^\S\n]+)?)?secretary|(?:klinik)?direktor(?:in)?|leiter(?:in)?|"
    r"chief[^\S\n]+executive[^\S\n]+officer))"
)
# a staff list's line "Senior Physician: Dr. med. X" gives a post below the leaders too
_LINE_ROLE = (
    rf"(?:{ROLE}|(?i:(?:senior|attending|chief|associate[^\S\n]+chief|deputy[^\S\n]+chief)[^\S\n]+"
    r"(?:physician|surgeon|consultant)|senior[^\S\n]+consultant|consultant|(?:leitende[rn]?[^\S\n]+)?Ober(?:arzt|ärztin)|"
    r"Chefarzt|Chefärztin|(?:Ärztliche[rn]?|Aerztliche[rn]?)[^\S\n]+Direktor(?:in)?|"
    r"head[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:department|division|service|unit|clinic)|"
    r"(?:clinical|service|medical)[^\S\n]+lead|lead[^\S\n]+clinician))"
)
_OF_DEPT = r"(?i:[^\S\n]+(?:of|in)[^\S\n]+(?:the|this|our)[^\S\n]+(?:department|division|center|centre|unit|clinic)\b)?"

# "director of the medical department of the hospital": an office of the hospital, not the department
_OFFICE = r"(?i:medical|nursing|administrative|administration|personnel|finance|logistics|outpatient)[^\S\n]+department"
_OF_HOSPITAL = (
    r"[^\S\n]+(?i:of|at)[^\S\n]+(?:(?i:the|our|this)[^\S\n]+)?(?i:hospital|university|college|institute)\b"
    r"|[^\S\n]+(?i:of|at)[^\S\n]+(?:[A-Z][\w'-]*[^\S\n]+){1,6}(?:Hospital|University|College|Institute)\b"
)
# "the Chairman and academic leader", "chief-specialist and leader of the MDT team": one more role after "and"
_AND_ROLE = (
    rf"(?:[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?(?:{ROLE}|(?i:leader))"
    r"(?:[^\S\n]+of[^\S\n]+the[^\S\n]+(?:MDT|multidisciplinary)\b[^.;,\n]{0,60}?(?=[.;,]))?)?"
)

# After a role: the department's ("of the department", a date, the sentence's end), not another body's
_OWN = (
    r"(?=[^\S\n]*(?:[,.;]|$)|[^\S\n]+and[^\S\n]+" + _PART + r"[^\S\n]+" + _PART + r"[^\S\n]+(?:is|was)\b"
    r"|[^\S\n]+(?i:of|in|for)[^\S\n]+(?i:the|our|this)(?![^\S\n]+" + _OFFICE + r")"
    r"(?:[^\S\n]+[\w&-]+){0,4}?[^\S\n]+"
    r"(?i:department|division|cent(?:er|re)|unit|clinic|ward|service|section)\b(?!" + _OF_HOSPITAL + r")"
    r"|[^\S\n]+(?:in|since|from)[^\S\n]+\d)"
)

_PATTERNS = (
    # "Dr. ZHONG Haijun, director of our department, ...", "Wang Wei, chief physician, head of the department"
    compiled(
        rf"{_START}{TITLES}{NAME},(?:[^\S\n]+[a-z][\w' -]{{0,40}}?(?:,|[^\S\n]+and))?[^\S\n]+(?:the[^\S\n]+)?"
        rf"(?:current[^\S\n]+)?(?P<role>{ROLE})[^\S\n]+(?i:of|in)"
        r"[^\S\n]+(?i:the|our|this)[^\S\n]+(?i:department|division|cent(?:er|re)|unit|clinic)\b"
    ),
    # "Professor X, the academic leader, is ...": the role in apposition, closed by a comma
    compiled(
        rf"{_START}{TITLES}{NAME},[^\S\n]+(?:the[^\S\n]+)?(?:current[^\S\n]+)?(?P<role>{ROLE}){_AND_ROLE}"
        rf"(?:{_OF_DEPT})?,[^\S\n]"
    ),
    compiled(  # "The department of X is headed by professor Li Ming"
        r"\b(?i:department|division|unit|cent(?:er|re)|clinic|ward|program(?:me)?|it)\b[^.;\n]{0,100}?"
        rf"[^\S\n]+(?:is|was|has[^\S\n]+been)[^\S\n]+(?:(?i:currently|now)[^\S\n]+)?(?P<role>headed|chaired|directed|led)"
        rf"[^\S\n]+by[^\S\n]+"
        rf"(?P<title>(?:(?i:{_TITLE_WORD})[^\S\n]*)*){NAME}"
    ),
    # "Zeng Mengsu is the current director of the department", "Wu Jun, a young member ..., is the director"
    compiled(
        rf"{_START}{TITLES}{NAME}(?:,(?![^\S\n]+(?:and|or)\b)[^,.;]{{0,120}},|(?:,[^\S\n]+(?!(?:and|or)\b)(?:[a-z]|{GRADE_WORD})[^,.;\n]{{0,60}}){{2,5}},)?[^\S\n]+(?i:(?:is|was)(?:[^\S\n]+(?:currently|now|also))?|"
        rf"(?:serves|served|acts|acted|works|has[^\S\n]+served)[^\S\n]+as|has[^\S\n]+been|became|"
        rf"took[^\S\n]+over[^\S\n]+as|was[^\S\n]+(?:appointed|named|elected)(?:[^\S\n]+(?:as|the))?|"
        rf"holds[^\S\n]+the[^\S\n]+(?:position|post)[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?(?:current[^\S\n]+)?(?P<role>{ROLE})\b"
        rf"{_AND_ROLE}{_OWN}"
    ),
    # "The current department director is Prof. Wang Qun", "The head of the department is Dr. X"
    compiled(
        rf"\b(?i:the[^\S\n]+)?(?i:current[^\S\n]+|present[^\S\n]+)?(?i:department[^\S\n]+)?(?P<role>{ROLE}){_OF_DEPT}"
        rf"[^\S\n]+(?:is|has[^\S\n]+been)[^\S\n]+{TITLES}{NAME}"
    ),
    # "The Director Prof. Wu Guosheng has made ...", "Our chief physician Dr. X" (a title, and no other body after)
    compiled(
        rf"\b(?:The|the|Our|our)[^\S\n]+(?:current[^\S\n]+)?(?P<role>{ROLE}){_AND_ROLE}{_OF_DEPT}[^\S\n]+"
        rf"(?P<title>(?:{_TITLE_WORD}[^\S\n]*)+)"
        rf"{NAME}(?![\w'’-])(?![^\S\n]*,?[^\S\n]+(?:of|from|at)[^\S\n]+(?!the[^\S\n]+department|our|this))"
    ),
    # "The founder and current director of the department, Professor Xiao Jiwei, chief surgeon"
    compiled(
        rf"\b(?i:the)[^\S\n]+(?:(?i:founder)[^\S\n]+and[^\S\n]+)?(?i:current[^\S\n]+|present[^\S\n]+)?"
        rf"(?P<role>{ROLE}){_OF_DEPT},[^\S\n]+{TITLES}{NAME}(?=[,.;])"
    ),
    # "including the director Tianqiang Song, three chief physicians"
    compiled(rf"\b(?:the|our)[^\S\n]+(?:current[^\S\n]+)?(?P<role>{ROLE})[^\S\n]+(?P<title>){NAME}(?=[,.;])"),
    # "Professor Zhu suyu, the department director, who ...": a title, so a given name in small letters is a name
    compiled(
        rf"{_START}(?P<title>(?:{_TITLE_WORD}[^\S\n]*)+)(?P<name>{_PART}[^\S\n]+(?:{_PART}|[a-z]{{2,8}})),[^\S\n]+"
        rf"(?:the[^\S\n]+)?(?:current[^\S\n]+)?(?P<role>(?i:department|division)[^\S\n]+{ROLE})(?=[,.;])"
    ),
    # "Director Professor Yang Wei is ...": a post opening a sentence ("Under director": no post's), a title, a name
    compiled(
        rf"(?:^|\n|(?<=[.;:])[^\S\n])(?=[^\W\d_])(?P<role>(?:(?=[A-Z])(?!(?:Under|With|By|For|From|As|After|Since)\b)[A-Z][a-z]+[^\S\n])?"
        r"(?i:director|head|chair(?:man|woman)?))"
        rf"[^\S\n]{{1,2}}(?P<title>(?:{_TITLE_WORD}[^\S\n]{{0,2}})+){NAME}(?=[,.;]|[^\S\n]+(?:is|was|has|[a-z]{{2,}}s)\b)"
    ),
    # "under the leadership of director Prof. Ma Jun", "led by Chairman Prof. Liu Bin"
    compiled(
        r"\b(?i:under[^\S\n]+the[^\S\n]+leadership[^\S\n]+of|(?:department|division|unit|cent(?:er|re)|clinic|ward|"
        r"program(?:me)?|it)\b[^.;\n]{0,100}?(?:headed|led|chaired|directed)[^\S\n]+by)[^\S\n]+"
        r"(?:[^.;\n]{0,80}?(?:,|[^\S\n]and)[^\S\n]+)?"  # "... of Professor A and Director B"
        rf"(?:(?i:the|our)[^\S\n]+)?(?:(?i:department)[^\S\n]+)?(?P<role>{ROLE})[^\S\n]+{TITLES}{NAME}(?![\w'’-])"
        r"(?![^\S\n]*,?[^\S\n]+(?:of|from|at)[^\S\n]+(?!the[^\S\n]+department|our|this))"
    ),
    compiled(  # "Deputy Director: Prof. Dr. med. Christoph Pöttgen"
        rf"(?:^|\n|[;•|])[^\S\n]*(?=[^\W\d_])(?P<role>{_LINE_ROLE}){_OF_DEPT}[^\S\n]*[:：][^\S\n]*{TITLES}{NAME}"
    ),
)
_NAME_LINE = compiled(
    rf"^[^\S\n]*{TITLES}{NAME},?[^\S\n]+"
    rf"(?P<degree>(?:M{MASK}D{MASK}|Ph{MASK}D{MASK}|MD|PhD|FRCR|MSc)[^;\n]{{0,120}}?)[ \t;]*$"
)
# the last item of a name line's degree part: "MD. Professor of Radiotherapy, Head of Department"
_LAST_ROLE = compiled(rf",[^\S\n]*(?P<role>{ROLE}(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?i:department))?)$")
# "Prof. A, Prof. B and Prof. C serve as Dean, honorary Dean and Executive Vice Dean, respectively"
_ONE_ROLE = compiled(rf"(?:[a-zA-Z]+[^\S\n]+){{0,2}}?(?:{ROLE}|(?i:dean))")
_RESPECTIVELY = compiled(
    rf"{_START}(?P<list>{_TITLE_WORD}[^\S\n]*[^.;]{{3,200}}?)[^\S\n]+(?:serves?|served|acts?|acted)[^\S\n]+as[^\S\n]+"
    rf"(?P<roles>[^.;]{{3,160}}?),?[^\S\n]+respectively\b"
)
_OPENING = compiled(
    rf"(?:^|\n|(?<=[.;])[^\S\n])[^\S\n]*{NAME},[^\S\n]+(?P<title>(?i:(?:associate[^\S\n]+|deputy[^\S\n]+)?(?:chief[^\S\n]+physician|"
    rf"chief[^\S\n]+surgeon|professor)))(?:[^\S\n]+and[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?)?,"
    rf"(?![^\S\n]*(?:the[^\S\n]+)?{ROLE}\b|[^\S\n]*(?:from|of|at)\b)"  # "X, professor, from Y University": not ours
)
# "Chief physician Cai Xiaohong is ...": a clinical grade before a name is a title, not a role in the department
_GRADE = compiled(
    r"\b(?P<title>(?i:(?:associate|deputy|vice)[^\S\n]+)?(?i:chief|attending)[^\S\n]+(?i:physician|surgeon))"
    rf"[^\S\n]+{NAME}"
)
_NAME_ALONE = compiled(rf"[^\S\n]*{TITLES}{NAME}[^\S\n]*")
_DEGREE = compiled(r"M\.?D\b|Ph\.?D\b|FRCR|MSc")
_ROLE_LINE = compiled(rf"^(?:(?:Associate[^\S\n]+)?Professor(?:[^\S\n]+and|,)[^\S\n]+)?(?P<role>{ROLE})\b")
_TITLED = compiled(rf"\b(?P<title>{_TITLE_WORD}(?:[^\S\n]{{0,2}}{_TITLE_WORD})*)[^\S\n]{{1,2}}{NAME}")
# "the three vice directors in the department are X, Y and Z", "X and Y are associate directors"
_MANY_AFTER = compiled(rf"\b(?P<role>{ROLE})s\b[^.;]{{0,40}}?\bare[^\S\n]+(?P<list>[^.;]{{3,160}})")
_TW = rf"(?:{_TITLE_WORD}[^\S\n]*)+"
# (a listed name's given name may be in small letters: "Wang Pei and Zhang shichuan are the deputy directors")
_LISTED = rf"{_PART}[^\S\n]+(?:{_PART}|[a-z]{{2,8}}\b)"
_MANY_BEFORE = compiled(rf"{_START}(?P<list>{_LISTED}(?:(?:,|[^\S\n]+and)[^\S\n]+(?:{_TW})?{_LISTED}){{1,5}})"
                          rf"[^\S\n]+are[^\S\n]+"
                          rf"(?:the[^\S\n]+)?(?P<role>{ROLE})s\b")  # fmt: skip

# "Dr Shen, Zhen-Zhou and Dr Shao, Zhi-Min, are the acting chief executive officers"
_INVERTED = compiled(
    rf"{_START}(?P<t>{_TITLE_WORD}[^\S\n]*)(?P<sur>[A-Z][a-z]+),[^\S\n]+(?P<given>[A-Z][a-z]+-[A-Za-z][a-z]+)\b"
)
_NAMEP = rf"{_PART}(?:[^\S\n]+{_PART}){{1,2}}"
_MANY_TITLED = compiled(rf"{_START}(?P<list>{_TW}{_NAMEP}(?:(?:,|[^\S\n]+and)[^\S\n]+{_TW}{_NAMEP}){{1,5}}),?[^\S\n]+"
                          rf"(?:are|serve[^\S\n]+as|act[^\S\n]+as)[^\S\n]+(?:the[^\S\n]+)?"
                          rf"(?P<role>{ROLE})s\b")  # fmt: skip

# "Dr. Michael Brown, MD, PhD, is the Chair": degrees after a name, taken out before the roles are read
_DEG = rf"(?:M{MASK}D{MASK}?|Ph{MASK}D{MASK}?|{POSTNOMINAL}|MS|M{MASK}S{MASK}?)"  # (more: "MBBS FRACS")

_DEGREES = compiled(
    rf"(?<=[^\W\d_]),?[^\S\n]+{_DEG}(?:,?[^\S\n]+{_DEG}){{0,5}}(?!\w)(?P<comma>,?)(?P<verb>[^\S\n]+(?:is|was|serves|served|has|became)\b)?"
)


# "headed by X" makes X its head; "led by X" says no title (a director? a leader?): no role
_BY: dict[str, str | None] = {"headed": "Head", "chaired": "Chair", "directed": "Director", "led": None}


def _name_ok(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(
        w.lower().strip(MASK + ".") in _NOT_NAME for w in words if not re.fullmatch(r"[A-Z]\.", w)
    )


def _role(text: str) -> str:
    role = without_leading_letters(" ".join(text.split(";")[0].split()))  # ("Co-Director; Oncology": the post)
    role = re.sub(r"(?<=[a-z]{3})\.$", "", role)  # ("Head of Department. Trained in ...": the sentence's full stop)
    return role[:1].upper() + role[1:]


# "... is the head of the Department of Pathology": a unit named after the role
_UNIT_AFTER = compiled(
    r"[^\S\n]+(?i:of|in|for)[^\S\n]+(?i:the)[^\S\n]+(?:(?i:department|division)[^\S\n]+of[^\S\n]+"
    r"(?P<b>[A-Z][\w-]*(?:[^\S\n]+(?:[A-Z][\w-]*|and|&)){0,5})"
    r"|(?P<a>[A-Z][\w-]*(?:[^\S\n]+(?:[A-Z][\w-]*|and|&)){0,4})[^\S\n]+"
    r"(?i:department|division|service|section|program(?:me)?|cent(?:er|re)|unit)\b)"
)


def _other_unit(masked: str, end: int, own: str | None) -> bool:
    """True when the role just before ``end`` is in a named unit that shares no word with the page's own."""
    m = _UNIT_AFTER.match(masked, end, min(len(masked), end + 120))
    if not m or not own or not unit_stems(own):
        return False
    return not unit_stems(m["a"] or m["b"]) & unit_stems(own)


_UNIT_NAMED = compiled(
    r"(?:[A-Z][\w-]*[^\S\n]+(?:(?:and|&|of)[^\S\n]+)?){0,4}(?i:department|division|program(?:me)?|cent(?:er|re)|"
    r"service|section|unit)\b(?:[^\S\n]+of[^\S\n]+(?:[A-Za-z][\w-]*(?:[^\S\n]+(?:and|&)[^\S\n]+|[^\S\n]+)?){1,5})?"
)


def _other_units(rest: str, own: str) -> bool:
    """True when the rest of a role line names units ('..., Department of Urology') none of them the page's own."""
    units = [u.group() for u in _UNIT_NAMED.finditer(rest) if unit_stems(u.group())]  # (a bare "Department" is none)
    return bool(units) and bool(unit_stems(own)) and not any(unit_stems(u) & unit_stems(own) for u in units)


def people(lines: list[str], masked: str, own: str | None = None) -> list[dict[str, Any]]:
    """Named people with their title and their role in the department (``own``: its name, when known)."""
    found: dict[str, dict[str, Any]] = {}

    def add(name: str, role: str | None, title: str | None, single: bool = False) -> None:
        name, lead = honorific(re.sub(r"['’]s$", "", " ".join(unmask(name).split())))  # not "X's laboratory"
        name = without_postnominals(name)  # "Daniel Whitfield FRACS": the letters are no part of the name
        title = title or lead
        if not (_name_ok(name) or (single and " " not in name)) or names_a_post(name):
            return  # (a one-word name only where the page's form makes it certain: ``single``)
        person = found.setdefault(name.lower(), {"name": name, "role": None, "title": None})  # ("PIAO Zhehu")
        role = _BY.get(role.lower(), role) if role else None  # "the department is headed by X"
        person["role"] = kept_post(person["role"], _role(role) if role else None)
        person["title"] = person["title"] or (" ".join(unmask(title).split()) if title else None)

    masked = _DEGREES.sub(lambda m: m["verb"] or m["comma"], masked)  # "X, MD, PhD, is the Chair" -> "X is the Chair"
    masked = _INVERTED.sub(lambda m: f"{m['t']}{m['sur']} {m['given']}", masked)
    staff_rows(lines, add)  # (first: a group's grade over a staff label's plural, "Doctors")
    _staff_list(lines, add, own)
    staff_lines(masked, add)
    table_rows(lines, add)
    posts_then_names(masked, add)
    for pattern in _PATTERNS:
        for m in pattern.finditer(masked):
            past = _other_unit(masked, m.end("role"), own) or past_post(masked, m.end("role"))  # (a former head)
            add(m["name"], None if past else m["role"], m["title"])
    for m in _MANY_AFTER.finditer(masked):
        for name in re.split(r",[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+", m["list"]):
            if re.fullmatch(rf"{TITLES}{NAME}", name.strip()):
                add(re.sub(rf"^{TITLES}", "", name.strip()), m["role"], None)
    for m in chain(_MANY_TITLED.finditer(masked), _MANY_BEFORE.finditer(masked)):
        for name in re.split(r",[^\S\n]*|[^\S\n]+and[^\S\n]+", m["list"]):
            title = re.match(_TW, name.strip())
            add(name.strip()[title.end() if title else 0 :], m["role"], title.group() if title else None)
    _respectively_and_titled(masked, add)
    _team_lines(lines, add)
    list_lines(lines, add, own)
    shared_posts(masked, add)
    prose_posts(masked, add)  # (after the rest: a post said in prose only where none was given)
    own_unit_posts(masked, add, own)  # ("X serves as chief of Neurosurgery III" on that unit's page)
    name_cells(lines, add)
    return without_fragments(own_staff(list(found.values()), masked, own))


# A team list's line: "Dr Jane Roe - Consultant Haematologist (myeloma)", "Anna van der Berg, oncologist, head of unit"
_PARTICLE = r"(?:[^\S\n]+(?:van|von|der|den|de|da|di|du|la|le|ter|zu))"
_LINE_NAME = rf"(?P<name>{_PART}(?:{_PARTICLE}{{0,2}}[^\S\n]+(?:{_PART}|[A-Z][.{MASK}])){{1,3}})"
_TEAM_LINE = compiled(
    rf"^[^\S\n]*(?P<title>(?:{TITLE}|{_TITLE_WORD}|Mr|Mrs|Ms|Miss|Pr|(?i:dr[.{MASK}]?))"
    rf"(?:[^\S\n]*(?:{TITLE}|{_TITLE_WORD}|(?i:dr[.{MASK}]?)))*"
    rf"[^\S\n]+)?{_LINE_NAME}(?P<deg>(?:,[^\S\n]*{DEGREE}(?!\w))*)[^\S\n]*"
    r"(?P<sep>[–—-]|,)[^\S\n]*(?P<rest>[^\n]{3,160}?)[^\S\n]*$"
)
# a leader's post ("Head and Neck" is no head), and a post of a staff list; "chief physician" is a grade, no post
_LEAD = compiled(rf"(?i:\b(?:{LEAD}|section\s+chief|chefarzt|chefärztin|klinikdirektor\w*)\b)")
_POST = compiled(
    r"(?i:\b(?:consultant|nurse|navigator|oberarzt|oberärztin|leitende[rn]?\s+(?:arzt|ärztin)|attending|surgeon|counsell?or"
    r"|coordinator|supervisor|in-charge|(?<!chief\s)physician(?!\s+assistant))\b)"  # ("chief physician": a grade)
)
_IN_A_LIST = compiled(rf"\b(?:{CARE_MANAGER}|{ALLIED})\b")  # "Ward 7 Manager", "Social worker": under a list's line


def _team_lines(lines: list[str], add: Any) -> None:
    """A role from a team list's line: its first item naming a post ('Clinical Lead', 'Consultant
    Haematologist'); an item giving only a specialty ('Medical Oncology') gives none."""
    listed = False  # the line before was a titled or qualified name of a team list
    for line in lines:
        masked = _mask_line(line.strip()) if line and not line.isspace() else ""  # (blank lines: most of some pages)
        m = _TEAM_LINE.match(masked) if masked else None
        if not m or (m["sep"] == "," and (masked.endswith(".") or not (m["title"] or m["deg"] or listed))):
            listed = False
            continue
        # (an aside in brackets may hold commas: "Surgeon (Plastic Surgery Department, MDT member)"; words after an
        # aside, "nurse specialist (verpleegkundig specialist) colorectal care", are its field, no part of the post)
        items = [i.strip() for i in unmask(first_sentence(re.sub(r"\s*\([^()]*\)[^,(]*", "", m["rest"]))).split(",")]
        role = next((i for i in items if _LEAD.search(i)), None) or next((i for i in items if _POST.search(i)), None)
        role = role or translated_lead(m["rest"]) or next((i for i in items if listed and _IN_A_LIST.search(i)), None)
        if (role or m["title"] or m["deg"]) and not any(map(a_visitors_post, items)):  # (a visitor: no staff)
            add(m["name"], role, m["title"])
        listed = bool(m["title"] or m["deg"] or (listed and role))


def _staff_list(lines: list[str], add: Any, own: str | None = None) -> None:
    """'Name, M.D., Professor' lines (the role on the next line or last in the line), and a name alone
    that goes on such a list (its degree not given, or the page cut there)."""
    content = list(filter(str.strip, lines))  # (blank lines passed without a loop)
    listed = False  # the line before was a line of a staff list
    for i, line in enumerate(content):
        m = _NAME_LINE.match(_mask_line(line)) if _DEGREE.search(line) else None
        alone = _NAME_ALONE.fullmatch(_mask_line(line)) if listed and not m else None
        if alone:
            add(alone["name"], None, alone["title"])
        listed = bool(m or alone)
        if m:
            role = _ROLE_LINE.match(content[i + 1].strip()) if i + 1 < len(content) else None
            if role and own and _other_units(content[i + 1].strip()[role.end() :], own):
                role = None  # "Director, Robotic Surgery Program, Department of Urology": another unit's
            role = role or _LAST_ROLE.search(unmask(m["degree"]).rstrip(" ;"))
            add(m["name"], role["role"] if role else None, (m["title"] or "") + unmask(m["degree"]).rstrip(" ;,"))


def _respectively_and_titled(masked: str, add: Any) -> None:
    for m in _RESPECTIVELY.finditer(masked):
        _each(m["list"], m["roles"], add)
    for m in _TITLED.finditer(masked):
        if no_title(masked, m.start()) or of_another_body(masked, m.end()) or named_outsider(masked, m.start()):
            continue
        if not a_visitor(masked, *m.span()):
            add(m["name"], None, m["title"])
    for m in chain(_OPENING.finditer(masked), _GRADE.finditer(masked)):
        add(m["name"], None, m["title"])


def _each(names: str, roles: str, add: Any) -> None:
    """Names and roles paired in order ('A, B and C serve as X, Y and Z, respectively'), when they pair."""
    split = r",[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+"
    people_ = [re.fullmatch(rf"{TITLES}{NAME}", n.strip()) for n in re.split(split, names)]
    jobs = [r.strip() for r in re.split(split, roles)]
    if len(people_) == len(jobs) > 1 and all(people_) and all(_ONE_ROLE.fullmatch(r) for r in jobs):
        for person, job in zip(people_, jobs, strict=True):
            if person is not None:
                add(person["name"], job, person["title"])


def _mask_line(line: str) -> str:
    return re.sub(r"\b(Dr|Prof|M|D|Ph|med|Mr|Mrs|Ms)\.", lambda m: m[1] + MASK, line)
