"""extract: whose a bed count is when a word stands between the subject and its verb ("The hospital itself has"),
and when a unit's possessive stands before the count ("Of the centre's 210 beds").

Every sentence here is invented; each rule has a twin that must keep the department's own count.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _beds(directory: Any, body: str, heading: str = "Department of Nuclear Medicine") -> Any:
    beds = extract_page(directory, body, heading)["beds"]
    return beds and beds["value"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The hospital itself has 1,500 beds and serves the oilfield towns.", None),
        ("The hospital overall has 2,100 beds in three districts.", None),
        ("The two hospitals combined have 3,400 beds.", None),
        ("Millbrook General Hospital in total has 1,250 beds.", None),
        ("The hospitals themselves have 900 beds between them.", None),
        # twins: the department itself
        ("The department itself has 24 beds on the sixth floor.", 24),
        ("The ward overall has 30 beds, 4 of them shielded.", 30),
    ],
)
def test_a_word_between_subject_and_verb_keeps_the_subject(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Of the centre's 210 beds, 36 are ours.", None),
        ("The Orthopedic Center's 210 beds are spread over five wards.", None),
        ("Millbrook Hospital's 900 beds serve the whole county.", None),
        ("Patients share the institute’s 320 beds with other teams.", None),
        ("Of the Surgical Center's total of 400 beds, a quarter are for day cases.", None),
        # twins: the department's own possessive, or no one's
        ("The department's 36 beds are on the fourth floor.", 36),
        ("Our ward's 28 beds are on the sixth floor.", 28),
        ("Dr. Wang's team runs 40 beds on the fourth floor.", 40),
        ("Of the Department of Bone Oncology's 40 beds, 6 are for children.", 40),
    ],
)
def test_a_units_possessive_before_the_count_is_whose_it_is(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Department of Bone Oncology") == value
