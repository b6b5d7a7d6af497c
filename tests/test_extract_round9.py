"""extract on pages it has never seen, ninth round: general forms, each with a twin that must NOT give the fact.

No sentence here comes from a page; each stands for a way department pages say (or do not say)
what the department does.
"""

from __future__ import annotations

import pytest
from helpers import extract_page as _page
from helpers import roles as _roles

# ---------------------------------------------------------------- cancers: one person's field, not the department's


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Director Kong Meilan specializes in pancreatic tumours.",
        "Professor Arne Viklund is mainly skilled in liver cancer, and lectures widely.",
        "She specialises in bladder carcinoma. Our wards have 30 beds.",
        "Dr. Tobias Wren joined in 2015; his clinical interests include pancreatic cancer.",
    ],
)
def test_a_persons_specialty_is_not_the_departments_cancer(directory, sentence):
    d = _page(directory, f"The department treats breast cancer and lymphoma. {sentence}")
    assert "breast cancer" in d["cancers"]
    assert not {"pancreatic cancer", "liver cancer", "bladder cancer"} & set(d["cancers"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The department specializes in pancreatic tumours.",
        "Our team is skilled in the care of pancreatic cancer.",
        "Deputy Director Kong Meilan leads the ward, which treats pancreatic cancer.",
    ],
)
def test_the_department_speaking_of_itself_still_names_its_cancers(directory, sentence):
    d = _page(directory, sentence)
    assert "pancreatic cancer" in d["cancers"]


def test_what_a_doctor_is_good_at_is_still_a_treatment_the_department_gives(directory):
    d = _page(directory, "Director Hua Lin is good at microwave ablation of lung nodules.")
    assert "microwave ablation" in d["treatments"]


# ---------------------------------------------------------------- treatments: given by colleagues elsewhere


def test_a_treatment_given_by_colleagues_is_theirs(directory):
    d = _page(
        directory,
        "Before the operation some patients have radiotherapy, delivered by our clinical oncology colleagues.",
        heading="Hepatobiliary Surgery",
    )
    assert "radiotherapy" not in d["treatments"]


def test_a_treatment_given_by_the_departments_own_team_is_its_own(directory):
    d = _page(
        directory,
        "Before the operation some patients have radiotherapy, delivered by our own team of nurses and physicists.",
        heading="Hepatobiliary Surgery",
    )
    assert "radiotherapy" in d["treatments"]


def test_radiation_oncology_colleagues_name_no_radiotherapy_of_the_departments(directory):
    d = _page(directory, "We meet our radiation oncology colleagues every week.", heading="Breast Surgery")
    assert "radiotherapy" not in d["treatments"]
    twin = _page(directory, "We meet every week to plan radiation oncology for each patient.", heading="Breast Surgery")
    assert "radiotherapy" in twin["treatments"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deputy Directors: Xu Ling; Pan Hao",
            {"Xu Ling": "Deputy Director", "Pan Hao": "Deputy Director"},
        ),
        ("Maria Olsen, MD, Co-Director; Breast Imaging", {"Maria Olsen": "Co-Director"}),
        # the twin: a singular post ending in s stays as written
        ("Head of Radiation Physics: Dr. Tan Mei Ling", {"Tan Mei Ling": "Head of Radiation Physics"}),
    ],
)
def test_a_plural_post_and_a_team_after_a_semicolon(directory, sentence, expected):
    assert _roles(_page(directory, sentence)) == expected


def test_non_and_a_recovery_period_are_not_the_treatment(directory):
    d = _page(directory, "The department gives non-surgical cancer treatment and radiotherapy.", "Clinical Oncology")
    assert "surgery" not in d["treatments"] and "radiotherapy" in d["treatments"]
    d = _page(directory, "We see lung cancer patients in the rehabilitation period after surgery.", "TCM Oncology")
    assert "surgery" not in d["treatments"]
    # the twin: surgery the department gives
    d = _page(directory, "The department performs surgery for lung cancer.", "Thoracic Oncology")
    assert "surgery" in d["treatments"]
