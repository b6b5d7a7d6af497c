"""Reading facts from a department page's sentences: sentence splitting, programmes.

The counts (beds, staff, patients a year) are in :mod:`.counts`, the dates in :mod:`.dates`, the
people in :mod:`.people`. Every pattern is a bounded regular expression (literal alternatives,
limited repeats) run over one sentence or line at a time, so no page can make it backtrack for long.
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract.regexcache import compiled
from oncodir.text import normalise

MASK = "\ue000"  # stands for the full stop of an abbreviation while sentences are split

_ABBREV = compiled(r"\b(?:Dr|Prof|Mr|Mrs|Ms|St|No|vs|etc|med|habil|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
                     r"\bPh\.D\.|\b(?:[A-Za-z]\.){2,}")  # fmt: skip

SENTENCE_END = compiled(r"(?<=[.!?])\s+")

_FEATURED = compiled(
    r"^Featured\s+(?:Technolog(?:y|ies)|Techniques?|Services?|Program(?:me)?s?)\s*[—–:-]+\s*(?P<name>.{3,200})$", re.I
)

_CENTRE_IN_DEPT = compiled(r"\b(?:Center|Centre)\s+(?:was\s+|has been\s+)?(?:established|set up|founded)\s+in\s+"
                             r"(?:the|our|this)\s+department", re.I)  # fmt: skip

_DESIGNATION = compiled(
    r"\b(?P<name>(?:National|Provincial|Municipal|Peak|Key|Leading)\b[^.;,]{0,60}?\b(?:Discipline|Specialty|Speciality)"
    r"(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,3})?(?:\s+\([^()]{1,60}\))?)"
)

_SINCE = compiled(r"\bsince\s+((?:19|20)\d{2})\b")

_STOP_BACK = {"the", "a", "an", "with", "has", "have", "is", "was", "and the", "its", "our", "their", "of the"}


def split_sentences(text: str) -> tuple[str, list[str]]:
    """The text with abbreviations' full stops masked, and its sentences.

    Paragraphs are separated by blank lines; a paragraph's line breaks are only wrapping.
    """
    masked = _ABBREV.sub(lambda m: m.group().replace(".", MASK), text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", masked)]
    return masked, [s for para in paragraphs for s in SENTENCE_END.split(para) if s]


def unmask(text: str) -> str:
    return text.replace(MASK, ".")


def _name_before(text: str, end: int) -> str:
    """The name that ends at ``end``: words back to a determiner or a break (at most 12)."""
    words = text[:end].split()
    taken: list[str] = []
    while words and len(taken) < 12:
        word = words.pop()
        if word.lower() in _STOP_BACK or not re.fullmatch(r"[\w&'-]+", word):
            break
        taken.insert(0, word)
    return " ".join(taken)


def programmes(lines: list[str], sentences: list[str]) -> list[dict[str, Any]]:
    """Featured technologies, MDT headings, centres established in the department, designations."""
    out: list[dict[str, Any]] = []

    def add(name: str, kind: str, since: str | None = None) -> None:
        name = unmask(" ".join(name.split())).strip(" .;")
        if name and all(normalise(p["name"]) != normalise(name) for p in out):
            out.append({"name": name, "kind": kind, **({"since": since} if since else {})})

    content = [line for line in lines if line]
    for i, line in enumerate(content):
        featured = _FEATURED.match(line)
        is_mdt = len(line) <= 200 and not line.endswith(".") and re.search(r"\bMDT\b|^Multidisciplinary", line)
        if featured or is_mdt:
            following = content[i + 1] if i + 1 < len(content) else ""
            since = _SINCE.search(SENTENCE_END.split(following)[0])
            kind = "featured technology" if featured else "MDT"
            add(featured["name"] if featured else line, kind, since[1] if since else None)
    for sentence in sentences:
        for m in _CENTRE_IN_DEPT.finditer(sentence):
            add(_name_before(sentence, m.start() + len(m.group().split()[0])), "centre")
        for m in _DESIGNATION.finditer(sentence):
            add(m["name"], "designation")
    return out
