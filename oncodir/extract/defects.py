"""A broader cancer named only as what a resection removed before a repair, where the page names its narrower kind.

"Repair of defects after resection of oral and pharyngeal cancers with a pectoralis major flap", on a page whose list
of cancers names hypopharyngeal cancer: "pharyngeal cancers" refers back to the kind already named (the department
does not claim every pharyngeal cancer, nasopharyngeal too). So does "free flap reconstruction following removal of
head and neck cancers" after a list of laryngeal and oral cancers. Named so with no narrower kind on the page ("flap
repair after resection of pharyngeal cancers" alone), or named elsewhere as the department's own, it is kept: the
broader name is then the only one the page gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncodir.extract.index import Mention, own_words
from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

DEFECT_CAUSE = "a defect's cause"
# a repair, a reconstruction, a defect or a flap, then "after resection of" and up to a short list before the cancer
_REPAIRED_AFTER = compiled(
    r"\b(?:repair\w*|reconstruct\w*|defects?|flaps?|cover(?:ed|ing|age)?|clos(?:e|ed|ure|ing))\b[^.;:!?\n]{0,60}?"
    r"\b(?:after|following|left\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:resections?|removal|excisions?|surger(?:y|ies)|"
    r"operations?)\s+(?:of|for)\s+(?:(?:the|advanced|large|primary|recurrent|locally\s+advanced)\s+)?"
    r"(?:[\w-]+\s*(?:,|\band\b|\bor\b|&)\s*){0,3}$",
    re.I,
)


def defect_cause(text: str, m: Mention, kind: str) -> str | None:
    """The reason a cancer is named only as the cause of a defect the department repairs, or None."""
    if kind != "cancer":
        return None
    near = text[max(0, m.start - 200) : m.end].lower()  # (most mentions have no "after" near them: passed at once)
    if "after" not in near and "following" not in near and "left by" not in near:
        return None
    start = _own_start(text, m)
    return DEFECT_CAUSE if _REPAIRED_AFTER.search(text, max(0, start - 160), start) else None


def _own_start(text: str, m: Mention) -> int:
    """Where the mention's own organ word stands: a mention read from a list ("oral, pharyngeal and laryngeal
    cancers") spans the words before it."""
    start = own_words(text, m)
    first = m.phrase.split()[0] if start == m.start and m.phrase.split() else ""
    found = re.search(rf"\b{re.escape(first)}\b", text[m.start : m.end], re.I) if first else None
    return m.start + found.start() if found else start


def kept_causes(causes: Iterable[str], own: list[str], vocab: Vocabulary) -> list[str]:
    """The cancers named only as a defect's cause that the page names no narrower kind of (in ``causes``' order)."""
    kept = []
    for term in dict.fromkeys(causes):
        narrower = set(vocab.narrower(term)) - {term}
        if term not in own and not narrower & set(own):
            kept.append(term)
    return kept
