"""A page copied up to a length limit ends wherever the limit fell, often inside a word.

Its last word may then be only the start of one: "Dr Aileen St" of "Dr Aileen Stewart", "Head Nurse: Gao Ya"
of "Gao Yan", "Supervisor Nur" of "Supervisor Nurse"; and the last item of its last line may be cut
after a word ("Lead for" of "Lead for Radiotherapy", "nurse manager (cadre de"). A person's name or role read
from them would be a false fact, so people are read without the last item of a page that stops with no line
end (a file that ends with its line ends where its writer ended it): the text after the last line's last
comma, colon, dash or opening bracket, or else its last word. Other readers see the whole page: a cut number
names no beds, and a cut date reads as no date. A page that stops on a full stop is read whole.
"""

from __future__ import annotations

import re

# The trailing run of Latin letters (a Chinese page runs on without spaces: its last "word" would be a line).
_LAST_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+\Z")
# What ends one item of a list or a "Post: Name" line and starts the next.
_ITEM_BREAK = re.compile(r"[,;:|(\u2013\u2014]|\s-\s")
_SENTENCE_END = re.compile(r"[.!?]\s")


def cut_start(text: str) -> int:
    """Where the text a page's cut may have shortened begins (its length when it ends with a line end)."""
    if text.endswith("\n"):
        return len(text)
    kept = text.rstrip(" \t")
    if kept.endswith((".", "!", "?", ")", "]")):
        return len(text)
    # The last item is sought in the last sentence of the last line: a paragraph is one line.
    begins = kept.rfind("\n") + 1
    for end in _SENTENCE_END.finditer(kept, begins):
        begins = end.end()
    breaks = [m.start() for m in _ITEM_BREAK.finditer(kept, begins)]
    if breaks:
        return breaks[-1]
    found = _LAST_WORD.search(kept)
    return len(text) if found is None else found.start()
