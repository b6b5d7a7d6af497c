"""extract: beds and update date: a body taken whole, the latest growth, dates with dashes (eleventh round).

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

from oncodir.extract import draft


def _beds(directory: Any, body: str, heading: str = "Thoracic Oncology") -> int | None:
    beds = extract_page(directory, body, heading)["beds"]
    return None if beds is None else beds["value"]


# ---------------------------------------------------------------- beds: a body "as a whole", "our own" ward


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The WMC as a whole has 1,100 beds; our own ward has 18 beds for isotope treatment.", 18),
        ("Westbrook Clinics as a whole have 900 beds.", None),
        ("Our own inpatient unit has 22 beds, and the hospital has 800 beds.", 22),
        # twins: the department itself taken whole keeps its count; a part of it "our own" is still a part
        ("The department as a whole has 60 beds, 8 of them in the day unit.", 60),
        ("The department has 40 beds; our own day ward has 8 beds.", 40),
        ("Our own hospital has 700 beds.", None),
    ],
)
def test_a_body_as_a_whole_is_not_the_department(directory, body, value):
    assert _beds(directory, body) == value


# ---------------------------------------------------------------- beds: the size a growth reached


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "The ward opened 20 beds at first. After the new wing was finished in 2014, the department was expanded "
            "to 52 beds.",
            52,
        ),
        ("In 2005 it grew to 30 beds, and in 2017 it was enlarged to 46 beds.", 46),
        ("The department was founded in 1999 and increased from 16 to 38 beds in 2011.", 38),
        # twins: the hospital's or another unit's growth is not the department's; a current count wins over a history
        ("The department was founded in 2003. In 2012 the hospital was expanded to 1,400 beds.", None),
        ("In 2012 Millbrook Hospital grew to 900 beds.", None),
        ("In 2010 the Radiology Department was expanded to 30 beds.", None),
        ("In 2009 the department was expanded to 30 beds. It now has 42 beds.", 42),
    ],
)
def test_the_latest_growth_is_the_current_count(directory, body, value):
    assert _beds(directory, body) == value


# ---------------------------------------------------------------- update date written with dashes


@pytest.mark.parametrize(
    ("top", "updated"),
    [
        ("Date: 17-06-2021", "2021-06-17"),
        ("Posted: 06-17-2021", "2021-06-17"),
        ("Last updated: 2021-06-17", "2021-06-17"),
        # twin: day and month could be either, and nothing on the page says which
        ("Last updated: 05-06-2021", None),
    ],
)
def test_a_dashed_update_date_is_read_only_when_certain(directory, top, updated):
    page = draft(f"Oncology\n{top}\n\nWe treat lung cancer with surgery and chemotherapy every week.\n", "p", directory)
    assert page["source"]["updated"] == updated
