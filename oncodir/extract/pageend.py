"""A page copied up to a length limit ends wherever the limit fell, often inside a word.

Its last word may then be only the start of one: "Dr Aileen St" of "Dr Aileen Stewart", "Head Nurse: Gao Ya"
of "Gao Yan", "Supervisor Nur" of "Supervisor Nurse"; and the last item of its last line may be cut
after a word ("Lead for" of "Lead for Radiotherapy", "nurse manager (cadre de"). A person's name or role read
from them would be a false fact, so people are read without the last item of a page that stops with no line
end (a file that ends with its line ends where its writer ended it): the text after the last line's last
comma, colon, dash or opening bracket, or else its last word. Other readers see the whole page: a cut number
names no beds, and a cut date reads as no date. A page that stops on a full stop is read whole.

The sentence a cut leaves unfinished may have been about to say that another unit gives what it names: cut
right after "done by", "given at" and the like ("Surgery of thyroid cancer is done by", "Operations are
carried out by the surgical"), or about patients who are sent on or need something ("Patients who need
radiotherapy after surgery", "began to refer relapsed patients for CAR-T"). Who gives it was in the part cut
away, so cancers and treatments are not read from such a sentence; from any other unfinished sentence (a list
the cut shortened) they are.
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import REFERRAL, SENDS, SENT_ON, WHO_NEED

# The trailing run of Latin letters (a Chinese page runs on without spaces: its last "word" would be a line).
_LAST_WORD = compiled(r"[A-Za-z\u00c0-\u024f]+\Z")
# What ends one item of a list or a "Post: Name" line and starts the next.
_ITEM_BREAK = compiled(r"[,;:|(\u2013\u2014]|\s-\s")
_SENTENCE_END = compiled(r"[.!?](?:\s|(?=[A-Z]))")  # "80%.The": a full stop with no space
# A sentence that hands something on: the one who does it, or where, is cut ("done by", "carried out by the",
# "given at"; not "led by", "a reputation at"), or it speaks of sending patients on or of what they need
_DONE = r"done|performed|carried\s+out|given|provided|delivered|treated|managed|offered|administered|undertaken"
_HANDING_ON = compiled(
    rf"\b(?:{_DONE})\s+(?:\w+\s+)?(?:by|at|in)\b(?:\s+\S+){{0,2}}\s*\Z"
    rf"|\b(?:{SENT_ON}|{SENDS}|{REFERRAL}|{WHO_NEED})\b",
    re.I,
)


def unfinished_start(text: str) -> int:
    """Where the sentence a page's cut left unfinished begins (the page's length when it ends with a line
    end or a full stop): the last sentence of its last line, as a paragraph is one line."""
    kept = text.rstrip(" \t")
    if text.endswith("\n") or kept.endswith((".", "!", "?", ")", "]")):
        return len(text)
    begins = kept.rfind("\n") + 1
    for end in _SENTENCE_END.finditer(kept, begins):
        begins = end.end()
    return begins


def handing_on_start(text: str) -> int:
    """Where an unfinished last sentence that may hand what it names to another unit begins (else the page's
    length): cancers and treatments are read before it."""
    begins = unfinished_start(text)
    return begins if _HANDING_ON.search(text, begins) else len(text)


def cut_start(text: str) -> int:
    """Where the text a page's cut may have shortened begins (its length when it ends with a line end)."""
    begins = unfinished_start(text)
    if begins == len(text):
        return begins
    kept = text.rstrip(" \t")
    breaks = [m.start() for m in _ITEM_BREAK.finditer(kept, begins)]
    if breaks:
        return breaks[-1]
    found = _LAST_WORD.search(kept)
    return len(text) if found is None else found.start()


def end_notes(text: str, people_end: int, terms_end: int) -> list[str]:
    """The draft's notes on what was left unread at the page's end (none when it ends where its writer ended it)."""
    notes = []
    if terms_end < len(text):
        notes.append(
            f"Page end: the page stops in a sentence that was about to say who gives what it names "
            f"('{_shown(text[terms_end:])}'); no cancer or treatment read from it."
        )
    if _shown(text[people_end:])[:1].isupper():  # a cut name or post; a cut word of a sentence needs no note
        notes.append(
            f"Page end: the page stops inside its last line, so '{_shown(text[people_end:])}' may be cut short; "
            "no person or role read from it."
        )
    return notes


def _shown(part: str) -> str:
    words = " ".join(part.split()).lstrip(",;:|(\u2013\u2014- ")
    return words if len(words) <= 80 else "..." + words[-77:]
