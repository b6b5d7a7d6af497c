"""extract: cancers and treatments named for something else than the department's own work (round C, part 2).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page, terms_of

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
