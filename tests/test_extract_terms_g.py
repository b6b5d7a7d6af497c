"""extract's cancers and treatments: a pair of organs before a comma, organs listed in brackets, a screening
programme's cancers, imaging a department asks for, pain cared for with a verb, image guidance of radiotherapy.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page, terms_of


def _cancers(directory: Any, body: str, heading: str) -> set[str]:
    return set(extract_page(directory, body, heading)["cancers"])


def _treatments(directory: Any, body: str, heading: str) -> set[str]:
    return set(extract_page(directory, body, heading)["treatments"])


# ---------------------------------------------------------------- two organs making one name, then a comma


@pytest.mark.parametrize(
    "sentence",
    [
        "Our department treats tumours of the bones and soft tissues, as well as fractures caused by metastases.",
        "The unit manages tumors of bone and soft tissue, including sarcomas of the limbs and trunk.",
        "We care for neoplasms of the bone and the soft tissue, which are rare in adults.",
        "The department mainly treats tumors of bone and soft tissue, such as osteosarcoma.",
        "Children with tumours of the bones and soft tissues, in particular sarcomas, are seen within a week.",
    ],
)
def test_pair_before_a_comma_is_one_name(directory: Any, sentence: str) -> None:
    found = _cancers(directory, sentence, "Department of Orthopaedic Oncology")
    assert "bone and soft tissue tumour" in found
    assert "soft tissue tumour" not in found


def test_a_list_that_goes_on_is_read_one_by_one(directory: Any) -> None:
    found = _cancers(directory, "We operate on tumours of the bones, soft tissues and skin.", "Surgical Oncology")
    assert {"bone tumour", "soft tissue tumour", "skin cancer"} <= found
    assert "bone and soft tissue tumour" not in found


def test_a_pair_then_another_organ_after_a_comma_is_no_whole(directory: Any) -> None:
    found = _cancers(directory, "We treat tumours of the bones and soft tissues, skin and breast.", "Surgical Oncology")
    assert "bone and soft tissue tumour" not in found


# ---------------------------------------------------------------- organs in brackets after a group of cancers


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Patient groups\n- lung cancer\n- gynaecological cancers (cervix, endometrium, ovary)\n- melanoma",
            {"cervical cancer", "endometrial cancer", "ovarian cancer"},
        ),
        (
            "We treat urological tumours (prostate, bladder and kidney) with radiotherapy.",
            {"prostate cancer", "bladder cancer"},
        ),
        (
            "The ward admits patients with digestive tract cancers (oesophagus / stomach / colon).",
            {"esophageal cancer", "gastric cancer", "colon cancer"},
        ),
        (
            "We treat gynecologic malignancies (cervical, endometrial, ovarian).",
            {"cervical cancer", "endometrial cancer", "ovarian cancer"},
        ),
        (
            "Our nurses care for women with gynaecological tumours (the cervix or the ovary).",
            {"cervical cancer", "ovarian cancer"},
        ),
    ],
)
def test_organs_in_brackets(directory: Any, body: str, wanted: set[str]) -> None:
    assert wanted <= _cancers(directory, body, "Department of Oncology")


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("We treat breast cancer (stage I-III) and lung cancer.", "stage"),
        ("We treat gynaecological cancers (benign and malignant) of the uterus.", "cervical cancer"),
        ("We treat gynaecological cancers (other than cervix and ovary).", "cervical cancer"),
    ],
)
def test_brackets_naming_no_organs(directory: Any, body: str, absent: str) -> None:
    assert absent not in _cancers(directory, body, "Department of Oncology")


# ---------------------------------------------------------------- a screening programme's cancers


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "The department treats breast cancer and thyroid cancer. Since 2015 the department has taken part in the "
            'free "two cancers" screening program (breast cancer and cervical cancer) for rural women.',
            "cervical cancer",
        ),
        (
            'The department treats breast cancer. Since 2016 we have joined the county "two cancers" screening project '
            "(breast and cervical cancer) for rural women.",
            "cervical cancer",
        ),
        (
            "We treat thyroid cancer. The department participates in the national screening programme for cervical and "
            "breast cancer.",
            "breast cancer",
        ),
        (
            "We treat gastric cancer. Our nurses take part in the city's lung and colorectal cancer screening "
            "campaign.",
            "lung cancer",
        ),
        (
            "The department treats ovarian cancer. As part of the provincial programme for the early detection of "
            "cervical and breast cancers, the department examines women aged 35-64.",
            "breast cancer",
        ),
    ],
)
def test_screening_programme_cancers(directory: Any, body: str, absent: str) -> None:
    assert absent not in _cancers(directory, body, "Department of Breast Surgery")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("The department runs a lung cancer screening clinic with low-dose CT.", "lung cancer"),
        (
            "Most of our patients come to us after a positive result in the national bowel cancer screening programme.",
            "colorectal cancer",
        ),
        (
            "The department treats cervical cancer and takes part in the cervical cancer screening programme.",
            "cervical cancer",
        ),
        ("The department participates in many clinical trials and treats lung and breast cancer.", "lung cancer"),
    ],
)
def test_screening_programme_twins(directory: Any, body: str, kept: str) -> None:
    assert kept in _cancers(directory, body, "Department of Surgery")


# ---------------------------------------------------------------- imaging a department asks for, receives, reads


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("Please have your imaging and pathology slides sent to our office before your visit.", "Orthopaedic Oncology"),
        ("Our surgeons go through your scans with you at the first visit.", "Orthopaedic Oncology"),
        ("Referring physicians should forward the patient's imaging on CD to our secretary.", "Thoracic Surgery"),
        ("Patients should send their imaging data (CT, MRI) to the department in advance.", "Gastrointestinal Surgery"),
        (
            "We order the imaging each patient needs before surgery, and the images are read by the radiologists.",
            "Breast Surgery",
        ),
        ("At the first visit the surgeon reviews all outside imaging.", "Head and Neck Surgery"),
    ],
)
def test_imaging_asked_for_is_no_service(directory: Any, body: str, heading: str) -> None:
    assert "diagnostic imaging" not in _treatments(directory, body, heading)


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("Our department provides imaging for all inpatients and outpatients.", "Department of Radiology"),
        ("We review your scans and report them within a day.", "Department of Diagnostic Imaging"),
        ("The department offers breast ultrasound examinations for women of the district.", "Breast Surgery"),
    ],
)
def test_imaging_given_is_kept(directory: Any, body: str, heading: str) -> None:
    assert "diagnostic imaging" in _treatments(directory, body, heading)


# ---------------------------------------------------------------- pain cared for, said with a verb

_PALLIATIVE = "Palliative Care Unit"


@pytest.mark.parametrize(
    "body",
    [
        "We help with pain and other symptoms such as breathlessness, nausea and fatigue.",
        "Our nurses and doctors manage your pain, breathlessness and anxiety at home or on the ward.",
        "What we do\n- Helping patients to cope with pain\n- Care in the last days of life",
        "The team controls difficult pain and supports families.",
        "We relieve pain and other distressing symptoms of advanced illness.",
    ],
)
def test_pain_cared_for(directory: Any, body: str) -> None:
    assert "cancer pain management" in _treatments(directory, body, _PALLIATIVE)


@pytest.mark.parametrize(
    "body",
    [
        "We offer palliative care. When palliative radiotherapy is needed to relieve pain from bone metastases, it is "
        "arranged with the Department of Radiation Oncology.",
        "We offer palliative care. Many patients come to us with pain from bone metastases.",
        "We offer palliative care. Radiotherapy is given in the cancer centre to relieve pain.",
    ],
)
def test_pain_not_cared_for(directory: Any, body: str) -> None:
    assert "cancer pain management" not in _treatments(directory, body, _PALLIATIVE)


# ---------------------------------------------------------------- image guidance of radiotherapy


@pytest.mark.parametrize(
    "body",
    [
        "We use intensity-modulated and volumetric arc techniques, daily image guidance and stereotactic radiotherapy.",
        "All treatments on our seven linear accelerators are delivered with cone-beam CT image guidance.",
        "Radiotherapy is delivered under daily image guidance.",
        "The department carries out precise radiotherapy with image guidance and respiratory gating.",
        "Every fraction is checked with image guidance before the beam is switched on.",
    ],
)
def test_image_guidance_of_radiotherapy(directory: Any, body: str) -> None:
    assert "image-guided radiotherapy" in _treatments(directory, body, "Department of Oncology")


@pytest.mark.parametrize(
    "body",
    [
        "Biopsies are taken under image guidance (CT or ultrasound), and image-guided ablation of liver tumours is "
        "offered.",
        "We offer radiotherapy. Image guidance is used for needle placement in ablation.",
        "Radiotherapy is given by the Department of Radiation Oncology under daily image guidance.",
        "We perform image-guided brachytherapy of cervical cancer after external radiotherapy.",
        "Treatment planning uses daily image guidance and intensity-modulated techniques.",
    ],
)
def test_image_guidance_of_something_else(directory: Any, body: str) -> None:
    assert "image-guided radiotherapy" not in terms_of(directory, body, "Department of Oncology")
