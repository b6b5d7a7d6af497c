"""extract city and hospital: a city named for a sponsor or for visitors' home is not where the department is;
a "Health Sciences Centre" is a hospital.

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


# ---------------------------------------------------------------- a "Health Sciences Centre" is a hospital


def test_a_health_sciences_centre_is_the_hospital(directory):
    heading = "Pinecrest Health Sciences Centre\n\nSarcoma Clinic"
    body = "The Sarcoma Clinic treats adults with bone tumours."
    assert extract_page(directory, body, heading)["hospital"] == "Pinecrest Health Sciences Centre"


def test_twin_a_health_sciences_department_is_no_hospital(directory):
    heading = "Pinecrest Sciences Centre\n\nSarcoma Clinic"
    body = "The Sarcoma Clinic treats adults with bone tumours."
    assert extract_page(directory, body, heading)["hospital"] != "Pinecrest Sciences Centre"
