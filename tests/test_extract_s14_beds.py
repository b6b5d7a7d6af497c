"""extract: beds of a building, of a shared ward's share, and of a team with no ward of its own.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _beds(directory: Any, body: str, heading: str = "Department of Colorectal Surgery") -> Any:
    beds = extract_page(directory, body, heading)["beds"]
    return beds and beds["value"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a building's beds are every unit's in it; the department's floor holds its own
        (
            "The Inpatient Building of our hospital has 380 beds; the department occupies the 5th floor with 44 beds.",
            44,
        ),
        ("The new surgical tower has 612 beds, and our department runs 38 beds on its 9th floor.", 38),
        # twin: a department's own count, no building named
        ("The Department of Colorectal Surgery of our hospital has 380 beds.", 380),
        # twin: a count said of the department, a building only named as its place
        ("Located in the Inpatient Building, the department has 44 beds.", 44),
    ],
)
def test_a_buildings_beds_are_not_the_departments(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # the shared ward named again in the next clause; the department's share given by its name
        (
            "The department shares the 4th-floor ward with Urology; the ward has 70 beds, of which 26 are assigned to "
            "colorectal surgery.",
            26,
        ),
        (
            "We share the east ward with Gastroenterology; the ward has 50 beds, of which 20 are reserved for "
            "colorectal patients.",
            20,
        ),
        # twin: the share is the other team's: no count of the department's own
        (
            "The department shares the 4th-floor ward with Urology; the ward has 70 beds, of which 26 are assigned to "
            "urology.",
            None,
        ),
        # twin: the shared ward's beds without a share are not the department's
        ("The department shares the 4th-floor ward with Urology; the ward has 70 beds.", None),
        # twin: a ward that is not shared keeps its beds
        ("The department moved to the 4th-floor ward in 2019; the ward has 70 beds.", 70),
    ],
)
def test_a_shared_wards_share_by_name(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("We do not have a ward of our own. The hospital has about 900 beds. The unit has 30 inpatient beds.", None),
        ("The team has no beds of its own; patients stay on the wards of their own teams, 30 beds in each.", None),
        # twin: a part without beds says nothing of the department's own
        ("The day unit has no beds. The department has 30 inpatient beds.", 30),
        # twin: "no ward" without "of our own" is not read as the department's
        ("The department has 30 beds. The outpatient clinic does not have a ward.", 30),
    ],
)
def test_no_ward_of_its_own_gives_no_beds(directory: Any, body: str, value: int | None) -> None:
    assert _beds(directory, body, "Palliative Care Team") == value
