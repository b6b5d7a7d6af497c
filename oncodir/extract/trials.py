"""Clinical trials a page names without the word "clinical": "randomised trials", "phase III trials".

A trial whose kind says it tests a treatment in patients (randomised, controlled, phase I-IV, multicentre, drug,
investigator-initiated, cooperative-group) is a clinical trial, as the vocabulary's name would say; "trials" alone
(a "trial of strength", "field trials") is not read. Whether the trial is the department's own is decided as for any
mention, by :mod:`.terms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.index import Index, Mention
from oncodir.extract.regexcache import compiled

# the kind of trial just before "trials" (a list of kinds too: "Swedish and international randomized trials")
_KIND_OF_TRIAL = compiled(
    r"\b(?:randomi[sz]ed|controlled|phase[\s-]+(?:[IV]{1,3}|[1-4])(?:\s*/\s*(?:[IV]{1,3}|[1-4]))?[ab]?|"
    r"multi-?cent(?:re|er|ric)|multi-?national|drug|investigator[\s-]initiated|cooperative[\s-]group|"
    r"interventional|registration)(?:[\s-]+(?:controlled|clinical|drug))?[\s-]+trials?\b",
    re.I,
)


def named_trials(text: str, index: Index) -> Iterator[Mention]:
    """'randomized trials', 'phase III trials', 'multicentre drug trials': the vocabulary's clinical trials."""
    terms = index.words.get(("clinical", "trial"), set()) or index.words.get(("clinical", "trials"), set())
    if not terms:
        return
    for found in _KIND_OF_TRIAL.finditer(text):
        yield Mention(found.start(), found.end(), found.group(), tuple(sorted(terms)))
