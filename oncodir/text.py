"""Text helpers shared by search and output: normalisation and terminal-safe cleaning."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL, and the C1 block. ESC (0x1b) and CSI (0x9b)
# are the dangerous ones: they start terminal escape sequences.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """Replace control characters so untrusted text cannot drive the terminal."""
    return _CONTROL.sub(REPLACEMENT, text)


def clean_line(text: str) -> str:
    """Like :func:`clean`, and fold newlines and tabs: for one-line messages."""
    return clean(text).replace("\r", " ").replace("\n", " ").replace("\t", " ")


# Separators: whitespace and these characters, each run folded to one space by normalise().
# The ones other than whitespace, turned into spaces by one translate().
_TO_SPACE = str.maketrans(dict.fromkeys("-_/,;:.()'\u2019\"", " "))
# For ASCII text: every separator, and every ASCII character str.split() takes for a space, to a space.
_ASCII_TO_SPACE = bytes(32 if chr(b) in "-_/,;:.()'\"" or chr(b).isspace() else b for b in range(256))
_SPACES = re.compile("  +")


def normalise(text: str) -> str:
    """A comparison key: NFKC, case-folded, '&' as 'and', punctuation and spacing folded.

    The same as ``re.sub(r"[\\s\\-_/,;:.()'\u2019\"]+", " ", text).strip()`` after case folding (tests/test_text.py
    checks it), done with translate() and split(), whose whitespace is the regex's ``\\s``:
    several times faster on the long text of summaries, which the query index normalises for
    every record.
    """
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    if text.isascii():  # most text: bytes.translate and one regex for the runs, all in C
        return _SPACES.sub(" ", text.encode().translate(_ASCII_TO_SPACE).decode()).strip(" ")
    return " ".join(text.translate(_TO_SPACE).split())


def slugify(text: str) -> str:
    """An id fragment: ASCII letters and digits joined by hyphens (other scripts kept)."""
    key = normalise(text).replace(" and ", " ")
    return re.sub(r"[^\w]+", "-", key).strip("-")


def contains_words(haystack: str, needle: str) -> bool:
    """True when the normalised needle occurs in the haystack at a word start.

    Scripts without spaces between words (Chinese) match anywhere. Plain ``str.find``
    rather than a regex: queries are untrusted and may be very long.
    """
    if not needle:
        return False
    if not needle.isascii():
        return needle in haystack
    start = haystack.find(needle)
    while start != -1:
        if start == 0 or not haystack[start - 1].isalnum():
            return True
        start = haystack.find(needle, start + 1)
    return False


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut in the middle with an ellipsis."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + "…" + text[len(text) - half :]
