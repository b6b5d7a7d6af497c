"""Posts a page gives its people in running prose, after the sentence's start.

"Director Li Ming, chief physician, leads the department" opens with its post (:mod:`.rosters` reads it); the
people after it are named mid-sentence, each behind its post in small letters:

- "..., assisted by deputy director Qin Shuai, associate chief physician, and head nurse Du Xiaohong.", "The
  ward is run by head nurse Zhao Min.", "supported by our nurse manager, Jane Fox": a post, then one name;
- "He is assisted by two deputy directors, Li Na and Wang Fang.", "with deputy heads A, B and C": a plural post,
  then the names, each holding the post;
- "Prof. Zhang Wei has led the department since 2015", "Dr. Anna Berg heads the unit": who leads the department
  now holds its head's post ("led the department from 1985 to 2005" is a former head's: no post).

A post of another time ("the former director Sun Li", "the late head nurse ...") or of another body ("deputy
director Li Ming of the Department of Radiology", "head nurse Wu Fang from Riverside Hospital") gives no one.
Only the words around each post are read.
"""

from __future__ import annotations

import re

from oncodir.extract.facts import MASK
from oncodir.extract.namecells import a_units_name
from oncodir.extract.nurseposts import head_nurses
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import UPPER, Add

_L = r"[^\W\d_]"
_PART = rf"{UPPER}{_L}+(?:[-'’]{_L}+)*"
_NAME = rf"{_PART}[ \t]{_PART}(?:[ \t]{_PART})?"
_WORD = rf"(?:Prof{MASK}?|Professor|Dr{MASK}?|Mr{MASK}?|Mrs{MASK}?|Ms{MASK}?)[ \t]+"
_TITLE = rf"(?:{_WORD})*"
# the department's own posts, said in running prose (a leader's or a ward's)
_POST = (
    r"(?:(?:deputy|vice|associate|executive)[ \t]+)?(?:director|head)|head[ \t]+nurse|chief[ \t]+nurse"
    r"|(?:nurse|ward|unit)[ \t]+manager|charge[ \t]+nurse"
)
# a post in prose, in small letters: after a word in small letters or a comma (not the sentence's first word), never
# a former one ("Medical Director, Neuro-Oncology Program" is a staff line's post and unit, no post then a name)
_BEFORE = (
    r"(?<=[a-z,][ \t])(?<!former[ \t])(?<!late[ \t])(?<!retired[ \t])(?<!previous[ \t])(?<!founding[ \t])"
    r"(?<!first[ \t])(?<!then[ \t])(?<!interim[ \t])"
    # (a larger unit's: "the center director, Professor X")
    r"(?<!cent(?:er|re)[ \t])(?<!hospital[ \t])(?<!institute[ \t])(?<!program[ \t])(?<!clinic[ \t])(?<!ward[ \t])"
)
_AFTER = (
    r"(?=[ \t]*[,.;)]|[ \t]+(?:and|who|is|was|has|leads|runs|heads|oversees|manages)\b|[ \t]*$)"
    r"(?![ \t]*,?[ \t]+(?:of|from|at|in)[ \t]+(?:the[ \t]+)?[A-Z])"  # another body's
)
_ONE = compiled(
    rf"{_BEFORE}(?:(?i:our|the|its)[ \t]+)?(?P<role>{_POST})[ \t]*,?[ \t]+{_TITLE}(?P<name>{_NAME}){_AFTER}"
)
_MANY = compiled(
    rf"{_BEFORE}(?:(?i:two|three|four|five|our|the|its)[ \t]+)?(?P<role>{_POST})s[ \t]*,?[ \t]+"
    rf"(?P<list>{_TITLE}{_NAME}(?:(?:[ \t]*,[ \t]*|,?[ \t]+and[ \t]+){_TITLE}{_NAME}){{1,5}}){_AFTER}"
)
# (a name with a title, or with a clinical grade in apposition: "Zhang Wei, chief physician, leads ..."), just
# before a verb of leading the department now
_WHO = compiled(
    rf"(?<![\w-])(?:(?:{_WORD})+(?P<name>{_NAME})(?:,[^,.;\n]{{1,60}},)?|(?P<bare>{_NAME}),[^,.;\n]{{0,40}}"
    r"(?i:physician|surgeon|professor)[^,.;\n]{0,30},)[ \t]+(?:(?:currently|now)[ \t]+)?\Z"
)
_LEADS = compiled(
    r"(?:has[ \t]+(?:led|headed)|has[ \t]+been[ \t]+(?:leading|heading)|leads|heads)[ \t]+(?:the|our|this)[ \t]+"
    r"(?i:department|division|unit|clinic|service|ward|cent(?:er|re)|section)\b(?![ \t]+of\b)"
    r"(?![^.;\n]{0,30}\b(?:until|to)[ \t]+\d{4})"  # "has led ... from 1985 to 2005": not now
)
# where a post in prose may stand: only there are the patterns tried (never across the whole page)
_CUE = compiled(r"(?:director|head|manager|nurse)")
_WORDS_BEFORE = compiled(r"(?<![\w-])[a-z]+[ \t]+(?:[a-z]+[ \t]+)?\Z")


def _starts(masked: str, at: int) -> list[int]:
    """Where a post's phrase may begin, for its word at ``at``: there, or up to two words in small letters before."""
    before = _WORDS_BEFORE.search(masked, max(0, at - 30), at)
    if before is None:
        return [at]
    return [before.start() + w.start() for w in re.finditer(r"[a-z]+", before.group())] + [at]


def prose_posts(masked: str, add: Add) -> None:
    """People given their post mid-sentence ('assisted by deputy director X'), and who leads the department now."""
    for cue in _CUE.finditer(masked):
        for start in _starts(masked, cue.start()):
            one = _ONE.match(masked, start)
            if one is not None and not a_units_name(one["name"]):
                add(one["name"], _post(one["role"]), None)
            many = _MANY.match(masked, start)
            if many is not None:
                _each(many, add)
    for verb in _LEADS.finditer(masked):
        who = _WHO.search(masked, max(0, verb.start() - 160), verb.start())
        if who is not None:
            add(who["name"] or who["bare"], "Head", None)
    head_nurses(masked, add)  # ("The head nurse is X", "X is the head nurse of the department")


def _each(many: re.Match[str], add: Add) -> None:
    """Each name of a plural post's list holds the post ('two deputy directors, A and B')."""
    for name in re.split(r"[ \t]*,[ \t]*(?:and[ \t]+)?|,?[ \t]+and[ \t]+", many["list"]):
        if not a_units_name(name):
            add(re.sub(rf"^{_TITLE}", "", name.strip()), _post(many["role"]), None)


def _post(role: str) -> str:
    role = " ".join(role.split())
    return role[:1].upper() + role[1:]
