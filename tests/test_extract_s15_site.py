"""extract: the department's hospital, city, beds and update date where a page states them at its edges.

Every sentence and page here is invented; each rule has twins that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

from oncodir.extract import draft


def _draft(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


_BODY = "\n\nThe department treats patients with lung cancer and oesophageal cancer with surgery and radiotherapy.\n"

# ---------------------------------------------------------------- a menu item is no hospital


@pytest.mark.parametrize(
    "menu",
    [
        "LKH | Home | About | Departments | Experts | News | Hospital Affairs",
        "Home | Overview | Departments | Nursing | Contact | Hospital News",
        "Home   About Us   Departments   Doctors   Careers   Hospital Culture",
        "Home | Patients | Research | Education | Cancer Center Events",
        "Home | Find a Doctor | Departments | Giving | Medical Center Careers",
    ],
)
def test_a_menus_hospital_item_is_no_hospital(directory, menu):
    d = _draft(directory, f"{menu}\n\nDepartment of Thoracic Surgery{_BODY}")
    assert d["hospital"] is None


@pytest.mark.parametrize(
    "menu",
    [
        "Home | About | Departments | Experts | News | Lakeview Provincial Hospital",
        "Home | Overview | Departments | Nursing | Contact | Hospital Universitario San Rafael",
    ],
)
def test_twin_a_menus_last_item_that_is_a_name_is_the_site(directory, menu):
    d = _draft(directory, f"{menu}\n\nDepartment of Thoracic Surgery{_BODY}")
    assert d["hospital"] in ("Lakeview Provincial Hospital", "Hospital Universitario San Rafael")


# ---------------------------------------------------------------- copyright lines in other spellings


@pytest.mark.parametrize(
    ("footer", "hospital"),
    [
        ("Copyright (c) Westbrook University Riverside Hospital. All rights reserved.",
         "Westbrook University Riverside Hospital"),
        ("Copyright (C) Dongshan Central People's Hospital  Hunan ICP No. 0400xxxx",
         "Dongshan Central People's Hospital"),
        ("(c) 2021 Maple Grove Medical Center | Privacy | Terms", "Maple Grove Medical Center"),
        ("Copyright(C)2015-2022 Qingshui County People's Hospital   Tel: 0591-xxxx",
         "Qingshui County People's Hospital"),
        ("© Copyright 2020 Harbour Bay Cancer Centre    Site map", "Harbour Bay Cancer Centre"),
    ],
)  # fmt: skip
def test_a_copyright_line_names_the_site(directory, footer, hospital):
    d = _draft(directory, f"Department of Thoracic Surgery{_BODY}\n{footer}\n")
    assert d["hospital"] == hospital


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright (c) 2019 Health Bureau of Dongshan. All rights reserved.",
        "Copyright (C) Riverside Hospital Group Co. Ltd",
        "(c) 2021 Maple Grove Medical Center Foundation",
    ],
)
def test_twin_a_copyright_of_no_hospital_names_none(directory, footer):
    d = _draft(directory, f"Department of Thoracic Surgery{_BODY}\n{footer}\n")
    assert d["hospital"] is None


# ---------------------------------------------------------------- "The" opening the hospital's name


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        ("The Department of Urology of The Third People's Hospital of Linhe is a key specialty.",
         "Third People's Hospital of Linhe"),
        ("The Department of Breast Surgery at The Royal Westmoor Infirmary opened in 1992.",
         "Royal Westmoor Infirmary"),
        ("Thoracic Surgery Department of The First Hospital of Qingshan has 40 beds.", "First Hospital of Qingshan"),
        ("The Oncology Unit of The Harbourside General Hospital treats solid tumours.", "Harbourside General Hospital"),
    ],
)  # fmt: skip
def test_a_hospital_named_with_the(directory, sentence, hospital):
    assert extract_page(directory, sentence, "Urology")["hospital"] == hospital


def test_twin_the_hospital_where_someone_trained_is_not_it(directory):
    d = extract_page(directory, "Dr Li trained in the Department of Urology of The Third People's Hospital of Linhe.")
    assert d["hospital"] is None


# ---------------------------------------------------------------- a hospital that opened the department


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("Eastvale Municipal Hospital (No. 8 Lake Road, Eastvale) opened its Hospice and Palliative Care Ward in 2017.",
         "Hospice and Palliative Care Ward"),
        ("Eastvale Municipal Hospital set up its Breast Unit in 2009 to bring breast care under one roof.",
         "Breast Unit"),
        ("In 2011, Eastvale Municipal Hospital established the Department of Thoracic Surgery.", "Thoracic Surgery"),
        ("The ward was opened by Eastvale Municipal Hospital in 2015 as the first hospice ward in the county.",
         "Palliative Care Ward"),
        ("Eastvale Municipal Hospital founded its Pediatric Oncology Center in March 2004.", "Pediatric Oncology"),
    ],
)  # fmt: skip
def test_the_hospital_that_opened_the_department(directory, body, heading):
    assert extract_page(directory, body, heading)["hospital"] == "Eastvale Municipal Hospital"


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        # another unit opened: the department refers to it
        ("Eastvale Municipal Hospital opened its Proton Therapy Center in 2017; we refer patients there.",
         "Breast Unit"),
        ("The ward was opened by Dr Chen of Eastvale Municipal Hospital in 2015.", "Palliative Care Ward"),
        ("Our doctors trained after Eastvale Municipal Hospital set up its Breast Unit in 2009.", "Breast Unit"),
    ],
)  # fmt: skip
def test_twin_another_unit_or_a_person_opened_it(directory, body, heading):
    assert extract_page(directory, body, heading)["hospital"] is None


# ---------------------------------------------------------------- a hospital's name in its location block


@pytest.mark.parametrize(
    "block",
    [
        "Location\nHillcrest Pacific Medical Center, Birch Pavilion, 3rd floor\n2850 SW Hill Road, Portland, OR 97225",
        "Contact us\nThoracic Surgery\nNorthgate University Hospital\nMill Lane\nLeeds\nLS9 7TF",
        "Address\nWestfield Regional Hospital, Building 4, Level 2\n12 King Street, Hamilton",
        "Where to find us\nWestfield Regional Hospital\n12 King Street, Hamilton",
        "Find us:\nBow Valley Cancer Centre, Level 2, Clinic C\n2210 Bow Road NW",
    ],
)
def test_the_hospital_of_the_location_block(directory, block):
    d = _draft(directory, f"Thoracic Surgery{_BODY}\n{block}\nPhone: 555-0142\n")
    assert d["hospital"] in (
        "Hillcrest Pacific Medical Center",
        "Northgate University Hospital",
        "Westfield Regional Hospital",
        "Bow Valley Cancer Centre",
    )


@pytest.mark.parametrize(
    "block",
    [
        # the block names a partner to send people to, or several hospitals
        "Location\nWe see patients at Westfield Regional Hospital and at Eastgate General Hospital.",
        "Contact us\nReferrals from Westfield Regional Hospital are welcome.",
        "Location\nWestfield Regional Hospital\nEastgate General Hospital\n",
        "News\nWestfield Regional Hospital, Building 4, opened a new cafe.",
    ],
)
def test_twin_no_hospital_from_the_block(directory, block):
    d = _draft(directory, f"Thoracic Surgery{_BODY}\n{block}\n")
    assert d["hospital"] is None


# ---------------------------------------------------------------- "Affiliated to" in a name's own capitals


@pytest.mark.parametrize(
    "header",
    [
        "Linshui People's Hospital Affiliated to Hexing University",
        "Linshui People's Hospital Affiliated with Hexing Medical College",
    ],
)
def test_a_header_name_affiliated_to_a_university(directory, header):
    d = _draft(
        directory, f"{header}\nNo. 6 West Road, Linshui District\n\nDepartments / Oncology\n\nOncology Ward{_BODY}"
    )
    assert d["hospital"] == header


# ---------------------------------------------------------------- cities


@pytest.mark.parametrize(
    ("block", "city"),
    [
        ("Bow Valley Cancer Centre, Level 2\n2210 Bow Road NW\nCalgary, Alberta T2N 3L1", "Calgary"),
        ("1 Queen Street\nToronto, ON M5G 2M9", "Toronto"),
        ("Vancouver, British Columbia V5Z 4E6", "Vancouver"),
        ("5820 University Avenue, Halifax NS B3H 1V7", "Halifax"),
    ],
)
def test_a_canadian_address_places_the_department(directory, block, city):
    d = extract_page(directory, f"We treat brain tumours.\n\nLocation\n{block}\nPhone: 403-521-0000")
    assert d["city"] == city


def test_twin_a_canadian_city_without_an_address_is_not_placed(directory):
    d = extract_page(directory, "We treat brain tumours. Our doctors trained at the University of Calgary, Alberta.")
    assert d["city"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 Professor Li from Sun Yat-sen University Cancer Center in Guangzhou visited the department.",
        "Experts from the First Affiliated Hospital of Zhejiang University in Hangzhou came to teach.",
        "A team from Peking Union Medical College Hospital in Beijing performed two operations here.",
        "Doctors from Xiangya Hospital of Central South University in Changsha held a joint clinic.",
    ],
)
def test_a_visitors_hospital_city_is_not_the_departments(directory, sentence):
    d = extract_page(directory, f"Address: 12 Huangqi Road, Rongcheng District, Jieyang, Guangdong\n\n{sentence}")
    assert d["city"] == "Jieyang"


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients come from all over the province to our hospital in Jieyang.",
        "The Department of Oncology of Jieyang People's Hospital in Jieyang has 40 beds.",
    ],
)
def test_twin_the_departments_own_city_still_placed(directory, sentence):
    assert extract_page(directory, sentence)["city"] == "Jieyang"


# ---------------------------------------------------------------- a ward named by its size


@pytest.mark.parametrize(
    ("sentence", "beds"),
    [
        ("Patients are cared for on Ward 7, a dedicated 20-bed head and neck ward.", 20),
        ("Our patients stay on Ward 12, a modern 18-bed ward with single rooms.", 18),
        ("Patients are nursed on Ward B3, a specialist 14-bed unit.", 14),
        ("After surgery, patients are looked after on Ward 5, a purpose-built 26-bed surgical ward.", 26),
        ("The unit has a dedicated 30-bed ward on the fourth floor.", 30),
    ],
)
def test_the_ward_the_departments_patients_lie_on(directory, sentence, beds):
    assert (extract_page(directory, sentence)["beds"] or {}).get("value") == beds


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients who need intensive care are transferred to the hospital's 12-bed intensive care unit.",
        "Patients are cared for on Ward 7, a dedicated 20-bed ward we share with the ENT team.",
        "The hospital opened a modern 600-bed wing in 2019.",
    ],
)
def test_twin_a_ward_not_its_own(directory, sentence):
    assert extract_page(directory, sentence)["beds"] is None


# ---------------------------------------------------------------- update dates


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Time of issue: 2023-01-15   Visits: 391", "2023-01-15"),
        ("Date of issue: 2021/04/05", "2021-04-05"),
        ("Date of publication: 12 March 2021", "2021-03-12"),
        ("Issue date: 2020-11-03  Source: Office", "2020-11-03"),
        ("Time of release: 2019-06-20 10:21", "2019-06-20"),
    ],
)
def test_an_issue_date_label(directory, line, date):
    d = _draft(directory, f"{line}\nThoracic Surgery\n\nThe department was founded in 1990.{_BODY}")
    assert d["source"]["updated"] == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Our licence was issued in March 2019 by the health commission.",
        "Date of birth: 1965-03-02.",
        "The department was certified in 2021; the certificate's date of issue was the same year.",
    ],
)
def test_twin_no_issue_date(directory, sentence):
    d = _draft(directory, f"Thoracic Surgery\n\n{sentence}{_BODY}")
    assert d["source"]["updated"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 Professor Li Hongwei from Sun Yat-sen University Cancer Center visited the department.",
        "Dr Wang Lei of Sun Yat-sen University Cancer Center gave a lecture on thyroid surgery.",
        "Two surgeons came from the Sun Yat-sen University Cancer Center to perform demonstration operations.",
    ],
)
def test_a_directory_hospital_a_visitor_comes_from_is_not_the_departments(directory, sentence):
    assert extract_page(directory, f"We operate on thyroid cancer. {sentence}")["hospital"] is None


def test_twin_the_directory_hospital_named_as_its_own(directory):
    d = extract_page(directory, "We are the thyroid surgery team of Sun Yat-sen University Cancer Center.")
    assert d["hospital"] == "Sun Yat-sen University Cancer Center"


def test_twin_a_unit_grown_from_its_hospitals_team_keeps_the_hospital(directory):
    d = extract_page(directory, "Our unit was developed from the Sun Yat-sen University Cancer Center thyroid team.")
    assert d["hospital"] == "Sun Yat-sen University Cancer Center"
