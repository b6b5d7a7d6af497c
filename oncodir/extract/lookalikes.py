"""Words that name something else than a treatment where they stand.

A treatment's words in a sense of their own: "reconstruction of the immune system", "3D image reconstruction" (a
picture computed), "4D CT scanner" (a machine), "CT-guided ablation" (imaging that guides another treatment),
"radiation pneumonitis" (a harm the treatment caused), "insomnia after operation, chemotherapy or radiotherapy" (a
symptom the treatments left), "breast cancer after surgery", "osteosarcoma after operation" (an operation the
patients had before), "interventional operations" and the "operations" an interventional radiology unit counts (no
surgery), iodine-131 "remnant ablation" (no tumour ablation), "nutrition screening" (no cancer screening), a test
of a screening programme ("screened with liquid-based cytology"), a ward laboratory's tests and a pathology report
(:mod:`.labwork`), imaging that guides a procedure ("under the guidance of DSA, CT and ultrasound"). :mod:`.terms`
asks :func:`test_or_tool` and :func:`lookalike` last, for a treatment no other rule has left out.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.labwork import lab_test
from oncodir.extract.regexcache import compiled

_JOINED_AFTER = compiled(
    r"^\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:digestive|alimentary|gastro-?intestinal|intestinal|bowel|biliary|bile|"
    r"portal|vascular|vessels?|arter|ve(?:in|nous)|continuity|anastomos)",
    re.I,
)
_AMBIGUOUS = (
    (compiled(r"^targeted\s+treatment$", re.I), compiled(r"^\s+(?:of|for)\b")),
    (compiled(r"^reconstruction$", re.I), compiled(r"^\s+of\s+(?:the\s+)?(?:immun|h(?:a)?ematopoie|marrow)", re.I)),
    # "reconstruction of the digestive tract", "of bowel continuity", "of the portal vein": joining what a resection
    # left, part of that operation, no reconstructive surgery
    (compiled(r"^reconstruction$", re.I), _JOINED_AFTER),
    (compiled(r"^pathologies$", re.I), compiled("")),  # "main pathologies treated": diseases, not a service
    (compiled(r"^ablation$", re.I), compiled(r"^\s+of\s+(?:the\s+)?(?:thyroid\s+)?remnants?\b", re.I)),
)
# "nutrition screening is done for every inpatient", "distress screening": a check of another kind, not for cancer
_NOT_CANCER_SCREENING = compiled(
    r"\b(?:nutrition(?:al)?|malnutrition|dietary|psychological|distress|depression|anxiety|frailty|falls?|"
    r"pain|VTE|thrombosis|infection|delirium|swallowing|dysphagia|hearing|vision|drug|medication)"
    r"(?:[\s-]+risk)?[\s-]+$",
    re.I,
)
# "total laparoscopic digestive tract reconstruction", "Roux-en-Y reconstruction", "biliary reconstruction": the
# organs joined again after a resection, not reconstructive surgery
_JOINING_BEFORE = compiled(
    r"\b(?:digestive(?:\s+tract)?|alimentary(?:\s+tract)?|gastro-?intestinal(?:\s+tract)?|GI(?:\s+tract)?|intestinal|"
    r"bowel|biliary|bilio-?enteric|Roux-en-Y|Billroth(?:\s+I{1,2})?|o?esophago-?jejunal|gastro-?jejunal|"
    r"anastomotic|vascular|portal\s+vein|venous|arterial)[\s-]+$",
    re.I,
)
# "guided by three-dimensional reconstruction", "3D image reconstruction": a picture computed, not an operation
_IMAGE_BEFORE = compiled(
    r"(?:\b(?:two|three|four|2|3|4)[\s-]*(?:dimensional|D)|\b(?:images?|imaging|CT|MRI|virtual|digital|volume|"
    r"surface|multiplanar)|\d+[\s-]*D)\s+(?:image\s+)?$",
    re.I,
)
_MACHINE_AFTER = compiled(r"^[\s-]*(?:scanners?|simulators?|simulation|machines?|systems?|sets?|devices?|"
                            r"equipment|localization|positioning|guided|guidance|planning)\b", re.I)  # fmt: skip
# "CT- or ultrasound-guided ablation": the imaging guides another treatment; it is no imaging service
_GUIDING = compiled(r"^[\s-]*(?:(?:or|and|/)\s*[\w-]+?[\s-]*)?(?:guided|guidance|navigat\w*)\b", re.I)
# "radiation pneumonitis", "chemotherapy-induced neuropathy": a harm the treatment caused, not a treatment given
_HARM_AFTER = compiled(
    r"^(?:[\s-]*(?:induced|related|associated|caused)\b|\s+(?:pneumonitis|dermatitis|enteritis|proctitis|colitis|"
    r"cystitis|mucositis|o?esophagitis|injur(?:y|ies)|damage|toxicit(?:y|ies)|fibrosis|necrosis|sickness|"
    r"side[\s-]effects?|complications?|adverse|protection|safety|exposure)\b)",
    re.I,
)
# "insomnia after operation, chemotherapy or radiotherapy", "nausea caused by chemotherapy", "neuropathy due to X",
# "the discomforts after operation and radiotherapy", "complaints following surgery": a
# symptom the treatments left, the list of them up to the mention (the treatments were had before, or elsewhere)
_SYMPTOM_FROM = compiled(
    r"\b(?:fatigue|anorexia|insomnia|nausea|vomiting|constipation|diarrh(?:o)?ea|pain|neuropath(?:y|ies)|"
    r"lymph(?:o)?edema|mucositis|alopecia|hair\s+loss|dry\s+mouth|xerostomia|weight\s+loss|malnutrition|depression|"
    r"anxiety|distress|(?:bone\s+marrow\s+|myelo)suppression|leuk(?:o)?penia|neutropenia|an(?:a)?emia|symptoms|"
    r"discomfort|infections?|fever|cough|dysphagia|hot\s+flush(?:es)?|syndromes?|(?:skin\s+)?reactions?|rash(?:es)?|"
    r"toxicit(?:y|ies)|damage|injur(?:y|ies)|complaints?|troubles?|sequelae)s?\s+(?:after|following|caused\s+by|"
    r"induced\s+by|related\s+to|due\s+to|from|during)\s+(?:(?:the|their|his|her)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b|\bor\b|&|/)\s*){0,4}(?:[\w-]+\s+)?$",
    re.I,
)
# "breast cancer after surgery", "patients following radical surgery", "osteosarcoma after operation", "women after
# mastectomy": an operation the patients had before (not "patients after neo-adjuvant chemotherapy", which the
# department may well have given); a cancer named by its tissue ("-oma") or the patients named by who they are
_RECEIVED_BEFORE = compiled(
    r"\b(?:cancers?|tumou?rs?|carcinomas?|\w{2,}omas?|malignanc(?:y|ies)|neoplasms?|leuk(?:a)?emias?|patients?|"
    r"cases?|children|women|men|people|those|survivors)\s+(?:after|following)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "2,200 interventional operations": a catheter or needle procedure; "remnant ablation" with iodine-131 destroys
# the thyroid left after an operation, no tumour
_NOT_SURGICAL_BEFORE = compiled(r"\binterventional\s+$", re.I)
_REMNANT_BEFORE = compiled(r"\b(?:remnant|radioiodine|radio-iodine|iodine(?:-131)?|I-131|131I|RAI)\s+$", re.I)
_MACHINE_BEFORE = compiled(r"(?:\b\dD|\d+[\s-]*slices?|\d+(?:\.\d)?T)[\s-]*$", re.I)
# an operation in any words: "breast cancer after operation", "patients after total thyroidectomy"
_OPERATED = compiled(r"surg(?:ery|ical)\b|\boperat(?:ion|ive)|\w{3,}ectom(?:y|ies)\b|\bresections?\b", re.I)


# "completed more than 20,000 operations" in a unit that works with catheters, needles or scopes: its procedures
_BARE_OPERATION = compiled(r"operations?|procedures?", re.I)
_NOT_OPERATING_UNIT = compiled(r"interventi|radiolog|endoscop", re.I)


def test_or_tool(m: Mention, sentence: str, after: str, own_names: set[str]) -> str | None:
    """Imaging that guides another treatment ("CT-guided ablation"), a test of a screening programme, the
    "operations" of a unit that does not operate (an interventional radiology unit's procedures, unless surgeons
    do them), a profession ("radiation oncologists")."""
    not_operating = any(_NOT_OPERATING_UNIT.search(n) for n in own_names)
    not_operating = not_operating and not re.search(r"surg", " ".join([sentence, *own_names]), re.I)
    if _BARE_OPERATION.fullmatch(m.phrase) and not_operating:
        return "ambiguous"
    if _PROFESSION_AFTER.match(after) and not any(_JOINT_BODY.search(n) for n in own_names):
        return "profession"
    if "diagnostic imaging" in m.terms and _GUIDING.match(after):
        return "equipment"
    if "diagnostic pathology" in m.terms and _screening_test(sentence, own_names):
        return "screening test"
    return lab_test(m, sentence, after, own_names)


def _screening_test(sentence: str, own_names: set[str]) -> bool:
    """'... screened with HPV testing and liquid-based cytology': a test of a screening programme, no pathology
    service (unless the department is the pathology laboratory itself)."""
    return bool(re.search(r"\bscreen", sentence, re.I)) and not any(re.search("patholog|cytolog", n) for n in own_names)


# "one DSA machine and a colour Doppler ultrasound", "equipped with two CT scanners": a machine the unit has, counted
_COUNTED = compiled(r"\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:sets?\s+of\s+|units?\s+of\s+)?"
                      r"(?:[\w-]+\s+){0,3}$", re.I)  # fmt: skip
_EQUIPMENT = compiled(r"\b(?:equipped|equipment|machines?|devices?|instruments?|scanners?|apparatus)\b", re.I)
_SERVICE_AFTER = compiled(r"^[\s-]*(?:services?|examinations?|exams?|scans?|screening|diagnosis|clinics?)\b", re.I)
# "biopsy guided by transrectal ultrasound", "under the guidance of CT": imaging that guides another procedure
# (a list of them too: "under the guidance of DSA, CT and ultrasound", "guided by CT, MRI or ultrasound")
_GUIDED_BY = compiled(
    r"(?:\b(?:guided|guidance|navigated|navigation|monitored)\s+(?:by|with|under)\s+(?:the\s+)?|"
    r"\b(?:under|with|using)\s+(?:the\s+)?(?:real-time\s+)?(?:guidance|monitoring|navigation)\s+of\s+)"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b|\bor\b|/)\s*){0,4}(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "supportive care, nutrition and infection control during chemotherapy": care that goes with a treatment, no
# palliative care
_DURING_TREATMENT = compiled(
    r"^[^.;\n]{0,60}?\b(?:during|throughout|alongside|while\s+on)\s+(?:the\s+|their\s+|active\s+)?"
    r"(?:chemo\w*|radio\w*|treatments?|therap(?:y|ies)|transplant\w*)",
    re.I,
)


def tool_or_companion(m: Mention, before: str, after: str, sentence: str) -> str | None:
    """Imaging that is a machine the unit has or the guide of a procedure; supportive care during a treatment."""
    if "diagnostic imaging" in m.terms:
        if _GUIDED_BY.search(before):
            return "equipment"
        if _COUNTED.search(before) and _EQUIPMENT.search(sentence) and not _SERVICE_AFTER.match(after):
            return "equipment"
    if "palliative care" in m.terms and m.phrase.lower().startswith("supportive") and _DURING_TREATMENT.match(after):
        return "supportive care"
    return None


# "radiation oncologists", "radiation therapists", "transplant coordinators": people of a profession, who may be
# another unit's members of a shared team; the treatment is named by what the department gives, not by its staff
# ("palliative care specialists", "chemotherapy nurses" are the department's own staff giving it: kept), unless the
# department is a programme or centre made of several specialties, whose members they are
_PROFESSION_AFTER = compiled(
    r"^[\s-]*(?:oncologists?|therapists?|physicists?|technologists?|radiographers?|dosimetrists?|coordinators?)\b",
    re.I,
)

_JOINT_BODY = compiled(r"\b(?:program(?:me)?|cent(?:er|re)|institute|network)\b", re.I)


def lookalike(phrase: str, before: str, after: str) -> str | None:
    """Words that name something else here: "reconstruction of the immune system", "4D CT scanner"."""
    for words, context in _AMBIGUOUS:
        if words.match(phrase) and context.match(after):
            return "ambiguous"
    if phrase.lower() == "reconstruction" and (_IMAGE_BEFORE.search(before) or _JOINING_BEFORE.search(before)):
        return "ambiguous"
    if phrase.lower() == "screening" and _NOT_CANCER_SCREENING.search(before):
        return "ambiguous"
    if phrase.lower() == "ablation" and _REMNANT_BEFORE.search(before):
        return "ambiguous"
    if phrase.isupper() and (_MACHINE_AFTER.match(after) or _MACHINE_BEFORE.search(before)):
        return "equipment"
    if _HARM_AFTER.match(after) or _SYMPTOM_FROM.search(before):
        return "received"
    if _OPERATED.search(phrase) and _RECEIVED_BEFORE.search(before):
        return "received"
    if _OPERATED.search(phrase) and _NOT_SURGICAL_BEFORE.search(before):
        return "ambiguous"
    return None
