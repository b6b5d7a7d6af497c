"""Mentions a page makes of cancers and treatments that belong elsewhere.

A department's page often names what it does not do itself: what it no longer does or cannot yet do
("ceased to receive patients with ...", "is not yet able to perform", "is still not available": :mod:`.denials`), what
another unit took over ("was separated from"), what a sister unit is responsible for ("Department II
... is mainly responsible for lymphoma"), what patients had before they came ("the side effects of
radiotherapy", "recurrence after surgery"), what another unit or hospital gives ("referred to the
Department of Radiotherapy", "delivered at St Mary's Hospital", "prescribed by the Department of
Medical Oncology", "given by our radiation oncology colleagues", "our partner hospital offers", "For
radiosurgery we work with the X Centre"), the place patients are sent to and the cancers sent
there ("referred to the genetic counselling clinic of ...", "Patients with liver metastases are
referred to ..."), and what it avoids ("without the need for surgery"). A service is another's when a specialty the
department's names lack names it ("the regional radiation oncology service"; a bare "the service" is the department).
Each rule here says why such
a mention is not the department's own; :mod:`.terms` asks them in turn.

How a page says that another unit gives a treatment ("referred to", "given by our ... colleagues",
"in the Department of ...") is written here only. The words for a unit and for giving are defined once, below,
and composed into each pattern that needs them; the words for passing patients on and for needing a treatment
are :mod:`.sending`'s. :mod:`.terms`, which keeps the rules for a mention that names another unit or a partner
("the radiotherapy department", "works closely with surgery"), composes its patterns from the same words.
"""

from __future__ import annotations

import re

from oncodir.extract.denials import denied
from oncodir.extract.generic import one_spelling, own_stems, unit_stems
from oncodir.extract.index import Mention, own_words
from oncodir.extract.meetings import phrase_is_teamwork, team_clause
from oncodir.extract.ourunits import our_other_unit
from oncodir.extract.ownteam import own_team
from oncodir.extract.regexcache import compiled
from oncodir.extract.sending import PARTNERSHIP_WITH, REFERRAL, SENT_ON, WHO_NEED, WORKS_WITH
from oncodir.text import normalise

# ------------------------------------------------------------------ words shared by the rules

# What a hospital calls a unit in its name: "the Department of X", "the Clinic of Y". Written capitalised, so
# that a pattern without re.I takes them only as a name ("a division of labour" names no unit).
DEPARTMENT_WORDS = r"Department|Division"
UNIT_KINDS = rf"{DEPARTMENT_WORDS}|Unit|Clinic"
# Up to the end of a clause: "X is given in the ward, while Y is performed by ..." gives X here
# (a new item of a list ends one too: "- X\n- Y, given by ..." says nothing of X)
_CLAUSE = r"(?:(?!,?\s+(?:while|whereas|but)\b|\n\s*(?:[-–•●▪*]|\d{1,2}[.)])\s)[^.;:!?])"
# Another body giving a treatment: "who provide radiotherapy", "which offers proton therapy"
GIVES = r"(?:provide|offer|deliver|give|perform)s?"
# Another unit's staff, named by what they give: "our radiation oncology colleagues"
_COLLEAGUES = r"(?:our|the|their)\s+(?:[\w-]+\s+){0,5}colleagues\b"
# A word that makes a phrase a unit, a hospital or their staff ("the day ward" is none: the department's own)
_UNIT_WORD = compiled(
    rf"\b(?:(?:{UNIT_KINDS})s?|dept|hospitals?|cent(?:er|re)s?|partners?|institutes?|services|teams?|colleagues|"
    r"trusts?|klinik\w*|spital)\b",
    re.I,
)

# ------------------------------------------------------------------ denied, taken over, or given before

# "the Department of Hepatobiliary Surgery was separated from ...": what another unit took over
_SPLIT_OFF = compiled(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:separated|split\s+off|spun\s+off|transferred|handed\s+over)\b", re.I
)
# A list of items of one to three words each, up to the mention: "surgery, radiotherapy and "
_LIST_UP_TO = r"\s+(?:(?!the\b)[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b|\bor\b|&|/)\s*){0,4}$"
# Treatment received before or elsewhere: "relieves the side effects of radiotherapy and chemotherapy", "rehabilitation
# after surgery" (but "Enhanced recovery after surgery, prehabilitation and X" gives X) - and, in a unit that gives
# supportive care, "care for patients after surgery, radiotherapy and chemotherapy", "patients who had surgery"
_AFTERMATH = compiled(
    r"\b(?:(?:side[\s-]effects?|toxicit(?:y|ies)|complications?|adverse\s+(?:effects?|reactions?|events?)|sequelae|"
    r"rehabilitation|(?<!enhanced\s)recovery|convalescence)(?:\s+(?:period|phase|stage))?\s+(?:after|following|from|"
    r"caused\s+by|induced\s+by|during)|enhanced\s+recovery\s+(?:after|following)(?=\s+$)|"
    r"(?:recurrences?|relapses?|metastas[ie]s)\s+after|"  # not "metastasis following MDT review"
    r"(?:residual|recurrent|relapsed|refractory|persistent)\b[^.;,]{0,60}?\b(?:after|following)|"
    r"(?:side[\s-]effects?|toxicit(?:y|ies)|complications?|sequelae)\s+of)" + _LIST_UP_TO,
    re.I,
)
_RECEIVED = compiled(
    r"\b(?:(?:patients|those|people|survivors)\s+(?:(?:who\s+are\s+)?recovering\s+)?(?:after|following)|"
    r"(?:who|that)\s+(?:have|has|had)\s+(?:already\s+)?(?:undergone|received|completed|finished|been\s+treated\s+with)|"
    r"underwent|having\s+(?:undergone|received)|"
    r"(?:enhanc|improv|increas|strengthen|boost|potentiat)\w*\s+(?:the\s+)?(?:clinical\s+|therapeutic\s+)?"
    r"(?:efficacy|effects?|effectiveness|sensitivity|outcomes?|tolerance)\s+(?:of|to))" + _LIST_UP_TO,
    re.I,
)
_SUPPORTIVE = compiled(
    r"traditional|chinese\s+medicine|\btcm\b|integrat|rehabilitat|palliat|supportive|nutrition|nursing|psycho|"
    r"\bpain\b|patholog|radiolog|imaging|ultrasound|anesthe|anaesthe|prevention|screening|hospice|geriatric",
    re.I,
)

# ------------------------------------------------------------------ another unit or hospital gives it

# A treatment the page gives to someone else: "are referred to the Department of Radiotherapy", "is arranged
# with the Department of Nuclear Medicine", "given by the Department of Radiation Oncology", "takes place in the
# surgical clinics", "available through our partner proton center", "delivered at St Mary's Hospital"
_HANDED_ON = compiled(
    rf"^{_CLAUSE}{{0,100}}?\b(?:(?:{SENT_ON}|outsourced)\s+(?:\w+\s+){{0,2}}?to|arranged\s+(?:with|through|at|by)|"
    r"(?:given|delivered|performed|provided|done|carried\s+out|administered|offered|available|undertaken|conducted|"
    r"treated|managed|prescribed)\s+(?:\w+ly\s+)?(?:by|at|in|through|via)|takes?\s+place\s+(?:at|in)|"
    rf"in\s+{PARTNERSHIP_WITH})\s+(?P<unit>[^.;:,]{{0,120}})",
    re.I,
)
# "radiotherapy in the Department of Radiation Oncology" (the verb said once before, for both), "treated with
# ESD (its short name) in the hospital's Endoscopy Center": another unit of the hospital, by its name
_IN_OTHER = compiled(
    rf"^(?:\s+\([^()]{{1,20}}\)|\))?\s+(?:in|at|by|with)\s+(?P<unit>the\s+(?:{UNIT_KINDS})s?\s+of\s+[^.;:,]{{0,60}}|"
    r"(?:the|our)\s+hospital['’]s\s+(?:[A-Z][\w-]*\s+){1,4}(?:Cent(?:er|re)|Department|Division|Unit|Clinic))\b"
)
# "Clinical trials, including studies offered through our partner X": a part of them elsewhere, not all of them
_SUBSET = compiled(r",\s+(?:including|such\s+as)\b[^,]*$")
# "the department recommends proton therapy at the proton centres in X": recommended, and given at another place
_RECOMMENDED = compiled(r"\brecommend\w*\s+(?:[\w-]+\s+){0,2}$", re.I)
_AT_PLACE = compiled(r"^\s+(?:at|in)\s+(?P<unit>[^.;:,]{0,80})", re.I)
# "X is given in the Department of Radiation Oncology", "patients needing X are referred to the Department of Y"
# (cancers too): a little further on than _IN_OTHER, a named department whose words are none of the own names'
_IN_DEPT_AFTER = compiled(
    rf"[^.;]{{0,40}}?\b(?:in|at|by|to)\s+the\s+(?:{DEPARTMENT_WORDS})\s+of\s+"
    r"(?P<x>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|&)){0,5})"
)
# After "the department", words that end its name: it is this one ("given by the department under the guidance of")
_NAME_ENDS = r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:from|by|when|if|after|every|each|under|according|as|within|during|itself)\b)"
# "performed by the department of radiation", "given by our radiation oncology colleagues" (but "by the
# department's own team", and "carried out by the department." with nothing after it, are the department itself):
# a department or its staff, with or without a verb
_BY_OTHER = compiled(
    rf"^{_CLAUSE}{{0,60}}?\bby\s+(?:(?:the\s+|other\s+|another\s+)?(?:{DEPARTMENT_WORDS})s?\b(?!['’]s)"
    rf"(?!(?<=the\s[Dd]epartment){_NAME_ENDS})|{_COLLEAGUES})",
    re.I,
)
# "by our team", "in the department's wards", "the ward of our department", "by the unit itself": its own
_OURS = compiled(
    rf"^(?:our|this|we|us|its|(?:\w+\s+of\s+)?(?:the\s+|our\s+|this\s+)?(?:{UNIT_KINDS})(?:['’]s\b|{_NAME_ENDS}))\b"
    # (but "our partner centre", "our cooperation hospital", "our sister hospital" are another body; "our ward in
    # cooperation with X" is the department's own ward)
    r"(?![^.;,]{0,30}\bpartner)(?!(?:\s+(?!(?:in|with|of|and|by|at|from)\b)[\w-]+){0,2}?\s+"
    r"(?:co-?operat|collaborat|sister\s+(?:hospital|cent|institut)|alliance))|"
    # and a day hospital not named ("the oncological day hospital"): where it gives
    r"^(?-i:(?:[a-z][\w-]*\s+)?(?:day|outpatient|ambulatory)[\s-]+(?:hospital|unit|cent(?:er|re)|clinic|ward)s?)\b",
    re.I,
)
# A specialty's name is a unit's after "transferred to": "transferred to Hepatobiliary Surgery" (capitalised: a name)
_SPECIALTY = compiled(r"(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z]\w*(?:ology|ery|iatry|ics)|Medicine|Radiotherapy)\b")
# "in the CT room together with the Department of X": the place is the department's own; the partner joins in
_JOINED_BY = compiled(r"\s+(?:together|jointly)\s+with\b.*$", re.I)
# "we work with X, who provide radiotherapy": the partner gives it; "we review outside imaging": done elsewhere
_PARTNER_GIVES = compiled(
    r"\b(?:work\w*|partner\w*|collaborat\w*|cooperat\w*)\s+(?:closely\s+)?with\b[^.;]{0,80}\b(?:who|which|that)\s+"
    rf"(?:\w+\s+)?(?:{GIVES}|carry|carries|run|runs)\s+(?:[\w-]+\s+){{0,3}}$|"
    r"\breview\w*\s+(?:outside|external|referring|previous|prior)\b[^.;]{0,60}$",
    re.I,
)
# "... is discussed with the Department of X and transferred there for treatment": moved to X, after a longer gap
_MOVED_THERE = compiled(
    r"^[^.;!?]{0,160}?\b(?:with|by|to)\s+(?P<unit>the\s+[^.;:]{3,100}?)\s+and\s+(?:(?:is|are|then|later)\s+)*"
    rf"(?:{SENT_ON}|moved|admitted)\s+(?:there|to\s+(?:it|them|that\s+\w+))\b",
    re.I,
)
# "For radiosurgery we work with the Gamma Knife Centre": a treatment the sentence opens with "for", then a partner
# the department works with for it (but "For radiosurgery we use the Gamma Knife" gives it here)
_FOR_OPENS = compiled(r"(?:^|[.;:!?\n]\s*)For\s+(?:[\w-]+\s+){0,3}$")
_FOR_PARTNER = compiled(
    r"^[^.;:!?]{0,60}?\b(?:we|the\s+(?:department|unit|clinic|team)|our\s+(?:department|unit|clinic|team))\s+"
    rf"(?:\w+ly\s+)?{WORKS_WITH}\s+(?P<unit>[^.;:,]{{0,80}})",
    re.I,
)
# "patients who need a stem cell transplant are referred", "..., we coordinate referral to X": sent away for it
# (the need's shared words, and those only this rule takes: candidates, criteria met, a benefit)
_NEEDING = compiled(
    rf"\b(?:{WHO_NEED}|(?:who|that)\s+(?:are\s+(?:candidates|eligible)\s+for|"
    r"(?:meet|meets|fulfil+s?)\s+(?:the\s+)?(?:criteria|indications?|requirements?)\s+for|"
    r"(?:(?:may|might|could|would)\s+)?benefit\s+from)|"
    r"candidates\s+for|eligible\s+for)\s+(?:(?:a|an|the|further|additional)\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_SENT_AWAY = compiled(
    rf"^(?:[^.;:,]{{0,40}}?\b(?:are|is|will\s+be|can\s+be|get|being)\s+(?:\w+ly\s+)?(?:{SENT_ON})|"
    rf"[^.;:]{{0,40}}?\b(?:{REFERRAL})\s+to)\b(?!\s+(?:to\s+)?(?:us|our|this|here)\b)",
    re.I,
)
# "The hospital's other departments provide X", "Our partner hospital offers X": another body gives it
_OTHER_BODY = compiled(
    r"\b(?:other|partner|sister|neighbou?ring|external|outside)\s+(?:departments?|hospitals?|institutions?|"
    r"cent(?:er|re)s?|units?|sites?|clinics?)\b(?![^.;]*\b(?:we|our|the\s+department|this\s+department)\b)",
    re.I,
)
_ELSEWHERE_AFTER = compiled(
    r"[^.;]{0,80}?\b(?:elsewhere|(?:at|in)\s+(?:other|another|a\s+different)\s+(?:hospitals?|sites?|campus(?:es)?)|"
    r"outside\s+(?:our|the|this)\s+hospital)\b",
    re.I,
)

# ------------------------------------------------------------------ avoided, or the next step

# "to avoid a full lymph node dissection", "without the need for surgery", "not suitable for surgery", "instead of
# the second course of irradiation", "meningiomas which cannot be removed completely by surgery"
_AVOIDED = compiled(
    r"\b(?:avoid(?:s|ed|ing)?|without(?:\s+the\s+need\s+(?:for|of))?|instead\s+of|rather\s+than|no\s+need\s+(?:for|of)|"
    r"spar(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:from|of)|(?:not|un|in)\s*(?:suitable|eligible|fit|candidates?|appropriate)\s+for|"
    r"(?:cannot|can\s+not|can't|could\s+not)\s+be\s+(?:\w+ly\s+)?(?:removed|resected|excised|cured|controlled)"
    r"(?:\s+\w+ly)?\s+(?:by|with|through))"
    r"\s+(?:(?:a|an|the|any|full|complete|further|extensive|additional|major|open|radical|routine)\s+){0,3}"
    r"(?:(?:second|third|repeat(?:ed)?|another|new)\s+(?:courses?|rounds?|cycles?)\s+of\s+)?$",
    re.I,
)
# "total body irradiation before stem cell transplantation": the next step, the reason, not given here
_NEXT_STEP = compiled(
    r"\b(?:before|prior\s+to|in\s+preparation\s+for|ahead\s+of|conditioning\s+(?:regimens?\s+)?for|"
    r"(?:as\s+)?(?:a\s+)?bridg(?:e|ing)\s+to)\s+(?:(?:a|an|the|allogeneic|autologous|allogenic|planned|"
    r"subsequent|later|possible)\s+){0,2}$",
    re.I,
)


def given_by_other(after: str, teamwork: bool = False) -> bool:
    """The words after a treatment say a department or another unit's staff give it: "performed by the
    department of radiation", "given by our radiation oncology colleagues" (a team's clause ends at ", and")."""
    return bool(_BY_OTHER.match(team_clause(after) if teamwork else after))


def handed_on(text: str, start: int, end: int, own_names: set[str]) -> bool:
    """A treatment the page says another unit or hospital gives, one it avoids, one done elsewhere, or the
    next step that the department prepares patients for ("before stem cell transplantation")."""
    if _AVOIDED.search(text, max(0, start - 60), start) or _PARTNER_GIVES.search(text, max(0, start - 160), start):
        return True
    if _NEEDING.search(text, max(0, start - 60), start) and _SENT_AWAY.match(text[end : end + 80]):
        return True
    phrase = normalise(text[start:end])
    if _NEXT_STEP.search(text, max(0, start - 60), start) and not any(phrase in n for n in own_names):
        return True
    after = text[end : end + 200]
    if _ITEM_LINE.match(text, text.rfind("\n", 0, start) + 1):
        after = after.split("\n", 1)[0]  # a list's item ends with its line: the paragraph below is about others
    partner = _FOR_PARTNER.match(after) if _FOR_OPENS.search(text, max(0, start - 60), start) else None
    partner = partner or (_AT_PLACE.match(after) if _RECOMMENDED.search(text, max(0, start - 40), start) else None)
    if partner and unit_elsewhere(partner["unit"], own_names):
        return True
    teamwork = phrase_is_teamwork(text[start:end])
    m = _HANDED_ON.match(team_clause(after) if teamwork else after) or (None if teamwork else _IN_OTHER.match(after))
    m = m or _MOVED_THERE.match(after)
    return m is not None and not _SUBSET.match(after, 0, m.start("unit")) and unit_elsewhere(m["unit"], own_names)


def unit_elsewhere(unit: str, own_names: set[str]) -> bool:
    """Whether the words after 'given by', 'referred to' name a unit, a hospital or their staff, not this one."""
    # ("the hospital's Endoscopy Center" is another unit of it: the name after the possessive is the unit's)
    unit = re.sub(r"^(?:the|our|this)\s+hospital['’]s\s+", "", unit.strip(), flags=re.I)
    unit = _JOINED_BY.sub("", re.sub(r"^(?:the|a|an)\s+", "", unit, flags=re.I))
    named = _UNIT_WORD.search(unit) or _SPECIALTY.match(unit) or _other_service(unit, own_names)
    if (_OURS.match(unit) and not our_other_unit(unit, own_names)) or own_team(unit) or not named:
        return False  # "given in our day clinic", "given in the ward": the department's own
    return not is_own(re.sub(r"\s+(?:after|for|to|on|with)\b.*$", "", unit), own_names)


_ITEM_LINE = compiled(r"[^\S\n]*(?:[-–•●▪*]|\d{1,2}[.)])\s")
# "the regional radiation oncology service": a service named by a specialty (a bare "the service" is the department's)
_SERVICE = compiled(r"\bservice\b", re.I)
_NO_SPECIALTY = frozenset(
    {"day", "outp", "inpat", "ambul", "regio", "local", "hospi", "distr", "natio", "clini", "itsel"}
)


def _other_service(unit: str, own_names: set[str]) -> bool:
    """A service named by words the department's names lack ("the radiation oncology service" on a haematology page;
    "the haematology day service" there is its own)."""
    found = _SERVICE.search(unit)
    words = unit_stems(one_spelling(unit[: found.start()])) - _NO_SPECIALTY if found else set()
    return bool(words) and not words <= own_stems(map(one_spelling, own_names))


def _other_place(text: str, m: Mention, kind: str, lo: int, hi: int, own_names: set[str]) -> str | None:
    """Another body that gives it, a named other department, or 'elsewhere' (treatments)."""
    if _OTHER_BODY.search(text, lo, m.start):
        return "partner"
    unit = _IN_DEPT_AFTER.match(text, m.end, hi)
    if unit and (own := own_stems(own_names)) and not unit_stems(unit["x"]) & own:
        return "other department"
    if kind == "treatment" and _ELSEWHERE_AFTER.match(text, m.end, hi):
        return "received"
    return None


def elsewhere(text: str, m: Mention, kind: str, lo: int, hi: int, own_names: set[str]) -> str | None:
    """A mention denied, of another unit's history, or of a treatment patients received before or elsewhere."""
    if denied(text, m, kind, lo, hi) or _sister_gives(text, lo, own_words(text, m), own_names):
        return "other department"
    if _sent_to(text, m, lo, own_names) or (kind == "cancer" and _sent_on(text, m.end, hi, own_names)):
        return "other department"
    if kind == "cancer" and _screened_for_other(text, m, lo, hi, own_names):
        return "other department"
    if _SPLIT_OFF.search(text, lo, hi):  # (a listed mention spans its list)
        return "other department"
    other = _other_place(text, m, kind, lo, hi, own_names)
    if other:
        return other
    if kind != "treatment":
        return None
    if handed_on(text, m.start, m.end, own_names):
        return "other department"
    window = (text, max(lo, m.start - 160), m.start)
    if _AFTERMATH.search(*window) or (any(_SUPPORTIVE.search(n) for n in own_names) and _RECEIVED.search(*window)):
        return "received"
    return None


# ------------------------------------------------------------------ a sister unit, a place patients are sent to

# "Medical Oncology Department II ... is mainly responsible for lymphoma": a unit named in the clause, then what it does
_UNIT_DOES = compiled(
    r"(?P<unit>\b(?:[A-Z][\w-]*\s+){1,6}(?:Department|Division|Ward|Unit|Cent(?:er|re)|Clinic|Team)"
    r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-D])\b)?|\b(?:Department|Division)\s+of\s+(?:[A-Z][\w-]*\s*){1,5})"
    rf"{_CLAUSE}{{0,60}}?\b(?:(?:is|are)\s+(?:\w+ly\s+)?(?:responsible\s+for|in\s+charge\s+of)|(?:\w+ly\s+)?"
    rf"(?:treats|handles|covers|speciali[sz]es\s+in|focuses\s+on))\b{_CLAUSE}{{0,100}}$"
)
_DOES_WORDS = ("responsible", "charge", "treats", "handles", "covers", "speciali", "focuses")  # one in each match
_NUMBERED = compiled(r"\s(?:[ivx]{1,4}|\d{1,2}|[a-d])$")
# "referred to the genetic counselling clinic of ...", "those with peritoneal spread to a national peritoneal
# malignancy centre", "treated by the regional anal cancer team", "referred to radiation oncology": the mention
# names the place patients are sent to
_TO_PLACE = compiled(
    rf"\b(?:(?P<sent>(?:{SENT_ON})\s+(?:\w+\s+){{0,2}}?to)|(?P<to>to)|(?:treated|managed|given|delivered|performed|"
    r"provided|offered)\s+(?:\w+ly\s+)?by)\s+(?P<det>(?:the|a|an)\s+(?:(?!(?:our|this|its)\b)[\w'’-]+\s+){0,3})?$",
    re.I,
)
_PLACE = r"(?:teams?|cent(?:er|re)s?|clinics?|departments?|units?|hospitals?|services?|institutes?)\b"
_PLACE_AFTER = compiled(rf"(?:\s+[\w-]+)?\s+{_PLACE}", re.I)
# "Patients with liver metastases are referred to ...", "Anal cancer is treated by the regional team": the cancer goes
_CANCER_GOES = compiled(
    r"(?:\s+(?:patients|cases))?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:(?:treated|managed|cared\s+for|operated\s+on)\s+"
    rf"(?:by|at|in)|(?:{SENT_ON})\s+(?:\w+\s+){{0,2}}?to)\s+(?P<unit>[^.;:,]{{0,80}})",
    re.I,
)


def _sister_gives(text: str, lo: int, start: int, own_names: set[str]) -> bool:
    """Another unit named in the clause, then what it is responsible for: 'Department II ... treats lymphoma'."""
    if not any(text.find(word, lo, start) >= 0 for word in _DOES_WORDS):
        return False  # (the clause has none of the words: the long pattern is not run)
    found = _UNIT_DOES.search(text, lo, start)
    return found is not None and _other_unit(found["unit"], own_names)


def _other_unit(unit: str, own_names: set[str]) -> bool:
    """A unit's name that is none of the department's: other words, or the same with another number."""
    unit = normalise(re.sub(r"^(?:the|a|an)\s+", "", unit.strip(), flags=re.I))
    if not own_names or not unit or re.match(r"(?:our|this|its)\b", unit) or is_own(unit, own_names):
        return False
    number = _NUMBERED.search(unit)
    numbers = {n.group() for n in map(_NUMBERED.search, own_names) if n}
    if number and numbers and number.group() not in numbers:
        return True  # "Medical Oncology Department II" beside "Medical Oncology Department I"
    stems = unit_stems(unit)
    return bool(stems) and not stems & own_stems(own_names)


def _sent_to(text: str, m: Mention, lo: int, own_names: set[str]) -> bool:
    """The mention names the place patients are sent to ('referred to the genetic counselling clinic')."""
    start = own_words(text, m)
    if phrase_is_teamwork(m.phrase):
        return False  # "managed by a multidisciplinary team with ...": the department's own team, partners and all
    cue = _TO_PLACE.search(text, max(lo, start - 100), start)
    if cue is None or (cue["to"] and not re.search(SENT_ON, text[lo : cue.start()], re.I)):
        return False  # a bare "to" only where patients are sent: "... and those with X to a national X centre"
    if not cue["det"]:
        return bool(cue["sent"])  # "referred to radiation oncology"
    if re.search(rf"\b{_PLACE}$", text[start : m.end], re.I):
        end = m.end  # the mention ends in the place's word: "referred to the genetic counselling clinic"
    else:
        place = _PLACE_AFTER.match(text, m.end)
        if place is None:
            return False
        end = place.end()
    return not is_own(text[start:end], own_names)


# "a screening programme which checks cervical cancer and breast cancer. Women with abnormal breast ultrasound are
# referred to the Department of Breast Surgery": a cancer screened for, whose organ another department treats
_TO_ORGAN = compiled(rf"\b(?:{SENT_ON})\s+to\s+the\s+(?:{DEPARTMENT_WORDS})\s+of\s+(?P<x>(?:[A-Z][\w-]*\s*){{1,4}})")


def _screened_for_other(text: str, m: Mention, lo: int, hi: int, own_names: set[str]) -> bool:
    """A cancer named as a screening programme's target, whose organ's patients go to another department."""
    organ = m.phrase.split()[0].lower()[:5]
    if not re.search(r"\bscreen\w*|\bcheck(?:s|ed|ing)?\b", text[lo:hi], re.I) or len(organ) < 4:
        return False
    sent = (s["x"] for s in _TO_ORGAN.finditer(text, lo, min(len(text), hi + 300)))
    return any(organ in unit_stems(x) and _other_unit(x, own_names) for x in sent)


def _sent_on(text: str, end: int, hi: int, own_names: set[str]) -> bool:
    """A cancer whose patients another unit or hospital takes: 'Patients with X are referred to ...'."""
    goes = _CANCER_GOES.match(text, end, hi)
    return goes is not None and unit_elsewhere(goes["unit"], own_names)


def is_own(phrase: str, own_names: set[str]) -> bool:
    """Whether a unit's name is one of the department's own names."""
    key = normalise(re.sub(r"^(?:the\s+)?", "", phrase, flags=re.I))
    return any(key == n or key.endswith(n) for n in own_names)
