"""People from a page's staff lines: a post, then the people who hold it.

- "Deputy Directors: Li Ming, Wang Fang" and "Head of Department: Univ.-Prof. Dr. Jane Roe, FEBU": the
  text before the colon is the post, given to each name after it (a plural post to each, in the singular);
  "Deputy directors: A, chief physician; B, associate chief physician": a name opening each segment;
- "Director  Prof. Kim Min-ho (Surgery)": a post and a name parted by a run of spaces, as a table row
  ("Staff  A, B, C": people with no post);
- a heading line that is a post alone ("Director", "Director of the Department"), and the name on the next line
  (a post's line under a name alone is a list's of name, then post; a hospital's name is no name);
- a post opening a sentence, then a name: :mod:`.postfirst`.

A name of one word is taken only where the form makes it a person's: a post's line, then a clinical grade
("Deputy Director: Batu, chief physician"), or "led by Prof. Kong," (the department's leader; no post).

The words before the colon must name a post (director, head, chief, lead, consultant, nurse ...); a
title before the name (Dr, Prof.) makes a person without a post ("Psychosocial Service: Dipl.-Psych. X")
only after a colon. A name never spans a menu's run of spaces ("Find a Doctor   Locations   Pay My Bill").

British honorifics (Mr, Mrs, Ms, Miss: a surgeon is "Mr" in the UK) are titles, never part of a name; and a
line's item that names a post ("Consultant Medical Oncologist") is no person (:func:`honorific`,
:func:`names_a_post`).
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from oncodir.extract.facts import unmask
from oncodir.extract.pastposts import a_past_posts_words
from oncodir.extract.postwords import ALLIED, CARE_MANAGER, POST_WORD, bodys_post, post_abroad, without_ward
from oncodir.extract.regexcache import compiled
from oncodir.extract.segmentposts import GRADE, segment_post
from oncodir.extract.titles import ABBREVIATED, TITLE, academic_title, split_title
from oncodir.extract.visitors import a_visitors_label


class Add(Protocol):
    """Takes a person: name, role, title; ``single`` when the page's form makes a one-word name certain."""

    def __call__(self, name: str, role: str | None, title: str | None, single: bool = False) -> None: ...


# a capital letter of a Latin script ("Étienne", "Łukasz", "Øyvind"), not only A-Z
UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_L = r"[^\W\d_]"
_PART = rf"(?:{UPPER}(?:['’](?={UPPER}))?{_L}+(?:[-'’]{_L}+)*)"
# a middle initial inside a name ("Rachel M. Osterhout"), never at its end
# and the small particles of a Dutch, German or French surname ("Anneke de Vries", "Jan van der Berg")
# a clinical grade written before a name, in the page's capitals ("Associate Chief Physician Ren Hua")
_GRADE_FIRST = r"(?:(?:Associate|Deputy|Vice)[ \t]+)?(?:Chief|Attending)[ \t]+(?:Physician|Surgeon)"
_PARTICLES = r"(?:(?:van|von|der|den|de|da|di|du|la|le|ter|zu)[ \t]){0,2}"
_NAME = rf"(?P<name>{_PART}(?:[ \t](?:[A-Z]\.[ \t])?{_PARTICLES}{_PART}){{1,3}})"
_TITLE = (  # (a clinical grade before the name too: "Director: Chief Physician Li Ming")
    r"(?:Assoc\.[ \t]*Prof\.|(?:Associate|Assistant)[ \t]+Professor|"
    rf"{TITLE}|Professor|Prof\.?|PD|Dr\.?|dr\.|med\.|Mr\.?|Mrs\.?|Ms\.?|Miss|{_GRADE_FIRST})"
)
_TITLES = rf"(?P<title>(?:{_TITLE}[ \t]{{0,2}})+)?"
_PERSON = compiled(
    rf"{_TITLES}{_NAME}(?:,[ \t]*(?:MD|PhD|FEBU|FRCS\w*|FRCP\w*))*(?:[ \t]*\((?P<paren>[^()\n]{{1,60}})\))?"
)
# the post's word comes first, or after one or two words ("Executive deputy director", "Radiation Oncology Lead"); a
# manager of care is a post ("Patient Care Manager"), never a page's or an office's ("Content Manager")
_POST = compiled(
    r"^(?:[\w&-]+[ \t]+){0,2}?(?:(?:vice|deputy|co)-)?(?:director|head(?![ \t]+(?:and|&)[ \t]+neck)|"
    rf"chief|chair\w*|lead|leader|consultant|nurse|physician|surgeon|{CARE_MANAGER}|{ALLIED}|dean|president|"
    r"senior[ \t]+staff[ \t]+member|oberarzt|oberärztin|chefarzt|chefärztin|leiter\w*|direktor\w*|coordinator"
    r"|(?:nursing|ward|unit|technical)[ \t]+supervisor|(?:ward|charge)[ \t]+sister"
    r"|(?:nursing|nurse|sister)[ \t-]+in[ \t-]+charge)s?\b"
    # "Staff Specialists", "Medical Oncologists", "Registrars": a grade or specialty that ends the label, so
    # "Specialist clinics" stays no post; "Our specialists", "Visiting specialists" name a group, no post
    r"|^(?!(?:our|the|my|your|all|other|meet|find|ask|contact|more|further|additional|visiting|guest)\b)"
    r"(?:[\w&-]+[ \t]+){0,3}(?:specialist|registrar|[a-z]*olog(?:ist|ists))s?$"
    # "Specialist in oncology": a specialist by the field named after the word (as Finland and Sweden write it)
    r"|^(?:[\w-]+[ \t]+)?specialists?[ \t]+in[ \t]+(?:[\w-]+[ \t]+){0,2}[\w-]+$",
    re.I,
)
_LABEL = r"(?P<label>[A-Za-zÀ-ÿ][\w&,()./ -]{1,60}?)"
_COLON_LINE = compiled(rf"^[ \t]*(?:[•|·-][ \t]*)?{_LABEL}[ \t]*[:：][ \t]*(?P<rest>\S[^\n]*)$")
# a table row's post is a few plain words ("Director", "Deputy Head"), no list of topics
_STAFF = compiled(r"(?i:staff|team|members|physicians|doctors|surgeons)")
# (cells parted by a run of spaces, a tab or a bar: "Deputy Director | Li Ming, Chief Physician")
_TABLE_LINE = compiled(
    r"^[ \t]*(?:\|[ \t]*)?(?P<label>(?:[A-Z][\w-]*[ \t]){0,2}[A-Za-z-]+)(?:[ \t]{2,}|\t|(?P<bar>[ \t]*\|[ \t]*))"
    r"(?P<rest>[^\s|][^\n]*)$"
)
_HEADING = compiled(  # (or the own unit's post: "Director of the Department", "Head of Unit")
    r"^[ \t]*(?P<label>(?:[A-Z][a-z-]*[ \t]){0,2}[A-Za-z-]+"
    r"(?:[ \t]of[ \t](?:the[ \t])?(?i:department|unit|ward|clinic))?)[ \t]*[:：]?[ \t]*$"
)
_NAME_LINE = compiled(rf"^[ \t]*{_TITLES}{_NAME}(?=[ \t]*(?:[,;(]|$))")

_LEADER = compiled(r"\b(?:head|director|chief|chair\w*|lead|leader)\b", re.I)
_A_BODY = compiled(r"\b(?:Hospital|Department|University|Cent(?:er|re)|Clinic|Institute)\b")  # no name line


# a heading over a group names no post: "Leaders", "Our team", "Other surgeons" (the rest of a list: no post said)
_GROUP = compiled(
    r"(?i:(?:(?:our|the|department|departmental|unit|clinic|ward)[ \t]+)?(?:leaders|leadership|team)"
    r"|(?:other|further|additional|more|remaining)[ \t]+(?:[\w-]+[ \t]+){0,2}[\w-]+s)"
)


_WARD = compiled(r"^(?i:ward|unit|station|floor)[ \t]+\w{1,4}[ \t]+")  # a ward's number names no post
_IN_FIELD = compiled(r"(?i:(?:[\w-]+[ \t]+)?specialists[ \t]+in[ \t])")  # a plural before its field
_IN_CHARGE = compiled(r"(?i:[ \t]+in[ \t]+charge[ \t]+of[ \t]+(?:the[ \t]+)?(?:ward|unit|clinic|department)s?)$")


def _post(label: str) -> str | None:
    """The post a line's label names, or None; at most six words, all of it a post's wording. A longer label of
    posts parted by commas ("Senior Consultant, Head of Stem Cell Research") gives its leader's post. An aside in
    brackets is no part of the post ("Consultants (Oberärztinnen/Oberärzte)": Consultants)."""
    aside = re.search(r"[ \t]*\([^()\n]*\)", label)
    label = without_ward(" ".join(re.sub(r"[ \t]*\([^()\n]*\)", "", label).split()))
    if aside and post_abroad(aside.group()) and len(label.split()) <= 4 and not _GROUP.fullmatch(label):
        return label[:1].upper() + label[1:]  # "Health executive (Cadre de santé)": the page's own post, translated
    if _GROUP.fullmatch(label):
        return None
    if len(label.split()) > 6 and re.search(r",|[ \t]/[ \t]", label):  # "Vice Chairman / Director of X Center"
        posts = [p for p in map(_post, re.split(r",|[ \t]/[ \t]", label)) if p]
        return next((p for p in posts if _LEADER.search(p)), posts[0] if posts else None)
    charge = _IN_CHARGE.search(label)  # "Attending physician in charge of the ward": a post, and what it is of
    if len(label[: charge.start() if charge else None].split()) > 6 or not _POST.match(_WARD.sub("", label)):
        return None
    if a_past_posts_words(label):  # ("Former directors", "director 1980-1995": no post now)
        return None
    return label[:1].upper() + label[1:]


# an academic rank labelling a staff line is the post the page lists its holder under ("Associate Professor: X",
# "Lecturers: A, B", as a university department lists its staff by rank); only before a colon, never a table's cell
_RANK = compiled(r"(?i:(?:associate|assistant)[ \t]+professor|professor|(?:senior[ \t]+)?lecturer)s?")


def _rank(label: str) -> str | None:
    return label[:1].upper() + label[1:] if _RANK.fullmatch(label.strip()) else None


_PLURAL_POST = compiled(
    r"(?i:director|head|chief|leader|physician|consultant|surgeon|nurse|\w*ologist|specialist|registrar|chair|doctor)s$"
)


def _singular(post: str) -> str:
    return re.sub(r"(?<=[a-z])s\b(?=[^,&]*$)", "", post, count=1) if re.search(r"[a-z]s\b", post) else post


# a degree between names, perhaps with the specialty of who holds it: "X, MD (Thoracic Surgery) and Y, MD"
_DEGREE_ITEM = compiled(r"(?:MD|PhD|MBBS|RN|FEBU|FRCS\w*|FRCP\w*|M\.D\.|Ph\.D\.)(?:[ \t]*\([^()\n]{1,40}\))?")


_GRADE_ITEM = compiled(GRADE)
# a one-word name ("Wurigen", as Mongolian and Uyghur names are often written), only before a grade
_ONE_WORD = compiled(rf"(?P<name>{UPPER}[a-z]{{3,14}})(?:[ \t]*\([^()\n]{{1,20}}\))?")
_NOT_ONE = frozenset({"professor", "doctor", "director", "chief", "head", "vacant", "none", "staff", "team"})

Person = tuple[str, "str | None", "str | None", bool]  # name, title, the post it gives in brackets, one word


def _paren_post(paren: str | None) -> str | None:
    """The post a name's brackets give: their first item that is a post ("Director, chief physician": "Director");
    a clinical grade ("(Chief Physician)") is a title, no post: the post a line's label gives wins over it."""
    # (a post of the hospital, "Deputy Director of the Hospital", is none in the department)
    items = [i for i in (paren or "").split(",") if not _GRADE_ITEM.fullmatch(i.strip()) and not bodys_post(i)]
    return next((p for p in map(_post, items) if p), None)


def _paren_grade(paren: str | None) -> str | None:
    return next((i.strip() for i in (paren or "").split(",") if _GRADE_ITEM.fullmatch(i.strip())), None)


# what a doctor or nurse is, after their name in a staff list's segment ("Zheng Kai, Attending Physician")
_GRADED = compiled(rf"{GRADE}|(?i:resident|intern|(?:[\w-]+[ \t]+)?(?:physician|surgeon|nurse|doctor))")


def _bracketed(rest: str) -> list[Person]:
    """A staff list's names with no title, where each one's post is given in brackets ("Team: X (Director, chief
    physician); Y (Head Nurse)"), or each segment is a name and a clinical grade ("Doctors: A, Attending Physician;
    B, Resident"); else none (a bare "Team: Thoracic Surgery, Radiology" names no one)."""
    found = _names(rest, False)
    segments = [[i.strip() for i in s.split(",")] for s in rest.strip().rstrip(".").split(";")]
    graded = len(segments) == len(found) > 1 and all(len(s) > 1 and _GRADED.fullmatch(s[1]) for s in segments)
    if graded:  # (the grade is the person's title, no post)
        return [(name, title or s[1], own, one) for (name, title, own, one), s in zip(found, segments, strict=True)]
    return found if found and all(own or title for _, title, own, _ in found) else []  # (title: a bracket's grade)


def _first(segment: str, titled_only: bool) -> Person | None:
    """The person a list's segment opens with: a name, or a one-word name before a clinical grade."""
    items = [i.strip() for i in re.split(r",(?![^()]*\))", segment)]  # (not at a comma in brackets)
    m = _PERSON.fullmatch(items[0])
    if m is not None:
        if titled_only and not m["title"]:
            return None
        return m["name"], (m["title"] or "").strip() or None, _paren_post(m["paren"]), False
    one = _ONE_WORD.fullmatch(items[0])
    certain = one is not None and len(items) > 1 and _GRADE_ITEM.fullmatch(items[1]) is not None
    if one and certain and not titled_only and one["name"].lower() not in _NOT_ONE and not names_a_post(one["name"]):
        return one["name"], None, None, True
    return None


def _names(rest: str, titled_only: bool) -> list[Person]:
    """The names a line lists after its post: items separated by commas or 'and', up to the first non-name
    (a degree between them, "X, MD; Y, MD", is skipped); each with its title and the post it gives in brackets.
    Segments parted by semicolons that each open with a name ("Han Lei, chief physician; Zhou Min, associate
    chief physician") give one person each."""
    rest = rest.strip().rstrip(".")
    segments = [s for s in re.split(r"[ \t]*;[ \t]*", rest) if s.strip()]
    firsts = [_first(s, titled_only) for s in segments]
    if firsts and all(firsts) and (len(segments) > 1 or (firsts[0] and firsts[0][3])):
        return [f for f in firsts if f is not None]
    out: list[Person] = []
    for item in re.split(r"[ \t]*[,;][ \t]*|[ \t]+and[ \t]+", rest):
        if out and _DEGREE_ITEM.fullmatch(item.strip()):
            continue
        m = _PERSON.fullmatch(item.strip())
        if m is None or (titled_only and not m["title"]):
            if out or m is not None:
                break
            return out
        title = (m["title"] or "").strip() or _paren_grade(m["paren"])
        out.append((m["name"], title or None, _paren_post(m["paren"]), False))
    return out


# (a middle initial, "Rachel M. Osterhout", ends no sentence either)
_TITLE_END = compiled(
    rf"(?:\b(?:Assoc|Prof|Dr|dr|ir|em|Doz|Univ|Priv|med|habil|Dott|Dipl|Mr|Mrs|Ms|St|[A-Z])|-[A-Z][a-z]{{0,5}})\.$"
    rf"|(?<![\w.-]){ABBREVIATED}$"
)


def _pieces(masked: str) -> list[tuple[str, bool]]:
    """Each line, split at its sentences' ends ("... Association. Deputy directors: X, Y"); True for a whole line."""
    out: list[tuple[str, bool]] = []
    for line in filter(str.strip, masked.split("\n")):  # (blank lines passed without a loop)
        parts: list[str] = []
        for part in re.split(r"(?<=\.)[ \t]+(?=[A-Z])|(?<=;)[ \t]+(?=[A-Z][^;:：.\n]*[:：])", line):  # not "X, MD; Y"
            if parts and _TITLE_END.search(parts[-1]):  # "Assoc. Prof.", "Priv.-Doz. Dr." (not "Qiao Ying.")
                parts[-1] += " " + part
            else:
                parts.append(part)
        parts = [unmask(p) for p in parts if p.strip()]
        out += [(p, len(parts) == 1) for p in parts]
    return out


def staff_lines(masked: str, add: Add) -> None:
    """Posts and their holders from 'Post: names' lines, table rows and 'Post' headings over a name
    (``masked``: the page with abbreviations' full stops masked, so "Dr." ends no sentence)."""
    pieces = _pieces(masked)
    content = [p for p, _ in pieces]
    headed: set[int] = set()  # the lines read as a post's heading over the next name
    for i, (line, whole) in enumerate(pieces):
        m = _COLON_LINE.match(line)
        table = m is None
        m = m or _TABLE_LINE.match(line)
        if m is not None and a_visitors_label(m["label"]):
            continue  # "Visiting fellow 2020: Dr X": a guest's line, no staff's
        if m is not None and m.groupdict().get("bar") and _GRADE_ITEM.fullmatch(m["label"].strip()):
            continue  # "Associate Chief Physician | Ding Wen": a grade's cell, read with its header (:mod:`.tables`)
        if m is not None:
            post = _post(m["label"]) or (None if table else _rank(m["label"]))
            staff = table and _STAFF.fullmatch(m["label"]) is not None  # a row "Staff  A, B, C": no post
            cell = re.sub(r"[ \t]{2,}.*$|[ \t]*\|.*$", "", m["rest"]) if table else m["rest"]  # (a table's: its cell)
            names = _names(cell, post is None and not staff)
            if not (names or table or post) and _STAFF.fullmatch(m["label"]):
                names = _bracketed(m["rest"])
            if post is None and table and not staff:
                continue
            for name, title, own, single in names:
                plural = post is not None and (len(names) > 1 or _PLURAL_POST.search(post) is not None)
                plural = plural and not _IN_FIELD.match(post or "")  # "Specialists in X": as the page writes it
                role = own or (_singular(post) if post is not None and plural else post)  # "Directors: A; B"
                role, title = segment_post(m["rest"], name, post, role, title) if not own else (role, title)
                add(name, role, title, single=single)
            continue
        heading = _HEADING.match(line) if whole else None
        post = _post(heading["label"]) if heading else None
        if post and not _after_its_name(content, i, headed):
            headed.add(i)
            _under_heading(post, content[i + 1 :], add)


def _after_its_name(content: list[str], i: int, headed: set[int]) -> bool:
    """True when a post's line follows a name alone no heading went before: a list of name, then post ("Geng Li /
    Attending Physician / Hu Min / Head Nurse"; but "Director / Li Ming / Deputy Director / Wang Fang": headings)."""
    name = _NAME_LINE.match(content[i - 1]) if i and not _A_BODY.search(content[i - 1]) else None
    if name is None or content[i - 1][name.end() :].strip():
        return False
    j = i - 2  # (names alone back to a heading: "Consultants / A / B / Ward Manager / C", a list, then a heading)
    while j >= 0 and j not in headed and _NAME_LINE.match(content[j]):
        j -= 1
    return j not in headed


def _under_heading(post: str, after: list[str], add: Add) -> None:
    """The name line under a post's heading holds the post; a plural heading ("Senior Physicians") is a list's:
    each name line under it holds the post in the singular, or the post it gives in brackets."""
    one = _singular(post)
    for line in after:
        nxt = _NAME_LINE.match(line)
        heading = _HEADING.match(line)
        if nxt is None or (heading and (_post(heading["label"]) or _GROUP.fullmatch(heading["label"]))):
            return  # (the next post's heading ends the list: "Deputy Directors / A / B / Head Nurse / C")
        if one == post:  # a singular heading: its one holder
            own = re.match(r"[ \t]*\(([^()\n]{2,60})\)", line[nxt.end() :])
            add(nxt["name"], (_paren_post(own[1]) if own else None) or one, (nxt["title"] or "").strip() or None)
            return
        for name, title, own_post, single in _holders(line, nxt):
            add(name, own_post or one, title, single=single)


def _holders(line: str, first: re.Match[str]) -> list[Person]:
    """The people of a list's line: one per segment parted by semicolons when each opens with a name ("Han Lei,
    chief physician; Zhou Min, associate chief physician"), else the name the line opens with."""
    segments = [s for s in re.split(r"[ \t]*;[ \t]*", line.strip()) if s.strip()]
    firsts = [_first(s, False) for s in segments] if len(segments) > 1 else []
    if firsts and all(firsts):
        return [f for f in firsts if f is not None]
    own = re.match(r"[ \t]*\(([^()\n]{2,60})\)", line[first.end() :])
    return [(first["name"], (first["title"] or "").strip() or None, _paren_post(own[1]) if own else None, False)]


def without_fragments(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a name whose words are all inside another's ('Jun Wu' beside 'Wu Jun Li')."""
    keys = [set(p["name"].lower().replace("-", " ").split()) for p in found]
    out = []
    for i, person in enumerate(found):
        if any(j != i and keys[i] < keys[j] for j in range(len(found))):
            continue
        out.append(person)
    return out


def honorific(name: str) -> tuple[str, str | None]:
    """A name without the honorific or title it begins with ("Miss Jane Roe" -> "Jane Roe", "Miss"; "DGKP
    Sabine Wimmer", "Sister Morag Stewart": a nurse's title, see :mod:`.titles`)."""
    return split_title(name)


def names_a_post(name: str) -> bool:
    """True when a would-be name holds a post's words ("Consultant Gynaecological Oncologist")."""
    return bool(POST_WORD.search(name)) or academic_title(name)


def post_of(text: str) -> str | None:
    """The post a table's cell names ("Deputy Director"), or None ("—", a specialty)."""
    return _post(text)


def person_cell(text: str) -> tuple[str, str | None] | None:
    """A table cell that is a name, with its title ("Prof. Li Ming" -> ("Li Ming", "Prof.")), else None."""
    m = _PERSON.fullmatch(text.strip())
    return (m["name"], (m["title"] or "").strip() or None) if m and not m["paren"] else None


def first_sentence(text: str) -> str:
    """A line's text up to its first sentence end: a post never runs on into the next sentence
    ("Consultant Dermatologist. Dr. X completed his fellowship ..." -> "Consultant Dermatologist")."""
    return re.split(r"(?<![A-Z][a-z])(?<=[a-z)\]])\.[ \t]+(?=[A-Z])", text, maxsplit=1)[0]  # (not "St. Anne's")


def singular(post: str) -> str:
    """A plural post in the singular ("Deputy Directors" -> "Deputy Director")."""
    return _singular(post)


# the pieces of a staff line's name, for the modules reading names in other forms
NAME, PART, TITLES = _NAME, _PART, _TITLES
