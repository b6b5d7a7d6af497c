"""People a department page names, with their title and their role in the department.

A person is a full name (two words or more: "Wang Qun", "CHEN Yiding", "Ji-hong Liu", "Christoph
Pöttgen"), never a lone surname or a title ("Wu", "Dr"). A role comes only from a sentence that
gives it to that person:

- "X is the (current) director of the department", "X, a member of ..., is the director";
- "The current department director is Prof. X", "Dr. X serves as the Department Chair",
  "Dr. X was appointed Chairman", "Professor X ... served as the director of ...";
- "Deputy Director: Prof. Dr. med. X", "Director: X";
- "the three vice directors in the department are X, Y and Z", "Y and Z are associate directors";
- "Name, M.D., Professor" lines (the next line may be the role), "Name Ph.D." lines.

The text given is the one with abbreviation full stops masked (see :mod:`.facts`), so "Dr." and
"Prof." do not end sentences.
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract.facts import MASK, unmask

_L = r"[^\W\d_]"
_PART = rf"(?:[A-Z]{_L}+(?:[-'’]{_L}+)*)"  # two letters at least: "M" of "M.D." is no name
NAME = rf"(?P<name>{_PART}(?:[^\S\n]+{_PART}){{1,3}})"
_TITLE_WORD = (
    rf"(?:Prof{MASK}?|Professor|Dr{MASK}?|Doctor|PD|Mr{MASK}|Mrs{MASK}|Ms{MASK}|med{MASK}|Academician|Assoc{MASK}?)"
)
TITLES = rf"(?P<title>(?:{_TITLE_WORD}[^\S\n]*)+)?"
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "department",
        "director",
        "chair",
        "chairman",
        "head",
        "chief",
        "professor",
        "prof",
        "dr",
        "doctor",
        "med",
        "md",
        "phd",
        "deputy",
        "vice",
        "associate",
        "our",
        "this",
        "his",
        "her",
        "dept",
        "division",
        "center",
        "centre",
        "hospital",
        "university",
    ]
)
ROLE = (
    r"(?i:(?:(?:deputy|vice|associate|assistant|executive|technical|medical|clinical|founding|honorary|acting)[^\S\n]+)?"
    r"(?:department[^\S\n]+|division[^\S\n]+)?(?:director|head|chair(?:man|woman|person)?|chief(?:[ -]specialist)?|"
    r"president|ordinarius|chef))"
)
_OF_DEPT = r"(?i:[^\S\n]+(?:of|in)[^\S\n]+(?:the|this|our)[^\S\n]+(?:department|division|center|centre|unit|clinic)\b)?"

# After a role: the department's ("of the department", a date, the sentence's end), not another body's
_OWN = (
    r"(?=[^\S\n]*(?:[,.;]|$)|[^\S\n]+(?i:of|in)[^\S\n]+(?i:the|our|this)(?:[^\S\n]+[\w&-]+){0,4}?[^\S\n]+"
    r"(?i:department|division|cent(?:er|re)|unit|clinic|ward)\b|[^\S\n]+(?:in|since|from)[^\S\n]+\d)"
)

_PATTERNS = (
    # "Dr. ZHONG Haijun, director of our department, ..."
    re.compile(
        rf"{TITLES}{NAME},[^\S\n]+(?:the[^\S\n]+)?(?:current[^\S\n]+)?(?P<role>{ROLE})[^\S\n]+(?i:of|in)"
        r"[^\S\n]+(?i:the|our|this)[^\S\n]+(?i:department|division|cent(?:er|re)|unit|clinic)\b"
    ),
    # "Zeng Mengsu is the current director of the department", "Wu Jun, a young member ..., is the director"
    re.compile(
        rf"{TITLES}{NAME}(?:,[^,.;]{{0,120}},)?[^\S\n]+(?i:is|was|serves[^\S\n]+as|has[^\S\n]+been|acts[^\S\n]+as|"
        rf"was[^\S\n]+appointed(?:[^\S\n]+as)?|served[^\S\n]+as)[^\S\n]+(?:the[^\S\n]+)?(?:current[^\S\n]+)?(?P<role>{ROLE})\b"
        rf"{_OWN}"
    ),
    # "The current department director is Prof. Wang Qun", "The head of the department is Dr. X"
    re.compile(
        rf"\b(?i:the[^\S\n]+)?(?i:current[^\S\n]+|present[^\S\n]+)?(?i:department[^\S\n]+)?(?P<role>{ROLE}){_OF_DEPT}"
        rf"[^\S\n]+(?:is|has[^\S\n]+been)[^\S\n]+{TITLES}{NAME}"
    ),
    # "Deputy Director: Prof. Dr. med. Christoph Pöttgen"
    re.compile(rf"(?:^|\n|[;•|])[^\S\n]*(?=[A-Za-z])(?P<role>{ROLE}){_OF_DEPT}[^\S\n]*[:：][^\S\n]*{TITLES}{NAME}"),
)
_NAME_LINE = re.compile(
    rf"^[^\S\n]*{TITLES}{NAME},?[^\S\n]+"
    rf"(?P<degree>(?:M{MASK}D{MASK}|Ph{MASK}D{MASK}|MD|PhD|FRCR|MSc)[^;\n]{{0,120}}?)[ \t;]*$"
)
_DEGREE = re.compile(r"M\.?D\b|Ph\.?D\b|FRCR|MSc")
_ROLE_LINE = re.compile(rf"^(?P<role>{ROLE})\b")
_TITLED = re.compile(rf"\b(?P<title>{_TITLE_WORD}(?:[^\S\n]*{_TITLE_WORD})*)[^\S\n]+{NAME}")
# "the three vice directors in the department are X, Y and Z", "X and Y are associate directors"
_MANY_AFTER = re.compile(rf"\b(?P<role>{ROLE})s\b[^.;]{{0,40}}?\bare[^\S\n]+(?P<list>[^.;]{{3,160}})")
_MANY_BEFORE = re.compile(rf"(?P<list>{_PART}[^\S\n]+{_PART}(?:(?:,|[^\S\n]+and)[^\S\n]+{_PART}[^\S\n]+{_PART}){{1,5}})"
                          rf"[^\S\n]+are[^\S\n]+"
                          rf"(?:the[^\S\n]+)?(?P<role>{ROLE})s\b")  # fmt: skip


def _name_ok(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.lower().strip(MASK + ".") in _NOT_NAME for w in words)


def _role(text: str) -> str:
    role = " ".join(text.split())
    return role[:1].upper() + role[1:]


def people(lines: list[str], masked: str) -> list[dict[str, Any]]:
    """Named people with their title and their role in the department."""
    found: dict[str, dict[str, Any]] = {}

    def add(name: str, role: str | None, title: str | None) -> None:
        name = " ".join(unmask(name).split())
        if not _name_ok(name):
            return
        person = found.setdefault(name, {"name": name, "role": None, "title": None})
        person["role"] = person["role"] or (_role(role) if role else None)
        person["title"] = person["title"] or (" ".join(unmask(title).split()) if title else None)

    content = [line for line in lines if line and not line.isspace()]
    for i, line in enumerate(content):
        m = _NAME_LINE.match(_mask_line(line)) if _DEGREE.search(line) else None
        if m:
            role = _ROLE_LINE.match(content[i + 1].strip()) if i + 1 < len(content) else None
            add(m["name"], role["role"] if role else None, (m["title"] or "") + unmask(m["degree"]).rstrip(" ;,"))
    for pattern in _PATTERNS:
        for m in pattern.finditer(masked):
            add(m["name"], m["role"], m["title"])
    for m in _MANY_AFTER.finditer(masked):
        for name in re.split(r",[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+", m["list"]):
            if re.fullmatch(rf"{TITLES}{NAME}", name.strip()):
                add(re.sub(rf"^{TITLES}", "", name.strip()), m["role"], None)
    for m in _MANY_BEFORE.finditer(masked):
        for name in re.split(r",[^\S\n]*|[^\S\n]+and[^\S\n]+", m["list"]):
            add(name, m["role"], None)
    for m in _TITLED.finditer(masked):
        add(m["name"], None, m["title"])
    return _without_fragments(list(found.values()))


def _mask_line(line: str) -> str:
    return re.sub(r"\b(Dr|Prof|M|D|Ph|med)\.", lambda m: m[1] + MASK, line)


def _without_fragments(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a name whose words are all inside another's ('Jun Wu' beside 'Wu Jun Li')."""
    keys = [set(p["name"].lower().replace("-", " ").split()) for p in found]
    out = []
    for i, person in enumerate(found):
        if any(j != i and keys[i] < keys[j] for j in range(len(found))):
            continue
        out.append(person)
    return out
