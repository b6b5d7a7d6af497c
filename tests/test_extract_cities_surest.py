"""extract city: an address line or "located in" outranks a city a sentence merely puts the unit "in" (a visitor's
hospital, a branch clinic, where patients are sent); two cities placed as surely are still none.

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _drafted(directory: Any, body: str) -> dict[str, Any]:
    return extract_page(directory, body, "Department of Oncology")


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "The department has 40 beds. It also holds a clinic every Friday at the hospital's branch in Yicheng.\n"
            "Address: No. 9 Heping Road, Xiangcheng District, Xiangyang, Hubei 441000\n",
            "Xiangyang",
        ),
        (
            "Jinzhou Mingde Hospital is located in Jinzhou, Liaoning. Prof. Ma of a cancer hospital in Beijing has "
            "been a visiting professor of the department since 2018.\n",
            "Jinzhou",
        ),
    ],
)
def test_an_address_or_located_in_outranks_a_city_of_a_sentence(directory, body, city):
    drafted = _drafted(directory, body)
    assert drafted["city"] == city
    assert any("less surely" in note for note in drafted["notes"])


@pytest.mark.parametrize(
    "body",
    [
        # two addresses: two campuses, and no saying which is the department's
        "Address: No. 9 Heping Road, Xiangcheng District, Xiangyang, Hubei 441000\n"
        "Address: No. 3 Jiefang Road, Jianghan District, Wuhan, Hubei 430000\n",
        # two cities, each only "in" a sentence
        "The department is the largest oncology unit in Xiangyang. Its hospital in Wuhan opened a new ward.\n",
    ],
)
def test_cities_placed_as_surely_are_none(directory, body):
    drafted = _drafted(directory, body)
    assert drafted["city"] is None
    assert any("several cities" in note for note in drafted["notes"])
