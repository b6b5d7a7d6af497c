"""extract: cancers and treatments another unit or another place gives (invented pages, synthetic9 round).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str = "Department of Lung Surgery") -> dict[str, Any]:
    return extract_page(directory, body, heading)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # another unit of the hospital, named after a possessive (and the treatment's short name in brackets)
        ("We resect lung tumours. Small airway lesions are treated with photodynamic therapy (PDT) in the "
         "hospital's Respiratory Endoscopy Center.", "photodynamic therapy"),
        ("We resect lung tumours. Selected nodules are treated with microwave ablation in our hospital's "
         "Interventional Radiology Unit.", "microwave ablation"),
        # recommended, at another place
        ("We resect lung tumours. For tumours near the heart the team recommends proton therapy at the proton "
         "centres in the capital.", "proton therapy"),
        ("We resect lung tumours. We often recommend brachytherapy at a partner hospital.", "brachytherapy"),
        # those who may benefit from it are referred on
        ("We resect lung tumours. For patients who may benefit from proton therapy, we coordinate referral to the "
         "Lakeside University Clinic.", "proton therapy"),
        ("We resect lung tumours. Patients who could benefit from brachytherapy are referred to the regional "
         "cancer institute.", "brachytherapy"),
    ],
)  # fmt: skip
def test_treatments_given_elsewhere(directory, sentence, absent):
    assert absent not in _page(directory, sentence)["treatments"]


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We resect lung tumours. Small airway lesions are treated with photodynamic therapy (PDT) in the ward.",
         "photodynamic therapy"),
        ("We resect lung tumours. Selected nodules are treated with microwave ablation in our day unit.",
         "microwave ablation"),
        ("We resect lung tumours. For tumours near the heart the team recommends proton therapy in our own unit.",
         "proton therapy"),
        ("We resect lung tumours. We often recommend brachytherapy in early disease.", "brachytherapy"),
        ("We resect lung tumours. Patients who may benefit from proton therapy receive it in our proton unit.",
         "proton therapy"),
        ("We resect lung tumours. Patients who could benefit from brachytherapy are referred to us by other "
         "hospitals.", "brachytherapy"),
    ],
)  # fmt: skip
def test_twins_the_department_gives_it(directory, sentence, present):
    assert present in _page(directory, sentence)["treatments"]


def test_a_cancer_screened_for_whose_organ_another_department_treats(directory):
    body = (
        "We treat cervical, ovarian and endometrial cancers. The ward runs a screening programme for women of the "
        "county that checks cervical cancer and breast cancer. Women with an abnormal breast ultrasound are "
        "referred to the Department of Breast Surgery."
    )
    cancers = _page(directory, body, "Department of Gynecologic Oncology")["cancers"]
    assert "breast cancer" not in cancers and "cervical cancer" in cancers


@pytest.mark.parametrize(
    "body",
    [
        # not a screening programme's target: a cancer treated here, and patients needing an operation go on
        "We give chemotherapy for breast cancer. Women who need an operation are referred to the Department of "
        "Breast Surgery.",
        # screened for, but patients are sent to a department of another organ
        "The ward checks breast cancer in its screening clinic. Women with abnormal smears are referred to the "
        "Department of Cervical Disease.",
    ],
)
def test_twins_the_cancer_stays(directory, body):
    assert "breast cancer" in _page(directory, body, "Department of Breast Oncology")["cancers"]


def test_colon_and_rectum_is_colorectal_cancer(directory):
    body = "We treat cancers of the stomach, liver, colon and rectum."
    assert "colorectal cancer" in _page(directory, body, "Digestive Oncology")["cancers"]
    # the twin: the colon alone is colon cancer, no more
    cancers = _page(directory, "We treat cancers of the stomach, liver and colon.", "Digestive Oncology")["cancers"]
    assert "colon cancer" in cancers and "colorectal cancer" not in cancers


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We resect lung tumours. Chemotherapy is given in the oncological day hospital.", True),
        ("We resect lung tumours. Chemotherapy is given in the outpatient unit.", True),
        # the twin: a day unit by another department's name is that department's
        ("We resect lung tumours. Chemotherapy is given in the Medical Oncology Day Unit.", False),
    ],
)
def test_an_unnamed_day_hospital_is_where_the_department_gives(directory, sentence, present):
    assert ("chemotherapy" in _page(directory, sentence)["treatments"]) is present


def test_a_multidisciplinary_oncological_consultation_is_multidisciplinary_care(directory):
    body = "Every new patient is discussed at the weekly multidisciplinary oncological consultation."
    assert "multidisciplinary care" in _page(directory, body)["treatments"]
    assert (
        "multidisciplinary care"
        not in _page(directory, "Every new patient is seen at a weekly consultation.")["treatments"]
    )


# ---------------------------------------------------------------- beds


def test_inpatient_care_on_a_ward_named_by_its_size(directory):
    body = "Our services\n- Inpatient care on Ward 9, a 30-bed ward with 6 single rooms\n- A day unit for infusions"
    assert (_page(directory, body, "Haematology Service")["beds"] or {}).get("value") == 30


@pytest.mark.parametrize(
    "body",
    [
        # a ward merely mentioned, not where the department gives its inpatient care
        "Our services\n- Visiting hours on Ward 9, a 30-bed ward, are from 2 to 8 pm\n- A day unit for infusions",
        # another department gives the inpatient care there
        "Inpatient care is given by the Department of Medicine on Ward 9, a 30-bed ward.",
    ],
)
def test_twins_a_sized_ward_not_the_departments(directory, body):
    assert _page(directory, body, "Haematology Service")["beds"] is None


# ---------------------------------------------------------------- more words for the department's own


@pytest.mark.parametrize(
    ("heading", "sentence", "term", "present"),
    [
        ("Sarcoma Unit", "We perform wide resection of soft tissue sarcoma.", "surgery", True),
        ("Sarcoma Unit", "We give chemotherapy for soft tissue sarcoma.", "surgery", False),
        ("Liver Surgery", "Each case goes to the multidisciplinary cancer board on Fridays.", "multidisciplinary care",
         True),
        ("Liver Surgery", "Each case is reviewed by two consultants on Fridays.", "multidisciplinary care", False),
        # a team made of the department's own staff is its own; the hospital's team is another unit
        ("Colorectal Surgery", "- Fast-track recovery, with a nutrition support team of surgeons, nurses and "
         "dietitians.", "nutritional support", True),
        ("Colorectal Surgery", "- Patients are seen by the hospital's nutrition support team.", "nutritional support",
         False),
        # what a part of them includes is given elsewhere, not all of them
        ("Brain Tumour Program", "- Clinical trials, including studies offered through our partner university "
         "hospital.", "clinical trials", True),
        ("Brain Tumour Program", "Radiotherapy, including IMRT, is delivered at the county hospital.", "radiotherapy",
         False),
    ],
)  # fmt: skip
def test_more_words_for_the_departments_own(directory, heading, sentence, term, present):
    assert (term in _page(directory, sentence, heading)["treatments"]) is present


def test_an_organ_adjective_before_malignant_tumours(directory):
    body = "The ward is the referral centre for gynecologic malignant tumors in the region."
    assert "gynecologic cancer" in _page(directory, body, "Gynecologic Oncology")["cancers"]
    # the twin: "benign and malignant tumors" names no organ, so no cancer
    assert _page(directory, "We see benign and malignant tumors.", "Oncology Clinic")["cancers"] == []


# ---------------------------------------------------------------- the department's team meetings


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("At our weekly multidisciplinary sarcoma conference, surgeons and pathologists review each new case.", True),
        ("We hold a multidisciplinary lung cancer meeting every Thursday.", True),
        # the twin: a meeting of staff names no cancer the team meets about
        ("We hold a multidisciplinary staff meeting every Thursday.", False),
        ("The plan is set in the Multidisciplinary Groups for breast and lung tumours.", True),
        (
            "The ward works with the Departments of Radiotherapy and Pathology in the weekly MDT for ovarian tumours.",
            True,
        ),
    ],
)
def test_a_team_meeting_is_multidisciplinary_care(directory, sentence, present):
    assert ("multidisciplinary care" in _page(directory, sentence, "Oncology Department")["treatments"]) is present


def test_departments_named_before_a_treatment_are_still_others(directory):
    # the twin of the joint MDT: a treatment after "the Departments of X and Y" is theirs
    body = "The ward works with the Departments of Pathology and Radiotherapy for ovarian tumours."
    assert "radiotherapy" not in _page(directory, body, "Gynecologic Oncology")["treatments"]


# ---------------------------------------------------------------- nutrition


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Enhanced recovery after surgery, prehabilitation and nutrition therapy were introduced in 2016.", True),
        # the twin: what patients recover from is still what they had
        ("We offer rehabilitation after chemotherapy, radiotherapy and nutrition therapy.", False),
        ("- Nutrition counselling after gastrectomy by a dedicated dietitian", True),
        ("A nutrition support team screens every inpatient and provides enteral and parenteral nutrition.", True),
        ("The department has a diet and nutrition clinic.", True),
        ("The department has a pain clinic.", False),
    ],
)
def test_nutrition_in_other_words(directory, sentence, present):
    assert ("nutritional support" in _page(directory, sentence, "Stomach Surgery")["treatments"]) is present


# ---------------------------------------------------------------- a unit of the department's own


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("The ward gives hyperthermia and has a hospice care unit with 6 beds.", True),
        ("The palliative care team of the department visits patients at home.", True),
        # the twins: the hospital's unit or team is another unit
        ("The hospital has a hospice care unit.", False),
        ("The palliative care team of the hospital visits patients at home.", False),
    ],
)
def test_a_unit_the_department_has(directory, sentence, present):
    found = _page(directory, sentence, "Oncology Department")["treatments"]
    assert bool({"hospice care", "palliative care"} & set(found)) is present


def test_a_name_read_across_an_aside_of_techniques(directory):
    body = "Surgery includes minimally invasive (laparoscopic and thoracoscopic) oesophagectomy."
    assert "minimally invasive surgery" in _page(directory, body, "Upper GI Surgery")["treatments"]
    # the twin: an aside that is no list of techniques still stops the name
    body = "Surgery includes minimally invasive (where suitable and safe) oesophagectomy."
    assert "minimally invasive surgery" not in _page(directory, body, "Upper GI Surgery")["treatments"]
