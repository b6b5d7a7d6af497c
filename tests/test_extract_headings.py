"""extract on headings that put a label before the name: "A Brief Introduction of", "Overview of", "Welcome to".

Every heading here is invented; the twin is a label heading alone, over the department's own heading.
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft

_BODY = "The department was founded in 1990 and has 30 beds. It treats lung cancer with surgery.\n"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("A Brief Introduction of the Department of Thoracic Surgery", "Department of Thoracic Surgery"),
        ("Brief introduction to the Department of Breast Surgery", "Department of Breast Surgery"),
        ("Introduction of Department of Head and Neck Surgery", "Department of Head and Neck Surgery"),
        ("An Overview of the Division of Hematology", "Division of Hematology"),
        ("Welcome to the Department of Radiation Oncology", "Department of Radiation Oncology"),
        ("A Short Introduction to Department of Urology", "Department of Urology"),
    ],
)
def test_a_label_before_the_name_is_no_part_of_it(directory: Any, heading: str, name: str) -> None:
    assert draft(f"{heading}\n\n{_BODY}", "page.txt", directory)["name"] == name


def test_a_label_heading_alone_is_no_name(directory: Any) -> None:
    page = draft(f"Brief Introduction\n\nDepartment of Medical Oncology\n\n{_BODY}", "page.txt", directory)
    assert page["name"] == "Department of Medical Oncology"


@pytest.mark.parametrize(
    "heading",
    ["A Brief Introduction of Lakeview Cancer Hospital", "Introduction to Lakeview Cancer Hospital"],
)
def test_a_hospital_after_a_label_is_the_hospital_alone(directory: Any, heading: str) -> None:
    text = f"Brief Introduction\n\n{heading}\n\nEstablished in 1963, Lakeview Cancer Hospital has 36 divisions.\n"
    assert draft(text, "page.txt", directory)["hospital"] == "Lakeview Cancer Hospital"
