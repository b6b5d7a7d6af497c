"""extract place and hospital: a hospital and its city in the site's copyright line, an address that ends with the
country in its own language, a saint's or mountain's abbreviation in a hospital's name.

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

_BODY = "The Breast Surgery Unit treats breast cancer with surgery. It has 20 beds.\n"


def _drafted(directory: Any, body: str) -> dict[str, Any]:
    return extract_page(directory, body, "Breast Surgery Unit")


def test_the_copyright_lines_hospital_and_city_place_the_unit(directory):
    drafted = _drafted(directory, _BODY + "© 2023 Kloofview General Hospital, Cape Town. All rights reserved.")
    assert (drafted["city"], drafted["country"]) == ("Cape Town", "South Africa")
    assert any("copyright line" in note for note in drafted["notes"])


@pytest.mark.parametrize(
    "line",
    [
        "Our surgeons trained at Kloofview General Hospital, Cape Town.",  # where someone trained
        "© 2023 Western Cape Health, Cape Town. All rights reserved.",  # the owner is no hospital
    ],
)
def test_a_hospital_and_city_elsewhere_place_nothing(directory, line):
    assert _drafted(directory, _BODY + line)["city"] is None


def test_an_address_ending_with_the_country_in_its_own_language(directory):
    address = "Contact\nRua das Flores, 120 - Centro\nCuritiba \u2013 PR, 80010-000, Brasil\n"
    drafted = _drafted(directory, _BODY + address)
    assert (drafted["city"], drafted["country"]) == ("Curitiba", "Brazil")
    twin = _drafted(directory, _BODY + "Patients come from Curitiba and from all over Brasil.\n")
    assert twin["city"] is None


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        ("The Breast Surgery Unit of St. Ursula Hospital treats breast cancer.", "St. Ursula Hospital"),
        ("The Breast Surgery Unit at Mt. Carmel Medical Center treats breast cancer.", "Mt. Carmel Medical Center"),
    ],
)
def test_an_abbreviated_saint_or_mountain_is_part_of_the_hospitals_name(directory, sentence, hospital):
    assert _drafted(directory, sentence)["hospital"] == hospital


def test_an_abbreviation_ending_a_sentence_starts_no_hospital(directory):
    drafted = _drafted(directory, "The Breast Surgery Unit moved to Elm St. Hospital visitors park behind it.")
    assert drafted["hospital"] != "St. Hospital"
