"""extract: cancers and treatments of a new round of invented pages (round B, part 5 of 5).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# approaches in brackets before an operation; 'resection' and 'excision' as an operation's head
CASES_0 = [
    (
        "Department of Surgical Oncology",
        "What we do: - Minimally invasive (laparoscopic and robot-assisted) resection of "
        "oesophageal, gastric and colon cancer",
        "laparoscopic surgery",
        True,
    ),
    (
        "Department of Surgical Oncology",
        "What we do: - Minimally invasive (laparoscopic and robot-assisted) resection of "
        "oesophageal, gastric and colon cancer",
        "robotic surgery",
        True,
    ),
    (
        "Department of Surgical Oncology",
        "What we do: - Minimally invasive (laparoscopic and robot-assisted) resection of "
        "oesophageal, gastric and colon cancer",
        "minimally invasive surgery",
        True,
    ),
    (
        "Department of Thyroid and Breast Surgery",
        "The department carries out vacuum-assisted minimally invasive excision of breast lumps.",
        "minimally invasive surgery",
        True,
    ),
    (
        "Department of General Surgery",
        "Gastric cancer is removed by laparoscopic excision in most patients.",
        "laparoscopic surgery",
        True,
    ),
    (
        "Department of Surgery",
        "We perform robotic resection of rectal cancer.",
        "robotic surgery",
        True,
    ),
    (
        "Department of Thoracic Surgery",
        "Thoracoscopic resection of mediastinal tumours is routine.",
        "video-assisted thoracoscopic surgery",
        True,
    ),
    (
        "Department of Gynaecological Oncology",
        "We operate on ovarian cancer. Robotic resection of prostate cancer is performed by the Department of Urology.",
        "robotic surgery",
        False,
    ),
    (
        "Department of Breast Surgery",
        "We treat breast cancer. Breast lumps are sent to radiology for biopsy, not excision.",
        "minimally invasive surgery",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_0)
def test_terms_b5_0(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# more wordings of the rules above: the need, the denial, the symptom, the object, the cases discussed
CASES_1 = [
    (
        "Department of Hematology",
        "We give chemotherapy. Candidates for allogeneic transplantation go to the transplant "
        "centre of the provincial hospital.",
        "haematopoietic stem cell transplantation",
        False,
    ),
    (
        "Department of Hematology",
        "We give chemotherapy. Where CAR-T therapy is indicated, the patient is transferred to West China Hospital.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Hematology",
        "We give chemotherapy. Patients appropriate for CAR-T cell therapy are referred on to "
        "the First Affiliated Hospital.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Oncology",
        "We give chemotherapy. Children with sarcoma who need an operation are sent to the "
        "Department of Pediatric Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Hematology",
        "We give chemotherapy. CAR-T cell therapy is not performed in our department.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Hematology",
        "We give chemotherapy. CAR-T cell therapy (offered at the provincial hospital) is not available here.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Oncology",
        "We give chemotherapy. Hepatocellular carcinoma, being treated mostly by the "
        "hepatobiliary surgeons, is rarely seen in the ward.",
        "liver cancer",
        True,
    ),
    (
        "Department of Palliative Care",
        "We give palliative care. Radiotherapy for painful bone metastases is arranged with "
        "the radiotherapy department.",
        "bone metastases",
        False,
    ),
    (
        "Department of Palliative Care",
        "We give palliative care and treat pain from bone metastases.",
        "bone metastases",
        True,
    ),
    (
        "Department of TCM Oncology",
        "We treat lung cancer with herbs, and relieve hand-foot syndrome caused by targeted therapy.",
        "targeted therapy",
        False,
    ),
    (
        "Department of TCM Oncology",
        "We relieve fatigue and nausea following chemotherapy, radiotherapy and targeted therapy.",
        "targeted therapy",
        False,
    ),
    (
        "Department of Oncology",
        "We treat pain with radiotherapy and chemotherapy.",
        "radiotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "Chemotherapy after surgery and targeted therapy are given in the ward.",
        "targeted therapy",
        True,
    ),
    (
        "Department of Thoracic Surgery",
        "We operate on lung cancer. Each Friday the team reviews difficult cases with the "
        "radiologists and pathologists.",
        "diagnostic pathology",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_1)
def test_terms_b5_1(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a unit sharing the department's words: another kind, or the same kind for other patients
CASES_2 = [
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Tumour resection is carried out in the Department of Pediatric Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Children needing an operation are transferred to Pediatric Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. The operation is done by Pediatric Surgery colleagues.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Wilms tumour is operated on in the Department of Pediatric Surgery.",
        "Wilms tumour",
        False,
    ),
    (
        "Department of Gynecologic Oncology",
        "We operate on ovarian cancer. Radiotherapy is given in the Department of Radiation Oncology.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Radiation Oncology",
        "We treat cervical cancer. Chemotherapy is given in the Department of Gynecologic Oncology.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Medical Oncology",
        "We give chemotherapy. Radiotherapy is given in the Department of Radiation Oncology.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Hematology",
        "Chemotherapy is given in the Department of Pediatric Hematology for children.",
        "chemotherapy",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_2)
def test_terms_b5_2(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
