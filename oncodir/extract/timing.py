"""Treatments a page names only as the time when something else happens.

"Chemotherapy before and after operation", "radiotherapy following resection", "tumours that recurred after
surgery", "relapse after radiotherapy", "admitted 4-6 weeks after the operation": the second treatment says when the
first is given, or when the disease came back, or when the patients come; the page does not say that the department
gives it (the operation may well be another unit's, or done before the patients came). The first treatment, one
named on its own ("After surgery, we offer ..."), and a list of several after "after" ("radiotherapy after
endoscopic treatment, surgical treatment and ...") stay; so does the time's treatment when the page gives a kind of
it as the department's own ("limb-sparing surgery ... radiation therapy before or after surgery": the operation is
the department's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

# another treatment just before: "chemotherapy (given) before and after", "adjuvant treatment following"
_TREATMENT_BEFORE = compiled(
    r"\b(?:chemo\w*|radio\w*|radiation|irradiation|therapy|therapies|treatment|immunotherapy|"
    r"transplant\w*|rehabilitation|care|follow-up|surveillance|(?:\w+\s+)?trials?)"
    r"(?:\s+(?:is|are|was|were|given|administered|started|continued|used|planned|delivered|offered))*\s+$",
    re.I,
)
# the disease coming back: "recurred after", "relapsing following", "residual disease after"
_RETURN_BEFORE = compiled(
    r"\b(?:recur\w*|relaps\w*|progress\w*|persist\w*|residual|returned|came\s+back|comes\s+back|"
    r"(?:have|has|had)\s+failed)(?:\s+(?:\w+ly|soon|early|late))?\s+$",
    re.I,
)
_WHEN = compiled(
    r"\b(?:(?:before|after)\s+(?:and|or|&|/)\s+)?(?:after|before|following|prior\s+to|post)\s+"
    r"(?:(?:a|an|the|their|initial|primary|previous|prior|radical|curative|definitive|complete)\s+){0,2}$",
    re.I,
)
# "admitted to our ward 4-6 weeks after the operation", "within six weeks of surgery": a span from it, a date
_SPAN_FROM = compiled(
    r"\b(?:\d+(?:\s*[-–~]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several|a|an)"
    r"\s+(?:days?|weeks?|months?|years?)\s+(?:after|following|post|from|of)\s+"
    r"(?:(?:a|an|the|their|initial|primary|radical|definitive)\s+)?$",
    re.I,
)
# "radiotherapy after endoscopic treatment, surgical treatment and ...": a list of several after "after" reads as
# the department's range of methods, not one time
_LIST_AFTER = compiled(r"[^,.;:()\n]{1,40},[^\S\n]+[^,.;:()\n]{1,40}(?:,|\band\b|\bor\b)")
# "the first treatment before and after" written with a list of treatments: "chemotherapy and radiotherapy after"
_LIST_TAIL = compiled(r"(?:,?\s+(?:and|or)\s+|,\s*)$")


def only_a_time(text: str, start: int, lo: int) -> bool:
    """Whether the treatment mention at ``start`` is named only as the time another one is given, or the time the
    disease came back ("chemotherapy after surgery", "recurred after surgery")."""
    span = _SPAN_FROM.search(text, max(lo, start - 60), start)
    if span and not _LIST_AFTER.match(text, start):
        return True
    when = _WHEN.search(text, max(lo, start - 60), start)
    if when is None or when.end() != start or _LIST_AFTER.match(text, start):
        return False
    window = text[max(lo, when.start() - 80) : when.start()]
    if _LIST_TAIL.search(window):
        return False  # "surgery, chemotherapy and after ..." is no time of another
    return bool(_TREATMENT_BEFORE.search(window) or _RETURN_BEFORE.search(window))


def implied(timed: Iterable[str], own: list[str], vocab: Vocabulary) -> list[str]:
    """The treatments named only as a time that a kind of them the department gives implies (in ``own``'s order)."""
    wider: set[str] = set()
    todo = list(own)
    while todo:
        for up in vocab.concepts[todo.pop()].broader:
            if up not in wider:
                wider.add(up)
                todo.append(up)
    return [t for t in dict.fromkeys(timed) if t in wider and t not in own]
