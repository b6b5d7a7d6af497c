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
# (read from each operation's word: its lower-case middle is a literal the engine finds fast, where a pattern opening
# with the whole word would be tried at every word of the page; "-ectomy", "Operation", "Surgery", "Procedure")
_OPERATION_PART = compiled(r"ectom|peration|esection|rocedure|urger|epair")
_WAYS_AFTER = compiled(
    r"\w*[^\S\n]*(?:,|:|\(|[-–]|\s(?:by|via|through|using)|\s(?:is|are|was|were)(?:\s+(?:now|mostly|mainly|all))?)"
    r"[^\S\n]*(?:(?:either|both|whether)\s+)?"
    rf"(?P<ways>{_WAY}(?:[^\S\n]*(?:,|/|\bor\b|\band\b)[^\S\n]*{_WAY}){{0,4}})"
    r"(?:[^\S\n]+(?:approach(?:es)?|techniques?|routes?|access))?(?=[^\S\n]*(?:[);.\n]|$|,\s+(?:is|are|was|were)\b))",
    re.I,
)
_ONE_WAY = compiled(_WAY, re.I)
# "the first robotic Whipple procedure", "laparoscopic Hartmann's procedure", "robotic Ivor Lewis procedure": an
# operation named by its surgeon, done by the approach before it ("laparoscopic staging procedure" names no surgeon)
_EPONYM_BEFORE = compiled(rf"\b(?i:(?P<ways>{_WAY}))[\s-]+(?:[A-Z][\w'’-]+\s+){{1,2}}[Pp]$")


def _approaches(text: str) -> Iterator[re.Match[str]]:
    """The approaches after an operation's word, and before a surgeon's name and "procedure"."""
    for part in _OPERATION_PART.finditer(text):
        found = _WAYS_AFTER.match(text, part.end())
        if found is None and part.group() == "rocedure":
            found = _EPONYM_BEFORE.search(text, max(0, part.start() - 60), part.start())
        if found is not None:
            yield found


def postposed_approaches(text: str, index: Index) -> Iterator[Mention]:
    """Each approach named after the operation it is done by, as its own operation's term."""
    for found in _approaches(text):
        for way in _ONE_WAY.finditer(text, found.start("ways"), found.end("ways")):
            word = way.group().lower()
            names = ("video-assisted thoracoscopic surgery",) if word == "vats" else (f"{word} surgery",)
            terms = [m for m in index.mentions(names[0]) if m.start == 0 and m.end == len(names[0])]
            if terms:
                yield Mention(way.start(), way.end(), way.group(), terms[0].terms)
