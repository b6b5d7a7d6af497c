"""Whether a post a sentence gives a person is one of another time: held over a span of years that has ended.

"Professor X, head of the department from 1994 to 2012, still does research", "Dr Y, director of the unit until
2015", "Z, Head of Department 1988-2003": the post was held once, and is no post of the person now. A term in
brackets ("executive director of the department (2021-2023)") may be the one now held, and a span still open
("since 2019", "from 2004 to the present", "2010-") is no past one. Only the few words right after the post are
read, up to the sentence's end. A staff line's label or a name's brackets may give the post with its years ("Sun Li
(director 1980-1995)", "Directors: A (1980-1995), B"): :func:`a_past_posts_words`.
"""

from __future__ import annotations

from oncodir.extract.regexcache import compiled

_YEAR = r"(?:19|20)\d{2}"
# a span of years closed by a year, or a post held "until"/"till" a year, within the post's own clause
_PAST = compiled(
    rf"[^.;\n]{{0,50}}?(?:\b(?i:from|between)[ \t]+{_YEAR}[ \t]*(?i:to|until|till|and|[-–—])[ \t]*{_YEAR}"
    rf"|\b(?i:until|till|up[ \t]+to)[ \t]+(?:(?:[A-Z][a-z]+|the[ \t]+end[ \t]+of)[ \t]+)?{_YEAR}"
    rf"|(?<![\w(-]){_YEAR}[ \t]*(?:[-–—]|to)[ \t]*(?:{_YEAR}|\d{{2}})(?![\w-]))"
)


def past_post(text: str, end: int) -> bool:
    """True when the post ending at ``end`` in ``text`` is said to have been held over years that have ended."""
    return _PAST.match(text, end, min(len(text), end + 90)) is not None


def a_past_posts_words(post: str) -> bool:
    """True when a label or an aside gives a post with the span of years it was held in: "director 1980-1995",
    "head nurse until 2012" (a staff line's label, or a name's brackets). A label naming a past post in words,
    "Former directors", says so itself and stays the role its holders are given."""
    return past_post(post, 0)
