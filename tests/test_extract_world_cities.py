"""extract reads a city abroad only where the page says the department is there.

Every sentence here is invented; each pattern has a twin that must not give a city.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _city(directory: Any, body: str) -> tuple[str | None, str | None, list[str]]:
    draft = extract_page(directory, body, "Department of Radiation Oncology")
    return draft["city"], draft["country"], [n for n in draft["notes"] if n.startswith("City")]


@pytest.mark.parametrize(
    ("body", "city", "country"),
    [
        ("We treat 2,000 patients.\n\nJosef-Schneider-Straße 11, 97080 Würzburg, Germany", "Würzburg", "Germany"),
        ("We treat 2,000 patients a year.\n\nAlbert-Schweitzer-Campus 1, 48149 Münster", "Münster", "Germany"),
        ("Contact: Beckett Street, Leeds LS9 7TF", "Leeds", "United Kingdom"),
        ("Our clinic: 2200 Euclid Parkway, Cleveland, Ohio 44106.", "Cleveland", "United States"),
        ("Find us at 450 Brookline Avenue, Boston, MA 02215.", "Boston", "United States"),
        ("6-5-1 Kashiwanoha, Kashiwa, Chiba 277-8577, Japan", "Kashiwa", "Japan"),
        (
            "The hospital is located at 81 Irwon-ro, Gangnam-gu, Seoul, and opened in 1994. It is in Korea.",
            "Seoul",
            "South Korea",
        ),
        ("The department is located in Essen and treats 3,000 patients a year.", "Essen", "Germany"),
        (
            "The Cancer Institute in Amsterdam is the only comprehensive cancer centre in the Netherlands.",
            "Amsterdam",
            "The Netherlands",
        ),
        (
            "The Sarcoma Program of Lakeside Cancer Center in Milwaukee is the largest in Wisconsin.",
            "Milwaukee",
            "United States",
        ),
        ("The hospital is located in Köln, Germany.", "Köln", "Germany"),
        ("The hospital is located in Cologne, Germany.", "Cologne", "Germany"),
    ],
)
def test_a_city_abroad_where_the_page_says_it_is(directory: Any, body: str, city: str, country: str) -> None:
    assert _city(directory, body)[:2] == (city, country)


@pytest.mark.parametrize(
    "body",
    [
        # a year is no postal code; a house number before a street is none either
        "In 2019 Heidelberg University opened a new wing. We treat 2,000 patients a year.",
        "Our clinic: 2200 Euclid Parkway.",
        # the city of a partner, a meeting, a training, a centre beside this one
        "Our team trained in Houston, Texas, and at partner hospitals in Boston, USA.",
        "The annual meeting was held in Vienna, Austria.",
        "- gestational trophoblastic disease (with the national centre in Sheffield, UK)",
        # a hospital "in" a place no country or state on the page confirms: a region as often as a city
        "The department is the largest radiation oncology centre in Victoria.",
        # a city only inside a name
        "We are members of the Essen Cancer Network and the Leeds Teaching Hospitals alliance.",
        # a long paragraph with a street in it: only the city right after the street is the address
        "We serve the regions of Victoria and beyond, and opened our centre on Bellerine Street in 2014, "
        "so that patients no longer needed to travel for treatment to bigger hospitals far away from home.",
    ],
)
def test_no_city_abroad_from_other_places(directory: Any, body: str) -> None:
    assert _city(directory, body)[0] is None


def test_a_city_the_name_may_mean_in_two_countries_has_no_country(directory: Any) -> None:
    city, country, notes = _city(directory, "The department is located in Vienna and has 54 beds.")
    assert (city, country) == ("Vienna", None)
    assert "the country is not certain" in notes[0]


def test_a_city_in_two_places_at_once_gives_none(directory: Any) -> None:
    city, _, notes = _city(directory, "Sites: 97080 Würzburg, Germany\n\n45147 Essen, Germany")
    assert city is None
    assert "several cities abroad" in notes[0]


def test_a_city_in_china_and_one_abroad_give_none(directory: Any) -> None:
    city, _, notes = _city(directory, "The department is located in Hangzhou.\n\n45147 Essen, Germany")
    assert city is None
    assert "both in Hangzhou and in Essen" in notes[0]


def test_an_unconfirmed_city_abroad_is_noted(directory: Any) -> None:
    city, _, notes = _city(directory, "The radiation oncology centre in Milwaukee treats 900 patients a year.")
    assert city is None
    assert "names no country or state" in notes[0]


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("The hospital, located in the ancient city of Huzhou in northern Zhejiang, has 2,000 beds.", "Huzhou"),
        ("Visiting address: Storgatan 3, entrance 4, Umeå, Sweden", "Umeå"),
        ("Hafenstraße 2, 24103 Kiel · Secretariat +49 431 000", "Kiel"),
        ("Postal address: 12 Xinhua Road, Zhuhai", "Zhuhai"),
    ],
)
def test_a_city_in_more_address_and_located_forms(directory: Any, body: str, city: str) -> None:
    assert _city(directory, body)[0] == city


@pytest.mark.parametrize(
    "body",
    [
        "Patients who need a transplant are referred to the transplant centre of Xiangya Hospital in Changsha.",
        "Children with relapsed leukaemia are transferred to the children's hospital in Chengdu.",
        "Dr. Lin completed a fellowship at the Cancer Center in Houston, Texas.",
        "He worked in the oncology department of a hospital in Munich, Germany, for a year.",
    ],
)
def test_no_city_from_where_patients_are_sent_or_doctors_trained(directory: Any, body: str) -> None:
    assert _city(directory, body)[0] is None
