"""The department's head nurse said in prose: "The head nurse is X", "X is the head nurse of the department",
"The department's head nurse, X, has ...", "Head nurse is X." opening a sentence; the same of a "nurse manager"
and a "charge nurse" ("The nurse manager of the ward is X").

The head nurse is a post of the department as much as its director's, but prose says it in its own words: the post
named as the subject with "is" and then the name, or a name that "is the head nurse". Only the department's own
(no other unit's: "the head nurse of the Cardiology Department is X"), and never a past one ("the former head
nurse"). Read only around each "head nurse" of the page.
"""

from __future__ import annotations

from oncodir.extract.regexcache import compiled
from oncodir.extract.rosters import NAME, TITLES, Add

# (or the same post in other words: "the nurse manager of the ward is X", "the charge nurse is Y")
_CUE = compiled(r"\b(?:[Hh]ead[ \t]+[Nn]urse|[Nn]urse[ \t]+[Mm]anager|[Cc]harge[ \t]+[Nn]urse)\b")
# "the head nurse", "our head nurse", "the department's head nurse" (no "former" between)
# or the post opening a sentence or a line: "Deputy directors are A and B. Head nurse is C."
_OWN_BEFORE = compiled(
    r"\b(?:[Tt]he|[Oo]ur|[Ii]ts)[ \t]+(?:(?:department|ward|unit)['’]s[ \t]+)?(?:current[ \t]+)?$"
    r"|(?:^|[.!?][ \t]+|\n[ \t]*)$"
)
_OF_OWN = r"(?:[ \t]+of[ \t]+(?:the|this|our)[ \t]+(?:department|ward|unit))?"
# "... head nurse (of the department) is X." / "... head nurse, X, has ..."
_IS_NAME = compiled(rf"{_OF_OWN}[ \t]+is[ \t]+{TITLES}{NAME}(?=[ \t]*(?:[.,;]|$))")
_APPOSED = compiled(rf",[ \t]+{TITLES}{NAME},")
# "X is the head nurse (of the department)."
_NAME_IS = compiled(rf"{NAME}[ \t]+is[ \t]+(?:the|our)[ \t]+(?:current[ \t]+)?$")
_ENDS = compiled(rf"{_OF_OWN}[ \t]*(?:[.,;]|$)")


def head_nurses(masked: str, add: Add) -> None:
    """The head nurse a sentence names (``masked``: the page with abbreviations' full stops masked)."""
    for cue in _CUE.finditer(masked):
        before = masked[max(0, cue.start() - 80) : cue.start()]
        post = masked[cue.start() : cue.end()]
        post = post[:1].upper() + post[1:]
        if _OWN_BEFORE.search(before):
            m = _IS_NAME.match(masked, cue.end()) or _APPOSED.match(masked, cue.end())
            if m is not None:
                add(m["name"], post, (m["title"] or "").strip() or None)
                continue
        m = _NAME_IS.search(before)
        if m is not None and _ENDS.match(masked, cue.end()):
            add(m["name"], post, None)
