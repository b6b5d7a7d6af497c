"""Whether a person a page names without a post is the department's own, read from every place the page names them.

A person with no post may be named only as someone else's: another department's head ("Prof. Wu Gang, director
of the Department of Radiology, joins our tumour board"), a visitor ("Visiting professor Dr. John Miller ..."),
another body's doctor ("Professor Ni Xin from Beijing Children's Hospital", "Professor X of the Obstetrics and
Gynecology Hospital in Shanghai has come to the department monthly"). Such a person is left out when EVERY
mention of the name is of that kind; a person the page gives a post, or names once as its own, stays. Only the
words around each mention are read; when the department's name is not known another unit's cannot be told from it.
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract.generic import unit_stems
from oncodir.extract.outsiders import from_elsewhere, named_outsider, of_another_body
from oncodir.extract.regexcache import compiled
from oncodir.extract.visitors import a_visitor

_UNIT = r"(?:Department|Division|Unit|Section|Service|Clinic|Ward)"
_NAMED = r"[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|and|&)){0,4}"
# "X, director of the Department of Radiology", "X (radiologist) from the Radiology Department", "X, of the ..."
_OF_UNIT = compiled(
    r"(?:[ \t]*\([^()\n]{0,40}\))?,?[ \t]+(?:(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[a-z-]+[ \t]+){0,2}"
    r"(?i:director|head|chief|chair\w*|leader|physician|surgeon|doctor|nurse|consultant|professor|\w+olog(?:ist|y)"
    r"|\w+icians?)s?[ \t]+)?(?:of|in|from|at)[ \t]+(?:the[ \t]+)?"
    rf"(?:{_UNIT}[ \t]+of[ \t]+(?P<b>{_NAMED})|(?P<a>{_NAMED})[ \t]+{_UNIT}\b)"
)
# "Professor X from Beijing ...": of a named place or body; not "Dr. Y from Shanghai joined us in 2019"
_FROM_NAMED = compiled(r"[ \t]*,?[ \t]+from[ \t]+(?!The\b|Our\b|This\b)[A-Z]")
_JOINED = compiled(r"\b(?:joined|moved|returned|transferred|came[ \t]+to[ \t]+(?:work|join))\b")


def _listed(text: str, start: int, end: int) -> bool:
    """True when the name opens a line that is no sentence: a staff list's entry ("Kim Min-ho, Chief of the Department
    of Radiology" under "Doctors" is listed among the department's own)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    return len(text[line_start:start].split()) <= 2 and not line.endswith(".")  # (only titles before the name)


def _another_unit(text: str, end: int, own: str | None) -> bool:
    m = _OF_UNIT.match(text, end, min(len(text), end + 160))
    if m is None or not own or not unit_stems(own):
        return False
    return not unit_stems(m["a"] or m["b"]) & unit_stems(own)


def _from_elsewhere(text: str, end: int) -> bool:
    if _FROM_NAMED.match(text, end) is None:
        return False
    sentence = re.split(r"[.;\n]", text[end : end + 200], maxsplit=1)[0]
    return _JOINED.search(sentence) is None


def _someone_elses(text: str, start: int, end: int, own: str | None) -> bool:
    """True when the mention of a name from ``start`` to ``end`` names someone else's doctor or a visitor."""
    return (
        (_another_unit(text, end, own) and not _listed(text, start, end))
        or of_another_body(text, end)
        or _from_elsewhere(text, end)
        or named_outsider(text, start)
        or from_elsewhere(text, start, end)
        or a_visitor(text, start, end)
    )


def own_staff(found: list[dict[str, Any]], masked: str, own: str | None) -> list[dict[str, Any]]:
    """The people found less those with no post whom every mention on the page names as someone else's."""
    out = []
    for person in found:
        spans = [] if person["role"] else _mentions(masked, person["name"])
        if spans and all(_someone_elses(masked, start, end, own) for start, end in spans):
            continue
        out.append(person)
    return out


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name stands in the text (as a whole name, not inside a longer word)."""
    out: list[tuple[int, int]] = []
    at = text.find(name)
    while at >= 0 and len(out) < 20:
        end = at + len(name)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            out.append((at, end))
        at = text.find(name, end)
    return out
