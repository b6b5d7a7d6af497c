"""extract on treatments another unit or hospital gives, treatments denied or had before, and tools.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _treatments(directory: Any, body: str, heading: str = "Department of Breast Surgery") -> set[str]:
    return set(extract_page(directory, body, heading)["treatments"])


def _cancers(directory: Any, body: str, heading: str = "Department of Thoracic Surgery") -> set[str]:
    return set(extract_page(directory, body, heading)["cancers"])


_OPENS = "The department operates on breast cancer. "

# ---------------------------------------------------------------- given by another body, or sent there


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Radiotherapy, chemotherapy and hormone therapy are delivered by the Northern Blood and Cancer Service.",
            "radiotherapy",
        ),
        (
            "Chemotherapy and targeted therapy are provided by the Regional Haematology & Oncology Network.",
            "chemotherapy",
        ),
        (
            "For patients who need external radiotherapy, the department refers them to the Department of Radiation "
            "Oncology of the hospital.",
            "radiotherapy",
        ),
        ("Where radiotherapy is required, we transfer the patients to the County Cancer Hospital.", "radiotherapy"),
        ("Those requiring chemotherapy after the operation are sent on to the Medical Oncology Unit.", "chemotherapy"),
        (
            "Patients with locally advanced disease receive radiotherapy in the Radiation Therapy Department.",
            "radiotherapy",
        ),
        ("After the operation most women undergo radiation therapy at the Provincial Cancer Hospital.", "radiotherapy"),
        ("Patients get their chemotherapy from the Medical Oncology Unit next door.", "chemotherapy"),
    ],
)
def test_given_or_sent_elsewhere(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, _OPENS + sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Radiotherapy, chemotherapy and hormone therapy are delivered by our own team.", "radiotherapy"),
        ("For patients who need chemotherapy, the department gives it in its day ward.", "chemotherapy"),
        ("Patients with locally advanced disease receive radiotherapy in the department.", "radiotherapy"),
        ("Patients with locally advanced disease receive chemotherapy in our day unit.", "chemotherapy"),
        ("Patients referred to us for chemotherapy are treated in the ward.", "chemotherapy"),
    ],
)
def test_given_here_kept(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, _OPENS + sentence)


# ---------------------------------------------------------------- not (yet) given


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Brachytherapy has not yet been carried out.", "brachytherapy"),
        ("Brachytherapy has not been introduced in the department so far.", "brachytherapy"),
        ("Proton therapy is not yet offered at the hospital.", "proton therapy"),
        ("We have not yet started brachytherapy.", "brachytherapy"),
        ("We don't offer proton therapy.", "proton therapy"),
        ("Brachytherapy is currently unavailable.", "brachytherapy"),
        ("The department has no brachytherapy.", "brachytherapy"),
    ],
)
def test_not_yet_given(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, sentence, "Department of Radiotherapy")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Brachytherapy has been carried out since 2015.", "brachytherapy"),
        (
            "Brachytherapy has not only been carried out for cervical cancer but also for prostate cancer.",
            "brachytherapy",
        ),
        ("We have started brachytherapy this year.", "brachytherapy"),
    ],
)
def test_given_kept(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, sentence, "Department of Radiotherapy")


# ---------------------------------------------------------------- had before the patients came


@pytest.mark.parametrize(
    ("sentence", "absent", "heading"),
    [
        (
            "The department treats patients after operation, radiotherapy and chemotherapy with herbal medicine.",
            "radiotherapy",
            "Department of Traditional Chinese Medicine",
        ),
        (
            "We care for people following surgery, chemotherapy or radiotherapy with acupuncture.",
            "radiotherapy",
            "Department of Traditional Chinese Medicine",
        ),
        (
            "Patients who have undergone surgery and radiotherapy are followed up in the clinic.",
            "radiotherapy",
            "Department of Breast Surgery",
        ),
        (
            "Our trials study the timing of surgery after short-course radiotherapy.",
            "radiotherapy",
            "Colorectal Surgery Section",
        ),
        (
            "Studies look at the best interval for an operation following radiation therapy.",
            "radiotherapy",
            "Department of Hepatobiliary Surgery",
        ),
    ],
)
def test_had_before(directory: Any, sentence: str, absent: str, heading: str) -> None:
    assert absent not in _treatments(directory, sentence, heading)


@pytest.mark.parametrize(
    ("sentence", "kept", "heading"),
    [
        (
            "The department gives adjuvant chemotherapy to patients after surgery.",
            "chemotherapy",
            "Department of Medical Oncology",
        ),
        (
            "Patients after neoadjuvant chemotherapy are assessed in the joint clinic.",
            "neoadjuvant chemotherapy",
            "Department of Medical Oncology",
        ),
        ("We perform surgery after neoadjuvant chemotherapy.", "surgery", "Colorectal Surgery Section"),
        ("We give radiotherapy after surgery.", "radiotherapy", "Department of Radiation Oncology"),
    ],
)
def test_given_after_kept(directory: Any, sentence: str, kept: str, heading: str) -> None:
    assert kept in _treatments(directory, sentence, heading)


# ---------------------------------------------------------------- a machine, a guide, care during treatment


@pytest.mark.parametrize(
    "sentence",
    [
        "The department has 30 beds, one DSA machine and a colour Doppler ultrasound.",
        "The unit is equipped with two CT scanners, a mobile ultrasound and a digital X-ray unit.",
        "Prostate biopsy guided by transrectal ultrasound is carried out in the department.",
        "Liver lesions are biopsied under the guidance of ultrasound.",
        "Biopsies are taken with CT guidance.",
    ],
)
def test_imaging_as_tool(directory: Any, sentence: str) -> None:
    assert "diagnostic imaging" not in _treatments(directory, sentence, "Department of Urology")


@pytest.mark.parametrize(
    "sentence",
    [
        "The department offers ultrasound, CT and MRI examinations for cancer staging.",
        "Our ultrasound service examines 20,000 patients a year.",
    ],
)
def test_imaging_service_kept(directory: Any, sentence: str) -> None:
    assert "diagnostic imaging" in _treatments(directory, sentence, "Department of Radiology")


@pytest.mark.parametrize(
    "sentence",
    [
        "- Supportive care, nutrition and infection control during chemotherapy",
        "Supportive care during radiotherapy is given by our nurses.",
        "We provide supportive care throughout treatment.",
    ],
)
def test_supportive_during_treatment(directory: Any, sentence: str) -> None:
    assert "palliative care" not in _treatments(directory, sentence, "Department of Paediatric Oncology")


@pytest.mark.parametrize(
    "sentence",
    [
        "We provide supportive care for patients with advanced cancer.",
        "- Supportive care and hospice care at the end of life",
    ],
)
def test_supportive_care_kept(directory: Any, sentence: str) -> None:
    assert "palliative care" in _treatments(directory, sentence, "Department of Paediatric Oncology")


# ---------------------------------------------------------------- organs read from another item


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "Main operations:\n- Resection of thymoma and mediastinal tumor\n- Tracheal and bronchial sleeve resection",
            "tracheal tumour",
        ),
        ("Main operations:\n* Removal of mediastinal tumours\n* Tracheal reconstruction", "tracheal tumour"),
        (
            "We resect laryngeal carcinoma under laryngoscope, and reconstruction of pharyngeal defects is done.",
            "pharyngeal cancer",
        ),
        ("We treat thyroid cancer, and repair of oesophageal defects is done with flaps.", "esophageal cancer"),
    ],
)
def test_organ_of_another_item(directory: Any, body: str, absent: str) -> None:
    assert absent not in _cancers(directory, body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Main operations:\n- Resection of tracheal tumors\n- Sleeve lobectomy", "tracheal tumour"),
        ("The unit treats cancers, especially those of the pharynx and larynx.", "pharyngeal cancer"),
        ("The unit treats carcinoma of the pharynx, and of the larynx.", "pharyngeal cancer"),
    ],
)
def test_organ_listed_kept(directory: Any, body: str, kept: str) -> None:
    assert kept in _cancers(directory, body)


# ---------------------------------------------------------------- two organs that make one name


@pytest.mark.parametrize(
    ("body", "whole", "part"),
    [
        (
            "We care for children and adults with tumors of the bones and soft tissues.",
            "bone and soft tissue tumour",
            "soft tissue tumour",
        ),
        (
            "The unit treats primary tumours of bone and soft tissue.",
            "bone and soft tissue tumour",
            "soft tissue tumour",
        ),
        (
            "The clinic sees cancers of the bone & soft tissues in young people.",
            "bone and soft tissue tumour",
            "soft tissue tumour",
        ),
    ],
)
def test_pair_read_as_whole(directory: Any, body: str, whole: str, part: str) -> None:
    found = _cancers(directory, body, "Orthopaedic Oncology Unit")
    assert whole in found and part not in found


def test_pair_of_two_names_kept(directory: Any) -> None:
    found = _cancers(
        directory, "The unit treats tumours of the bones, soft tissues and skin.", "Orthopaedic Oncology Unit"
    )
    assert {"bone tumour", "soft tissue tumour"} <= found
    assert "bone and soft tissue tumour" not in found


@pytest.mark.parametrize(
    "body",
    [
        "The department performs 900 operations a year, of which more than 80% is minimally invasive.",
        "Most of our resections are now done minimally invasively.",
        "Surgery for lung cancer is mostly minimally invasive.",
    ],
)
def test_operations_said_minimally_invasive(directory: Any, body: str) -> None:
    assert "minimally invasive surgery" in _treatments(directory, body, "Department of Thoracic Surgery")


@pytest.mark.parametrize(
    "body",
    [
        "Biopsies in the department are minimally invasive.",
        "Our care is minimally invasive where possible.",
    ],
)
def test_minimally_invasive_not_an_operation(directory: Any, body: str) -> None:
    assert "minimally invasive surgery" not in _treatments(directory, body, "Department of Pulmonology")


def test_heading_under_a_list_is_no_unit(directory: Any) -> None:
    body = "Our services:\n- Chemotherapy\n- Regional hyperthermia\n\nExperts\nDr Li Wei, Chief Physician"
    assert "hyperthermia" in _treatments(directory, body, "Department of Oncology")


@pytest.mark.parametrize(
    "body",
    [
        "We mainly admit patients with advanced malignant tumours who can no longer benefit from anti-tumour "
        "treatment, such as lung cancer and liver cancer.",
        "The ward cares for people living with far advanced solid tumours that no longer respond to treatment, "
        "such as lung cancer or liver cancer.",
    ],
)
def test_patients_state_keeps_their_cancers(directory: Any, body: str) -> None:
    assert {"lung cancer", "liver cancer"} <= _cancers(directory, body, "Palliative Care Ward")


def test_cancers_no_longer_treated_left_out(directory: Any) -> None:
    body = "The department no longer treats lung cancer, which moved to the Thoracic Oncology Department."
    assert "lung cancer" not in _cancers(directory, body, "Department of Oncology")


def test_list_naming_every_kind_names_the_whole(directory: Any) -> None:
    body = "We care for adults with tumours of the brain, the spinal cord and the nerves."
    assert "central nervous system tumour" in _cancers(directory, body, "Department of Neuro-Oncology")


@pytest.mark.parametrize(
    "body",
    [
        "We care for adults with tumours of the brain and the nerves.",
        "We treat nasopharyngeal and hypopharyngeal carcinoma.",
    ],
)
def test_list_naming_some_kinds_names_no_whole(directory: Any, body: str) -> None:
    found = _cancers(directory, body, "Department of Neuro-Oncology")
    assert not {"central nervous system tumour", "pharyngeal cancer"} & found


def test_kinds_with_their_adjectives_name_no_whole(directory: Any) -> None:
    body = "We run an MDT for patients with hepatobiliary, pancreatic and gastrointestinal tumours."
    assert "digestive system cancer" not in _cancers(directory, body, "Department of General Surgery")


# ---------------------------------------------------------------- trials named by their kind


@pytest.mark.parametrize(
    "body",
    [
        "The section takes part in Swedish and international randomized trials.",
        "We enrol patients in phase III trials of new drugs.",
        "The unit leads several multicentre trials each year.",
        "Patients may join investigator-initiated trials run by our doctors.",
    ],
)
def test_trials_by_kind(directory: Any, body: str) -> None:
    assert "clinical trials" in _treatments(directory, body, "Department of Medical Oncology")


@pytest.mark.parametrize(
    "body",
    [
        "The new ward passed its trials of the oxygen supply.",
        "After two years of trials the hospital opened the day unit.",
        "Field trials of the new booking software ended in May.",
    ],
)
def test_trials_without_a_kind_or_in_research(directory: Any, body: str) -> None:
    assert "clinical trials" not in _treatments(directory, body, "Department of Medical Oncology")
