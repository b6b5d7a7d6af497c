"""Cancers and treatments a department page names, as vocabulary terms.

The names are found by :mod:`.index` (the vocabulary's own spellings) and :mod:`.forms` (organ lists, coordinated
adjectives, techniques before an operation, asides in brackets), :mod:`.wholes` (parts that make a whole: "tumours of
the bones and soft tissues"), :mod:`.trials` ("randomised trials") and :mod:`.kinds` ("TURBT", "androgen deprivation
therapy"). A mention counts only when it is the department's own: these are left out, because a page names them without
saying the department gives them:

- words inside an institution's name ("Shandong University of Traditional Chinese Medicine"), but not
  inside a title the department holds ('approved as a "Cancer Pain Treatment Demonstration Ward"');
- other departments: "the radiotherapy department", "the Department of Ultrasound, Radiology and
  Radiotherapy jointly formed", "works closely with radiotherapy", "in cooperation with surgery",
  "discusses the difficult cases with Oncology, Radiology and Pathology", "the regional radiation oncology service",
  "performed by the department of radiation", "integrates oncology, radiology ... and other
  disciplines" (but a multidisciplinary team is the department's own, partners and all); how a
  page says that another unit gives a treatment, and the words for units and for giving, are
  :mod:`.elsewhere`'s;
- a few phrases whose words mean something else in context: "targeted treatment of brain tumours",
  "reconstruction of the immune system", imaging machines ("4D CT", "MRI simulator"), "interventional
  operations" (no surgery), iodine-131 "remnant ablation" (no tumour ablation): :mod:`.lookalikes`;
- laboratory research ("signal transduction ... metastasis of malignancies", "... is one of its research
  directions"), but not a treatment given in a clinical study ("the CAR-T clinical study ... has been
  carried out"), nor the clinical trials themselves;
- an operation the patients had before they came ("breast cancer after surgery", "... after operation").

A treatment the department's own name gives is its own ("Musculoskeletal Cancer Surgery",
"Neurosurgery", "Radiation Oncology"); the draft's notes say so. A hyphenated vocabulary word is read
as one word ("stereotactic radio-surgery" names no surgery of its own).
"""

from __future__ import annotations

import re
from typing import Any

from oncodir.extract import forms, heads, verbs
from oncodir.extract.approaches import postposed_approaches
from oncodir.extract.byname import named_treatments
from oncodir.extract.defects import DEFECT_CAUSE, defect_cause, kept_causes
from oncodir.extract.elsewhere import GIVES, UNIT_KINDS, elsewhere, given_by_other, is_own
from oncodir.extract.facilities import facility
from oncodir.extract.fields import person_field
from oncodir.extract.imageguided import image_guidance
from oncodir.extract.index import Index, Mention, join_split, own_words, sentence_bounds
from oncodir.extract.joint import joint_own
from oncodir.extract.kinds import particular_kinds
from oncodir.extract.lookalikes import lookalike, test_or_tool, tool_or_companion
from oncodir.extract.meetings import TEAMWORK, titled_meeting
from oncodir.extract.nothere import joint_trial, not_here
from oncodir.extract.objects import Treatments
from oncodir.extract.operations import Operations
from oncodir.extract.ordered import asked_for_imaging
from oncodir.extract.organasides import organs_in_brackets
from oncodir.extract.passedon import sent_elsewhere
from oncodir.extract.projects import research_subject
from oncodir.extract.regexcache import compiled
from oncodir.extract.timing import implied, only_a_time
from oncodir.extract.trials import named_trials
from oncodir.extract.wholes import covered
from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

# ------------------------------------------------------------------ whose mention is it?

_INSTITUTION_OF = compiled(
    r"\b(?:University|College|Institute|Academy|School|Hospital|Society|Association)\s+of\s+$|"
    r"\b(?:Committee|Branch|Society|Association|Alliance|League|Federation|Foundation)\s+(?:of|on|for)\s+"
    r"(?:[A-Z][\w-]*\s+){0,4}$"
)
# "with a nutrition support team of surgeons, nurses and dietitians": a team made of its own staff, not another unit
_STAFFED_TEAM = compiled(r"^\s*teams?\s+(?:(?:made\s+up|composed|consisting)\s+)?of\s+(?:our\s+)?(?:[\w-]+\s+)?"
                           r"(?:surgeons|nurses|doctors|physicians|oncologists|dieti[tc]ians)\b", re.I)  # fmt: skip
# "the department has a hospice care unit", "the palliative team of the department": a part of its own
_HAS_A = compiled(r"\b(?:has|have|runs|operates)\s+(?:also\s+)?(?:a|an|its\s+own)\s+(?:[\w-]+\s+){0,2}$", re.I)
_OWN_PART = compiled(r"^\s*(?:[\w-]+\s+)?(?:units?|teams?|wards?)\s+of\s+(?:the|our|this)\s+department\b", re.I)
# (on the same line: a heading "Experts" under a list says nothing of its last item)
_OTHER_UNIT = compiled(r"^[^\S\n]*(?:departments?|dept\b|divisions?|units?|teams?|specialists?|doctors?|physicians?|"
                         r"colleagues|experts?|sections?|physicists?|technicians?)\b", re.I)  # fmt: skip
# "the Departments of Radiology and Radiotherapy": a unit's name, "department" in lower case too (a name ends
# with its line: a heading "Department of Oncology" says nothing of the sentence below it)
# "... with the regional radiation oncology service": a service the treatment's words name, after a word of agency
# ("the department provides a palliative care service" is its own)
_BY_THE = compiled(r"\b(?:by|to|with|from|at)\s+the\s+(?:[\w-]+\s+){0,2}$", re.I)
_SERVICE_AFTER = compiled(r"[^\S\n]*service\b", re.I)
_DEPARTMENTS_OF = compiled(rf"\b(?:department|{UNIT_KINDS})s?[^\S\n]+of[^\S\n]+(?:[\w-]+,?[^\S\n]+){{0,8}}$")
_COOPERATION = compiled(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|jointly|together with|works?\s+(?:closely\s+)?with|working\s+"
    r"(?:closely\s+)?with|in conjunction with|integrat\w*\s+(?:closely\s+)?with|partners?(?:ed|ing)?\s+with|"
    r"consult\w*\s+with|coordinat\w*\s+(?:closely\s+)?with|participation\s+of|attended\s+by|"
    r"in\s+(?:\w+\s+)?combination\s+with|supported by|support from|member departments|composed of|consist\w* of|"
    r"joined by|(?:MDTs?|(?:tumou?r|cancer)\s+boards?|multidisciplinary\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:teams?|meetings?|clinics?|conferences?|"
    r"consultations?|groups?))\)?,?\s+(?:[\w()-]+\s+){0,9}?with|(?:experts?|specialists?|doctors?|physicians?|professors?|colleagues?|representatives?)\s+from|"
    r"(?:experts|specialists|doctors|physicians|colleagues)\s+of)\b",
    re.I,
)
# "discusses the difficult cases with Oncology, Radiology and Pathology", "every case is reviewed with ...": the
# units the cases are put to (not "discusses with the patient the choice of surgery"); read only where "case" is
_CASES_WITH = compiled(
    r"\b(?:(?:discuss\w*|review\w*|present\w*)\s+(?:(?:the|its|our|their|all|each|every|difficult|complex|"
    r"complicated|such)\s+){0,2}cases?|cases?\s+(?:are|is)\s+(?:\w+ly\s+)?(?:discussed|reviewed|presented))\s+with\b",
    re.I,
)
# "integrates oncology, radiology, pathology ... and other disciplines": other units, named in a list
_AND_OTHERS = compiled(r"^[^.;]{0,100}?\b(?:and|or|&)\s+(?:many\s+|several\s+)?other\s+(?:clinical\s+)?"
                         r"(?:disciplines|departments|specialties|specialities|divisions|units)\b", re.I)  # fmt: skip
# a relative clause after a partner's name says what the partner gives
_WHICH_GIVES = compiled(
    rf",\s+(?:which|who)\s+(?:also\s+|mainly\s+)?(?:{GIVES}|"
    r"is\s+responsible\s+for|specializ\w+\s+in|specialis\w+\s+in)\b[^.;]*$",
    re.I,
)
# "... together with the surgeons through the paediatric tumour MDT": the team they meet in, the department's too
_VENUE = compiled(r"\b(?:through|via|in|at|within)\s+(?:the|our|a|its|their)\s+(?:[\w-]+\s+){0,5}$", re.I)
_TO_GIVE = compiled(r"\bto\s+(?:provide|offer|deliver|give|carry\s+out|conduct|form|build|establish)\b", re.I)
_CLAUSE_BREAK = compiled(
    r"[;!?]|\n\s*(?:[-–•●▪*]|\d{1,2}[.)])\s|"  # a new item of a list ends the one before
    r"(?=\.)(?<![Dd]ept)(?<![Dd]epts)(?<!\be)(?<!\be\.g)(?<!\bi)(?<!\bi\.e)(?<!\betc)\.|"  # not "depts. (e.g. X"
    r",\s+(?:and\s+)?(?:(?!(?i:imaging|nursing|screening|staging|training|counsell?ing|testing|monitoring|planning)\b)"
    r"\w+ing|which|who|where)\b|"  # a participle ("..., including"), not a service ending in -ing
    # "..., and participates in 8 clinical trials": the department's own next verb (a partner's list ends)
    r",\s+and\s+(?:also\s+)?(?:has|is|participates|takes|carries|conducts|performs|offers|provides|holds|runs|leads|"
    r"undertakes|joins|treats|gives)\b"
)
# "surgery, chemotherapy and radiotherapy are the pillars of modern cancer treatment": the field, not the department
_GENERAL = compiled(
    r"\b(?:pillars?|cornerstones?|mainstays?)\s+of\b|\bmodern\s+(?:cancer\s+|oncolog\w*\s+)?"
    r"(?:therapeutics|treatments?|therapy|oncology|medicine)\b|\b(?:worldwide|internationally|globally)\b[^.]{0,40}"
    r"\b(?:standard|recogni[sz]ed|accepted)\b",
    re.I,
)
# "Deputy Director Lu Jie specializes in ...", "Her clinical interests are ...": one person's cancers, not the
# department's (what a doctor does, "He is good at microwave ablation", the department gives)
_PERSON_FOCUS = compiled(
    r"\s*(?:(?:[A-Z][\w.'’-]*\s+){0,3}(?:Director|Professor|Prof\.?|Dr\.?|Doctor|Chief|Head|Consultant|Mr|Mrs|Ms|"
    r"Miss)\s+(?:[A-Z][\w'’-]*\s+){1,3}|(?:He|She)\s+)(?:(?:is|also|mainly|mostly)\s+){0,2}"
    r"(?:speciali[sz]\w*\s+in|good\s+at|skilled\s+in|expert\s+in)\b[^.;]*$|"
    r".*?\b(?:his|her)\s+(?:(?:main|clinical|special|research)\s+)*(?:interests?|expertise|specialt\w+)\b[^.;]*$"
)
_PLAN = compiled(
    r"\b(?:in the future|will(?:\s+\w+)?\s+be\b|plans?\s+to|planned(?!\s+and\s+\w+ed\b)|"
    r"(?:is|are)\s+going\s+to|to be (?:carried out|developed|introduced|established))",
    re.I,
)
_DEGREE_OF = compiled(
    r"\b(?:degrees?|doctorates?|programs?|programmes?|majors?)\s+(?:of|in)\s+(?:[\w-]+,?\s+){0,6}$", re.I
)
# "radiology residency training base", "oncology teaching": a subject taught, not a service given
_TRAINING_AFTER = compiled(r"^[\s-]*(?:residency|residents?|trainees?|training|teaching|fellowships?)\b", re.I)
# "works with the departments of radiation oncology, gastrointestinal surgery, breast surgery, general surgery":
# a list that goes on from a partner is of partners
_LIST_GOES_ON = compiled(r"\s+(?:[\w.()-]+\s*,?\s+){1,24}")  # "depts. (e.g. X, Y, "
_BODY_AFTER = compiled(r"^\s*(?:[A-Z][\w-]*\s+){0,3}(?:Committees?|Branch|Association|Society|Alliance|League)\b")
_PROCESS_BEFORE = compiled(r"\b(?:recurrences?|progression|invasion|prevent\w*|reduc\w*|inhibit\w*|spread)\b"
                             r"[^.;]{0,25}$", re.I)  # fmt: skip
# "the CAR-T clinical study ... has been carried out": a treatment given in a study, not laboratory research
_CLINICAL = compiled(r"[\s-]*(?:cell\s+)?(?:therapy\s+)?(?:clinical\s+(?:stud|trial|applica)|"
                       r"treatment\s+of\s+patients)", re.I)  # fmt: skip
_RESEARCH = compiled(r"\b(?:signal transduction|(?:signal\w*|molecular|metabolic)\s+pathways?|basic research|"
                       r"molecular mechanisms?|research\s+directions?|"
                       r"(?:research|laboratory|lab)\b[^.]{0,40}\bfocus\w*|(?:his|her)\s+research|"
                       # ("awarded the title of ... Ward" is an honour the department holds, no research)
                       r"awards?|awarded(?!\s+the\s+titles?\b)|prizes?|grants?\s+from|"
                       # ("a project of the Provincial Natural Science Foundation on ...": a research grant)
                       r"funded\s+by|science\s+foundations?)\b", re.I)  # fmt: skip


def not_own(text: str, m: Mention, kind: str, own_names: set[str]) -> str | None:
    """Why a mention is not the department's own (a short reason), or None when it is."""
    before, after = text[max(0, m.start - 120) : m.start], text[m.end : m.end + 80]
    named = _inside_proper_name(text, m.start, m.end) and not (_own_title(text, m) or titled_meeting(text, m))
    if named or _INSTITUTION_OF.search(before) or _named_body(text, m):
        return "institution"
    if re.search(r"\bnon[-\s]?$", before, re.I):  # "non-surgical treatment" is not surgery
        return "denied"
    lo, hi = sentence_bounds(text, m.start, m.end)
    trial = "clinical trials" in m.terms and "research" not in m.phrase.lower()  # a trial is clinical work
    studied = (_RESEARCH.search(text[lo:hi]) and not trial) or research_subject(text, m, kind, lo, hi)
    if studied and not _CLINICAL.match(text, m.end, min(hi, m.end + 40)):
        return "research"
    if _BODY_AFTER.match(after):
        return "institution"
    focus = kind == "cancer" and _PERSON_FOCUS.match(text[sentence_bounds(text, m.end - 1, m.end)[0] : m.end])
    if person := "a person's field" if focus else person_field(text, own_words(text, m), kind):
        return person
    why = elsewhere(text, m, kind, lo, hi, own_names) or not_here(text, m, kind, lo, hi, own_names)
    why = why or _sent_or_facility(text, m, kind, (lo, hi), own_names)
    if why and not joint_trial(text, m, why):
        return why
    if kind == "treatment" and only_a_time(text, m.start, lo):
        return "a time"
    if kind != "treatment":
        return "process" if m.phrase.lower().startswith("metasta") and _PROCESS_BEFORE.search(before) else None
    if said := _not_a_service(text[lo:hi], TEAMWORK in m.terms, text[hi : hi + 20]):
        return said
    if _DEGREE_OF.search(before) or _TRAINING_AFTER.match(after):
        return "academic subject"
    teamwork = TEAMWORK in m.terms
    has = _HAS_A.search(before)  # (the hospital's "has a" is the hospital's)
    owned = has is not None and not re.search(r"\b(?:hospital|cent(?:er|re))\b[^.;]*$", before[: has.start()], re.I)
    part = owned or _STAFFED_TEAM.match(after) or _OWN_PART.match(after)
    unit = None if part else _OTHER_UNIT.match(after)
    # (given_by_other comes after plans and subjects taught: a mention left out as one of those is not noted
    # as another department's)
    if (unit and not (teamwork and unit.group().strip().lower().startswith("team"))) or given_by_other(after, teamwork):
        return "other department"
    if (_AND_OTHERS.match(after) and not teamwork) or _names_service(text, m, before, own_names):
        return "other department"
    dep = _DEPARTMENTS_OF.search(before)
    if (
        dep
        # "with the Departments of X and Y to establish MDTs", "... and Y in the weekly MDT": the team is joint
        and not (teamwork and (_TO_GIVE.search(dep.group()) or _VENUE.search(dep.group())))
        and not is_own(text[before.rfind(dep.group()) + max(0, m.start - 120) : m.end], own_names)
        and not (_own_acts(dep.group(), own_names))
    ):
        return "other department"
    if _partner(text, m, lo, teamwork):
        return "partner"
    tool = test_or_tool(m, text[lo:hi], after, own_names) or tool_or_companion(m, before, after, text[lo:hi])
    return tool or asked_for_imaging(m, before, after, own_names) or lookalike(m.phrase, before, after)


def _sent_or_facility(text: str, m: Mention, kind: str, bounds: tuple[int, int], own_names: set[str]) -> str | None:
    """A treatment patients are sent on for in other words than :mod:`.elsewhere` reads, or a facility's name."""
    if kind != "treatment":
        return None
    return sent_elsewhere(text, m, *bounds, own_names) or facility(text, m, bounds[0], own_names, TEAMWORK in m.terms)


# 'approved as a "Standardized Cancer Pain Treatment Demonstration Ward"', 'is a "...": a title it holds, what it gives
_TITLED_AS = compiled(
    r"(?i:\b(?:the\s+(?:department|ward|unit|cent(?:er|re)|clinic)|it|we)\s+(?:has\s+been|have\s+been|was|were|is)\s+"
    r"(?:(?:\w+ly\s+)?(?:approved|designated|named|rated|accredited|certified|recogni[sz]ed|selected|listed)\s+"
    r"(?:as\s+)?)?(?:an?\s+|the\s+)?(?:(?:national|provincial|municipal|regional|state|city)\s+)?)[\"“‘']?"
    r"(?:[A-Z][\w-]*\s+){0,5}$"
)
_TITLE_HEAD = compiled(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Ward|Unit|Department|Cent(?:er|re)|Base|Clinic)\b")


def _own_title(text: str, m: Mention) -> bool:
    """The mention is inside a title the department was given ('approved as a "... Demonstration Ward"')."""
    return bool(_TITLED_AS.search(text, max(0, m.start - 160), m.start) and _TITLE_HEAD.match(text, m.end))


def _names_service(text: str, m: Mention, before: str, own_names: set[str]) -> bool:
    """'given in partnership with the regional radiation oncology service': the mention names another service."""
    service = _SERVICE_AFTER.match(text, m.end)
    if service is None or not _BY_THE.search(before):
        return False
    return not is_own(text[own_words(text, m) : service.end()], own_names)


def _named_body(text: str, m: Mention) -> bool:
    """A mention spanning a list ends in its own words: 'Chinese Society of Breast Cancer' names a body."""
    start = own_words(text, m)
    return start > m.start and bool(_INSTITUTION_OF.search(text, max(0, start - 120), start))


def _partner(text: str, m: Mention, lo: int, teamwork: bool) -> bool:
    """A partner cue before the mention, in the same clause or with a clause saying what the partner gives."""
    cues = list(_COOPERATION.finditer(text, max(lo, m.start - 90), m.start))
    if "case" in text[max(lo, m.start - 90) : m.start].lower():
        cues = sorted([*cues, *_CASES_WITH.finditer(text, max(lo, m.start - 90), m.start)], key=lambda c: c.end())
    cue = cues[-1] if cues else _listed_after_cue(text, lo, m.start)
    if cue is None:
        return False
    joint = teamwork and (_TO_GIVE.search(text, cue.end(), m.start) or _VENUE.search(text, cue.end(), m.start))
    if not joint and not _CLAUSE_BREAK.search(text, cue.end(), m.start):
        return True
    return bool(_WHICH_GIVES.search(text, cue.end(), m.start))  # "works with X Center, which offers ..."


def _not_a_service(sentence: str, teamwork: bool = False, tail: str = "") -> str | None:
    """A sentence about a plan, or about the field as a whole, says nothing the department gives (a team
    meeting where care "is planned" is no plan for the future, nor a treatment "planned together with" a unit)."""
    plan = _PLAN.search(sentence)
    joint = plan and re.match(r"\s+(?:(?:with|together|jointly)|(in|at|by))\b", sentence[plan.end() :] + tail)
    if plan and not (plan.group().lower().startswith("planned") and joint and (teamwork or not joint[1])):
        return "plan"
    return "general" if _GENERAL.search(sentence) else None


def _listed_after_cue(text: str, lo: int, start: int) -> re.Match[str] | None:
    """A partner cue earlier in the sentence with only a list of names between it and the mention."""
    cues = list(_COOPERATION.finditer(text, lo, start))
    if cues and _LIST_GOES_ON.fullmatch(text, cues[-1].end(), start):
        return cues[-1]
    return None


def _own_acts(phrase: str, own_names: set[str]) -> bool:
    """'The Department of Oncology mainly conducts ...': the department itself, then what it does."""
    words = re.sub(r"^[Dd]epartments?\s+of\s+", "", phrase).split()
    bare = {n.removeprefix("department of ") for n in own_names}
    for k in range(1, min(len(words), 8)):
        if normalise(" ".join(words[:k])) in bare:
            after = words[k]
            return after[:1].islower() and after not in ("and", "or", "&", "of", "for")
    return False


def _inside_proper_name(text: str, start: int, stop: int) -> bool:
    """'Chinese Medicine' in 'Zhejiang Chinese Medicine University' names a place, not a treatment."""
    phrase = text[start:stop]
    if phrase.isupper() or not all(w[:1].isupper() for w in phrase.split()):
        return False
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([A-Za-z]+)", text[stop : stop + 40])
    if not any(m is not None and m[1][:1].isupper() for m in (before, after)):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", stop)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # "● Intestinal Lymphoma": an item of a list in title case, not a name
    return not (_ITEM.match(line) and len(line.split()) <= 8 and not _INSTITUTION_WORD.search(line))


_ITEM = compiled(r"^\s*[●•·▪■◆◇○◦*–-]\s*\w")
_INSTITUTION_WORD = compiled(
    r"\b(?:University|College|Institute|Academy|School|Hospital|Society|Association|Committee|Center|Centre|"
    r"Foundation|Journal|Congress|Conference|Alliance|League|Branch|Federation|Laboratory|Lab)\b"
)


def terms(
    text: str, vocab: Vocabulary, own_names: set[str], notes: list[str], name: str | None = None
) -> dict[str, Any]:
    """Cancers, treatments and the page's wording for them (only the department's own mentions);
    a treatment the department's ``name`` gives is its own too."""
    index = Index(vocab)
    joined = join_split(text, index)
    source, text = text, joined.text
    out: dict[str, Any] = {"cancers": [], "treatments": [], "wording": {}}
    phrases: dict[str, list[str]] = {}
    left_out: dict[str, set[str]] = {}
    checked: dict[str, set[str]] = {}
    operations = Operations(vocab, own_names)  # (the kinds of surgery taken, and the surgery they imply)
    named = list(heads.with_heads(text, index.mentions(text), index, vocab))
    treatments = Treatments(named, index.treatments)
    by_name = named_treatments(index, name, vocab)
    listed = list(forms.listed(text, index, named))
    for m in [
        *named,
        *listed,
        *covered(listed, vocab),
        *forms.techniques(text, index),
        *forms.bracketed(text, index),
        *organs_in_brackets(text, index),
        *forms.kinds_of_named(text, index, named),
        *forms.cancer_pain(text, index),
        *verbs.flap_repairs(text, index),
        *verbs.said_with_verbs(text, index),
        *verbs.pain_cared_for(text, index),
        *image_guidance(text, index),
        *postposed_approaches(text, index),
        *named_trials(text, index),
        *particular_kinds(text, index),
    ]:
        own_words = joined.joins and m.phrase == text[m.start : m.end]
        phrase = " ".join((joined.original(source, m.start, m.end) if own_words else m.phrase).split())
        for term in m.terms:
            kind = vocab.concepts[term].kind
            if phrase.casefold() in checked.get(term, ()):
                continue  # the same words again for a term already taken: nothing new to learn
            if term in out["cancers"] or term in out["treatments"]:
                checked.setdefault(term, set()).add(phrase.casefold())
            why = not_own(text, m, kind, own_names)
            if why is None and kind == "cancer" and (treatment := treatments.object_of(text, m)):
                # "radiotherapy of bone metastases is given at X Hospital": the cancer is named for X's work
                given = not_own(text, treatment, "treatment", own_names)
                why = "other department" if given in ("other department", "partner") else None
            why = why or defect_cause(text, m, kind)  # (put back below when the page names no narrower kind)
            if why in ("other department", "partner") and kind == "treatment" and joint_own(text, m, by_name, vocab):
                why = None  # "radio-chemotherapy, in cooperation with Medical Oncology" on a radiotherapy page
            if why is not None:
                left_out.setdefault(why, set()).add(term)
                continue
            field = "cancers" if kind == "cancer" else "treatments"
            if term not in out[field]:
                out[field].append(term)
            operations.took(term, phrase)
            own = phrases.setdefault(term, [])
            if len(own) < 5 and phrase.casefold() not in {p.casefold() for p in own}:
                seen = {v for p in own for v in variants(p)}
                if normalise(term) not in variants(phrase) and not seen & set(variants(phrase)):
                    own.append(phrase)
    out["treatments"] += implied(left_out.get("a time", ()), out["treatments"], vocab)
    out["cancers"] += kept_causes(left_out.get(DEFECT_CAUSE, ()), out["cancers"], vocab)
    for term in by_name:
        if term not in out["treatments"]:
            out["treatments"].append(term)
            notes.append(f"Treatments: {term}, from the department's name.")
    operations.imply(out["treatments"], left_out, notes)
    out["wording"] = {t: "; ".join(p) for t, p in phrases.items() if p}
    for why, found in left_out.items():
        found -= set(out["cancers"]) | set(out["treatments"])
        if found and why in ("other department", "partner"):
            notes.append(f"Not listed: {', '.join(sorted(found))} (named only as another department or a partner).")
    return out
