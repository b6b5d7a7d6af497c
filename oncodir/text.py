"""Text helpers shared by search and output: normalisation and terminal-safe cleaning."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL, and the C1 block. ESC (0x1b) and CSI (0x9b)
# are the dangerous ones: they start terminal escape sequences.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SEPARATORS = re.compile(r"[\s\-_/,;:.()'\u2019\"]+")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """Replace control characters so untrusted text cannot drive the terminal."""
    return _CONTROL.sub(REPLACEMENT, text)


def clean_line(text: str) -> str:
    """Like :func:`clean`, and fold newlines and tabs: for one-line messages."""
    return clean(text).replace("\r", " ").replace("\n", " ").replace("\t", " ")


def normalise(text: str) -> str:
    """A comparison key: NFKC, case-folded, '&' as 'and', punctuation and spacing folded."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return _SEPARATORS.sub(" ", text).strip()


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


def has_words(haystack: str, needle: str) -> bool:
    """True when the needle occurs in the haystack as whole words: "doctor" is in "doctors"
    (a plural ending is allowed) but not in "doctoral"; "ear" is not in "earliest".

    Both sides normalised (:func:`normalise`), except for a case-sensitive look-up of an
    abbreviation in capitals. Scripts without spaces between words (Chinese) match anywhere.
    """
    if not needle:
        return False
    if not needle.isascii():
        return needle in haystack
    size = len(haystack)
    start = haystack.find(needle)
    while start != -1:
        if start == 0 or not haystack[start - 1].isalnum():
            end = start + len(needle)
            for tail in ("", "s", "es"):
                stop = end + len(tail)
                if haystack.startswith(tail, end) and (stop >= size or not haystack[stop].isalnum()):
                    return True
        start = haystack.find(needle, start + 1)
    return False
