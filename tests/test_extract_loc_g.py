"""extract: a unit's heading with its hospital after a dash, the site's name over its address under the heading,
a city's part ("in inner Sydney"), a ward listed among the department's services, and staff grades that end a
label ("Staff Specialists: ...").

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract import draft

_END = "\n\nWe see patients on every ward of the hospital and in our own clinics each week."


def _page(directory: Any, text: str) -> dict[str, Any]:
    return draft(text + _END, "page.txt", directory)


# ---------------------------------------------------------------- a heading: the unit, a dash, its hospital


@pytest.mark.parametrize(
    ("heading", "name", "hospital"),
    [
        (
            "Department of Urology - The First Affiliated Hospital of Huaihe Medical University",
            "Department of Urology",
            "First Affiliated Hospital of Huaihe Medical University",
        ),
        ("Thoracic Oncology Unit – St Columba's Hospital", "Thoracic Oncology Unit", "St Columba's Hospital"),
        ("Division of Hematology · Lakeside Medical Center", "Division of Hematology", "Lakeside Medical Center"),
        (
            "Gynecologic Oncology Ward — Jiangsu Provincial People's Hospital",
            "Gynecologic Oncology Ward",
            "Jiangsu Provincial People's Hospital",
        ),
        (
            "Department of Oncology — Wuxi Second People's Hospital",
            "Department of Oncology",
            "Wuxi Second People's Hospital",
        ),
    ],
)
def test_a_headings_hospital_after_a_dash_is_split_off(directory, heading, name, hospital):
    page = _page(directory, f"{heading}\n\nThe unit treats adults with cancer and runs a weekly clinic for them.")
    assert (page["name"], page["hospital"]) == (name, hospital)


@pytest.mark.parametrize(
    "heading",
    [
        "Department of Urology - Ward II",  # a ward after the dash: no hospital
        "Head and Neck Surgery - Thyroid Unit",
    ],
)
def test_a_part_after_the_dash_stays_in_the_name(directory, heading):
    page = _page(directory, f"{heading}\n\nThe unit treats adults with cancer and runs a weekly clinic for them.")
    assert page["name"] == heading


# ---------------------------------------------------------------- the site's name over its address block


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bayou Health | Cancer Institute | Find a Doctor | Locations\n\nDepartment of Orthopaedic Oncology\n\n"
            "Bayou Health Cancer Institute\nMarlow Pavilion, 5th Floor\n8150 Almeda Road\nHouston, TX 77054\n\n"
            "Our Department of Orthopaedic Oncology cares for children and adults with tumors of the bones.",
            "Department of Orthopaedic Oncology",
        ),
        (
            "Division of Surgical Oncology\n\nRidgeview Health Cancer Center\n2100 Lakeview Avenue, Suite 300\n"
            "Portland, OR 97210\n\nThe division treats patients with melanoma, sarcoma and cancers of the stomach.",
            "Division of Surgical Oncology",
        ),
        (
            "Breast Surgery Service\n\nNorthgate Cancer Centre\n\nBuilding C, 220 Harbour Road\nAuckland 1023\n\n"
            "Our service treats women with breast cancer and offers reconstruction for those who need it.",
            "Breast Surgery Service",
        ),
    ],
)
def test_the_sites_name_over_its_address_is_no_heading(directory, text, name):
    assert _page(directory, text)["name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the only heading: the institute itself
        (
            "Kingsbury Cancer Institute\n2200 Euclid Parkway\nCleveland, OH 44106\n\nThe Kingsbury Cancer Institute "
            "treats patients with every kind of cancer and runs clinical trials for new medicines.",
            "Kingsbury Cancer Institute",
        ),
        # a unit's name any hospital may give it, under its larger unit: the page's unit, not a site's name
        (
            "Department of Surgery\n\nBreast Cancer Center\n3rd Floor, 12 Main Street\n\nThe center treats women "
            "with breast cancer and offers reconstruction for those who need it.",
            "Breast Cancer Center",
        ),
    ],
)
def test_twins_a_heading_over_an_address_stays(directory, text, name):
    assert _page(directory, text)["name"] == name


# ---------------------------------------------------------------- a part of a city


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "Harbourside Hospital is a 450-bed teaching hospital in inner Sydney. Address: 40 Wattle Street, "
            "Ultimo NSW 2007",
            "Sydney",
        ),
        ("Our unit is part of Eastgate Hospital, a public hospital in central Leeds, UK.", "Leeds"),
        (
            "The department is one of six at Mount Carrow Hospital, a teaching hospital in suburban Melbourne, "
            "Australia.",
            "Melbourne",
        ),
        ("Our hospital in metropolitan Adelaide opened its cancer centre in 2010. Phone +61 8 8222 4000.", "Adelaide"),
        ("The clinic is part of St Bride's Hospital, a general hospital in downtown Glasgow, Scotland.", "Glasgow"),
        (
            "The clinic belongs to Lakeshore General, a community hospital in downtown Toronto, Ontario, Canada.",
            "Toronto",
        ),
    ],
)
def test_a_hospital_in_a_part_of_a_city_is_in_the_city(directory, sentence, city):
    page = _page(directory, f"Palliative Medicine\n\n{sentence} Our unit cares for people with advanced cancer.")
    assert page["city"] == city


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Ellis, our former head, has since moved to a hospital in inner Sydney. Phone +61 2 9555 7100.",
        "Two of our doctors trained in central London, UK.",
        "Every year we hold a meeting in downtown Chicago, USA.",
        "Our former head has since moved to Brisbane, Australia.",
        "We run screening for the community in central Leeds, UK.",
    ],
)
def test_twins_another_place_in_a_part_of_a_city(directory, sentence):
    page = _page(directory, f"Palliative Medicine\n\nOur unit cares for people with advanced cancer. {sentence}")
    assert page["city"] is None


# ---------------------------------------------------------------- a ward listed among the department's services


@pytest.mark.parametrize(
    ("text", "beds"),
    [
        (
            "Harbourside Hospital is a 450-bed teaching hospital.\n\nOur services\n- a 12-bed inpatient palliative "
            "care unit on Level 6 of the Kessell Wing\n- an inpatient consultation service\n- outpatient clinics",
            12,
        ),
        (
            "What we offer:\n• outpatient clinics on Monday and Thursday\n• A 16-bed inpatient ward on the 4th floor\n"
            "• a day unit for chemotherapy",
            16,
        ),
        ("Our facilities include a 20-bed oncology ward, a day treatment unit and a radiotherapy bunker.", 20),
        ("The department consists of a 45-bed inpatient ward and an outpatient clinic.", 45),
        ("Facilities:\n• A 22-bed inpatient ward on Level 3\n• a day unit for infusions", 22),
    ],
)
def test_a_ward_listed_among_the_departments_services_is_its_own(directory, text, beds):
    page = _page(directory, f"Palliative Medicine\n\n{text}")
    assert page["beds"]["value"] == beds


@pytest.mark.parametrize(
    "text",
    [
        "Our services\n- advice to patients on the hospital's 20-bed intensive care unit\n- outpatient clinics",
        "Other services at the hospital\n- a 40-bed rehabilitation unit run by the Department of Rehabilitation "
        "Medicine\n- a pharmacy",
        "Harbourside Hospital is a 450-bed teaching hospital. We see patients on all of its wards.",
        "Our services\n- a 30-bed ward of the Department of Medical Oncology, where we see patients twice a week\n"
        "- clinics",
    ],
)
def test_twins_another_units_ward_in_a_list(directory, text):
    assert _page(directory, f"Palliative Medicine\n\n{text}")["beds"] is None


# ---------------------------------------------------------------- staff grades that end a label


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            "Head of Department: Dr Fiona Reid\nStaff Specialists: Dr Anh Vo, Dr Ben Hollis, Dr Rachel Kowal",
            {
                "Fiona Reid": "Head of Department",
                "Anh Vo": "Staff Specialist",
                "Ben Hollis": "Staff Specialist",
                "Rachel Kowal": "Staff Specialist",
            },
        ),
        (
            "Senior Staff Specialist: Dr Carl Jensen\nSpecialists: Dr Mia Roberts, Dr Owen Price",
            {"Carl Jensen": "Senior Staff Specialist", "Mia Roberts": "Specialist", "Owen Price": "Specialist"},
        ),
        (
            "Medical Oncologists: Dr Hannah Webb, Dr Luis Ortega\nRadiation Oncologists: Dr Sana Malik",
            {
                "Hannah Webb": "Medical Oncologist",
                "Luis Ortega": "Medical Oncologist",
                "Sana Malik": "Radiation Oncologist",
            },
        ),
        (
            "Palliative Care Specialists: Dr Grace Ito; Dr Tom Fields",
            {"Grace Ito": "Palliative Care Specialist", "Tom Fields": "Palliative Care Specialist"},
        ),
        ("Registrars: Dr Amy Cole, Dr Ravi Singh", {"Amy Cole": "Registrar", "Ravi Singh": "Registrar"}),
    ],
)
def test_a_grade_ending_the_label_is_the_post(directory, lines, want):
    assert _roles(_page(directory, f"Palliative Medicine\n\n{lines}")) == want


@pytest.mark.parametrize(
    "lines",
    [
        "Specialist clinics: Lymphoedema Clinic, Stoma Care Clinic",
        "Ask a specialist: Monday to Friday, 9am to 5pm",
        "Specialist services: Pain Management, Breathlessness Support",
        "Our specialists: Dr Joanna Brink, Dr Kees Molenaar",  # a group heading: no post
        "Visiting specialists: Dr Joanna Brink, Dr Kees Molenaar",
    ],
)
def test_twins_a_label_that_only_opens_with_specialist(directory, lines):
    assert all(p["role"] is None for p in _page(directory, f"Palliative Medicine\n\n{lines}")["people"])


def test_extract_page_helper_still_gives_the_heading(directory):
    page = extract_page(directory, "The unit treats adults with cancer.", "Department of Urology - Ward II")
    assert page["name"] == "Department of Urology - Ward II"
