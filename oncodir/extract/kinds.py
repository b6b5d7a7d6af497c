"""Treatments a page names by one particular kind the vocabulary does not spell.

- An operation through the urethra is an endoscopic one: "transurethral resection of bladder tumour", "TURBT",
  "TUR-BT", "transurethral en bloc resection" name endoscopic treatment;
- suppressing a hormone is endocrine therapy: "androgen deprivation therapy", "androgen-deprivation treatment",
  "ovarian function suppression", "medical castration" ("castration-resistant prostate cancer" names a cancer's
  state, no treatment given, and is not read);
- an ablation of a tumour is tumour ablation: "radiofrequency and microwave ablation of liver tumours".

Whether the mention is the department's own is decided afterwards, as for any other (:mod:`.terms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.index import Index, Mention
from oncodir.extract.regexcache import compiled

_THROUGH_URETHRA = compiled(
    r"\btransurethral(?:[\s-]+(?:en[\s-]+bloc|plasma(?:kinetic)?|laser|holmium(?:\s+laser)?))?[\s-]+resections?\b|"
    r"\bTUR-?BTs?\b",
    re.I,
)
_HORMONE_SUPPRESSED = compiled(
    r"\bandrogen[\s-]+deprivation(?:[\s-]+(?:therapy|treatment))?\b|\bovarian[\s-]+function[\s-]+suppression\b|"
    r"\bmedical[\s-]+castration\b(?![\s-]+resist)",
    re.I,
)
# "microwave ablation of liver and lung tumours", "cryoablation for renal cancer": an ablation whose object is a
# tumour is tumour ablation (not "ablation of thyroid nodules", "catheter ablation for atrial fibrillation")
_OF_TUMOURS = compiled(
    r"\b[\w-]*ablation(?=\s+(?:of|for)\s+(?:(?:the|small|primary|recurrent|early|solid)\s+)?(?:[\w-]+\s*(?:,|\band\b|"
    r"\bor\b)?\s+){0,3}?(?:tumou?rs?|cancers?|carcinomas?|metastas[ie]s|malignanc(?:y|ies)|neoplasms?)\b)",
    re.I,
)
_KINDS = (
    (_THROUGH_URETHRA, ("endoscopic", "treatment")),
    (_HORMONE_SUPPRESSED, ("endocrine", "therapy")),
    (_OF_TUMOURS, ("tumor", "ablation")),
)


def particular_kinds(text: str, index: Index) -> Iterator[Mention]:
    """'TURBT', 'androgen deprivation therapy': the vocabulary's endoscopic treatment and endocrine therapy."""
    for pattern, words in _KINDS:
        terms = index.words.get(words, set())
        if not terms:
            continue
        for found in pattern.finditer(text):
            yield Mention(found.start(), found.end(), found.group(), tuple(sorted(terms)))
