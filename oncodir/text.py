"""Text helpers shared by search and output: normalisation and terminal-safe cleaning."""

from __future__ import annotations

import functools
import re
import unicodedata

# What must never reach a terminal as it is: C0 controls except tab and newline, DEL and the
# C1 block (ESC 0x1b and CSI 0x9b start escape sequences that retitle windows, clear screens
# or recolour text); the bidirectional overrides, embeddings and isolates (U+202A-202E,
# U+2066-2069, U+061C), which draw a name reversed; zero-width and other invisible format
# characters (U+200B-200F, U+2060-2064, U+FEFF, U+180E, Hangul fillers, interlinear annotation
# U+FFF9-FFFB, tags U+E0000-E007F); the line and paragraph separators U+2028/2029, which some
# terminals and most line readers take as line breaks; and lone surrogates, which no encoder writes.
_UNSAFE_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f"
)
REPLACEMENT = "\ufffd"


@functools.cache
def _unsafe(spacing: bool = False) -> re.Pattern[str]:
    """The unsafe characters (and tab and newline with ``spacing``) as one class, compiled on
    first use: about a millisecond, which most runs, whose text is printable ASCII, never spend."""
    return re.compile(f"[{_UNSAFE_CLASS}\t\n]" if spacing else f"[{_UNSAFE_CLASS}]")


def clean(text: str) -> str:
    """Text safe to show on a terminal: every character in ``_UNSAFE_CLASS`` becomes U+FFFD.

    The one escaping function: tables, detail views, machine formats shown on a terminal,
    ``validate``, error lines and completion candidates all go through it (or :func:`clean_line`).
    """
    if text.isascii() and text.isprintable():  # the common case: nothing to replace, no regex
        return text
    return _unsafe().sub(REPLACEMENT, text)


def clean_line(text: str) -> str:
    """Like :func:`clean`, and tabs and newlines become spaces: for one-line messages."""
    return clean(text).replace("\t", " ").replace("\n", " ")


_WEB_ADDRESS = r"https?://\S+"  # compiled on first use (re caches it), as few runs need it


def web_address(value: object) -> str | None:
    """The value as an http(s) address (outer spaces removed), or None: the only addresses that
    output makes links of (Markdown) or gives maps to link (GeoJSON); never ``javascript:`` or ``data:``."""
    if not isinstance(value, str):
        return None
    address = value.strip()
    return address if re.fullmatch(_WEB_ADDRESS, address, re.I) else None


def is_clean(text: str) -> bool:
    """True when :func:`clean_line` would leave the text as it is (no control, format or break character)."""
    return _unsafe(spacing=True).search(text) is None


# Separators: whitespace and these characters, each run folded to one space by normalise().
# The ones other than whitespace, turned into spaces by one translate().
_TO_SPACE = str.maketrans(dict.fromkeys("-_/,;:.()'\u2019\"", " "))
# For ASCII text: every separator, and every ASCII character str.split() takes for a space, to a space.
# Upper case to lower case too: for ASCII, casefold() is lower() (and NFKC changes nothing).
_ASCII_TO_SPACE = bytes(
    32 if chr(b) in "-_/,;:.()'\"" or chr(b).isspace() else ord(chr(b).lower()) if b < 128 else b for b in range(256)
)
_SPACES = re.compile(b"  +")


def normalise(text: str) -> str:
    """A comparison key: NFKC, case-folded, '&' as 'and', punctuation and spacing folded.

    The same as ``re.sub(r"[\\s\\-_/,;:.()'\u2019\"]+", " ", text).strip()`` after case folding (tests/test_text.py
    checks it), done with translate() and split(), whose whitespace is the regex's ``\\s``:
    several times faster on the long text of summaries, which the query index normalises for
    every record.
    """
    if text.isascii():  # most text: one bytes.translate (case and separators) and one regex, all in C
        raw = text.encode().translate(_ASCII_TO_SPACE)
        if b"&" in raw:
            raw = raw.replace(b"&", b" and ")
        return _SPACES.sub(b" ", raw).strip(b" ").decode()
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
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


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
_MOJIBAKE_CODECS = ("cp1252", "mac_roman", "cp1257", "latin-1")


def _one_byte(ch: str) -> int | None:
    for codec in _MOJIBAKE_CODECS:
        try:
            return ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
    return None


def _unmangled(run: str) -> str:
    for codec in _MOJIBAKE_CODECS:
        try:
            return run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    raw = [_one_byte(ch) for ch in run]  # a page whose bytes were read with two code pages ("ļ¼š")
    if None in raw:
        return run
    try:
        return bytes(b for b in raw if b is not None).decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair_mojibake(text: str) -> str:
    r"""UTF-8 read as a one-byte code page, read back: "People\u201a\u00c4\u00f4s" becomes "People\u2019s".

    Only a run of two non-ASCII characters or more whose bytes make valid UTF-8 is changed, so real
    accented or CJK text ("Pöttgen", "肿瘤") stays as it is.
    """
    if text.isascii():
        return text
    return _NON_ASCII_RUN.sub(lambda m: _unmangled(m.group()), text)
