"""extract city: a city named for a sponsor or for visitors' home hospital is not where the department is.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

_HOME = "Lishui Central Hospital is a general hospital in Lishui, Zhejiang Province. "


def _city(directory: Any, body: str) -> str | None:
    city: str | None = extract_page(directory, body, "Department of Oncology")["city"]
    return city


@pytest.mark.parametrize(
    "sentence",
    [
        "We took part in a multicenter trial sponsored by Ruijin Hospital in Shanghai.",
        "The department joined an alliance, and specialists from that hospital in Hangzhou visit every month.",
        "Doctors from a partner university hospital in Ningbo hold clinics here.",
    ],
)
def test_a_sponsor_or_visitors_city_is_not_the_departments(directory, sentence):
    assert _city(directory, _HOME + sentence) == "Lishui"


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital in Lishui has 1,200 beds.",
        "It is the largest cancer centre in Lishui, and patients from the whole region come to the hospital.",
    ],
)
def test_twins_the_departments_own_city_is_kept(directory, sentence):
    assert _city(directory, sentence) == "Lishui"
