"""extract: cancers and treatments of a new round of invented pages (round B, part 1 of 5).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# fitness for a treatment, then sending on:
# 'who are suitable for X, the department refers them to Y'
CASES_0 = [
    (
        "Department of Hematology",
        "For the patients who are suitable for allogeneic transplantation or CAR-T cell "
        "therapy, the department refers them to the partner hospitals in Nanning.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Hematology",
        "Patients who are eligible for CAR-T therapy are referred to the First Affiliated Hospital.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Haematology",
        "Those who qualify for CAR T-cell therapy or an allogeneic transplant, we refer to "
        "the state transplant centre in Melbourne.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Hematology",
        "When a patient is a candidate for CAR-T cell therapy, we transfer him to the Provincial People's Hospital.",
        "CAR-T cell therapy",
        False,
    ),
    (
        "Department of Oncology",
        "Patients fit for proton therapy are sent to the Shanghai Proton and Heavy Ion Center.",
        "proton therapy",
        False,
    ),
    (
        "Department of Oncology",
        "If a patient is considered suitable for brachytherapy, the unit refers her to the "
        "radiotherapy department of the provincial hospital.",
        "brachytherapy",
        False,
    ),
    (
        "Department of Hematology",
        "For the patients who are suitable for CAR-T cell therapy, the department carries it "
        "out in its own laminar flow ward.",
        "CAR-T cell therapy",
        True,
    ),
    (
        "Department of Hematology",
        "Patients who are suitable for CAR-T cell therapy are treated in our ward, and others "
        "are referred to the partner hospitals in Nanning.",
        "CAR-T cell therapy",
        True,
    ),
    (
        "Department of Oncology",
        "Patients suitable for brachytherapy receive it in the department; the unit refers "
        "the others to the surgical department.",
        "brachytherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_0)
def test_terms_b1_0(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# an operation had before ('osteosarcoma after operation');
# a unit sharing a word of the name, of another kind
CASES_1 = [
    (
        "Department of Pediatric Oncology",
        "Solid tumors of children: neuroblastoma, Wilms tumor, hepatoblastoma, and bone "
        "sarcomas like osteosarcoma after operation. The department gives chemotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "We treat melanoma after excision and lymphoma with chemotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Medical Oncology",
        "The ward receives women after mastectomy for adjuvant chemotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Glioma following resection is treated with chemotherapy and radiotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Children with sarcomas after their operation come to the day ward for chemotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Malignancies after surgery and neuroblastoma are the main diseases.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Osteosarcoma: limb-salvage surgery after neoadjuvant chemotherapy is carried out by our surgeons.",
        "limb salvage surgery",
        True,
    ),
    (
        "Department of Oncology",
        "For osteosarcoma, the department performs surgery after chemotherapy.",
        "surgery",
        True,
    ),
    (
        "Department of Pediatric Hematology and Oncology",
        "The ward gives chemotherapy. Surgery of solid tumors of children is done by the "
        "Department of Pediatric Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Paediatric Oncology",
        "The ward gives chemotherapy. Operations on children's solid tumours are performed by Paediatric Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Paediatric Oncology",
        "The ward gives chemotherapy. Tumour resection is carried out by the paediatric surgeons of the hospital.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Surgical removal of the tumour is the task of the Pediatric Surgery Department.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Pediatric Surgery operates on the solid tumours, and we give the chemotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Surgery",
        "Surgery of solid tumors of children is done by the Department of Pediatric Surgery.",
        "surgery",
        True,
    ),
    (
        "Department of Pediatric Surgical Oncology",
        "Operations on solid tumours of children are performed by our pediatric surgeons.",
        "surgery",
        True,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. Children are referred to Pediatric Surgery for tumour resection.",
        "surgery",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "The ward gives chemotherapy. The operation is arranged with the paediatric surgeons.",
        "surgery",
        False,
    ),
    (
        "Department of Dermatology",
        "Patients are referred to Dermatology for photodynamic therapy.",
        "photodynamic therapy",
        True,
    ),
    (
        "Department of Pediatric Hematology",
        "Children are referred to Hematology for chemotherapy.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Surgical Oncology",
        "Resections are the responsibility of the Surgical Oncology Department.",
        "surgery",
        True,
    ),
    (
        "Department of Breast Surgery",
        "The operation is done by our breast surgeons.",
        "surgery",
        True,
    ),
    (
        "Department of Pediatric Oncology",
        "Chemotherapy is given by the paediatric oncologists of the ward.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Thoracic Oncology",
        "The operation is performed by the thoracic surgeons.",
        "surgery",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_1)
def test_terms_b1_1(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# patients who cannot have it: 'who can not stand the operation', 'too weak to undergo surgery'
CASES_2 = [
    (
        "Department of Oncology of Traditional Chinese Medicine",
        "Elderly and weak patients who can not stand the operation are treated with herbs.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "We care for frail patients who are too weak to undergo surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "The ward admits elderly people not strong enough for an operation.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Patients who cannot endure chemotherapy receive herbal medicine and acupuncture.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Oncology",
        "Patients who could not cope with radiotherapy are given TCM.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Oncology",
        "Patients who are unable to bear surgery are treated with microwave ablation.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Patients too old for surgery are treated with radiotherapy here.",
        "surgery",
        False,
    ),
    (
        "Department of Oncology",
        "Patients who can stand the operation are operated on by our surgeons.",
        "surgery",
        True,
    ),
    (
        "Department of Oncology",
        "Even elderly patients can undergo surgery in our department.",
        "surgery",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_2)
def test_terms_b1_2(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
