"""Surgery a page names only by the operations the department performs.

"The department carries out radical hysterectomy with pelvic lymphadenectomy, laparoscopic surgery for early cervical
cancer and cytoreductive surgery for advanced ovarian cancer": every item is an operation, and the department
operates, though the page never says "surgery" alone. A kind of surgery in the vocabulary (its broader terms lead to
surgery), taken as the department's own from words that name an operation, gives surgery too. Not from words that
name no operation ("laparoscopy", "minimally invasive treatment", "percutaneous vertebroplasty"), nor from work done
through an endoscope, a catheter or a needle ("endoscopic resection", "interventional operations"), nor when the page
says surgery itself is another unit's or not given here, nor on the page of a unit whose name says it does not
operate (radiation oncology, pathology, anaesthesia, interventional radiology).
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

SURGERY = "surgery"
# words that name an operation
_OPERATION = compiled(
    r"\b(?:surg(?:ery|eries|ical)|operations?|operative|resections?|excisions?|dissections?|\w{3,}ectom(?:y|ies))\b",
    re.I,
)
# ... done without one: through an endoscope, a catheter, a needle or imaging
_NO_OPERATION = compiled(r"endoscop|interventi|percutaneous|radiolog|catheter|needle|ablat|vascular", re.I)
# why surgery itself was left out, when that says the department does not operate
_NOT_OURS = frozenset({"denied", "other department", "partner", "visitor", "plan"})
# a unit whose name says it does not operate: what it names of an operation is another's ("radiotherapy after
# cytoreductive surgery", "anaesthesia for laparoscopic surgery", "specimens from radical prostatectomy")
_NOT_OPERATING = compiled(
    r"radiation|radiotherap|medical\s+oncolog|chemotherap|patholog|an(?:a)?esthe|interventi|radiolog|nuclear|"
    r"h(?:a)?ematolog|imaging|palliative|hospice|rehabilita|nursing|pharmac|laborator|nutrition|psycho",
    re.I,
)


class Operations:
    """The kinds of surgery the department's own words name as operations, and the surgery they imply."""

    def __init__(self, vocab: Vocabulary, own_names: set[str]) -> None:
        self.vocab = vocab
        self.operated: list[str] = []
        self.operates = not any(_NOT_OPERATING.search(n) for n in own_names)

    def took(self, term: str, phrase: str) -> None:
        """Note a treatment taken as the department's own, with the page's words for it."""
        if term == SURGERY or term in self.operated or not _OPERATION.search(phrase) or _NO_OPERATION.search(phrase):
            return
        if self._kind_of_surgery(term):
            self.operated.append(term)

    def imply(self, treatments: list[str], left_out: dict[str, set[str]], notes: list[str]) -> None:
        """Add surgery to ``treatments`` (with a note) when an operation was taken and surgery is not denied."""
        if not (self.operated and self.operates) or SURGERY in treatments or SURGERY not in self.vocab.concepts:
            return
        if any(SURGERY in found for why, found in left_out.items() if why in _NOT_OURS):
            return
        treatments.append(SURGERY)
        notes.append(f"Treatments: surgery, from the operations the department performs ({', '.join(self.operated)}).")

    def _kind_of_surgery(self, term: str) -> bool:
        seen: set[str] = set()
        todo = [term]
        while todo:
            concept = self.vocab.concepts.get(todo.pop())
            for broader in concept.broader if concept else ():
                if broader == SURGERY:
                    return True
                if broader not in seen:
                    seen.add(broader)
                    todo.append(broader)
        return False
