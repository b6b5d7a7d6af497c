"""Cancers named only as the targets of a screening programme the department takes part in.

'The department has taken part in the free "two cancers" screening program (breast cancer and cervical cancer)',
"participates in the national programme for the early detection of cervical and breast cancer", "our nurses join
the municipal lung and colorectal cancer screening campaign": the programme looks for those cancers in the
population; the department takes part in it (its screening is its own work) but treats only the cancers the page
names as its own. A programme the department runs for its own cancers ("the department runs a lung cancer screening
clinic") and one its patients come from ("patients referred from the bowel cancer screening programme") say nothing
of the kind: only taking part in another's programme does. :func:`screening_target` is asked by :mod:`.nothere`.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# taking part in a programme (not running it): "has taken part in", "participates in", "joined", "is part of"
_TAKES_PART = compiled(
    r"\b(?:tak(?:e|es|en|ing)\s+part|took\s+part|participat\w+|join(?:s|ed|ing)?|(?:is|are|was|were)\s+(?:a\s+)?"
    r"part\s+of|as\s+part\s+of|contribut\w+\s+to|involved\s+in|(?:a\s+)?members?\s+of)\b",
    re.I,
)
_PROGRAMME = r"(?:programmes?|programs?|projects?|campaigns?|schemes?|initiatives?)"
_LISTED = r"(?:[\w-]+[^\S\n]*(?:,|\band\b|\bor\b|&|/)?[^\S\n]*){0,6}"
# the mention in the brackets after the programme's name, or after "programme for (the early detection of)"
_IN_PROGRAMME = compiled(
    rf"\b(?:screening|early\s+detection)\b[^.;:!?()\n]{{0,40}}?\b{_PROGRAMME}\b[^.;:!?()\n]{{0,40}}\(\s*{_LISTED}$|"
    rf"\b{_PROGRAMME}\s+(?:for|of|on|against)\s+(?:the\s+)?(?:(?:early\s+)?(?:screening|detection|diagnosis)\s+"
    rf"(?:of|for)\s+)?{_LISTED}$|\bscreening\s+(?:for|of)\s+{_LISTED}$",
    re.I,
)
# the mention (with the rest of its list) names the programme: "breast and cervical cancer screening programme"
_NAMES_PROGRAMME = compiled(
    r"(?:[^\S\n]*(?:,|\band\b|\bor\b|&|/)[^\S\n]*[\w-]+(?:[^\S\n]+cancers?)?){0,3}[\"”’']?[^\S\n]+"
    rf"(?:screening|early[^\S\n]+detection)[^\S\n]+{_PROGRAMME}\b",
    re.I,
)


def screening_target(text: str, m: Mention, lo: int, hi: int) -> bool:
    """Whether the cancer is named only as what a screening programme the department takes part in looks for."""
    # (a mention read from a list spans the list: its own words begin where its first word is)
    begin = max(lo, m.start)
    first = text[begin : m.end].lower().rfind(m.phrase.split()[0].lower())
    start = begin + first if first >= 0 else m.start
    # (the last cue before the mention: the programme it takes part in comes after it)
    part = next(reversed(list(_TAKES_PART.finditer(text, lo, start))), None)
    if part is None or start - part.end() > 120:
        return False  # (a cue far before names another thing taken part in)
    return bool(_IN_PROGRAMME.search(text, part.end(), start) or _NAMES_PROGRAMME.match(text, m.end, hi))
