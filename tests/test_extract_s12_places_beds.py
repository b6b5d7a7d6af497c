"""extract: city, hospital and beds on the twelfth round's kinds of page.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

import pytest
from helpers import extract_page

from oncodir.extract import draft

_BODY = "We operate on lung cancer and oesophageal cancer, and we see new patients every week of the year.\n"

# ---------------------------------------------------------------- city: another body "located in", "a centre in"


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The department belongs to the Western Thoracic Network headquartered in Wuxi.", None),
        ("We are a partner of the Lung Cancer Alliance, which is based in Wuxi.", None),
        ("Proton therapy is arranged at a proton centre in Wuxi.", None),
        ("Children who need a transplant are sent on to another hospital in Wuxi.", None),
        # twins: the department or its hospital placed there
        ("The department, a member of the Western Thoracic Network, is located in Wuxi.", "Wuxi"),
        ("Our hospital is headquartered in Wuxi.", "Wuxi"),
        ("It is a leading thoracic centre in Wuxi.", "Wuxi"),
    ],
)
def test_a_place_another_body_is_in_is_not_the_departments(directory, sentence, city):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert page["city"] == city


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("Hillside Hospital\nKlosterbakken 12\nDK-5000 Odense C\nPhone: +45 6611 0000", "Odense"),
        ("Hillside Hospital\nKlosterbakken 12\n5000 Odense SV", "Odense"),
        # twin: no postcode before it, so a capital letter after the name is no postal district
        ("Our visiting surgeons come from Odense C and beyond every month.", None),
    ],
)
def test_a_postal_district_after_the_city_closes_an_address(directory, address, city):
    page = extract_page(directory, f"{_BODY}\nContact\n{address}", "Thoracic Surgery")
    assert page["city"] == city


# ---------------------------------------------------------------- hospital: a menu's last field, a subtitle


@pytest.mark.parametrize(
    ("top", "hospital"),
    [
        ("ABOUT US  |  NEWS  |  EXPERTS  |  CONTACT US  |  Linfield Municipal Central Hospital",
         "Linfield Municipal Central Hospital"),
        # twins: a menu naming several hospitals; a menu item leading to partners; a trail whose last step is the
        # unit; a short menu
        ("News  |  Eastbrook Hospital  |  Staff  |  Careers  |  Linfield Central Hospital", None),
        ("ABOUT US  |  NEWS  |  EXPERTS  |  OUR NETWORK  |  Linfield Central Hospital", None),
        ("Home > Patients > Clinics > Departments > Thoracic Surgery Clinic", None),
        ("Contact  |  News  |  Linfield Central Hospital", None),
    ],
)  # fmt: skip
def test_a_menus_last_field_names_the_site(directory, top, hospital):
    page = draft(f"{top}\n\nThoracic Surgery\n\n{_BODY}", "p", directory)
    assert page["hospital"] == hospital


def test_a_hospital_alone_under_the_heading_is_the_sites(directory):
    text = "Posted: 2024/01/09\n\nThoracic Surgery\nThe Second Affiliated Hospital of Linfield Medical College\n\n"
    assert draft(text + _BODY, "p", directory)["hospital"] == "Second Affiliated Hospital of Linfield Medical College"
    # twin: a hospital named two lines under the heading, after another line, is not its subtitle
    text = "Thoracic Surgery\nOpening hours 8-17\nThe Second Affiliated Hospital of Linfield Medical College\n\n"
    assert draft(text + _BODY, "p", directory)["hospital"] is None


# ---------------------------------------------------------------- beds: a shared ward, a critical care unit


@pytest.mark.parametrize(
    ("sentence", "beds"),
    [
        ("Our patients stay on Ward 7, which has 28 beds and is shared with the Colorectal team.", None),
        ("Patients are admitted to a shared surgical ward with 28 beds.", None),
        ("Three beds on the Critical Care Unit are kept for our patients after surgery.", None),
        # twins: the department's own ward; sharing something else; sharing the other count
        ("Our patients stay on Ward 7, which has 28 beds.", 28),
        ("The department has 28 beds and shares a research laboratory with the Colorectal team.", 28),
        ("The department has 28 beds and uses 6 day-case beds shared with the Colorectal team.", 28),
    ],
)
def test_a_shared_wards_beds_are_not_the_departments(directory, sentence, beds):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert (page["beds"] or {}).get("value") == beds


# ---------------------------------------------------------------- city: our campus, a North American number


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("We see new patients at our Wuxi campus every weekday.", "Wuxi"),
        ("Most operations take place at our downtown Wuxi campus.", "Wuxi"),
        # twins: a partner's campus; our colleagues there
        ("Some operations take place at the Wuxi campus of a partner hospital.", None),
        ("We meet our Wuxi colleagues every month to discuss difficult cases.", None),
    ],
)
def test_our_campus_named_by_its_city(directory, sentence, city):
    page = extract_page(directory, f"{_BODY}{sentence}", "Thoracic Surgery")
    assert page["city"] == city


@pytest.mark.parametrize(
    ("contact", "city"),
    [
        ("Call 509-555-0142 to book a first visit.", "Spokane"),
        ("Call (509) 555-0142 to book a first visit.", "Spokane"),
        # twins: no number; a service number written the same way; a number of another shape
        ("Ask your family doctor to refer you.", None),
        ("Call 400-555-0142 to book a first visit.", None),
        ("Call 0509-5550142 to book a first visit.", None),
    ],
)
def test_a_north_american_number_confirms_the_country(directory, contact, city):
    body = f"The Sarcoma Program at Harrow Cancer Institute in Spokane treats sarcoma with surgery.\n{contact}"
    assert extract_page(directory, body, "Sarcoma Program")["city"] == city


# ---------------------------------------------------------------- name: a certificate line, a page title's unit


def test_a_line_saying_what_certified_the_unit_is_no_name(directory):
    text = "Thoracic Surgery Clinic\nLung Cancer Centre certified by the Northern Thoracic Society (NTS)\n\n"
    assert draft(text + _BODY, "p", directory)["name"] == "Thoracic Surgery Clinic"
    # twin: a second heading that is a unit's name stays the name
    text = "Westmoor\nLung Cancer Centre\n\n"
    assert draft(text + _BODY, "p", directory)["name"] == "Lung Cancer Centre"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Sarcoma Program | Harrow Cancer Institute", "Sarcoma Program"),
        # twins: a title without a hospital; a title naming two units
        ("Sarcoma Program | Patients", None),
        ("Sarcoma Program | Melanoma Program", None),
    ],
)
def test_a_page_titles_unit_is_the_name(directory, title, name):
    text = f"{title}\n\nExpert care for a rare cancer\nSarcomas are rare cancers of bone and soft tissue, and we "
    page = draft(text + "treat more than 300 new patients with sarcoma every year in our clinics.\n", "p", directory)
    assert page["name"] == name


def test_the_headers_full_name_of_the_hospital_wins(directory):
    top = "Harrow Cancer Centre Northfield\nPatients | Radiation Oncology\n\nDivision of Radiotherapy\n\n"
    body = "The Division of Radiotherapy at Harrow Cancer Centre Northfield treats 3,000 patients a year.\n"
    assert draft(top + body, "p", directory)["hospital"] == "Harrow Cancer Centre Northfield"
    # twin: a header naming another hospital leaves the sentence's own
    top = "Eastbrook General Hospital\nPatients | Radiation Oncology\n\nDivision of Radiotherapy\n\n"
    body = "The Division of Radiotherapy at Harrow Cancer Centre treats 3,000 patients a year.\n"
    assert draft(top + body, "p", directory)["hospital"] == "Harrow Cancer Centre"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Founded in 1985, Thoracic Surgery Department II is one of the oldest units of its kind", "Thoracic Surgery "
         "Department II"),
        ("Established in 1990, the Breast Surgery Department is a leading unit", "Breast Surgery Department"),
        # twins: a hospital founded is no unit; a date not opening the sentence so
        ("Founded in 1985, Harrow General Hospital is one of the oldest hospitals", None),
        ("In 1985 the hospital opened, and it is one of the oldest", None),
    ],
)  # fmt: skip
def test_a_unit_after_its_founding_date_is_the_name(directory, opening, name):
    text = f"Introduction\n\n{opening} in the region. Patients with lung cancer are treated with surgery and care.\n"
    assert draft(text, "p", directory)["name"] == name
