"""People a staff line names together, then the post they share.

"Zhou Yan, Ma Lijun, Deputy Directors, Chief Physicians.", "Dr. Anna Berg and Dr. Tom Reed - Consultant
Oncologists", "Li Wei, Chen Bo and Wu Fang, attending physicians": a line opens with two names or more, then an
item naming in the plural what they all are. A plural post gives each the post (in the singular); a plural
clinical grade is each one's title, no post. The plural is what makes the line a list of people: "Zhou Yan, Ma
Lijun and others visited Japan" names no post, and a post of another body ("deputy directors of the Society",
"consultants at Riverside Hospital") or a visitor's ("visiting professors") gives no one.
"""

from __future__ import annotations

import re

from oncodir.extract.facts import MASK, unmask
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import Add, names_a_post, post_of
from oncodir.extract.segmentposts import GRADE
from oncodir.extract.titles import TITLE
from oncodir.extract.visitors import a_visitors_post

_L = r"[^\W\d_]"
_PART = rf"(?:[A-Z](?:['’](?=[A-Z]))?{_L}+(?:[-'’]{_L}+)*)"
_TITLE = rf"(?:{TITLE}|Prof[.{MASK}]?|Professor|Dr[.{MASK}]?|Mr|Mrs|Ms|Miss)"
_PERSON = compiled(rf"(?P<title>(?:{_TITLE}[ \t]{{1,2}})*)(?P<name>{_PART}(?:[ ]{_PART}){{1,3}})(?![\w'’-])")
_BULLET = compiled(r"[ \t]*(?:[•·*][ \t]*)?")
_AND = compiled(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)")
_BEFORE_POST = compiled(r"[ \t]*(?:,|[ \t][–—-]|[:：])[ \t]*")
# the shared item: plain words up to the next item or the sentence's end
_ITEM = compiled(r"(?P<item>[A-Za-z][A-Za-z -]{2,60}?)[ \t]*(?=[,;(]|\.(?:[ \t]|$)|$)")
# a plural post's or grade's word, made singular for each holder
_PLURAL = compiled(
    r"(?i:\b(?P<one>director|head|chief|leader|lead|consultant|surgeon|physician|nurse|specialist|manager|"
    r"coordinator|physicist|therapist|pharmacist|dieti[tc]ian|worker|doctor|[a-z-]*(?:ologist|iatrist))s\b)"
)
_GRADE = compiled(GRADE)
# "deputy directors of the Society", "consultants at Riverside Hospital": another body's (not "of the department")
_ELSEWHERE = compiled(r"(?i:\b(?:of|at|from|in)\b(?![ \t]+(?:(?:the|this|our)[ \t]+)?(?:department|unit|ward)\b))")
# capitalised words of a topic, no one's name: "Lung Cancer, Breast Cancer - Specialist Nurses"
_TOPIC = compiled(
    r"(?i:\b(?:cancers?|tumou?rs?|oncology|surgery|care|clinics?|services?|units?|wards?|teams?|therapy|imaging|"
    r"medicine|health|cent(?:er|re)s?|departments?|nursing|radiology|pathology|office|research|support)\b)"
)


def shared_posts(masked: str, add: Add) -> None:
    """The people of each line that names two or more, then the post or grade they share in the plural
    (``masked``: the page with abbreviations' full stops masked, so "Dr." ends no sentence)."""
    for line in filter(None, masked.split("\n")):  # (empty lines, most of some pages, passed without a loop)
        if "," in line or " and " in line or "&" in line:
            _line(line, add)


def _line(line: str, add: Add) -> None:
    found: list[re.Match[str]] = []
    pos = _BULLET.match(line).end()  # type: ignore[union-attr]  # (it matches the empty string)
    while (m := _PERSON.match(line, pos)) is not None and not _a_post(m["name"]):
        found.append(m)
        sep = _AND.match(line, m.end())
        if sep is None:
            break
        pos = sep.end()
    if len(found) < 2:
        return
    if pos <= found[-1].end():  # the post after a dash or a colon: "A and B - Consultant Oncologists"
        sep = _BEFORE_POST.match(line, found[-1].end())
        if sep is None:
            return
        pos = sep.end()
    item = _ITEM.match(line, pos)
    if item is None or _ELSEWHERE.search(item["item"]) or a_visitors_post(item["item"]):
        return
    one = _PLURAL.sub(lambda p: p["one"], item["item"], count=1)
    if one == item["item"]:
        return  # no plural: the names are not shown to share it
    grade = _GRADE.fullmatch(one) is not None
    post = None if grade else post_of(one)
    if not (grade or post):
        return
    for m in found:
        title = " ".join((unmask(m["title"]) + " " + (one if grade else "")).split()) or None
        add(unmask(m["name"]), post, title)


def _a_post(words: str) -> bool:
    """True when a would-be name is a post, a grade or a topic ("Deputy Directors", "Chief Physicians", "Lung
    Cancer")."""
    if _TOPIC.search(words):
        return True  # (a topic's words end the names: no one is listed)
    return names_a_post(words) or post_of(words) is not None or _GRADE.fullmatch(words) is not None
