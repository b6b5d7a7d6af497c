"""A one-word name in a staff list of posts: "Head Nurse: Yangzom" between "Director: Tenzin Wangdu" lines.

Many Tibetan, Mongolian and Indonesian people go by one name. A lone word is a person only where the page's layout
makes it one: a line of a post, a colon and that one word alone, beside another line of the same list that gives a
post to a full name ("Director: Tenzin Wangdu, Associate Chief Physician"). A word of a sentence, a line alone, a
label that is no post ("Location: Lhasa") or a word that says the post is empty ("Director: Vacant") is never a
name.
"""

from __future__ import annotations

import re

from oncodir.extract.facts import unmask
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import NAME, TITLES, UPPER, Add, names_a_post, post_of

_LABEL = r"(?P<label>[A-Z][A-Za-z -]{2,40}?)[ \t]*[:：][ \t]*"
_LONE = compiled(rf"^[ \t]*{_LABEL}(?P<title>(?:Dr|Mr|Mrs|Ms|Miss)\.?[ \t]+)?(?P<one>{UPPER}[a-z]{{3,14}})\.?[ \t]*$")
_FULL = compiled(rf"^[ \t]*{_LABEL}{TITLES}{NAME}(?=[ \t]*(?:[,;(]|$))")
# words that say who holds no post or what a label's value is, never a person
_NOT_A_NAME = frozenset([
    "vacant", "none", "tba", "tbd", "pending", "unknown", "open", "available", "various", "rotating", "rotation",
    "acting", "interim", "position", "contact", "reception", "secretariat", "office", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "daily", "weekly",
])  # fmt: skip


def _post_line(line: str) -> str | None:
    """The post a list's line gives a full name ("Director: Tenzin Wangdu, ..."), or None."""
    m = _FULL.match(line)
    return post_of(m["label"]) if m else None


def lone_names(masked: str, add: Add) -> None:
    """One-word names on post lines beside a post line with a full name (the text's lines, abbreviations masked)."""
    lines = [line for line in unmask(masked).split("\n") if line.strip()]
    small: set[str] | None = None  # the page's words in small letters, read once if a line needs them
    for i, line in enumerate(lines):
        m = _LONE.match(line) if ":" in line or "：" in line else None
        if m is None or m["one"].lower() in _NOT_A_NAME or names_a_post(m["one"]):
            continue
        post = post_of(m["label"])
        if post is None or post.endswith("s"):
            continue  # (a plural label lists people)
        small = small if small is not None else set(re.findall(r"\b[a-z]{4,15}\b", masked))
        if m["one"].lower() in small:
            continue  # (a word the page also writes in small letters is a word)
        if any(_post_line(n) for n in (lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else "")):
            add(m["one"], post, (m["title"] or "").strip() or None, single=True)
