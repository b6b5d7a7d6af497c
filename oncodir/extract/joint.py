"""Treatments of the department's own kind that it gives together with another unit.

"Concomitant radio-chemotherapy for rectal cancer, in cooperation with Medical Oncology" on a radiation oncology
page: the other unit takes part, and the treatment is still the department's own, since its name gives a part of
it (radiotherapy). "Systemic therapy is given in cooperation with the Department of Medical Oncology" on the same
page names no kind of radiotherapy: the other unit gives it, and it stays left out. :func:`joint_own` is asked by
:mod:`.terms` for a treatment another rule has called another unit's or a partner's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

# ", in cooperation with Medical Oncology", "given in close collaboration with the X team": joint work, after it
_JOINTLY_AFTER = compiled(
    r"[^.;:!?\n]{0,80}?,?\s+(?:in\s+(?:close\s+)?(?:cooperation|co-operation|collaboration|partnership)|"
    r"together|jointly)\s+with\b",
    re.I,
)


def _wider(term: str, vocab: Vocabulary) -> set[str]:
    """The term and every broader term above it."""
    found, todo = {term}, [term]
    while todo:
        for up in vocab.concepts[todo.pop()].broader:
            if up not in found:
                found.add(up)
                todo.append(up)
    return found


def joint_own(text: str, m: Mention, named: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether the treatment at ``m``, given jointly with another unit, is a kind of one the department's name
    gives (``named``)."""
    own = set(named)
    if not own or not _JOINTLY_AFTER.match(text, m.end):
        return False
    return any(_wider(t, vocab) & own for t in m.terms if vocab.concepts[t].kind == "treatment")
