"""Visitors a department page names: guests, invited speakers and visiting fellows, never its staff.

A page's news and staff lists name people who only came for a while: "Guest lecture by Dr. A (Lyon)",
"Visiting professor: Dr. B", "Visiting fellow 2021: Dr C (Perth)", "Dr. D of Toronto gave a lecture on ...
in the department". Each is a person from elsewhere, so none is taken as the department's. Only the words
just before the name and the clause just after it are read:

- before it: a guest's or visitor's wording ("guest lecture by", "a talk given by", "invited speaker",
  "visiting fellow:", "a visit of" or "from"; never "a follow-up visit by", a doctor's own), or the leader of a
  group that came ("a delegation of experts from X Hospital, led by Dr. Y"; never "the department, led by Dr. Z");
- on its line: a visitors' label before a colon ("Visiting professors: Prof. A, Prof. B");
- after it: an item of its apposition or an aside naming a visitor's post ("Dr. G, Lakeside Hospital, visiting
  consultant", "Dr. H (guest surgeon)"; never "visiting scholar at X", staff who went elsewhere), or "of"/"from"
  a place named with capitals or "from a (university) hospital", then a visit's verb in the same sentence ("of
  Toronto gave a lecture", "from Osaka visited the department", "from a hospital in Lyon gave a talk"): "Dr. E of
  our department gave a lecture" and "Dr. F gave a lecture" keep their person.
"""

from __future__ import annotations

from oncodir.extract.facts import MASK
from oncodir.extract.regexcache import compiled

# (a label "Visiting fellow 2020:" may carry a year; "Guests:" a list)
_BEFORE = compiled(
    r"(?i:\b(?:guest|visiting|invited|honorary[ \t]+visiting)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:lecturer|lecture|speaker|talk|professor|fellow|scholar|doctor|physician|surgeon|researcher|"
    r"expert|consultant|seminar|presentation|guest)s?(?:[ \t]+\d{4})?[ \t]*(?:[:：]|\bby\b|\bfrom\b|\bwas\b)?"
    r"|\b(?:lecture|talk|seminar|presentation|speech)[ \t]+(?:given[ \t]+|held[ \t]+|delivered[ \t]+)?by"
    r"|\b(?:guests?|visitors?)[ \t]*[:：]|\bvisit[ \t]+(?:of|from))"
    rf"[ \t]*(?:[A-Za-z.{MASK}]+[ \t]+){{0,3}}$"  # (a title's full stop may be masked: "Dr\ue000 ")
)
_AFTER = compiled(
    r"(?:[ \t]*\([^()\n]{1,40}\))?,?[ \t]+(?:of|from)[ \t]+(?!our\b|this\b)"
    # ("of the Obstetrics Hospital in Shanghai has come to ...", never "of the Department of Surgery")
    r"(?:the[ \t]+(?=[A-Z])(?!(?:Department|Division|Unit|Ward|Clinic|Section|Service|Team)\b))?"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
    # (or a body left unnamed: "from a university hospital in Nanjing gave a lecture")
    r"|an?[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:hospital|university|institute|cent(?:er|re)|clinic)\b)"
    r"[^.;\n]{0,40}?\b(?:gave|delivered|held|visited|lectured|came[ \t]+to|comes[ \t]+to|has[ \t]+come[ \t]+to"
    r"|was[ \t]+invited|were[ \t]+invited)\b"
)

# an item of the name's own line or apposition naming a visitor's post: "Dr. G, Lakeside Hospital, visiting
# consultant (monthly)"; never one that only mentions visitors ("Dr. H, director, hosts visiting fellows")
_VISITING = (
    r"(?:an?[ \t]+)?(?:(?i:honorary)[ \t]+)?(?i:visiting|guest)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?i:lecturer|speaker|professor|fellow|scholar|doctor|physician|surgeon|researcher|expert|consultant)s?\b"
    r"(?![ \t]+(?:at|of|in|to|with|for)\b)"  # "visiting scholar at MD Anderson": staff who went elsewhere
)
_APPOSED = compiled(
    rf"(?:(?:,|[ \t]+[–—-])[ \t]*[^,.;()\n]{{1,60}}?){{0,2}}(?:,|[ \t]+[–—-]|[ \t]*\()[ \t]*{_VISITING}"
)
# the label of the line a name is listed on: "Visiting professors: Prof. A, Prof. B" (each of them a visitor)
_LINE_LABEL = compiled(r"(?:^|\n)[ \t]*(?P<label>[^:：\n]{2,60})[:：][^:：\n]*$")
_VISITING_ITEM = compiled(_VISITING)


# "a delegation of experts from X Hospital, led by Dr. Y, visited the unit", "a medical team from Z, headed by Prof.
# W": the leader of a group that came from elsewhere (never "the department, led by Dr. V", its own head)
_DELEGATION = compiled(
    r"(?i:\b(?:delegations?|visiting[ \t]+(?:team|group)s?|(?:team|group)s?[ \t]+(?:of[ \t]+(?:[a-z-]+[ \t]+){0,2})?"
    r"(?:experts?[ \t]+|doctors?[ \t]+|specialists?[ \t]+)?from)\b[^.;\n]{0,110}?\b(?:led|headed)[ \t]+by)"
    rf"[ \t]*(?:[A-Za-z.{MASK}]+[ \t]+){{0,3}}$"
)


def a_visitor(text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` to ``end`` is a guest's or a visitor's, not the department's staff."""
    before = _BEFORE.search(text[max(0, start - 60) : start]) is not None
    before = before or _DELEGATION.search(text[max(0, start - 160) : start]) is not None
    label = _LINE_LABEL.search(text, max(0, start - 200), start)
    listed = label is not None and a_visitors_label(label["label"])
    return before or listed or _AFTER.match(text, end) is not None or _APPOSED.match(text, end, end + 200) is not None


def a_visitors_post(item: str) -> bool:
    """True when a staff line's item is a visitor's post ("visiting consultant", "a guest professor")."""
    return _VISITING_ITEM.match(item.strip()) is not None


def a_visitors_label(label: str) -> bool:
    """True when a staff line's label names visitors ("Visiting fellow 2020", "Guest speakers")."""
    return _BEFORE.search(label.strip() + " ") is not None
