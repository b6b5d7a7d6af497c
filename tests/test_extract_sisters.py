"""extract on a sister ward's beds and a partner hospital's city.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str) -> dict[str, Any]:
    return extract_page(directory, "Lakeside People's Hospital\n" + body, heading)


def _beds(record: dict[str, Any]) -> int | None:
    return (record.get("beds") or {}).get("value")


# ---------------------------------------------------------------- one sentence, several wards, each with a count


@pytest.mark.parametrize(
    ("heading", "sentence", "beds"),
    [
        (
            "Gynecologic Oncology",
            "The Department of Gynecology runs two wards: Gynecology Ward 1 (general gynecology "
            "and family planning) with 52 beds, and Gynecology Ward 2 (gynecologic oncology) with 31 beds.",
            31,
        ),
        (
            "Thyroid Surgery",
            "The department has two wards, the East Ward with 42 beds for breast surgery and the "
            "West Ward with 30 beds for thyroid surgery.",
            30,
        ),
        (
            "Colorectal Surgery",
            "There are 2 wards in our department, ward one is general surgery ward with 50 beds, "
            "ward two is colorectal surgery ward with 40 beds.",
            40,
        ),
        (
            "Pancreatic Surgery",
            "Surgery is organised in two units: Unit A (hepatobiliary surgery), 50 beds; Unit B "
            "(pancreatic surgery), 36 beds.",
            36,
        ),
        (
            "Department of Lymphoma",
            "Hematology has three wards: the North Ward (leukemia) with 40 beds, the South "
            "Ward (lymphoma) with 28 beds and the Transplant Unit with 12 beds.",
            28,
        ),
        # twins: no listed ward is the department's own, or a whole count comes first
        (
            "Oncology",
            "The department has two wards: Ward 1 (lung cancer) with 45 beds and Ward 2 (digestive "
            "cancer) with 38 beds.",
            None,
        ),
        ("Oncology", "The department has 83 beds in two wards: Ward 1 with 45 beds and Ward 2 with 38 beds.", 83),
        ("Thyroid Surgery", "The department has 42 beds and 9 day-surgery places.", 42),
    ],
)
def test_a_sister_wards_beds_are_not_the_departments(directory: Any, heading: str, sentence: str,
                                                      beds: int | None) -> None:  # fmt: skip
    assert _beds(_page(directory, sentence, heading)) == beds


# ---------------------------------------------------------------- a partner hospital's city


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The subspecialty keeps a remote consultation relationship with Hubei Cancer Hospital in Wuhan.", None),
        ("Difficult cases are discussed every month with West China Hospital in Chengdu.", None),
        ("The department has signed a counterpart-support agreement with Zhongshan Hospital in Shanghai.", None),
        ("Our surgeons hold joint ward rounds alongside Xiangya Hospital in Changsha.", None),
        ("我们与 Peking Union Medical College Hospital in Beijing 保持合作。 Teleconsultation twice a month.", None),
        # twins: the page's own hospital placed in its city
        ("The Breast Surgery Department of Suizhou Central Hospital in Suizhou was founded in 2001.", "Suizhou"),
        ("Welcome to the department, the only breast unit in Suizhou.", "Suizhou"),
    ],
)
def test_a_partner_hospitals_city_is_not_the_departments(directory: Any, sentence: str, city: str | None) -> None:
    assert _page(directory, sentence, "Breast Surgery").get("city") == city


# ---------------------------------------------------------------- a language switch run into the hospital's name


@pytest.mark.parametrize(
    ("header", "hospital"),
    [
        ("Jinhua Second People's Hospital  English | 中文 | Home | About Us", "Jinhua Second People's Hospital"),
        ("Riverside General Hospital English | Contact | Careers", "Riverside General Hospital"),
        ("Hôpital Saint-Roch  Français | Nederlands | Contact", "Hôpital Saint-Roch"),
        ("Northfield District Hospital ENGLISH · 中文 · Search", "Northfield District Hospital"),
        # twin: a hospital's name with no switch after it keeps its last word
        ("Jinhua Second People's Hospital East | Home | About Us", "Jinhua Second People's Hospital East"),
    ],
)
def test_a_language_switch_is_no_part_of_the_hospitals_name(directory: Any, header: str, hospital: str) -> None:
    body = f"{header}\n\nThe department treats breast cancer with surgery."
    assert extract_page(directory, body, "Breast Surgery").get("hospital") == hospital


# ---------------------------------------------------------------- a city written another way than the gazetteer's


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # a two-word name written in one word, and a name with a marked letter
        ("Address: No. 12 Hetao Road, Linhe District, Bayannur, Inner Mongolia", "Bayannur"),
        ("The hospital is located in Bayannur, a city on the Hetao plain.", "Bayannur"),
        ("Our ward is on the 5th floor of the hospital (Lishi District, Lüliang City, Shanxi Province).", "Lüliang"),
        ("Address: 3 Binhe Road, Lishi District, Luliang, Shanxi", "Luliang"),
        # twin: the joined name inside an institution's name places nothing
        ("Our doctors trained at Bayannur Medical College.", None),
    ],
)
def test_a_city_written_joined_or_marked(directory: Any, body: str, city: str | None) -> None:
    assert _page(directory, body, "Hematology Department").get("city") == city


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "Our location\nSt Cuthbert's Hospital\n41 Flinders Lane\nMelbourne VIC 3000\nPhone: 03 9000 0000",
            "Melbourne",
        ),
        ("Find us: Level 3, 12 King William Street, Adelaide SA 5000", "Adelaide"),
        ("Clinic rooms\n88 Wickham Terrace\nBrisbane, QLD 4000", "Brisbane"),
        ("Where we are: 9 Hay Street, Perth WA 6000", "Perth"),
        # twin: a city with a state but no postcode is not an address
        ("Our patients come from all over Melbourne VIC and beyond.", None),
    ],
)
def test_an_australian_address_places_the_department(directory: Any, body: str, city: str | None) -> None:
    assert _page(directory, body, "Breast Service").get("city") == city


# ---------------------------------------------------------------- a hospital's long name alone under the heading


@pytest.mark.parametrize(
    ("line", "hospital"),
    [
        (
            "Fenshui Central Hospital (The Second Affiliated Hospital of Fenshui Medical University)",
            "Fenshui Central Hospital",
        ),
        (
            "Greyford Royal Infirmary (a teaching hospital of the University of Greyford, founded in 1874)",
            "Greyford Royal Infirmary",
        ),
        # twin: a sentence under the heading is prose, no hospital's name alone
        ("Fenshui Central Hospital is proud of its thoracic team and of the many patients it serves each year.", None),
    ],
)
def test_a_hospitals_long_name_under_the_heading(directory: Any, line: str, hospital: str | None) -> None:
    text = f"Home > Departments > Department of Thoracic Surgery\n\nDepartment of Thoracic Surgery\n\n{line}\n\n" + (
        "The department has 40 beds and treats lung and esophageal cancer with surgery."
    )
    record = extract_page(directory, text, "")
    assert record.get("hospital") == hospital


def test_a_ward_beside_a_sister_ward_keeps_its_beds(directory: Any) -> None:
    body = (
        "The Department of Hematology opened its ward in 2004. The ward now has 34 beds including 6 beds in "
        "laminar flow rooms; the sister ward of Nephrology on the same floor has another 22 beds."
    )
    assert _beds(_page(directory, body, "Department of Hematology")) == 34
