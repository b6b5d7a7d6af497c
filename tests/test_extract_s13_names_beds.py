"""extract: name, hospital, city, beds and update date on the thirteenth round's kinds of page.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

import pytest
from helpers import extract_page

from oncodir.extract import draft

_BODY = "We operate on lung cancer and oesophageal cancer, and we see new patients every week of the year.\n"


# ---------------------------------------------------------------- name: a hospital, a dash or a dot, then the unit


@pytest.mark.parametrize(
    ("line", "name", "hospital"),
    [
        (
            "The Second People's Hospital of Linfield — Department of Thoracic Surgery",
            "Department of Thoracic Surgery",
            "Second People's Hospital of Linfield",
        ),
        (
            "Linfield Central Hospital · Department of Thoracic Surgery",
            "Department of Thoracic Surgery",
            "Linfield Central Hospital",
        ),
        (
            "Linfield Central Hospital - Department of Thoracic Surgery",
            "Department of Thoracic Surgery",
            "Linfield Central Hospital",
        ),
        # twin: no hospital before the unit, the whole line is the name
        ("Department of Thoracic Surgery", "Department of Thoracic Surgery", None),
    ],
)
def test_a_hospital_before_a_dash_or_dot_is_split_from_the_unit(directory, line, name, hospital):
    page = draft(f"{line}\n\n{_BODY}", "p", directory)
    assert (page["name"], page["hospital"]) == (name, hospital)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("About the Clinic", "Clinic of Thoracic Surgery"),
        ("Our Unit", "Clinic of Thoracic Surgery"),
        ("About the Ward", "Clinic of Thoracic Surgery"),
        # twin: a unit-word with a subject is a name
        ("Thoracic Surgery Unit", "Thoracic Surgery Unit"),
    ],
)
def test_a_section_heading_of_a_unit_word_alone_is_no_name(directory, heading, name):
    page = draft(f"Clinic of Thoracic Surgery\n\n{heading}\n{_BODY}", "p", directory)
    assert page["name"] == name


def test_the_sites_name_again_over_a_contact_block_is_no_heading(directory):
    top = "Westbrook Regional Oncology Centre\nClinic of Thoracic Surgery\n\nContacts\n"
    contact = "Westbrook Regional Oncology Centre\nHill Street 4, Westbrook\n\n"
    page = draft(top + contact + _BODY, "p", directory)
    assert (page["name"], page["hospital"]) == ("Clinic of Thoracic Surgery", "Westbrook Regional Oncology Centre")
    # twin: a unit's own oncology centre is no institution ("Thoracic Oncology Centre")
    page = draft("Thoracic Oncology Centre\n\n" + _BODY, "p", directory)
    assert (page["name"], page["hospital"]) == ("Thoracic Oncology Centre", None)


@pytest.mark.parametrize(
    ("top", "hospital"),
    [
        ("Institut de Cancérologie Sainte-Odile", "Institut de Cancérologie Sainte-Odile"),
        ("Centre Hospitalier de Valmont", "Centre Hospitalier de Valmont"),
        ("Clinique des Tilleuls", "Clinique des Tilleuls"),
        # twin: an institute that is no hospital
        ("Institut de Recherche Valmont", None),
    ],
)
def test_a_french_hospitals_name_in_the_header(directory, top, hospital):
    page = draft(f"{top}\nThoracic Surgery Unit\n\n{_BODY}", "p", directory)
    assert page["hospital"] == hospital


# ---------------------------------------------------------------- city: a ward of a city ("Kita-ku, Sendai")


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("Address: 5-6-7 Honcho, Aoba-ku, Sendai 980-0000, Japan  (3 min. walk from the station)", "Sendai"),
        ("Address: 12 Jongno-gu, Seoul, Korea  (near the river)", "Seoul"),
        # twin: a city with no ward before it and nothing else that places the department there
        ("Our visiting professor came from Sendai, Japan.", None),
    ],
)
def test_a_city_after_its_ward_is_the_address(directory, address, city):
    page = extract_page(directory, f"{address}\n\n{_BODY}", "Thoracic Surgery")
    assert page["city"] == city


# ---------------------------------------------------------------- beds: shared wards and floors, the hospital's


@pytest.mark.parametrize(
    ("sentence", "beds"),
    [
        ("The department shares the 4th floor ward with Urology, 64 beds in all.", None),
        (
            "The department shares the 4th floor ward with Urology, 64 beds in all, of which 30 beds are for thoracic "
            "patients.",
            30,
        ),
        # twin: the part is for the other team's patients
        (
            "The department shares the 4th floor ward with Urology, 64 beds in all, of which 30 beds are for urology "
            "patients.",
            None,
        ),
        # twin: sharing something else, not the ward
        ("The department shares its teaching with Urology and has 64 beds.", 64),
        (
            "The unit is on the 2nd floor of the East Building, together with Urology; "
            "there are 50 beds on this floor.",
            None,
        ),
        # twin: the floor is the department's alone
        ("The unit is on the 2nd floor of the East Building; there are 50 beds on this floor.", 50),
    ],
)
def test_a_shared_ward_or_floor_is_not_the_departments(directory, sentence, beds):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert (page["beds"] or {}).get("value") == beds


@pytest.mark.parametrize(
    ("sentence", "beds"),
    [
        ("We read 7,000 scans a year for the whole hospital (1,250 beds). Our therapy ward has 6 shielded beds.", 6),
        ("We read 7,000 scans a year for the whole hospital (1,250 beds).", None),
        # twin: a count in brackets after the department's own ward
        ("Our ward (26 beds) is on the 3rd floor.", 26),
    ],
)
def test_a_count_in_brackets_after_the_hospital_is_the_hospitals(directory, sentence, beds):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert (page["beds"] or {}).get("value") == beds


@pytest.mark.parametrize(
    ("sentence", "beds"),
    [
        ("Inpatients are cared for on Ward 9B, a 26-bed surgical unit dedicated to thoracic surgery.", 26),
        ("Our inpatients are treated on Ward 9B, a 26-bed surgical ward.", 26),
        # twin: a ward the page merely mentions by its size
        ("Patients recover on Ward 9B, a 26-bed surgical ward run by the nursing directorate.", None),
    ],
)
def test_the_ward_where_inpatients_are_cared_for_is_the_departments(directory, sentence, beds):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert (page["beds"] or {}).get("value") == beds


# ---------------------------------------------------------------- update date: "17. 5. 2021"


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Updated: 3. 11. 2022", "2022-11-03"),
        ("Updated: 03.11.2022", "2022-11-03"),
        # twin: a numbered list is no date
        ("Steps: 1. 2. 3. 2022 was a good year.", None),
    ],
)
def test_a_date_written_with_a_space_after_each_dot(directory, line, updated):
    page = extract_page(directory, f"{_BODY}\n{line}", "Thoracic Surgery")
    assert page["source"]["updated"] == updated
