"""Cancers and treatments a page names as another body's, in words :mod:`.elsewhere` does not read.

- A treatment an organisation gives, named without a unit's word: "Chemotherapy, hormone therapy and
  radiation are provided by CancerCare Manitoba" (a body's name: a word written in two capitals, or an
  organisation's word such as "Care", "Health", "Network", "Service", with "and" inside: "the Southern Blood and
  Cancer Service"; a person giving it may be the department's staff); what :mod:`.handed` reads (received in
  another unit, sent on for it, not yet given, had before) is asked here too;
- a cancer or treatment a neighbouring unit is responsible for: "the neighbouring Haematology ward, which is
  responsible for childhood leukaemia";
- a treatment's name that is the name of the unit giving another: "chemoembolization is performed by
  Interventional Radiology"; a treatment the name of the unit giving it follows: "operation by Pediatric Surgery";
- a cancer whose treatment another unit gives: "Vertebroplasty for spinal metastases is carried out by the
  Spine Surgery Department".

A treatment named only as a board's decision ("chemoradiotherapy is decided at the weekly cancer board") is not
said to be given (:mod:`.decided`). A treatment a visitor gave ("Professor X visited the department, gave a lecture
and guided two difficult operations") is not the department's. A tumour said to be benign ("benign tumours of the
parotid gland") is no cancer.

A clinical trial run "in collaboration with the Department of X" is a joint one, and the department's own
(:func:`joint_trial`). :func:`not_here` asks these and :mod:`.referrals`' rules in turn for :mod:`.terms`.
"""

from __future__ import annotations

import re

from oncodir.extract.decided import decided_at_board
from oncodir.extract.elsewhere import is_own, unit_elsewhere
from oncodir.extract.handed import handed
from oncodir.extract.index import Mention, own_words
from oncodir.extract.meetings import board_subject
from oncodir.extract.origins import metastasis_origin
from oncodir.extract.partners import for_elsewhere, place_named, some_given_at
from oncodir.extract.referrals import not_given, sent_for
from oncodir.extract.regexcache import compiled
from oncodir.extract.screened import screening_target
from oncodir.extract.sending import PARTNERSHIP_WITH

# up to the end of a clause ("X is done here, but Y is provided by ..." says nothing of X)
_CLAUSE = r"(?:(?!,?\s+(?:while|whereas|but)\b)[^.;:!?\n])"
_GIVEN_BY = compiled(
    rf"{_CLAUSE}{{0,100}}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:provided|given|delivered|offered|administered|performed)"
    r"\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?[A-Z][\w-]*){0,4})"
)
# a body's name: a word with a capital inside ("CancerCare"), or an organisation's word
_BODY = compiled(
    r"\b[A-Z][a-z]+[A-Z]\w*|\b(?:Care|Health|Healthcare|Network|Agency|Services?|Trust|Foundation|Group|Authority|"
    r"Board|Institute|Alliance|Partners|Consortium|Program|Programme)\b"
)
_PERSON = compiled(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Doctor|Nurse)\b")
# "the neighbouring Pediatric Hematology ward, which is responsible for ...": another unit, then what it does
_NEIGHBOUR_DOES = compiled(
    r"\b(?:neighbou?ring|adjacent|nearby|sister)\s+(?:[\w-]+\s+){0,4}?(?:wards?|units?|departments?|divisions?|"
    r"clinics?|teams?|cent(?:er|re)s?)\b,?\s+(?:which|that|who)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:responsible\s+for|"
    r"in\s+charge\s+of|dedicated\s+to)\s+(?:[\w-]+,?\s+){0,4}$",
    re.I,
)
# "... for spinal metastases is carried out by the Spine Surgery Department": the cancer's treatment, given there
_FOR = compiled(r"\bfor\s+(?:the\s+|patients\s+with\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_DONE_BY = compiled(
    r"\s+(?:is|are)\s+(?:\w+ly\s+)?(?:carried\s+out|performed|done|given|provided|offered|delivered)\s+"
    r"(?:\w+ly\s+)?(?:by|in|at)\s+(?P<unit>[^.;:,]{0,80})",
    re.I,
)
# "chemoembolization is performed by Interventional Radiology": the mention, capitalised, names the unit that gives
# another treatment (the clause's verb of giving, then "by", just before it)
_AGENT = compiled(
    r"\b(?:is|are|being)\s+(?:\w+ly\s+)?(?:performed|provided|given|done|carried\s+out|delivered|offered|"
    r"administered|managed|treated)\s+(?:\w+ly\s+)?by\s+(?:the\s+|our\s+|colleagues\s+(?:in|from)\s+)?$",
    re.I,
)
# "benign tumours of the parotid gland", "benign liver tumours": no cancer ("benign and malignant tumours" names one)
_BENIGN = compiled(r"\b(?:benign|non-?malignant|non-?cancerous)\s+$", re.I)
_TUMOUR_ONLY = compiled(r"^(?:[\w-]+\s+){0,3}?(?:tumou?rs?|neoplasms?|lesions?|nodules?|masses)\b", re.I)
# "chemotherapy before and after operation by Pediatric Surgery": the treatment, then the unit's name that gives it
_BY_UNIT = compiled(r"[^\S\n]+by[^\S\n]+(?P<unit>(?:the[^\S\n]+)?[A-Z][^.;:,()\n]{0,60})")
# "Professor X of Y Hospital visited the department, gave a lecture and guided two operations": the visitor's work
_VISITOR_DID = compiled(
    r"\b(?:Prof(?:essor)?|Dr|Doctor|experts?|scholars?|delegation)\b[^.;:\n]{0,100}?"
    r"\bvisited\s+(?:the|our)\s+(?:department|ward|unit|centre|center|hospital)\b"
    r"(?:(?!\b(?:department|we|our|team|staff)\b)[^.;:\n]){0,120}$",
    re.I,
)
# "offered in a clinical trial in collaboration with the Department of Oncology": a trial run jointly
_JOINTLY = compiled(rf"\s+(?:in\s+)?{PARTNERSHIP_WITH}\b", re.I)


def not_here(text: str, m: Mention, kind: str, lo: int, hi: int, own_names: set[str]) -> str | None:
    """Why a mention is another body's, or not given at all; None when nothing here says so."""
    why = sent_for(text, kind, m.start, lo, own_names) or not_given(text, kind, m.start, m.end)
    why = why or (handed(text, m, lo, hi, own_names) if kind == "treatment" else None)
    if why:
        return why
    if for_elsewhere(text, m, lo, hi, own_names) or place_named(text, m, lo, hi, kind):
        return "partner"
    if kind == "treatment" and some_given_at(text, m, hi, own_names):
        return "partner"
    if _NEIGHBOUR_DOES.search(text, max(lo, m.start - 160), m.start):
        return "other department"
    if kind == "treatment" and _names_giver(text, m, lo, own_names):
        return "other department"
    if kind == "treatment" and _VISITOR_DID.search(text, max(lo, m.start - 200), m.start):
        return "visitor"
    if kind == "treatment" and decided_at_board(text, m, hi):
        return "board"
    if kind == "treatment" and (by := _BY_UNIT.match(text, m.end, hi)) and unit_elsewhere(by["unit"], own_names):
        return "other department"
    if kind == "treatment":
        return "partner" if _body_gives(text, m, hi, own_names) else None
    if metastasis_origin(text, m, lo, hi):
        return "origin"
    if board_subject(text, m, lo):
        return "board"
    if screening_target(text, m, lo, hi):
        return "screening"
    start = own_words(text, m)
    if _BENIGN.search(text, max(lo, start - 30), start) and _TUMOUR_ONLY.search(m.phrase):
        return "benign"
    done = _DONE_BY.match(text, m.end, hi) if _FOR.search(text, max(lo, m.start - 40), m.start) else None
    return "other department" if done and unit_elsewhere(done["unit"], own_names) else None


def _names_giver(text: str, m: Mention, lo: int, own_names: set[str]) -> bool:
    """'... are performed by Interventional Radiology': the mention is the name of the unit that gives them."""
    words = m.phrase.split()
    if not all(w[:1].isupper() for w in words) or m.phrase.isupper():
        return False
    return bool(_AGENT.search(text, max(lo, m.start - 80), m.start)) and not is_own(m.phrase, own_names)


def _body_gives(text: str, m: Mention, hi: int, own_names: set[str]) -> bool:
    """'X, Y and Z are provided by CancerCare Manitoba': an organisation's name after the verb of giving."""
    found = _GIVEN_BY.match(text, m.end, hi)
    if found is None or _PERSON.match(found["body"]):
        return False
    return bool(_BODY.search(found["body"])) and not is_own(found["body"], own_names)


def joint_trial(text: str, m: Mention, why: str) -> bool:
    """A clinical trial said to be another department's only because it is run together with it."""
    return why == "other department" and "clinical trials" in m.terms and bool(_JOINTLY.match(text, m.end))
