"""extract: cancers and treatments named for something else than the department's own work (round C).

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


# ------------------------------------------------------------
# a broad cancer named only as a team's subject: 'the gastrointestinal tumor MDT', 'the hospital's ... teams'
CASES_TEAM_SUBJECT = [
    (
        "Department of Gastric Surgery",
        "The department operates on gastric cancer, and its surgeons attend the gastrointestinal tumor MDT of the "
        "Cancer Centre.",
        "gastrointestinal cancer",
        False,
    ),
    (
        "Department of Medical Oncology",
        "We treat lung cancer and take part in the weekly MDT discussion of the hospital's lung cancer and "
        "digestive tumor teams.",
        "digestive system cancer",
        False,
    ),
    (
        "Department of Urology",
        "Prostate cancer is operated on here; each case is presented at the urological cancer tumour board.",
        "urologic cancer",
        False,
    ),
    (
        "Department of Gynaecology",
        "We treat cervical cancer, and the surgeons sit in the hospital's gynecologic tumor multidisciplinary team.",
        "gynecologic cancer",
        False,
    ),
    # twins: the broad cancer said as what the department treats, or a team the department holds on it
    (
        "Department of Hepatobiliary Surgery",
        "The department holds a weekly hepatobiliary and pancreatic tumor MDT with medical oncology.",
        "hepatobiliary and pancreatic cancer",
        True,
    ),
    (
        "Department of Gastrointestinal Surgery",
        "The department treats gastrointestinal tumors and runs a weekly MDT.",
        "gastrointestinal cancer",
        True,
    ),
    (
        "Department of Hematology",
        "The head and neck tumor group of the department treats thyroid cancer.",
        "head and neck cancer",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_TEAM_SUBJECT)
def test_terms_c_team_subject(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# bone marrow cytology: a blood disease's test, no pathology service
CASES_MARROW = [
    (
        "Department of Hematology",
        "Its laboratory carries out bone marrow cytology, flow cytometry and chromosome examination.",
        "diagnostic pathology",
        False,
    ),
    (
        "Department of Hematology",
        "The ward's lab does marrow cytology and cytogenetics for every new leukaemia.",
        "diagnostic pathology",
        False,
    ),
    (
        "Department of Pediatric Hematology",
        "Diagnosis relies on the cytology of bone marrow smears and immunophenotyping.",
        "diagnostic pathology",
        False,
    ),
    # twins: cytology of a tumour
    (
        "Department of Thyroid Surgery",
        "Nodules are assessed by fine-needle aspiration cytology in our clinic.",
        "diagnostic pathology",
        True,
    ),
    (
        "Department of Pathology",
        "The department reports histopathology and bone marrow cytology for the whole hospital.",
        "diagnostic pathology",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_MARROW)
def test_terms_c_marrow(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# planned together with another unit: how it is given, no plan for the future (a list without full stops is read as
# one sentence: the whole list stays)
CASES_PLANNED_TOGETHER = [
    (
        "Clinic of Radiation Oncology",
        "Our treatment options\n• IMRT on three linear accelerators\n• Concurrent chemoradiotherapy, planned together "
        "with Medical Oncology\n• Regional hyperthermia combined with radiotherapy",
        "IMRT",
        True,
    ),
    (
        "Clinic of Radiation Oncology",
        "Brachytherapy for cervical cancer is planned jointly with the gynaecologists.",
        "brachytherapy",
        True,
    ),
    (
        "Department of Radiotherapy",
        "We offer hyperthermia, and each course is planned with the physicists.",
        "hyperthermia",
        True,
    ),
    # twins: a plan for the future
    (
        "Department of Radiotherapy",
        "Proton therapy is planned in the new building from 2027.",
        "proton therapy",
        False,
    ),
    (
        "Department of Oncology",
        "The department plans to introduce hyperthermia next year.",
        "hyperthermia",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_PLANNED_TOGETHER)
def test_terms_c_planned_together(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# an ablation whose object is a tumour: tumour ablation
CASES_ABLATION = [
    (
        "Department of Interventional Oncology",
        "Percutaneous radiofrequency ablation and microwave ablation of liver and lung tumors.",
        "tumour ablation",
        True,
    ),
    (
        "Department of Interventional Radiology",
        "We offer CT-guided cryoablation for small renal cancers.",
        "tumour ablation",
        True,
    ),
    (
        "Department of Hepatobiliary Surgery",
        "Laparoscopic microwave ablation of colorectal liver metastases is done in our theatre.",
        "tumour ablation",
        True,
    ),
    # twins: no tumour ablated, or the ablation another unit's
    (
        "Department of Thyroid Surgery",
        "Radiofrequency ablation of benign thyroid nodules is offered in the day clinic.",
        "tumour ablation",
        False,
    ),
    (
        "Department of Gastroenterology",
        "Radiofrequency ablation of Barrett's oesophagus is done in the endoscopy suite.",
        "tumour ablation",
        False,
    ),
    (
        "Department of Hepatobiliary Surgery",
        "Patients who need microwave ablation of liver tumours are referred to the Department of Interventional "
        "Radiology.",
        "tumour ablation",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_ABLATION)
def test_terms_c_ablation(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# planned with the units that give it: 'Surgery and radiotherapy are planned with the paediatric surgeons and the
# Department of Radiation Oncology'
CASES_PLANNED_BY_OTHERS = [
    (
        "Department of Paediatric Oncology",
        "Surgery and radiotherapy are planned with the paediatric surgeons and the Department of Radiation "
        "Oncology in our weekly tumour board.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Haematology",
        "Consolidative radiotherapy is decided together with the Department of Radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Gynaecological Oncology",
        "Chemotherapy is coordinated with the medical oncology unit of the cancer centre.",
        "chemotherapy",
        False,
    ),
    # twins: its own kind, or a team of its own
    (
        "Clinic of Radiation Oncology",
        "Brachytherapy is planned together with the Department of Gynaecology.",
        "brachytherapy",
        True,
    ),
    (
        "Department of Paediatric Oncology",
        "Chemotherapy is given on our ward; the multidisciplinary care is planned with the surgeons.",
        "multidisciplinary care",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_PLANNED_BY_OTHERS)
def test_terms_c_planned_by_others(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# another unit's name, the last of a list of partners: 'planned with the surgeons, neurosurgeons and the Department of
# Radiation Oncology' (no alias of the department, and no treatment of its own)
CASES_LAST_PARTNER = [
    (
        "Paediatric Haematology and Oncology",
        "Surgery and radiotherapy are planned with the paediatric surgeons, neurosurgeons and the Department of "
        "Radiation Oncology in our weekly tumour board.",
        "radiotherapy",
        False,
    ),
    (
        "Breast Oncology",
        "Patients are cared for together with the plastic surgeons, the psychologists and the Department of "
        "Radiation Oncology.",
        "radiotherapy",
        False,
    ),
    (
        "Gynaecological Oncology",
        "Each plan is shared with the pathologists and the Department of Interventional Radiology.",
        "interventional therapy",
        False,
    ),
    # twin: the department's own alias, named as the subject
    (
        "Radiation Oncology",
        "The Department of Radiation Oncology treats 1,200 patients a year.",
        "radiotherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_LAST_PARTNER)
def test_terms_c_last_partner(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


def test_alias_is_no_partner_of_a_list(directory: Any) -> None:
    from helpers import extract_page

    page = extract_page(
        directory,
        "Radiotherapy is planned with the surgeons, neurosurgeons and the Department of Radiation Oncology.",
        "Paediatric Haematology and Oncology",
    )
    assert page["aliases"] == []


# ------------------------------------------------------------
# a staff list: the name's line, then a line on the person ('He graduated ... and is good at ...')
CASES_NEXT_LINE = [
    (
        "Department of Medical Oncology",
        "We treat lung cancer.\n\nXu Ping   Director, Chief Physician\nHe graduated from Wuhan University and is good "
        "at the chemotherapy of digestive tract tumors.",
        "gastrointestinal cancer",
        False,
    ),
    (
        "Department of Oncology",
        "We treat lung cancer.\n\nLi Na   Deputy Director\nShe is skilled in the treatment of lymphoma.",
        "lymphoma",
        False,
    ),
    # twin: the department's line under a heading
    (
        "Department of Oncology",
        "We treat lung cancer.\n\nOur strengths\nThe department is good at the treatment of lymphoma.",
        "lymphoma",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_NEXT_LINE)
def test_terms_c_next_line(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
