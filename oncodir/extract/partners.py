"""Cancers and treatments a page names only for where patients go to get them.

- A sentence that opens with what it is about, then sends the patients away or names the partner: "For HIPEC
  for peritoneal metastases we refer patients to X Institute", "For proton therapy, patients are sent to the
  proton centre in Y", "For brachytherapy our team works with Z Hospital" (the treatments and cancers of the
  opening are the other place's; "For brachytherapy we use our own afterloader" keeps it);
- a treatment given to some patients at another place: "proton therapy is available for selected patients at our
  partner, the X Center" (:func:`some_given_at`; "... for selected patients in our day unit" keeps it);
- a treatment named inside the name of a place elsewhere: "given at our partner radiation oncology centre", "at
  the radiotherapy institute in Nieuwegein", "at the Cascade Proton Center" (a partner's or a place in another
  town; "our radiotherapy centre has four linear accelerators" is the department's own);
- a screening programme the patients come from: "patients come to us after a positive result in the national
  bowel cancer screening programme" (a public programme, not one the department runs).

:func:`for_elsewhere`, :func:`some_given_at` and :func:`place_named` are asked by :mod:`.nothere` for each mention.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import unit_elsewhere
from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import NEEDING, SENDS, SENT_ON, WORKS_WITH

# "For X with Y for Z" at the start of a sentence, up to the mention (no clause break between)
_FOR_OPENS = compiled(rf"(?:^|[.;:!?\n]\s*)For\s+(?:(?:patients|those|people)\s+(?:with|{NEEDING})\s+)?"
                        r"(?:[\w()-]+\s+){0,8}$")  # fmt: skip
# then, after the mention, in the same sentence: the department sends them on, or works with a partner
_THEN_AWAY = compiled(
    r"^[^.;:!?]{0,80}?\b(?:(?:we|the\s+(?:department|unit|clinic|team)|our\s+(?:department|unit|clinic|team|surgeons|"
    rf"doctors))\s+(?:\w+ly\s+)?(?:(?:{SENDS})\s+(?:(?:the|these|such|our|all)\s+)?(?:patients|them|cases)"
    rf"\s+(?:on\s+)?to|{WORKS_WITH})|"
    rf"(?:patients|they|cases)\s+(?:are|will\s+be|can\s+be)\s+(?:\w+ly\s+)?(?:{SENT_ON})\s+(?:on\s+)?to)"
    r"\s+(?P<unit>[^.;:,]{3,100})",
    re.I,
)
# "proton therapy is available for selected patients at our partner": given to some patients, at another place
_FOR_SOME_AT = compiled(
    r"[^\S\n]+(?:is|are)\s+(?:also\s+|only\s+)?(?:available|offered|given|provided|delivered|arranged)\s+(?:to|for)\s+"
    r"(?:[\w-]+\s+){0,2}(?:patients|cases|children|women|men)\s+(?:at|in|through|via|by)\s+(?P<unit>[^.;:]{3,100})",
    re.I,
)
# "at our partner radiation oncology centre", "at the radiotherapy institute in Nieuwegein": the mention, then the
# place's word
_PLACE_WORD = compiled(r"[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+)?(?:cent(?:er|re)|institute|hospital)s?\b", re.I)
_AT_BEFORE = compiled(r"\b(?:at|to|from|through|via)\s+(?:the|our|a|an|its)\s+(?:[\w-]+\s+){0,3}$", re.I)
# the place is another's: a partner, another town's ("... institute in Nieuwegein"), or named in title case
_PARTNER_NEAR = compiled(r"\b(?:partners?|partnering|affiliated|external|outside|neighbou?ring|another)\b", re.I)
_TOWN_AFTER = compiled(r"[^\S\n]+(?:in|at)[^\S\n]+[A-Z][a-z]")
# "after a positive result in the national bowel cancer screening programme": a public programme
_PUBLIC = compiled(r"\b(?:national|nationwide|population(?:-based)?|state|government|public|regional|provincial)\s+"
                     r"(?:[\w-]+\s+){0,3}$", re.I)  # fmt: skip
_PROGRAMME = compiled(r"[^\S\n]*(?:programmes?|programs?|schemes?|campaigns?)\b", re.I)
_RUNS = compiled(r"\b(?:we|our|the\s+department|this\s+department)\s+(?:\w+\s+)?(?:runs?|organi[sz]es?|leads?|"
                   r"coordinates?|manages?|delivers?|conducts?|performs?|offers?|provides?)\b", re.I)  # fmt: skip


def for_elsewhere(text: str, m: Mention, lo: int, hi: int, own_names: set[str]) -> bool:
    """The sentence opens "For <the mention ...>" and its main clause sends the patients to, or names, a partner."""
    opening = text[max(0, lo - 2) : m.start]  # (from the mark that ends the sentence before)
    if len(opening) > 110 or not _FOR_OPENS.search(opening):
        return False
    away = _THEN_AWAY.match(text[m.end : hi])
    return away is not None and unit_elsewhere(away["unit"], own_names)


def some_given_at(text: str, m: Mention, hi: int, own_names: set[str]) -> bool:
    """'X is available for selected patients at our partner, the Y Center': given to some, at another place."""
    away = _FOR_SOME_AT.match(text, m.end, hi)
    return away is not None and unit_elsewhere(away["unit"], own_names)


def place_named(text: str, m: Mention, lo: int, hi: int, kind: str) -> bool:
    """The treatment names a place elsewhere ("at our partner radiation oncology centre"), or a cancer screening
    is a public programme the patients come from."""
    if kind != "treatment":
        return False
    before = text[max(lo, m.start - 60) : m.start]
    if "screening" in m.phrase.lower():
        public = _PUBLIC.search(before) and _PROGRAMME.match(text, m.end, hi)
        return bool(public) and not _RUNS.search(text, lo, m.start)
    place = _PLACE_WORD.match(text, m.end, hi)
    if place is None or not _AT_BEFORE.search(before):
        return False
    clause = text[max(lo, m.start - 60) : min(hi, place.end() + 40)]
    titled = m.phrase[:1].isupper() and place.group().strip()[:1].isupper() and not m.phrase.isupper()
    return bool(_PARTNER_NEAR.search(clause) or _TOWN_AFTER.match(text, place.end(), hi) or titled)
