"""Treatments the department sends its patients elsewhere for, or that another specialty's doctors give.

A page names what its patients get from others in many words besides "referred to" (:mod:`.elsewhere`):

- passed on, booked, arranged, sent back, admitted, left to: "the case is passed on to our colleagues in general
  surgery", "those who require irradiation are booked at the radiotherapy centre of the provincial hospital",
  "postoperative radiotherapy can be arranged with the radiation oncologists", "the case goes to ...";
- someone else's charge: "X is the responsibility of the Radiotherapy Department", "in the hands of the urologists",
  "stays under the responsibility of", "falls within the remit of", "rests with the radiation oncology team";
- a list's item: "- Radiotherapy: referral to the Radiotherapy Center of our hospital";
- given by another specialty's doctors, named by their specialty and no unit's word: "prescribed by medical
  oncologists", "surgery performed by the thoracic surgeons", "managed by the patient's oncologist";
- relied on, contacted, through referral: "For brachytherapy we rely on the radiotherapy department", "we depend on the
  transplant centre for stem cell transplantation", "proton therapy is available to our patients through referral";
- the mention names the unit patients are sent to: "sent back to hepatobiliary surgery";
- had at another place, the patients' own: "their radiotherapy at the cancer hospital".

Doctors of the department's own specialty ("by our surgeons", "by radiation oncologists" on a radiation oncology
page, "by oncologists" on an oncology page, "their attending oncologists") give it here (but "the paediatric
surgeons" on a paediatric oncology page, and "the Pediatric Surgery Department", are another kind of unit);
"referred to Dermatology" on the dermatology page, "left to the judgement of the physician" and a tumour board
attended send nothing away. :func:`sent_elsewhere` is asked by :mod:`.terms`.
"""

from __future__ import annotations

import re

from oncodir.extract.elsewhere import unit_elsewhere
from oncodir.extract.generic import other_kind, unit_stems
from oncodir.extract.index import Mention, own_words
from oncodir.extract.meetings import phrase_is_teamwork
from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import SENT_ON

# a clause's stretch: ", and", ", but", "; " or a new sentence end it ("We give X, and Y is booked at ..." keeps X)
_GAP = r"(?:(?!,\s*(?:and|but|while|whereas|or|which)\b|\b(?:while|whereas|but)\b)[^.;:!?\n])"
# a verb of passing patients on or of another's giving, as a participle
_PASSED = (
    rf"(?:{SENT_ON}|passed|handed|booked|scheduled|returned|redirected|forwarded|arranged|organi[sz]ed|"
    r"coordinated|outsourced|prescribed|given|done|performed|carried\s+out|managed|handled|delivered|provided|"
    r"administered|offered|undertaken|completed|supervised|overseen|looked\s+after|taken\s+care\s+of|treated|"
    r"left|entrusted|delegated|assigned|admitted)"
)
_TO = r"(?:\s+(?:on|back|over|out|onwards?))?\s+(?:to|at|with|into|onto|through|by|via|in|under)"
# where patients go: up to a clause's stop, or the next item of a list ("* X, first done in 2016\n* a clinic run by
# the nursing team": the second item's giver gives nothing of the first)
_DEST = r"(?:(?!\n[^\S\n]*(?:[-–•●▪*·]|\d{1,2}[.)])\s)[^.;:,()])"
# "X is booked at Y", "X, where needed, can be arranged with Y", "surgery performed by Y" (the participle at once)
_AFTER = compiled(
    rf"^(?:{_GAP}{{0,100}}?\b(?:is|are|was|were|be|been|being|gets?)\s+(?:(?:\w+ly|also|then|later|always|often|"
    rf"now)\s+)*|\s+)(?:\w+ly\s+)?{_PASSED}{_TO}\s+(?P<dest>{_DEST}{{1,100}})|"
    # "When surgery is warranted the case goes to our colleagues in neurosurgery": the patient or case goes there
    rf"^{_GAP}{{0,100}}?\b(?:goes|go|went|passes|pass|moves|move|falls|belongs)\s+(?:on\s+|over\s+|back\s+)?to\s+"
    rf"(?P<goes>{_DEST}{{1,100}})|"
    # "X is the responsibility of the Radiotherapy Department", "X is in the hands of the radiation oncologists",
    # "X stays under the responsibility of ...", "X falls within the remit of ...", "X rests with the ... team"
    rf"^{_GAP}{{0,60}}?\b(?:is|are|remains?|stays?|falls?|lies|lie|rests?|belongs?)\s+(?:\w+ly\s+)?"
    r"(?:(?:(?:under|within|in)\s+)?the\s+(?:responsibility|job|task|domain|remit|preserve|care|charge)\s+of|"
    rf"in\s+the\s+hands\s+of|with)\s+(?P<whose>{_DEST}{{1,100}})|"
    # a list's item, then where it is had: "- Radiotherapy: referral to the Radiotherapy Center of our hospital"
    rf"^[^\S\n]*[:：–-]\s*(?:[\w-]+\s+){{0,2}}?(?:to|at|with|by|in)\s+(?P<item>{_DEST}{{1,100}})",
    re.I,
)
# "X and Y are available to our patients through referral": a referral takes them elsewhere, no unit named
_THROUGH_REFERRAL = compiled(
    rf"^{_GAP}{{0,60}}?\b(?:is|are)\s+(?:also\s+|only\s+)?(?:available|offered|accessible|possible|provided|arranged)"
    rf"\b{_GAP}{{0,40}}?\b(?:through|by|via|on|upon|after)\s+(?:an?\s+)?(?:external\s+|outside\s+|onward\s+)?"
    r"referrals?\b(?!\s+(?:to\s+(?:us|our|this|the\s+department)|from)\b)",
    re.I,
)
# "For brachytherapy(,) we rely on the radiotherapy department", "For surgery, patients are referred to ..."
_FOR_OPENS = compiled(r"(?:^|[.;:!?\n]\s*)For\s+(?:[\w-]+\s+){0,3}$")
_RELY = (
    r"(?:rel(?:y|ies|ied)|depend(?:s|ed)?|call(?:s|ed)?)\s+(?:up)?on|turn(?:s|ed)?\s+to|"
    r"contact(?:s|ed)?|call(?:s|ed)?\s+in|involve[sd]?|"
    r"(?:refer|send|pass|transfer|book)(?:s|red|ed)?\s+(?:(?:them|patients|these\s+patients|the\s+patients|him|her)\s+)?"
    rf"(?:on\s+|back\s+)?(?:to|at|with)|(?:is|are)\s+(?:\w+ly\s+)?(?:{SENT_ON}|booked|passed)(?:\s+on)?"
    r"\s+(?:to|at|with)|go(?:es)?\s+to|attend(?:s)?"
)
_FOR_RELIES = compiled(rf"^,?\s+{_GAP}{{0,40}}?\b(?:{_RELY})\s+(?P<dest>[^.;:,()]{{1,80}})", re.I)
# "we rely on the transplant centre of X for stem cell transplantation": the place, then "for" and a short list
_RELY_FOR = compiled(
    rf"\b(?:{_RELY})\s+(?P<dest>[^.;:!?,()]{{1,80}}?)\s+for\s+(?:(?!(?:while|whereas|but|we|our)\b)[\w-]+(?:\s*,\s*|\s+)){{0,8}}$",
    re.I,
)
# "sent back to hepatobiliary surgery", "passed on to our colleagues in general surgery": the mention names where
_TO_UNIT = compiled(
    rf"\b(?:(?:{SENT_ON}|passed|handed|returned|redirected|forwarded|moved|outsourced|entrusted|admitted|go|goes|"
    r"went|going)(?:\s+(?:on|back|over))?\s+(?:to|into)|(?:colleagues|specialists|experts|doctors|physicians)\s+(?:in|at|from|of))\s+"
    r"(?:the\s+|an?\s+)?"
    r"(?:(?:care|department|division|unit|service)\s+of\s+)?(?:(?:our|the)\s+colleagues\s+(?:in|at|from|of)\s+(?:the\s+)?)?"
    r"(?P<words>(?:(?!(?:for|us|our|this|its|we|with|and|give|gives|do|does|perform|performs|provide|provides|offer|"
    r"offers|are|is|who|which|that)\b)[\w-]+\s+){0,3})$",
    re.I,
)
# "their radiotherapy at the cancer hospital": the patients' own treatment, had at another place
_THEIR = compiled(r"\b(?:their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
_THEIR_AT = compiled(
    r"^(?:\s+(?:is|are)\s+(?:\w+ly\s+)?(?:given|done|delivered|performed|had|received))?\s+(?:at|in)\s+"
    r"(?P<dest>[^.;:,()]{3,80})",
    re.I,
)
_THE_HOSPITAL = compiled(r"^(?:the|this|our)\s+hospital\b(?!['’]s)", re.I)
# another specialty's doctors: "medical oncologists", "the thoracic surgeons", "the patient's oncologist"
_DOCTORS = compiled(
    r"^(?P<owner>(?:(?:the|a|an|other|another|their|his|her|the\s+patient['’]?s['’]?|local|external|outside|"
    r"visiting|referring|own)\s+)*)(?P<qual>(?:(?!(?:of|the|in|at|for|and|or|to)\b)[\w-]+\s+){0,3}?)"
    r"(?P<noun>[a-z]+ologists?|surgeons?|physicians?|specialists?|doctors?|consultants?|colleagues|"
    r"radiotherapists?|physicists?|ana?esthet\w*ists?|endoscopists?)\b(?:\s+(?:in|at|from|of)\s+(?:the\s+)?(?P<field>[\w-]+(?:\s+[\w-]+){0,2}))?",
    re.I,
)
# whose doctors they are: "the patient's own", "their referring", "their local" (but "their attending oncologists")
_OUTSIDE_OWNER = compiled(
    r"\b(?:patients?['’]?s?['’]?|local|external|outside|referring|visiting|(?:their|his|her)\s+(?:own|usual|regular|"
    r"family|home|general))\b",
    re.I,
)
_GENERIC_NOUN = compiled(r"^(?:physician|specialist|doctor|consultant|colleague)", re.I)
# words that say what doctors are like, not their specialty
_NO_SPECIALTY = frozenset(
    re.findall(
        r"\S+",
        "senior junior resident specialist consultant ward duty on-call own same hospital hospital's responsible "
        "expert chief senior-level well top renowned famous young many several all both female male two three four "
        "five our their the a an other team staff",
    )
)
_NO_STEMS = frozenset(w[:5] for w in _NO_SPECIALTY)
# spellings of one specialty ("haematology", "hematologist"; "paediatric", "pediatric")
_SPELLINGS = (("haem", "hem"), ("gynaec", "gynec"), ("paed", "ped"), ("oesoph", "esoph"), ("tumour", "tumor"))


def _stems(words: str) -> set[str]:
    """Stems of a specialty's words, one spelling for each ("haematologists" and "hematology" meet)."""
    text = words.lower()
    for old, new in _SPELLINGS:
        text = text.replace(old, new)
    # (what doctors are like, "well-trained", "highly experienced", "visiting", "two", says no specialty)
    kept = [w for w in re.findall(r"[a-z&-]+", text) if not re.search(r"(?:ly|ed|ing)$", w)]
    return {s for s in unit_stems(" ".join(kept)) if s not in _NO_STEMS}


def _own(own_names: set[str]) -> set[str]:
    return _stems(" ".join(own_names))


def doctors_elsewhere(dest: str, own_names: set[str]) -> bool:
    """Whether ``dest`` names doctors of a specialty none of the department's names has ("medical oncologists" on a
    radiation oncology page); "our surgeons", "experienced doctors" and "oncologists" on an oncology page are its own.
    """
    found = _DOCTORS.match(dest.strip())
    if found is None or not own_names:
        return False
    # "our surgeons" are the department's; "our colleagues in general surgery" another unit's
    if re.match(r"(?:our|we|us|this|its)\b", dest.strip(), re.I) and not (
        found["field"] and found["noun"].lower().startswith("colleague")
    ):
        return False
    if _OUTSIDE_OWNER.search(found["owner"] + found["qual"]):
        return True  # "their referring oncologist", "the patient's own doctor": not the department's staff
    own = _own(own_names)
    noun = "" if _GENERIC_NOUN.match(found["noun"]) else found["noun"]
    qual = _stems(found["qual"] + " " + (found["field"] or ""))
    if not qual and not noun:
        return False  # "by the doctors": whose, the page does not say
    noun_stems = _stems(noun)
    if qual and qual <= own and noun_stems and not noun_stems & own:
        return True  # "the paediatric surgeons" on a paediatric oncology page: whose patients, another specialty
    if qual:
        # "thoracic surgeons" on a thoracic surgery page are its own, and so are "radiation oncologists" on a plain
        # oncology page (its own specialty, qualified); "medical oncology physicians" on a radiation oncology page not
        return not qual <= own and not own <= qual | noun_stems
    return not noun_stems & own


_CHOICE = compiled(r"(?:(?:the|their|his|her|a)\s+)?(?:judge?ments?|discretion|choice|decision|preference|wish)", re.I)


def _gone(dest: str, own_names: set[str]) -> bool:
    """The place or people after a verb of sending are another unit, hospital or specialty."""
    if _THE_HOSPITAL.match(dest.strip()) or _CHOICE.match(dest.strip()):
        return False  # "given at the hospital": the department's hospital; "left to the judgement of ...": no place
    # ("referred to Dermatology for ..." on the dermatology page: a unit named by the department's words may be it,
    # but not one with words of its own, "the radiation oncology team" on a medical oncology page, nor one whose name
    # says it is another kind of unit: "the task of the Pediatric Surgery Department")
    stems = _stems(dest)
    shared = stems and stems <= _own(own_names) and not other_kind(dest, own_names)
    unit = unit_elsewhere(dest, own_names) and not shared
    return unit or doctors_elsewhere(dest, own_names)


def _names_other_unit(text: str, m: Mention, lo: int, own_names: set[str]) -> bool:
    """The mention is the name of the unit patients are sent to: 'sent back to hepatobiliary surgery'."""
    start = own_words(text, m)
    if phrase_is_teamwork(m.phrase):
        return False  # "passed on to the tumour board": a team the department sits on
    cue = _TO_UNIT.search(text, max(lo, start - 120), start)
    if cue is None:
        return False
    name = cue["words"] + text[start : m.end]
    stems = _stems(name)
    return bool(stems) and not stems & _own(own_names)


# "radiation oncologists", "the transplant surgeons": the mention names another specialty's doctors
_DOCTORS_AFTER = compiled(
    r"\s+(?:[a-z]+ologists?|surgeons?|radiotherapists?|physicists?|ana?esthet\w*ists?|endoscopists?)\b", re.I
)
# (the doctors after a word of giving or sending: "arranged with the radiation oncologists"; a team's list of its
# staff, "brings together thoracic surgeons, radiation oncologists and ...", is the department's own)
_TO_DOCTORS = compiled(
    r"\b(?:by|with|to|from|hands\s+of|responsibility\s+of)\s+(?:the\s+|their\s+|other\s+)?(?:(?:[\w-]+\s+){0,2}(?:[a-z]+ists?|surgeons?)\s*(?:,|\band\b|\bor\b)\s*)?$",
    re.I,
)


def _names_doctors(text: str, m: Mention, own_names: set[str]) -> bool:
    """The mention, then a word for doctors: another specialty's staff named ("the radiation oncologists")."""
    doctors = _DOCTORS_AFTER.match(text, m.end)
    if doctors is None or not _TO_DOCTORS.search(text, max(0, own_words(text, m) - 60), own_words(text, m)):
        return False
    return doctors is not None and doctors_elsewhere(text[own_words(text, m) : doctors.end()], own_names)


def sent_elsewhere(text: str, m: Mention, lo: int, hi: int, own_names: set[str]) -> str | None:
    """'other department' when the page says patients get the treatment at ``m`` from another unit, hospital or
    specialty, or are sent there for it; None otherwise."""
    end = m.end
    after = text[end:hi]
    found = _AFTER.match(after)
    if found and _gone(found["dest"] or found["goes"] or found["item"] or found["whose"], own_names):
        return "other department"
    if _THROUGH_REFERRAL.match(after):
        return "other department"
    start = own_words(text, m)
    if _FOR_OPENS.search(text, max(0, start - 60), start):  # (from before the sentence: its stop or its start)
        relies = _FOR_RELIES.match(after)
        if relies and _gone(relies["dest"], own_names):
            return "other department"
    relied = _RELY_FOR.search(text, max(lo, start - 160), start)
    if relied and _gone(relied["dest"], own_names):
        return "other department"
    if _names_other_unit(text, m, lo, own_names) or _names_doctors(text, m, own_names):
        return "other department"
    if _THEIR.search(text, max(lo, start - 40), start):
        place = _THEIR_AT.match(after)
        if place and not _THE_HOSPITAL.match(place["dest"]) and unit_elsewhere(place["dest"], own_names):
            return "other department"
    return None
