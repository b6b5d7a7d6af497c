"""A plain substring test that a text may hold a word, before a long case-insensitive pattern is run on it.

Most sentences of a page name no beds and no staff role: ``"bed" in folded(sentence)`` says so at once, where the
count's pattern would try every place of the sentence. ``folded`` lower-cases a text the way ``re.I`` compares
letters, so the test never passes over a text the pattern would match: ``re.I`` also takes the dotless and the dotted
capital I (U+0131, U+0130) for "i" and the long s (U+017F) for "s", which ``str.lower`` makes no "i" or "s" of (the
dotted capital becomes two characters).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_AS_RE_I = {0x130: "i", 0x131: "i", 0x17F: "s"}


def folded(text: str) -> str:
    """The text in lower case, each letter as ``re.I`` reads it."""
    return text.lower() if text.isascii() else text.translate(_AS_RE_I).lower()  # (ASCII: no letter to fold)


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether the text holds one of the lower-case ``words``, in any case (as ``re.I`` would find them)."""
    low = folded(text)
    return any(w in low for w in words)


def holding(texts: Iterable[str], *words: str) -> Iterator[str]:
    """The texts that hold one of the lower-case ``words``, in any case."""
    return (t for t in texts if holds_any(t, words))
