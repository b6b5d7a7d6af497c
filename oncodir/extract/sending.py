"""The words of passing patients to another unit or hospital for a treatment: sending, needing, working with.

"Patients who need X are referred", "For patients who need X, the department refers them to Y", "transferred to
Hepatobiliary Surgery", "a referral to the genetic clinic", "For X our team works with Z Hospital", "in
collaboration with the Department of X": the readers of a treatment given elsewhere (:mod:`.elsewhere`,
:mod:`.handed`, :mod:`.nothere`, :mod:`.partners`, :mod:`.referrals`) compose their patterns from these words, so
a new verb of sending, or a new form of the need, is added here once. What only one reader takes stays with it
("where X is required" in :mod:`.handed`; "candidates for", "benefit from" in :mod:`.elsewhere`), since a wider
shared form would change what the others read.
"""

from __future__ import annotations

# Each verb of sending: the verb as the department does it ("refers them to"), the participle as the patients
# undergo it ("are referred to", "sent to"), and the noun where a page uses one ("referral to", "transfer to")
_VERBS: tuple[tuple[str, str, str], ...] = (
    ("refer", "referred", "referral"),
    ("transfer", "transferred", "transfer"),
    ("send", "sent", ""),
)
# Patients passed on to another unit: "referred to", "transferred there", "sent to the Department of ..."
SENT_ON = "|".join(sent for _, sent, _ in _VERBS)
# The department passing them on: "refers them to", "we transfer the patients to", "sends such patients to"
SENDS = "|".join(f"{verb}s?" for verb, _, _ in _VERBS)
# The act as a noun: "referral to the X Centre", "transfers to the ICU"
REFERRAL = "|".join(f"{noun}s?" for _, _, noun in _VERBS if noun)
# The patients' need, said as a participle: "patients needing X", "those requiring X"
NEEDING = r"needing|requiring"
# ... or with a relative clause: "patients who need X", "cases that require X"
WHO_NEED = rf"(?:who|that)\s+(?:need|needs|require|requires)|{NEEDING}"
# The department working with another body for it: "we work closely with", "our team cooperates with"
WORKS_WITH = r"(?:work|cooperate|collaborate|partner)s?\s+(?:closely\s+)?with"
# ... said as a noun: "(given) in collaboration with the Department of X" hands a treatment to X, and the same words
# make a clinical trial a joint one, the department's own
PARTNERSHIP_WITH = r"(?:partnership|collaboration|cooperation)\s+with"
