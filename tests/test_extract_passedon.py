"""extract on treatments the department sends patients elsewhere for, another specialty's doctors give, or a
facility of the hospital names.

Every sentence here is invented; each pattern has a twin that must keep the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

_MED = "Department of Medical Oncology"


def _treatments(directory: Any, body: str, heading: str) -> set[str]:
    return set(extract_page(directory, body, heading)["treatments"])


# ---------------------------------------------------------------- another specialty's doctors give it


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        ("Department of Radiation Oncology", "Systemic chemotherapy is supervised by the haematologists.",
         "chemotherapy"),
        (_MED, "Any operation our patients need is carried out by the colorectal surgeons.", "surgery"),
        ("Department of Breast Surgery", "Radiotherapy, where indicated, is looked after by clinical oncologists.",
         "radiotherapy"),
        ("Department of Urology", "Hormone therapy is usually managed by the patient's own oncologist.",
         "endocrine therapy"),
        (_MED, "Surgery and radiotherapy are performed by gynaecologic oncologists and radiation oncologists.",
         "radiotherapy"),
        (_MED, "The nurses look after patients before and after surgery done by the urologists.", "surgery"),
        (_MED, "Surgical treatment is completed by thoracic surgery doctors.", "surgery"),
        ("Department of Thoracic Surgery", "After the operation, irradiation can be organised with the radiation "
         "oncologists.", "radiotherapy"),
    ],
)  # fmt: skip
def test_other_specialty_gives(directory: Any, heading: str, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, "We treat lung cancer. " + sentence, heading)


@pytest.mark.parametrize(
    ("heading", "sentence", "kept"),
    [
        (_MED, "Chemotherapy is prescribed by our medical oncologists.", "chemotherapy"),
        ("Department of Thoracic Surgery", "Surgery is performed by senior surgeons of the department.", "surgery"),
        ("Department of Oncology", "Chemotherapy is given by experienced oncologists.", "chemotherapy"),
        ("Department of Oncology", "Radiotherapy is prescribed by radiation oncologists.", "radiotherapy"),
        ("Department of Hematology", "Chemotherapy is supervised by the haematologists of the ward.", "chemotherapy"),
        (_MED, "Chemotherapy is given by the doctors on duty.", "chemotherapy"),
        (
            "Department of Thoracic Surgery",
            "Surgery is performed by well-trained, highly experienced surgeons.",
            "surgery",
        ),
        ("Department of Oncology", "Chemotherapy is given by medical oncology physicians.", "chemotherapy"),
        (
            "Thoracic Oncology Program",
            "The program brings together thoracic surgeons, medical oncologists and radiation oncologists.",
            "radiotherapy",
        ),
    ],
)
def test_own_doctors_give(directory: Any, heading: str, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, "We treat lung cancer. " + sentence, heading)


# ---------------------------------------------------------------- sent on: passed, booked, relied on, referral


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        (_MED, "When an operation is needed, the patient is handed over to the general surgeons.", "surgery"),
        (_MED, "Patients needing radiotherapy are booked into the radiotherapy unit of the city hospital.",
         "radiotherapy"),
        (_MED, "Radiosurgery is organised with the neurosurgery department.", "stereotactic radiotherapy"),
        (_MED, "Proton therapy is accessible to selected patients via external referral.", "proton therapy"),
        ("Department of Hematology", "For stem cell transplantation, we depend on the transplant centre of the "
         "provincial hospital.", "haematopoietic stem cell transplantation"),
        ("Department of Gynecology", "We rely on the Department of Radiotherapy for brachytherapy and external "
         "irradiation.", "brachytherapy"),
        ("Department of Interventional Radiology", "Candidates for resection are sent back to the hepatobiliary "
         "surgeons.", "surgery"),
        (_MED, "Operable cases are transferred to colleagues in thoracic surgery.", "surgery"),
        ("Department of Pediatric Oncology", "Children then have their radiotherapy at the provincial cancer "
         "hospital.", "radiotherapy"),
        (_MED, "If irradiation is required the patient is passed on to the radiotherapy centre.", "radiotherapy"),
        (_MED, "For those needing radiotherapy, we contact the radiotherapy department of the provincial hospital.",
         "radiotherapy"),
        (_MED, "Radiotherapy is the responsibility of the Radiotherapy Department.", "radiotherapy"),
        (_MED, "We give chemotherapy; surgery is left to the surgeons of the general surgery department.", "surgery"),
        (_MED, "Where surgery is indicated, patients are booked onto the waiting list of the general surgery "
         "department.", "surgery"),
        (_MED, "Surgery is entrusted to the thoracic surgeons.", "surgery"),
        (_MED, "Radiation therapy is outsourced to a private radiotherapy clinic.", "radiotherapy"),
        ("Department of Urology", "Brachytherapy for prostate cancer is in the hands of the radiation oncologists.",
         "brachytherapy"),
        (_MED, "Patients go to the radiotherapy centre for their radiotherapy.", "radiotherapy"),
        (_MED, "Treatment options:\n- Radiotherapy: available at the partner hospital\n- Others", "radiotherapy"),
        ("Department of Radiation Oncology", "Their chemotherapy is usually given by their referring oncologist.",
         "chemotherapy"),
        ("Department of Pediatric Oncology", "Their stem cell transplantation takes place at the provincial "
         "children's hospital.", "haematopoietic stem cell transplantation"),
        (_MED, "Operation cases are admitted to the general surgery department.", "surgery"),
        (_MED, "Surgical cases are turned over to the surgeons.", "surgery"),
        (_MED, "When surgery is warranted the case goes to our colleagues in neurosurgery.", "surgery"),
        (_MED, "Treatment options:\n- Radiotherapy: referral to the Radiotherapy Center of our hospital\n- Others",
         "radiotherapy"),
        ("Department of Radiation Oncology", "Chemotherapy concurrent with radiotherapy is administered by the medical "
         "oncology physicians.", "chemotherapy"),
        (_MED, "The radiotherapy of our patients is undertaken by radiation oncologists at the cancer hospital.",
         "radiotherapy"),
    ],
)  # fmt: skip
def test_sent_on(directory: Any, heading: str, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, "We treat breast cancer. " + sentence, heading)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Chemotherapy is booked in our day unit.", "chemotherapy"),
        ("Radiotherapy appointments are arranged at the front desk.", "radiotherapy"),
        ("For brachytherapy we rely on our own afterloader.", "brachytherapy"),
        ("Patients come to us through referral from their doctors; we give chemotherapy.", "chemotherapy"),
        ("Patients who need surgery are transferred to our surgical ward.", "surgery"),
        ("We give chemotherapy, and those needing radiotherapy are booked at the radiotherapy centre.", "chemotherapy"),
        ("Their chemotherapy is given in our day ward.", "chemotherapy"),
        ("We give chemotherapy and refer patients to the radiotherapy centre.", "chemotherapy"),
        ("Surgery patients go to the surgical ward; we give chemotherapy.", "chemotherapy"),
        ("Radiotherapy is the responsibility of our physicists and doctors.", "radiotherapy"),
        ("Patients are admitted to our ward for chemotherapy.", "chemotherapy"),
        ("Patients needing chemotherapy are admitted to the department.", "chemotherapy"),
        ("Patients needing chemotherapy are admitted to the oncology ward.", "chemotherapy"),
        ("Our doctors go to the weekly multidisciplinary tumour boards of the hospital.", "multidisciplinary care"),
        ("Radiotherapy is left to the judgement of the treating physician in the department.", "radiotherapy"),
        ("Treatment options:\n- Chemotherapy: in our day ward\n- Radiotherapy", "chemotherapy"),
        ("Treatment options:\n- Chemotherapy: given in the department\n- Radiotherapy", "chemotherapy"),
    ],
)
def test_kept_here(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, "We treat breast cancer. " + sentence, "Department of Oncology")


# ---------------------------------------------------------------- a facility of the hospital, routine operations


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        (_MED, "The hospital's day surgery unit is on the ground floor.", "surgery"),
        (_MED, "The department uses ten beds in the ambulatory surgery centre of the hospital.", "surgery"),
        (_MED, "The hospital's medical imaging centre offers CT, MRI and ultrasound.", "diagnostic imaging"),
        (_MED, "Our ward is next to the Radiotherapy Building of the hospital.", "radiotherapy"),
        ("Department of Hematology", "Bone marrow aspiration, lumbar puncture and PICC insertion are routine "
         "operations of the ward.", "surgery"),
        (_MED, "The hospital has a modern day-surgery centre and 20 operating theatres.", "surgery"),
        (_MED, "The head nurse keeps the daily operations of the ward running smoothly.", "surgery"),
    ],
)  # fmt: skip
def test_facility_or_routine(directory: Any, heading: str, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, "We give chemotherapy for lung cancer. " + sentence, heading)


@pytest.mark.parametrize(
    ("heading", "sentence", "kept"),
    [
        (_MED, "The department runs the hospital's day-surgery centre.", "surgery"),
        ("Department of Gynecology", "We perform surgery in the hospital's operating theatres.", "surgery"),
        ("Department of Gynecology", "Radical hysterectomy and laparoscopic staging are routine operations in the "
         "department.", "surgery"),
        (_MED, "Our imaging centre offers ultrasound.", "diagnostic imaging"),
        ("Department of Oncology", "The hospital has a new radiotherapy centre, run by our department.",
         "radiotherapy"),
        ("Department of Thoracic Surgery", "Our surgeons are also trained in robotic surgery, performed in the "
         "hospital's robotic surgery centre.", "robotic surgery"),
        (_MED, "The department takes part in the hospital's MDT clinics for lung cancer.", "multidisciplinary care"),
        ("Department of Surgical Oncology", "We operate on gastric cancer in the hospital's operating theatres.",
         "surgery"),
    ],
)  # fmt: skip
def test_facility_kept(directory: Any, heading: str, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, "We give chemotherapy for lung cancer. " + sentence, heading)
