"""A laboratory's tests and a patient's papers named with pathology's words: no pathology service given.

"The laboratory of the department can perform bone marrow cytology, flow cytometry and chromosome analysis", "our
haematology lab offers marrow morphology, cytogenetics and molecular pathology": the tests a ward's laboratory runs
to diagnose its own patients, not a diagnostic pathology service. Only a pathology or cytology unit's own laboratory
gives that. "Please bring your pathology report", "pathology slides are reviewed": a document or a specimen, no
service either. :func:`lab_test` is asked by :mod:`.lookalikes`.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# a laboratory, or the tests one runs on blood and marrow (named beside the mention in the same sentence)
_LAB = compiled(
    r"\blab(?:orator(?:y|ies))?s?\b|\bflow[\s-]+cytometr|\bimmunophenotyp|\bcytogenetic|\bchromosom|\bkaryotyp|"
    r"\bFISH\b|\bPCR\b|\bsequencing\b|\bgene\s+(?:tests?|testing|mutations?|rearrangements?)|"
    r"\bbone\s+marrow\s+(?:smears?|aspirat\w*|morpholog\w*|examinations?)|\bmarrow\s+morpholog",
    re.I,
)
_PATHOLOGY_UNIT = compiled(r"patholog|cytolog|laborator", re.I)
# "pathology report", "pathology slides": the paper or the glass a patient brings, no service
_DOCUMENT_AFTER = compiled(r"^[\s-]*(?:reports?|results?|slides?|blocks?|specimens?|samples?|records?)\b", re.I)


def lab_test(m: Mention, sentence: str, after: str, own_names: set[str]) -> str | None:
    """'laboratory test' for pathology's words among a laboratory's tests on a page of no pathology unit,
    'document' for a pathology report or slides; None otherwise."""
    if "diagnostic pathology" not in m.terms:
        return None
    if any(_PATHOLOGY_UNIT.search(n) for n in own_names):
        return None  # the pathology department's own laboratory gives the service (and writes the reports)
    if _DOCUMENT_AFTER.match(after):
        return "document"
    return "laboratory test" if _LAB.search(sentence) else None
