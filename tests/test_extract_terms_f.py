"""extract's cancers and treatments: the way an operation is done, the kind a page names, whose team gives it, and what
a page names without the department giving it (a research subject, a patient's papers, a defect's cause).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


def _terms(directory: Any, body: str, heading: str) -> set[str]:
    return terms_of(directory, body, heading)


# ---------------------------------------------------------------- minimally invasive, said with "way" or "manner"

_THORACIC = "Department of Thoracic Surgery"


@pytest.mark.parametrize(
    "sentence",
    [
        "We operate on lung cancer. About 90% of operations are done by minimally invasive way.",
        "We operate on lung cancer. More than 80% of lobectomies are carried out in a minimally invasive manner.",
        "We operate on lung cancer. We remove most lung tumours in a minimally invasive way.",
        "We operate on lung cancer. Most thyroid operations here are performed through minimally invasive means.",
        "We operate on lung cancer. Oesophagectomy is now done in minimally invasive fashion in 70% of cases.",
        "We operate on lung cancer. The proportion of operations completed by minimally invasive way is over 85%.",
        "We operate on lung cancer. 85% of the operations adopt minimally invasive way.",
    ],
)
def test_minimally_invasive_way(directory: Any, sentence: str) -> None:
    assert "minimally invasive surgery" in _terms(directory, sentence, _THORACIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "We operate on lung cancer. Biopsies are taken in a minimally invasive way.",
        "We operate on lung cancer. Pain is managed in a minimally invasive way with nerve blocks.",
        "We operate on lung cancer. We do not operate in a minimally invasive way.",
    ],
)
def test_minimally_invasive_way_twins(directory: Any, sentence: str) -> None:
    assert "minimally invasive surgery" not in _terms(directory, sentence, _THORACIC)


# ---------------------------------------------------------------- approaches named after the operation

_HPB = "Hepatobiliary and Pancreatic Surgery"


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We treat pancreatic cancer. Our expertise: Whipple procedure and distal pancreatectomy, open, laparoscopic "
         "or robotic.", {"robotic surgery", "laparoscopic surgery"}),
        ("We treat pancreatic cancer. Distal pancreatectomy (open or robotic) is offered.", {"robotic surgery"}),
        ("We treat kidney cancer. Partial nephrectomy - open, laparoscopic and robot-assisted.",
         {"robotic surgery", "laparoscopic surgery"}),
        ("We treat lung cancer. Lobectomy and segmentectomy, either thoracoscopic or robotic.",
         {"robotic surgery", "video-assisted thoracoscopic surgery"}),
        ("We treat gastric cancer. Gastrectomy, open or laparoscopic, is our main operation.",
         {"laparoscopic surgery"}),
        ("We treat pancreatic cancer. The service performed its first robotic Whipple procedure.", {"robotic surgery"}),
        ("We treat lung cancer. Over 90% of lobectomies are thoracoscopic or robotic.",
         {"robotic surgery", "video-assisted thoracoscopic surgery"}),
    ],
)  # fmt: skip
def test_approaches_after_operation(directory: Any, sentence: str, present: set[str]) -> None:
    assert present <= _terms(directory, sentence, _HPB)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We treat pancreatic cancer. Distal pancreatectomy (open); robotic operations are not offered.",
         "robotic surgery"),
        ("We treat gastric cancer. Gastrectomy, open or laparoscopic, is done by the general surgery department.",
         "laparoscopic surgery"),
        ("We treat liver cancer. Laparoscopic staging procedures are offered by the Department of Gynaecology.",
         "laparoscopic surgery"),
    ],
)  # fmt: skip
def test_approaches_after_operation_twins(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _terms(directory, sentence, _HPB)


# ---------------------------------------------------------------- a neuroendocrine tumour of a digestive organ

_GEP = "gastroenteropancreatic neuroendocrine tumour"


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat cancer of the pancreas, including pancreatic neuroendocrine tumours and cystic neoplasms.",
        "We resect pancreatic NETs and gastric cancer.",
        "We treat neuroendocrine tumours of the pancreas and small intestine.",
        "We operate on gastric, duodenal and rectal neuroendocrine neoplasms.",
        "Conditions: neuroendocrine tumors (stomach, pancreas, small bowel).",
        "We operate on small bowel carcinoid tumours.",
    ],
)
def test_digestive_neuroendocrine_tumours(directory: Any, sentence: str) -> None:
    assert _GEP in _terms(directory, sentence, _HPB)


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat lung neuroendocrine tumours and thymic carcinoids.",
        "We treat pancreatic cancer. Pancreatic neuroendocrine tumours are treated by the Medical Oncology Department.",
        "We treat pancreatic cancer. Our research focuses on the molecular pathways of pancreatic neuroendocrine "
        "tumours.",
    ],
)
def test_digestive_neuroendocrine_tumours_twins(directory: Any, sentence: str) -> None:
    assert _GEP not in _terms(directory, sentence, _HPB)


# ---------------------------------------------------------------- the department's own nursing team

_PAEDIATRIC = "Department of Pediatric Oncology"


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We treat childhood leukemia with chemotherapy. Psychological support and nutritional support are provided "
         "by the nursing team for children and their families.", "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Nutrition counselling is given by the ward's nursing team.",
         "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Health education and nutritional support are carried out by "
         "the nurse team every day.", "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Pain management is delivered by the medical and nursing "
         "team.", "cancer pain management"),
    ],
)  # fmt: skip
def test_own_nursing_team(directory: Any, sentence: str, present: str) -> None:
    assert present in _terms(directory, sentence, _PAEDIATRIC)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We treat childhood leukemia with chemotherapy. Nutritional support is provided by the nursing team of the "
         "Intensive Care Unit.", "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Nutritional support is provided by the Nursing Department.",
         "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Nutritional support is provided by the hospital's nutrition "
         "team.", "nutritional support"),
        ("We treat childhood leukemia with chemotherapy. Palliative care is provided by the palliative care team.",
         "palliative care"),
    ],
)  # fmt: skip
def test_own_nursing_team_twins(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _terms(directory, sentence, _PAEDIATRIC)


# ---------------------------------------------------------------- a laser that removes tumours

_UROLOGY = "Department of Urology"


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat bladder cancer. In 2019 the department introduced holmium laser, which is used for transurethral en "
        "bloc resection of bladder tumors and for lithotripsy.",
        "We treat bladder cancer. Bladder tumours are resected en bloc with a thulium laser.",
        "We treat bladder cancer. We use the holmium laser for enucleation of the prostate and resection of bladder "
        "tumours.",
        "We treat bladder cancer. We resect bladder tumours using the holmium laser.",
        "We treat bladder cancer. The green-light laser is applied in vaporisation of superficial bladder tumours.",
        "We treat bladder cancer. En bloc resection of bladder tumour with 2-micron laser was introduced in 2018.",
        "We treat bladder cancer. The thulium laser has been used in 300 cases of bladder tumour resection.",
    ],
)
def test_laser_on_tumours(directory: Any, sentence: str) -> None:
    assert "laser therapy" in _terms(directory, sentence, _UROLOGY)


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat bladder cancer. The department is equipped with a 120 W holmium laser and a flexible ureteroscope.",
        "We treat bladder cancer. The holmium laser is used for lithotripsy of ureteral stones.",
        "We treat bladder cancer. Bladder tumours are resected with a thulium laser in the Department of Endoscopy.",
    ],
)
def test_laser_on_tumours_twins(directory: Any, sentence: str) -> None:
    assert "laser therapy" not in _terms(directory, sentence, _UROLOGY)


# ---------------------------------------------------------------- a treatment named as a research subject

_GI = "Department of Gastrointestinal Surgery"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We operate on gastric cancer. The department has received 2 research projects from the city Science and "
         "Technology Bureau on the early diagnosis of colorectal cancer.", "cancer screening"),
        ("We operate on gastric cancer. It has undertaken three municipal projects about early detection of gastric "
         "cancer.", "cancer screening"),
        ("We operate on gastric cancer. Its main research topics are early diagnosis of gastric cancer and nutrition "
         "support after gastrectomy.", "nutritional support"),
        ("We operate on gastric cancer. The team has published more than 20 papers on screening for colorectal cancer.",
         "cancer screening"),
        ("We operate on gastric cancer. Research interests: early detection of gastric cancer, immunotherapy.",
         "immunotherapy"),
    ],
)  # fmt: skip
def test_research_subject(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _terms(directory, sentence, _GI)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We operate on gastric cancer. The department runs a screening clinic for early diagnosis of gastric cancer "
         "by endoscopy.", "cancer screening"),
        ("We operate on gastric cancer. The department has 3 research projects and provides nutrition support to all "
         "patients.", "nutritional support"),
        ("We operate on gastric cancer. We take part in a clinical study on neoadjuvant immunotherapy.",
         "immunotherapy"),
    ],
)  # fmt: skip
def test_research_subject_twins(directory: Any, sentence: str, present: str) -> None:
    assert present in _terms(directory, sentence, _GI)


# ---------------------------------------------------------------- what a patient is asked to bring

_ORTHO = "Orthopaedic Oncology Unit"


@pytest.mark.parametrize(
    "sentence",
    [
        "We resect bone sarcomas. Please bring all imaging (X-ray, MRI, CT) and previous biopsy reports.",
        "We resect bone sarcomas. Patients should bring their scans and pathology slides to the first visit.",
        "We resect bone sarcomas. Remember to bring any ultrasound or CT images you have.",
        "We resect bone sarcomas.\nBring your imaging CDs and the referral letter.",
        "We resect bone sarcomas. You will need to bring recent imaging, blood tests and a list of medicines.",
    ],
)
def test_asked_to_bring(directory: Any, sentence: str) -> None:
    assert "diagnostic imaging" not in _terms(directory, sentence, _ORTHO)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We resect bone sarcomas. We bring robotic surgery to patients across the province.", "robotic surgery"),
        ("We resect bone sarcomas. The department brings together surgery, radiotherapy and chemotherapy.",
         "radiotherapy"),
        ("We resect bone sarcomas. Imaging is done on the day of the first visit.", "diagnostic imaging"),
    ],
)  # fmt: skip
def test_asked_to_bring_twins(directory: Any, sentence: str, present: str) -> None:
    assert present in _terms(directory, sentence, _ORTHO)


# ---------------------------------------------------------------- a broader cancer named as a defect's cause

_HEAD_NECK = "Department of Head and Neck Surgery"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We treat laryngeal cancer, hypopharyngeal cancer and oral cancer.\nRepair of defects after resection of oral "
         "and pharyngeal cancers with pectoralis major flap.", "pharyngeal cancer"),
        ("We treat laryngeal and oral cancers. Free flap reconstruction following removal of head and neck cancers is "
         "routine.", "head and neck cancer"),
        ("We treat melanoma. Defects left after excision of skin cancers are closed with local flaps.", "skin cancer"),
        ("We treat thyroid cancer and hypopharyngeal cancer. Reconstruction after surgery for oral, pharyngeal and "
         "laryngeal cancers uses free flaps.", "pharyngeal cancer"),
    ],
)  # fmt: skip
def test_defect_cause_broader(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _terms(directory, sentence, _HEAD_NECK)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We treat thyroid cancer.\nRepair of defects after resection of oral and pharyngeal cancers with pectoralis "
         "major flap.", "pharyngeal cancer"),
        ("We treat pharyngeal cancers, including hypopharyngeal cancer. Flap repair after resection of pharyngeal "
         "cancers.", "pharyngeal cancer"),
        ("We treat thyroid cancer and hypopharyngeal cancer. Reconstruction after surgery for oral, pharyngeal and "
         "laryngeal cancers uses free flaps.", "oral cancer"),
    ],
)  # fmt: skip
def test_defect_cause_broader_twins(directory: Any, sentence: str, present: str) -> None:
    assert present in _terms(directory, sentence, _HEAD_NECK)
