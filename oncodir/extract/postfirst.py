"""People a sentence names after their post: the post opens the sentence or a list's item, the name follows.

- "Director Gu Wei, chief physician, ...", "Head Nurse Li Na leads ...", "Chief physicist Gu Yan is ...": a post
  opening a sentence, a clause after a label ("Team: Director Han Lei, chief physician, trained at ...") or a
  segment after a semicolon ("...; head nurse Zhou Min."), then a name, perhaps after "Prof." or "Dr." ("Director
  Prof. Huang Lin graduated from ...");
- "Deputy directors Zhang Kai and He Liming lead ...": a plural post, then the names (after a plural clinical
  grade each is a person with the grade as a title, no post);
- "Currently, led by Prof. Kong, we ...": the department's leader by title and surname alone (no post);
- "Wen Jia, Head Nurse.": a list's line, under another that opens with a name and a comma.

Only the department's own posts, and only before a clinical grade, a verb or the clause's end: "Deputy director Li
Ming of the Department of Radiology" is another body's, and a guests' label ("Invited speakers: Director X") gives
no one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from oncodir.extract.facts import MASK, unmask
from oncodir.extract.lonenames import lone_names
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import NAME as _NAME
from oncodir.extract.rosters import PART as _PART
from oncodir.extract.rosters import TITLES as _TITLES
from oncodir.extract.rosters import UPPER, Add, post_of, singular
from oncodir.extract.segmentposts import GRADE
from oncodir.extract.visitors import a_visitors_label

_GRADE_ITEM = compiled(GRADE)

# "Director Gu Wei, chief physician, ...", "Head Nurse Li Na leads ...", "Chief physicist Gu Yan is ...": a post
# opening a sentence, then a name with no title; only the department's own posts, and only before a clinical
# grade or a verb (never "Deputy director Li Ming of the Department of Radiology")
# (a line, a sentence, a segment, or a label: "Team: Director X"; a letter next, or no post is tried: a blank line)
_OPENS = r"(?:^|(?<=[\n.;:：]))[ \t]*(?=[^\W\d_])"
_OWN_POST = (
    r"(?:(?:Deputy|Vice|Executive)[ \t][Dd]irector|Director|Deputy[ \t][Hh]ead|Head[ \t]of[ \t](?:the[ \t])?"
    r"[Dd]epartment|Head[ \t][Nn]urse|Chief[ \t]physicist"
    r"|(?<=;[ \t])(?:(?:deputy|vice)[ \t]director|deputy[ \t]head|director|head[ \t]nurse))"  # "...; head nurse X."
)
# "chief physician of the Department of Radiology", "... at Peking University": another body's (not "chief
# physician of integrated Chinese and Western medicine")
_ELSEWHERE = (
    r"[ \t]+(?:of|at|from|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'-]*[ \t]+){0,5}"
    r"(?:Department|Hospital|University|College|Institute|Cent(?:er|re)|Society|Association|Clinic)\b"
)
_VERB = r"(?:is|was|has|leads|led|graduated|joined|studied|serves|speciali[sz]es|works)"
# (the name may end the sentence, "Head nurse Dai Min.", or carry an aside: "Deputy director Bao Lin (Mongolian),")
_POST_NAME = compiled(
    rf"{_OPENS}(?P<role>{_OWN_POST})[ \t](?:(?P<title>Prof{MASK}|Professor|Dr{MASK}?)[ \t]+)?{_NAME}"
    rf"(?:[ \t]*\((?:[^()\n]{{1,30}}|{GRADE}[,;][^()\n]{{1,200}})\))?"
    rf"(?=,[ \t]+(?:{GRADE}|M\.?D\b)(?!{_ELSEWHERE})|[ \t]+{_VERB}\b|\.[ \t]*(?:\n|$)|\.[ \t]+[A-Z]|[ \t]*;)"
)
# "Deputy directors Zhang Kai and He Liming lead ...", "Associate chief physicians Yu Bo and Chen Xi."
_LISTED = rf"{_PART}[ \t]{_PART}"
_POSTS_NAMES = compiled(
    rf"{_OPENS}(?P<role>(?:Deputy|Vice)[ \t][Dd]irectors|Deputy[ \t][Hh]eads|(?P<grade>{GRADE})s)[ \t]"
    rf"(?P<list>{_LISTED}(?:(?:,[ \t]|,?[ \t]and[ \t]){_LISTED}){{1,5}})"
    r"(?=[ \t]*[.;]|[ \t]+(?:lead|led|work|serve)\b|[ \t]+(?:are|were)\b(?![ \t]+(?:from|of|at|visiting|guests?)\b))"
)

# "Currently, led by Prof. Kong, we ...": the department's leader, by a title and a surname alone (never "led by
# Dr. Smith of ...", another body's); no post, as "led" names none
_LED_BY = compiled(
    rf"\b(?i:led|headed)[ \t]+by[ \t]+(?:the[ \t]+(?:(?:current|former)[ \t]+)?director[ \t]+)?"
    rf"(?P<title>Prof{MASK}|Professor|Dr{MASK})[ \t](?P<name>{UPPER}[a-z]{{1,14}})"
    rf"(?=[ \t]*[,;]|[ \t]*\.(?![ \t]*[A-Z]{MASK}))(?![ \t]*,?[ \t]+(?:of|from|at)\b)"
)


# a line that is a name and its post alone: "Wen Jia, Head Nurse." (a clinical grade after the name is no post)
_NAME_THEN_POST = compiled(rf"^[ \t]*{_TITLES}{_NAME},[ \t]*(?P<post>[A-Z][A-Za-z -]{{2,40}}?)[ \t]*\.?[ \t]*$")

_LIST_LINE = compiled(rf"^[ \t]*{_TITLES}{_NAME},")


def posts_then_names(masked: str, add: Add) -> None:
    """A post opening a sentence, then the name of who holds it ('Director Gu Wei, chief physician, ...'), or
    a plural post, then the names ('Deputy directors A and B lead ...': each holds the post; after a plural
    clinical grade each is a person with the grade as a title, no post)."""
    for m in _POST_NAME.finditer(masked):  # (never under a guests' label: "Invited speakers: Director X, ...")
        if not a_visitors_label(masked[masked.rfind("\n", 0, m.start()) + 1 : m.start()].split(":")[0]):
            add(m["name"], m["role"], unmask(m["title"]) if m["title"] else None)
    for m in _LED_BY.finditer(masked):
        add(m["name"], None, unmask(m["title"]), single=True)
    for m in _POSTS_NAMES.finditer(masked):
        for name in re.split(r",?[ \t]and[ \t]|,[ \t]", m["list"]):
            if m["grade"]:
                add(name, None, m["grade"])
            else:
                add(name, singular(m["role"]), None)
    _name_then_post(unmask(masked), add)
    lone_names(masked, add)  # ("Head Nurse: Yangzom" in a list of posts and full names)


def _name_then_post(text: str, add: Add) -> None:
    """'Wen Jia, Head Nurse.': a line of a list, under another that opens with a name and a comma (a line alone,
    'Contact / Jane Fox, Lead Nurse Specialist', is no list's)."""
    lines = list(filter(str.strip, text.split("\n")))  # (blank lines passed without a loop)
    for before, line in pairwise(lines):
        m = _NAME_THEN_POST.match(line)
        post = post_of(m["post"]) if m and not _GRADE_ITEM.fullmatch(m["post"]) else None
        if m and post and _LIST_LINE.match(before):
            add(m["name"], post, (m["title"] or "").strip() or None)
