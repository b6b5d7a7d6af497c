"""extract: beds of a ward two teams share without "with", of a ward another department runs, a department named
by its specialty alone, a total "in total", and a thousands comma that ends no clause.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _beds(directory: Any, body: str, heading: str) -> Any:
    beds = extract_page(directory, body, heading)["beds"]
    return beds and beds["value"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # two subjects share one ward; a ward run jointly, "together they have"
        ("The department and the Department of Cardiac Surgery share a ward of 80 beds on the 12th floor.", None),
        ("Our ward is run jointly with Obstetrics; together they have 90 beds.", None),
        ("Thoracic Surgery and Vascular Surgery share one ward with 64 beds.", None),
        # twin: one subject, its own ward
        ("The department has a ward of 80 beds on the 12th floor.", 80),
        # twin: "and" joining two things the department has
        ("The department has a modern operating suite and a ward of 80 beds.", 80),
    ],
)
def test_a_ward_two_teams_share_is_not_the_departments(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Department of Thoracic Surgery") == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # the ward is another department's: it runs it
        (
            "Inpatients are admitted to the oncology ward (56 beds), run by the Department of Medical Oncology.",
            None,
        ),
        ("Patients stay on Ward 7, which has 40 beds and is managed by the Department of Medical Oncology.", None),
        # twin: the department itself runs it
        (
            "Inpatients are admitted to the oncology ward (56 beds), run by the Department of Radiation Oncology.",
            56,
        ),
        # twin: a name for cancer in other words is the same department
        ("Inpatients are admitted to Ward 3 (56 beds), run by the Department of Radiation Cancer Therapy.", 56),
    ],
)
def test_a_ward_another_department_runs_is_not_the_departments(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Department of Radiation Oncology") == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # the department by its specialty alone, after the hospital's beds in a sentence with "1,100"
        ("The hospital opened in 1958 with 60 beds and now has 1,100. Urology currently has 42 beds.", 42),
        ("Urology has 42 beds. The hospital was founded with 60 beds.", 42),
        # twin: another specialty alone is not the department, and is not put before it
        ("The department has 30 beds. Nephrology has 42 beds.", 30),
    ],
)
def test_the_department_named_by_its_specialty(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Department of Urology") == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # "in total" is no place: the count is the whole department's, a day unit beside it
        ("The department has 3 wards with 150 beds in total and a day-care unit with 20 chairs.", 150),
        # twin: beds in the day unit are a part's
        ("The department has a day-care unit with 20 beds.", None),
    ],
)
def test_beds_in_total_are_the_whole_departments(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Department of Oncology") == value
