"""extract on a partner hospital named like the department's, a city the gazetteer names with "City", a nursing
grade in brackets, a ward's code after a post, and a posting date at the page's foot.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

PROSE = (
    "The Department of Oncology was founded in 2010 and now has 40 beds, 7 doctors and 12 nurses; it treats lung "
    "cancer, gastric cancer and colorectal cancer with chemotherapy and surgery."
)


def _page(directory: Any, body: str, heading: str = "Medical Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- a partner's or a visitor's hospital


@pytest.mark.parametrize(
    "body",
    [
        "The ward has 38 beds. Since 2017 our hospital is a member of the medical alliance of Qiandong Provincial "
        "General Hospital. Professor Luo Ping, chief physician of thoracic surgery of Qiandong Provincial General "
        "Hospital, comes to our department for operations every month.",
        "The ward has 40 beds. Experts of the Department of Medical Oncology of Xiangnan Provincial Tumour Hospital "
        "visit our ward twice a month for teaching rounds.",
        "The ward has 40 beds. In 2019 the hospital joined the Minjiang Provincial People's Hospital Medical "
        "Consortium. Dr Li Ming, director of the Oncology Department of Minjiang Provincial People's Hospital, holds "
        "a clinic here every Friday.",
        "The ward has 40 beds. Our paired-assistance partner is Huangpu Ruiguang Hospital. Every year two surgeons of "
        "the Breast Surgery Department of Huangpu Ruiguang Hospital work in the ward for six months.",
        "The ward has 40 beds. A consultant of the Oncology Unit at Eastfield General Hospital came to our unit to "
        "run a joint clinic in 2020.",
    ],
)
def test_a_partner_or_visitors_hospital_is_not_the_departments(directory: Any, body: str) -> None:
    assert _page(directory, body)["hospital"] is None
    # nor is a menu's run of items over the page ("Home About Us Hospital Profile")
    menu = "Home About Us Hospital Profile Departments Internal Medicine Surgery Contact Us\n\n"
    assert _page(directory, menu + body)["hospital"] is None


@pytest.mark.parametrize(
    ("body", "hospital"),
    [
        # the hospital is a member of an alliance itself, and its own unit is named first
        (
            "The Breast Surgery Department of Nanling Cancer Hospital was founded in 1985. Nanling Cancer Hospital is "
            "a member of the national cancer centre alliance. The ward has 40 beds.",
            "Nanling Cancer Hospital",
        ),
        # it leads an alliance: still the department's own
        (
            "The Department of Oncology of Qingshui First People's Hospital leads the regional oncology alliance, "
            "which 12 county hospitals have joined. The ward has 40 beds.",
            "Qingshui First People's Hospital",
        ),
        # patients, not a unit's people, come to our department
        (
            "The Department of Oncology of Qingshui First People's Hospital has 40 beds. Patients from county "
            "hospitals come to our department for radiotherapy.",
            "Qingshui First People's Hospital",
        ),
    ],
)
def test_the_departments_own_hospital_is_kept(directory: Any, body: str, hospital: str) -> None:
    assert _page(directory, body)["hospital"] == hospital


# ---------------------------------------------------------------- a gazetteer's "X City"


@pytest.mark.parametrize(
    "body",
    [
        f"{PROSE}\n\nAddress: No. 12 Kaihua Road, Wenshan City, Yunnan Province 663000",
        "The department, located in Wenshan City in the south-east of Yunnan, has 30 beds.",
        "Our hospital is the largest hospital in Wenshan. The department has 30 beds.",
    ],
)
def test_a_city_the_gazetteer_names_with_city_is_given_without_it(directory: Any, body: str) -> None:
    page = _page(directory, body)
    assert (page["city"], page["province"]) == ("Wenshan", "Yunnan")


@pytest.mark.parametrize(
    "body",
    [
        "Wenshan City People's Hospital\n\nThe department has 30 beds. Our director trained in Kunming.",
        "The department has 30 beds. The director attended a meeting held in Wenshan City in 2019.",
    ],
)
def test_a_city_only_in_a_name_or_a_meeting_is_none(directory: Any, body: str) -> None:
    assert _page(directory, body)["city"] is None


# ---------------------------------------------------------------- a grade in brackets, a ward's code


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Head Nurse: Shi Lan (Supervisor Nurse)", "Shi Lan", "Head Nurse"),
        ("Director: Feng Tao (Chief Physician)\nHead Nurse: Li Hong (Supervising Nurse)", "Li Hong", "Head Nurse"),
        ("Head nurse: Zhao Min, supervisor nurse", "Zhao Min", "Head nurse"),
        ("Ward Manager (Stationsleitung) N2: Petra Vogt", "Petra Vogt", "Ward Manager"),
        ("Ward Manager, Ward 7B: Sarah Jones", "Sarah Jones", "Ward Manager"),
        ("Nurse Manager Ward 4: Sarah Jones", "Sarah Jones", "Nurse Manager"),
        ("Charge Nurse Manager, Ward 64: Aroha Tane", "Aroha Tane", "Charge Nurse Manager"),
        ("Head Nurse 3A: Wang Li", "Wang Li", "Head Nurse"),
        ("Head nurse, ward E 432: Ann Peeters", "Ann Peeters", "Head nurse"),
        ("Ward Manager U1/U2: Kerstin Lang", "Kerstin Lang", "Ward Manager"),
        # twins: a word after the post is no ward's code; the ward a post is "of" stays
        ("Head nurse of Ward 2: Yue Jing", "Yue Jing", "Head nurse of Ward 2"),
        ("Team Lead, Oncology: Wang Li", "Wang Li", "Team Lead, Oncology"),
    ],
)
def test_a_grade_or_a_wards_code_is_no_part_of_the_post(directory: Any, line: str, name: str, role: str) -> None:
    assert _roles(_page(directory, f"{PROSE}\n\n{line}", "Oncology"))[name] == role


# ---------------------------------------------------------------- a posting date at the page's foot


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("Address: No. 5 Nantang Street, Linxiang District, Lincang, Yunnan, 677000\nDate: 2020-12-08", "2020-12-08"),
        ("Visiting hours: 15:00-20:00 every day.\nDate: 2020-12-08", "2020-12-08"),
        ("Source: Oncology Department   Date: 2021-07-19   Views: 312", "2021-07-19"),
        ("Release time: 2019/05/06 | Views: 321", "2019-05-06"),
        ("Editor: Wang Li    Date: 2022/11/03    Views: 1856", "2022-11-03"),
        # twins: an event's date, a founding's, a clinic's, a bare date under a copyright
        ("Free screening day for lung cancer\nDate: 2024-05-06\nVenue: Outpatient Hall", None),
        ("Date of establishment: 2008-05-01", None),
        ("Clinic date: 2021-03-01", None),
        ("Copyright 2020 People's Hospital\n2020-12-08", None),
    ],
)
def test_a_labelled_date_at_the_foot_is_the_posting_date(directory: Any, tail: str, date: str | None) -> None:
    assert _page(directory, f"{PROSE}\n\n{tail}", "Oncology")["source"].get("updated") == date
