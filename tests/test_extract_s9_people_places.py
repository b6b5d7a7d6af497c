"""extract: people and roles, the department's hospital and its city (invented pages, synthetic9 round).

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft

# ---------------------------------------------------------------- city: a place something is recommended


@pytest.mark.parametrize(
    "sentence",
    [
        "For a few patients, the department recommends carbon ion therapy at the ion centres in Lanzhou.",
        "The department advises patients who need a bone marrow transplant to go to the large centres in Wuhan.",
        "For rare tumours, our team suggests a second opinion at the specialist hospitals in Chengdu.",
    ],
)
def test_a_city_where_the_department_recommends_going_is_not_its_own(directory: Any, sentence: str) -> None:
    page = f"Radiation Oncology\n\nThe department treats tumours of the head and neck. {sentence}\n"
    assert draft(page, "p", directory)["city"] is None


def test_twin_a_department_placed_in_a_city_keeps_it(directory: Any) -> None:
    page = "Radiation Oncology\n\nThe department is the largest radiotherapy centre in Lanzhou and treats tumours.\n"
    assert draft(page, "p", directory)["city"] == "Lanzhou"


# ---------------------------------------------------------------- hospital: where a doctor studied or trained


@pytest.mark.parametrize(
    "sentence",
    [
        "He finished advanced study in breast surgery at Maple Valley Hospital.",
        "She completed a three-month training in medical oncology at Harbour Bay Cancer Center, Japan in 2015.",
        "He was a visiting scholar and fellow in radiation oncology at Riverside General Hospital.",
    ],
)
def test_a_hospital_where_a_doctor_learnt_is_not_the_departments(directory: Any, sentence: str) -> None:
    page = (
        "Breast Oncology\n\nThe department has 30 beds and treats breast cancer with surgery and chemotherapy.\n\n"
        f"Our team\nZhao Ming, Director, chief physician. {sentence}\n"
    )
    assert draft(page, "p", directory)["hospital"] is None


def test_twin_the_department_of_a_hospital_is_kept(directory: Any) -> None:
    page = (
        "Breast Oncology\n\nThe Department of Breast Oncology of Maple Valley Hospital has 30 beds and treats breast "
        "cancer with surgery and chemotherapy.\n\nOur team\nZhao Ming, Director, chief physician.\n"
    )
    assert draft(page, "p", directory)["hospital"] == "Maple Valley Hospital"


def test_twin_the_header_hospital_wins_over_a_training_place(directory: Any) -> None:
    page = (
        "Maple Valley Hospital\nHome > Departments > Breast Oncology\n\nBreast Oncology\n\n"
        "The department has 30 beds and treats breast cancer with surgery and chemotherapy.\n\n"
        "Our team\nZhao Ming, Director. He finished advanced study in breast surgery at Riverside General Hospital.\n"
    )
    assert draft(page, "p", directory)["hospital"] == "Maple Valley Hospital"
