"""A leader's post said in prose as the post "of" the department's own name: "Prof. X serves as chief of
Neurosurgery III", "Dr. Y is the director of Breast Surgery" on the page of Neurosurgery III or Breast Surgery.

The other readers take a post said "of the department" ("X is the director of the department"); a post said of a
unit by its name is the department's only when that name is the page's own (never "chief of Neurosurgery I" on the
page of Neurosurgery III, nor the head of another unit). Only a post held now ("is", "serves as", "acts as"),
never one held over years that have ended ("served as chief of X from 1990 to 2005").
"""

from __future__ import annotations

from oncodir.extract.pastposts import past_post
from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import NAME, Add

_POST = compiled(
    rf"{NAME}[ \t]+(?:is(?:[ \t]+(?:currently|now))?|serves[ \t]+as|acts[ \t]+as)[ \t]+(?:the[ \t]+)?"
    r"(?:current[ \t]+)?(?P<role>(?:(?i:deputy|vice)[ \t]+)?(?i:director|head|chief|chair(?:man|woman|person)?))"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<unit>[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|[IVX]+|\d{1,2}|and|&)){0,5})"
    r"(?=[ \t]*[.,;(]|[ \t]*$)"
)
_ASIDE = compiled(r"[ \t]*\([^()\n]*\)")
_DEPARTMENT_OF = compiled(r"^(?i:(?:the[ \t]+)?(?:department|division|section|unit|ward)[ \t]+of[ \t]+)")


def own_unit_posts(masked: str, add: Add, own: str | None) -> None:
    """The posts said "of" the department's own name (``own``), held now."""
    if not own:
        return
    mine = _plain(own)
    for m in _POST.finditer(masked):
        if _plain(m["unit"]) == mine and not past_post(masked, m.end()):
            role = m["role"]
            add(m["name"], role[:1].upper() + role[1:], None)


def _plain(unit: str) -> str:
    """A unit's name in small letters, without "Department of", an aside in brackets ("Neurosurgery III
    (Neuro-oncology)") and its runs of spaces."""
    return " ".join(_DEPARTMENT_OF.sub("", _ASIDE.sub(" ", unit).strip()).lower().split())
