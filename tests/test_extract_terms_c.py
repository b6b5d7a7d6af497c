"""extract: cancers and treatments named for something else than the department's own work (round C, part 1).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# imaging that guides a procedure, named in a list: 'under the guidance of DSA, CT and ultrasound'
CASES_GUIDE = [
    (
        "Department of Interventional Radiology",
        "Under the guidance of DSA, CT and ultrasound, the department treats liver cancer with embolization.",
        "diagnostic imaging",
        False,
    ),
    (
        "Department of Interventional Oncology",
        "We ablate lung tumours guided by CT, MRI or ultrasound.",
        "diagnostic imaging",
        False,
    ),
    (
        "Department of Interventional Oncology",
        "All punctures are performed under real-time ultrasound and CT guidance.",
        "diagnostic imaging",
        False,
    ),
    (
        "Department of Minimally Invasive Therapy",
        "Percutaneous biopsies are done with the guidance of fluoroscopy, CT or ultrasound imaging.",
        "diagnostic imaging",
        False,
    ),
    # twins: imaging as a service of its own
    (
        "Department of Radiology",
        "The department offers CT, MRI and ultrasound examinations for cancer patients.",
        "diagnostic imaging",
        True,
    ),
    (
        "Department of Breast Surgery",
        "Breast ultrasound is performed in our clinic, and biopsies are taken under its guidance.",
        "diagnostic imaging",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_GUIDE)
def test_terms_c_guide(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# the contents of the file a referral brings: 'send the medical file (imaging, pathology report)'
CASES_FILE = [
    (
        "Sarcoma Unit",
        "Your doctor can send the medical file (imaging, pathology report) to our secretariat.",
        "diagnostic pathology",
        False,
    ),
    (
        "Sarcoma Unit",
        "Your doctor can send the medical file (imaging, pathology report) to our secretariat.",
        "diagnostic imaging",
        False,
    ),
    (
        "Breast Unit",
        "Please e-mail your records (recent imaging and the biopsy histopathology) before the first visit.",
        "diagnostic pathology",
        False,
    ),
    (
        "Melanoma Clinic",
        "GPs should forward the patient's dossier, including the pathology results, by secure mail.",
        "diagnostic pathology",
        False,
    ),
    (
        "Thyroid Clinic",
        "Referring doctors submit the documents (ultrasound images and cytology) through the online portal.",
        "diagnostic pathology",
        False,
    ),
    # twins: the department's own service
    (
        "Department of Pathology",
        "The department offers histopathology, cytology and molecular pathology for all clinical units.",
        "diagnostic pathology",
        True,
    ),
    (
        "Breast Unit",
        "The one-stop clinic offers imaging, biopsy and pathology on the same day.",
        "diagnostic imaging",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_FILE)
def test_terms_c_file(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# symptoms the treatments left: 'the discomforts after operation and radiotherapy'
CASES_SYMPTOMS = [
    (
        "Department of Oncology (TCM)",
        "The department treats the discomforts after operation and radiotherapy and chemotherapy with herbs.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Oncology (TCM)",
        "The department treats the discomforts after operation and radiotherapy and chemotherapy with herbs.",
        "surgery",
        False,
    ),
    (
        "Department of Integrative Oncology",
        "Acupuncture relieves the complaints following surgery or radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Rehabilitation Oncology",
        "We manage the sequelae of surgery and radiation, such as lymphoedema.",
        "surgery",
        False,
    ),
    (
        "Department of TCM Oncology",
        "Herbal decoctions ease the symptoms caused by radiotherapy.",
        "radiotherapy",
        False,
    ),
    # twins: given by the department
    (
        "Department of Radiation Oncology",
        "We deliver radiotherapy and manage its side effects in our own clinic.",
        "radiotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "The department gives chemotherapy and treats the discomforts after it with herbs.",
        "chemotherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_SYMPTOMS)
def test_terms_c_symptoms(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# sent on for it, no unit named: 'the patients diagnosed are transferred for radiotherapy'
CASES_SENT_FOR = [
    (
        "Department of Otolaryngology",
        "Nasopharyngeal carcinoma is screened here; the patients diagnosed are transferred for radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Urology",
        "Men with metastatic disease are referred on for chemotherapy.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Thoracic Surgery",
        "After the operation, patients with positive nodes are sent elsewhere for adjuvant radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Gynaecology",
        "Women who need brachytherapy are transferred out to receive it.",
        "brachytherapy",
        False,
    ),
    # twins: sent to the department for it, or the department's own after a transfer
    (
        "Department of Radiation Oncology",
        "Patients from the district hospitals are transferred to us for radiotherapy.",
        "radiotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "Patients are transferred from the surgical wards for chemotherapy in our day unit.",
        "chemotherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_SENT_FOR)
def test_terms_c_sent_for(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# the need, then a plan made with another unit: 'For the patients need postoperative radiotherapy, the plan is made
# jointly with Dr. X of the Radiotherapy Department'
CASES_PLANNED_WITH = [
    (
        "Department of Head and Neck Surgery",
        "For the patients need postoperative radiotherapy, the plan is made jointly with Dr. Peng of the "
        "Radiotherapy Department.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Breast Surgery",
        "When adjuvant radiotherapy is needed, it is planned together with the Department of Radiation Oncology.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Colorectal Surgery",
        "Patients requiring chemotherapy are managed in cooperation with the medical oncologists of the Cancer Centre.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Urology",
        "For men who need radiotherapy, the treatment is decided jointly with the radiation oncology unit.",
        "radiotherapy",
        False,
    ),
    # twins: the department's own kind, given with a partner
    (
        "Department of Radiation Oncology",
        "For patients who need radiotherapy after surgery, the plan is made jointly with the surgeons.",
        "radiotherapy",
        True,
    ),
    (
        "Department of Head and Neck Surgery",
        "Patients who need surgery are operated on by our team, with anaesthesia by the Department of Anaesthesiology.",
        "surgery",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_PLANNED_WITH)
def test_terms_c_planned_with(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# an operation named only as when the patients come: 'admitted to our ward 4-6 weeks after the operation'
CASES_WEEKS_AFTER = [
    (
        "Department of Nuclear Medicine",
        "The patients are admitted to our ward 4-6 weeks after the operation.",
        "surgery",
        False,
    ),
    (
        "Department of Nuclear Medicine",
        "Radioiodine is given about one month after surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Rehabilitation",
        "Exercise training starts two weeks following the operation.",
        "surgery",
        False,
    ),
    (
        "Department of Radiation Oncology",
        "Radiotherapy begins within 6 weeks of surgery.",
        "surgery",
        False,
    ),
    # twins: an operation the department performs
    (
        "Department of Thyroid Surgery",
        "We perform the operation and see the patients again 4 weeks after it.",
        "surgery",
        True,
    ),
    (
        "Department of Thoracic Oncology",
        "The operation is performed by our surgeons, and most patients go home 5 days after the operation.",
        "surgery",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_WEEKS_AFTER)
def test_terms_c_weeks_after(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# one doctor's field, the person the sentence's subject: 'He graduated from X and is good at ... tumors'
CASES_PERSON = [
    (
        "Department of Medical Oncology",
        "The department treats lung cancer.\n\nXu Ping   Director\nHe graduated from Tongji Medical College "
        "and is good at the chemotherapy of digestive tract tumors.",
        "gastrointestinal cancer",
        False,
    ),
    (
        "Department of Oncology",
        "The department treats breast cancer. Professor Ye Ming graduated from Fujian Medical University in "
        "1988 and is skilled in the treatment of lymphoma.",
        "lymphoma",
        False,
    ),
    (
        "Department of Oncology",
        "We treat lung cancer. Dr. Smith trained in London and Toronto, and she specialises in sarcoma.",
        "sarcoma",
        False,
    ),
    (
        "Department of Surgery",
        "We treat colon cancer. She joined the hospital in 2005 and is now mainly engaged in and good at "
        "the surgery of thyroid cancer.",
        "thyroid cancer",
        False,
    ),
    # twins: the department or its doctors as a whole
    (
        "Department of Oncology",
        "The department was founded in 1990 and is good at the treatment of lymphoma.",
        "lymphoma",
        True,
    ),
    (
        "Department of Oncology",
        "Our doctors trained abroad and are skilled in the treatment of sarcoma.",
        "sarcoma",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_PERSON)
def test_terms_c_person(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
