"""extract on a department's satellite sites: a satellite or spoke unit's town is not where the department is.

Every sentence here is invented; the twins place the department itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft

_HEAD = "Clinical Oncology\n\nThe cancer centre is the regional centre for oncology in the north of England. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of our linear accelerators are at our satellite radiotherapy unit in Lincoln.",
        "Chemotherapy is also given at a satellite day unit in Harrogate.",
        "We run satellite clinics in Whitby and Scarborough.",
        "Patients near the coast are treated at the spoke hospital in Blackpool.",
    ],
)
def test_a_satellite_town_is_not_the_departments_city(directory: Any, sentence: str) -> None:
    page = draft(_HEAD + sentence + "\n", "page.txt", directory)
    assert page["city"] is None


def test_the_department_placed_itself_keeps_its_city(directory: Any) -> None:
    page = draft(_HEAD + "The department is located in Leeds, England, with a satellite unit in Harrogate.\n",
                 "page.txt", directory)  # fmt: skip
    assert page["city"] == "Leeds"
