"""Treatments (and a cancer) a page names by one particular kind the vocabulary does not spell.

- An operation through the urethra is an endoscopic one: "transurethral resection of bladder tumour", "TURBT",
  "TUR-BT", "transurethral en bloc resection" name endoscopic treatment;
- suppressing a hormone is endocrine therapy: "androgen deprivation therapy", "androgen-deprivation treatment",
  "ovarian function suppression", "medical castration" ("castration-resistant prostate cancer" names a cancer's
  state, no treatment given, and is not read);
- an ablation of a tumour is tumour ablation: "radiofrequency and microwave ablation of liver tumours";
- a laser that removes a tumour is laser therapy: "holmium laser, which is used for en bloc resection of bladder
  tumours", "tumours are resected with a thulium laser" (a laser named for stones, or as a machine the department
  has, "equipped with a holmium laser", is not read);
- a neuroendocrine tumour of a digestive organ is the gastroenteropancreatic kind (:mod:`.netsites`).

Whether the mention is the department's own is decided afterwards, as for any other (:mod:`.terms`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from oncodir.extract.index import Index, Mention
from oncodir.extract.netsites import digestive_nets
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
# a laser, and in the same clause an act of removing a tumour ("holmium laser, which is used for transurethral en bloc
# resection of bladder tumors", "bladder tumours are resected en bloc with a thulium laser", "we resect bladder tumours
# using the holmium laser"): the laser's words are the mention
# (read from each "laser" the page names: a pattern opening with the kind's words would be tried at every word)
_LASER_WORD = compiled(r"lasers?\b", re.I)
_KIND_BEFORE = compiled(r"\b(?:holmium|thulium|green[\s-]light|KTP|CO2|diode|Nd:YAG|\d[\w.-]*micron)[\s-]+$", re.I)
_ACT = r"(?:resect|excis|enucleat|vapori[sz]|ablat|remov)\w*\b"
_TUMOUR = r"(?:tumou?rs?|cancers?|carcinomas?|neoplasms?|lesions?)\b"
# ("used in 300 cases of bladder tumour resection": the tumour before the act)
_USED_ON = compiled(
    r"[^.;!?\n]{0,60}?\b(?:(?:used|applied|employed)\s+(?:\w+\s+)?)?(?:for|in|to)\s+(?:[\w-]+\s+){0,4}"
    rf"(?:{_ACT}[^.;:!?\n]{{0,50}}?\b{_TUMOUR}|{_TUMOUR}\s+(?:[\w-]+\s+){{0,2}}?{_ACT})",
    re.I,
)
_DONE_WITH = compiled(
    rf"\b(?:{_ACT}[^.;:!?\n]{{0,50}}?\b{_TUMOUR}|{_TUMOUR}[^.;:!?\n]{{0,30}}?\b{_ACT})[^.;:!?\n]{{0,30}}?"
    r"\b(?:with|using|by)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w:-]+[\s-]+)?$",  # ("with 2-micron laser")
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
    finders: tuple[tuple[tuple[str, ...], Callable[[str], Iterator[tuple[int, int]]]], ...] = (
        (("laser", "therapy"), _lasers),
        (("gastroenteropancreatic", "neuroendocrine", "tumor"), digestive_nets),
    )
    for kind_words, spans in finders:
        terms = index.words.get(kind_words, set())
        for start, end in spans(text) if terms else ():
            yield Mention(start, end, text[start:end], tuple(sorted(terms)))


def _lasers(text: str) -> Iterator[tuple[int, int]]:
    """Each laser (with its kind's words) named as removing a tumour in its clause."""
    for laser in _LASER_WORD.finditer(text):
        start, end = laser.span()
        if start and text[start - 1].isalnum():
            continue
        kind = _KIND_BEFORE.search(text, max(0, start - 20), start)
        start = kind.start() if kind else start
        if _USED_ON.match(text, end) or _DONE_WITH.search(text, max(0, start - 140), start):
            yield start, end
