"""The approaches an operation is done by, named after it: "distal pancreatectomy, open, laparoscopic or robotic".

A page that lists an operation and then the ways it is done ("nephrectomy (open or robot-assisted)", "Whipple
procedure - open, laparoscopic and robotic", "lobectomy, either thoracoscopic or robotic", "90% of lobectomies are
thoracoscopic or robotic") names each approach's operation (laparoscopic surgery, robotic surgery, VATS), as "robotic
pancreatectomy" would. The approaches must follow the operation at once and end the list, its clause, its aside
("gastrectomy, open or laparoscopic, is ...") or its brackets ("gastrectomy, laparoscopic cholecystectomy" is another
operation, read by the index). So does an approach before an operation named by its surgeon ("the first robotic
Whipple procedure"). Whether each is the department's own is decided afterwards (:mod:`.terms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.index import Index, Mention
from oncodir.extract.regexcache import compiled

_WAY = r"(?:open|conventional|laparoscopic|robotic|robot-assisted|robotic-assisted|thoracoscopic|endoscopic|VATS)"
_POSTPOSED = compiled(
    r"\b(?:\w{3,}ectom(?:y|ies)|operations?|resections?|procedures?|surger(?:y|ies)|repairs?)"
    r"[^\S\n]*(?:,|:|\(|[-–]|\s(?:by|via|through|using)|\s(?:is|are|was|were)(?:\s+(?:now|mostly|mainly|all))?)"
    r"[^\S\n]*(?:(?:either|both|whether)\s+)?"
    rf"(?P<ways>{_WAY}(?:[^\S\n]*(?:,|/|\bor\b|\band\b)[^\S\n]*{_WAY}){{0,4}})"
    r"(?:[^\S\n]+(?:approach(?:es)?|techniques?|routes?|access))?(?=[^\S\n]*(?:[);.\n]|$|,\s+(?:is|are|was|were)\b))",
    re.I,
)
_ONE_WAY = compiled(_WAY, re.I)
# "the first robotic Whipple procedure", "laparoscopic Hartmann's procedure", "robotic Ivor Lewis procedure": an
# operation named by its surgeon, done by the approach before it ("laparoscopic staging procedure" names no surgeon)
_BEFORE_EPONYM = compiled(rf"\b(?i:(?P<ways>{_WAY}))[\s-]+(?:[A-Z][\w'’-]+\s+){{1,2}}(?i:procedures?)\b")


def postposed_approaches(text: str, index: Index) -> Iterator[Mention]:
    """Each approach named after the operation it is done by, as its own operation's term."""
    for found in [*_POSTPOSED.finditer(text), *_BEFORE_EPONYM.finditer(text)]:
        for way in _ONE_WAY.finditer(text, found.start("ways"), found.end("ways")):
            word = way.group().lower()
            names = ("video-assisted thoracoscopic surgery",) if word == "vats" else (f"{word} surgery",)
            terms = [m for m in index.mentions(names[0]) if m.start == 0 and m.end == len(names[0])]
            if terms:
                yield Mention(way.start(), way.end(), way.group(), terms[0].terms)
