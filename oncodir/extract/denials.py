"""Cancers and treatments a page says the department does not treat or give.

"No longer offers brachytherapy", "ceased to receive patients with hepatobiliary tumours", "is not yet able to
perform X", "X is still not available", "X is not treated in this department", "nasopharyngeal carcinoma, which is
treated mainly by radiotherapy, is not operated in this department" (the denial after an aside about the cancer:
the cancer is denied, and so is a treatment named only inside the aside, which says how others treat it).
"Patients who can no longer benefit from X" is the patients' state, no denial, and "X is not only ..." gives X.
:func:`denied` is asked first by :mod:`.elsewhere`.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# "ceased to receive patients with hepatobiliary tumours", "no longer offers brachytherapy"
_NEGATED = compiled(
    r"\b(?:ceased|no\s+longer|stopped|discontinued|(?:does|do|did)\s+not|never)\b[^.;]{0,120}$|"
    # "is not yet able to perform X", "cannot offer X" (the verb of giving then X: "patients who cannot be
    # operated on receive X" denies nothing the department gives)
    r"\b(?:not\s+(?:yet\s+)?able\s+to|unable\s+to|cannot|can\s+not|can['’]t)\s+(?:yet\s+)?(?:perform|offer|provide|"
    r"give|deliver|do|carry\s+out|treat|accept|admit|undertake)\s+(?:[\w-]+\s+){0,3}\S*$",
    re.I,
)
# the denial after the mention: "is still not available", "are not treated", "is not operated on here" (but "is not
# only ..." gives it)
_IS_NOT = (
    r"\b(?:is|are)\s+(?:still\s+|currently\s+|yet\s+)?not\s+(?:yet\s+)?(?:(?!only\b)\w+ly\s+)?"
    r"(?:available|offered|performed|provided|treated|done|given|administered|carried\s+out|possible|part\s+of|"
    r"operated|managed|seen|admitted|accepted|handled|irradiated|dealt\s+with)\b"
)
# an aside about the mention before it: "(managed by the thyroid surgeons)", ", which is treated mainly by
# radiotherapy,", ", being a disease of the whole body,"
_ASIDE = r"(?:\s*\([^()\n]{1,80}\)|,\s+(?:which|who|being|for\s+which|as|since|because)\b[^.;,()\n]{1,80},)"
# (the mention is what is denied: "lung cancer patients who are not operated on" deny no cancer)
_GAP = r"(?:(?!\b(?:who|that|whose|when|if|where)\b)[^.;,()])"
# the mention first in a list that shares the denial: "Radiotherapy, including proton therapy, and transplants are
# not carried out", "Surgery, HIFU or cryoablation are not offered" (no verb of its own in the list: "X is given, but
# Y is not offered" keeps X)
_NO_LIST_WORD = r"\b(?:who|that|whose|when|if|where|which|is|are|was|were|but|while|whereas|although|we|our)\b"
_LIST_GAP = rf"(?:(?!{_NO_LIST_WORD})[^.;:()])"
_LIST_AND = r"(?:,\s*|\s)(?:and|or|nor|as\s+well\s+as)\s"
_LIST_DENIED = compiled(rf"(?:,|\s+(?:and|or)\s){_LIST_GAP}{{0,100}}?{_LIST_AND}{_LIST_GAP}{{0,40}}?{_IS_NOT}", re.I)
# ... the list being the clause's subject: the mention opens it ("We treat X with surgery, radiotherapy and
# chemotherapy, and transplants are not performed" denies only the transplants)
# (or stands in its first item's aside: "Radiotherapy, including proton therapy, and ...")
_OPENS_CLAUSE = compiled(
    r"(?:^\s*|[:;]\s*|\n\s*|[-•*]\s+)(?:(?:both|neither|either|also|currently|at\s+present),?\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,3},?\s+(?:including|such\s+as|like|e\.g\.|especially)\s+"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2}(?:,|\s+or|\s+and)\s+)?)?$",
    re.I,
)
_DENIED_AFTER = compiled(rf"(?:{_GAP}|\(|\)){{0,40}}?{_IS_NOT}|{_GAP}{{0,40}}?{_ASIDE}{_GAP}{{0,40}}?{_IS_NOT}", re.I)
# the mention inside such an aside, then the denial of what the aside is about
_IN_ASIDE_BEFORE = compiled(r"(?:\(|,\s+(?:which|who|being|for\s+which|as|since|because)\b)[^.;,()\n]{0,80}$",
                              re.I)  # fmt: skip
_ASIDE_ENDS_DENIED = compiled(rf"[^.;,()\n]{{0,60}}?(?:\)|,)[^.;,()]{{0,40}}?{_IS_NOT}", re.I)
# "patients who can no longer benefit from ...", "whose disease can no longer be controlled", "patients with advanced
# malignant tumours who can no longer ...": the patients' state
_PATIENTS_STATE = compiled(r"\b(?:patients|people|those|children|adults)\b[^.;]{0,60}\b(?:who|that|whose)\s+"
                             r"(?:\w+\s+){0,2}$", re.I)  # fmt: skip


def denied(text: str, m: Mention, kind: str, lo: int, hi: int) -> bool:
    """Whether the sentence (``lo`` to ``hi``) denies that the department gives or treats the mention ``m``."""
    negated = _NEGATED.search(text, lo, m.end)
    if negated and not (
        kind == "cancer" and _PATIENTS_STATE.search(text, max(lo, negated.start() - 60), negated.start())
    ):
        return True
    if "not" not in text[m.end : min(hi, m.end + 200)].lower():
        return False  # (each denial after the mention says "not": most mentions are passed at once)
    if _DENIED_AFTER.match(text, m.end, hi):
        return True
    if _LIST_DENIED.match(text, m.end, hi) and _OPENS_CLAUSE.search(text[lo : m.start]):
        return True
    return bool(
        _ASIDE_ENDS_DENIED.match(text, m.end, hi) and _IN_ASIDE_BEFORE.search(text, max(lo, m.start - 80), m.start)
    )
