"""extract: the department's hospital, name, city, beds and update date from a site's own lines.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str = "Breast Surgery") -> dict[str, Any]:
    return extract_page(directory, body, heading)


def _beds(page: dict[str, Any]) -> int | None:
    return page["beds"]["value"] if page["beds"] else None


# ---------------------------------------------------------------- copyright lines


@pytest.mark.parametrize(
    ("body", "hospital"),
    [
        ("Copyright © Lianhe Central Hospital   Hebei ICP No. 1234-5", "Lianhe Central Hospital"),
        ("Copyright © The Third Hospital of Qingshan Hebei ICP No. 88", "Third Hospital of Qingshan"),
        ("© 2020 LCH. All rights reserved.  Lianhe Central Hospital, Hebei", "Lianhe Central Hospital"),
        ("All rights reserved: Riverside Medical Center, 2021", "Riverside Medical Center"),
        # twin: a line naming two hospitals names no one owner
        ("© 2020 All rights reserved. Lianhe Central Hospital | Fenghuang Cancer Hospital", None),
    ],
)
def test_copyright_line_hospital(directory: Any, body: str, hospital: str | None) -> None:
    assert _page(directory, "The department treats breast cancer.\n\n" + body)["hospital"] == hospital


# ---------------------------------------------------------------- a sentence calling its subject a hospital


@pytest.mark.parametrize(
    ("body", "hospital"),
    [
        ("Qingshan People's Hospital is a tertiary general hospital in the south of the province.",
         "Qingshan People's Hospital"),
        ("Founded in 1952, Qingshan People's Hospital is one of the largest hospitals in the region.",
         "Qingshan People's Hospital"),
        ("Located at No. 8 Renmin Road, Fenghuang, Hebei Province, Fenghuang Central Hospital is a Grade III-A "
         "general hospital.", "Fenghuang Central Hospital"),
        ("Lakeview Hospital is an academic medical center serving the valley.", "Lakeview Hospital"),
        # twins: a hospital someone studied at, one the department refers to
        ("Our director trained in Beijing. Peking Union Medical College Hospital is a leading hospital where she "
         "studied for a year.", None),
        ("Lakeview Hospital is a large hospital to which we refer patients for proton therapy.", None),
    ],
)  # fmt: skip
def test_is_a_hospital_sentence(directory: Any, body: str, hospital: str | None) -> None:
    assert _page(directory, body + " The department treats breast cancer.")["hospital"] == hospital


# ---------------------------------------------------------------- address and contact lines


@pytest.mark.parametrize(
    ("body", "hospital"),
    [
        ("Nordfjord Hospital, Prinsens gate 3, 7030 Trondheim, Norway", "Nordfjord Hospital"),
        ("Prairie Medical Centre, 1403 29 St NW, Calgary, AB T2N 2T9", "Prairie Medical Centre"),
        ("Qingshan People's Hospital | Phone: 0311-555 1234 | Email: info@qs.cn", "Qingshan People's Hospital"),
        ("Postal address: Breast Clinic, Lakeview Hospital, 751 85 Uppsala", "Lakeview Hospital"),
        ("Vestby Universitetssjukhus, Storgatan 5, 413 45 Göteborg", "Vestby Universitetssjukhus"),
        # twins: no street or contact after the name; two hospitals' addresses (partners listed)
        ("Qingshan People's Hospital, our partner in the north", None),
        ("Qingshan People's Hospital, 8 Renmin Road, Tangshan\nFenghuang Cancer Hospital, 3 Jianshe Road, Tangshan",
         None),
    ],
)  # fmt: skip
def test_address_line_hospital(directory: Any, body: str, hospital: str | None) -> None:
    assert _page(directory, "The department treats breast cancer.\n\n" + body)["hospital"] == hospital


# ---------------------------------------------------------------- header and title lines


@pytest.mark.parametrize(
    ("heading", "name", "hospital"),
    [
        ("Thoracic Surgery | Bozhou People's Hospital", "Thoracic Surgery", "Bozhou People's Hospital"),
        ("Breast Surgery - Qingshan People's Hospital", "Breast Surgery", "Qingshan People's Hospital"),
        ("Melanoma Program · Riverside Medical Center", "Melanoma Program", "Riverside Medical Center"),
        ("LIANHE CENTRAL HOSPITAL  ::  Home  ::  News\n\nBreast Surgery", "Breast Surgery", "Lianhe Central Hospital"),
        ("Hospital Riverside da Foz, E.P.E.\n\nBreast Surgery", "Breast Surgery", "Hospital Riverside da Foz"),
        ("Sarcoma Clinic, Lakeview Hospital", "Sarcoma Clinic", "Lakeview Hospital"),
        # twin: a menu leading to partners names no site
        ("Breast Surgery | Partners | Qingshan People's Hospital\n\nBreast Surgery", "Breast Surgery", None),
    ],
)  # fmt: skip
def test_title_line_hospital(directory: Any, heading: str, name: str, hospital: str | None) -> None:
    page = _page(directory, "The department treats breast cancer.", heading)
    assert (page["name"], page["hospital"]) == (name, hospital)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Hand Surgery, Department of Orthopaedics", "Hand Surgery"),
        ("Colon Surgery, Section of Surgery", "Colon Surgery"),
        ("Home > Surgery > Hand Surgery\n\nHand Surgery\nDepartment of Plastic Surgery", "Hand Surgery"),
        ("Start > Services > Bone Tumour Unit          EN | PT\n\nBone Tumour Unit\nOrthopaedics Service",
         "Bone Tumour Unit"),
        # twins: the trail ends with the last line; a comma between subjects is no unit and its larger unit
        ("Home > Surgery > Plastic Surgery\n\nHand Surgery\nDepartment of Plastic Surgery",
         "Department of Plastic Surgery"),
        ("Hand Surgery, Trauma and Sports Injuries", "Hand Surgery, Trauma and Sports Injuries"),
    ],
)  # fmt: skip
def test_heading_over_its_larger_unit(directory: Any, heading: str, name: str) -> None:
    assert _page(directory, "The unit treats sarcoma of the hand.", heading)["name"] == name


# ---------------------------------------------------------------- abbreviations and groups


@pytest.mark.parametrize(
    ("body", "hospital", "beds"),
    [
        ("The Department of Oncology of SFPH (Shangqiu First People's Hospital) has 40 beds.",
         "Shangqiu First People's Hospital", 40),
        ("The Department of Oncology of QRPH (Qingshan Red Cross People's Hospital) now has 36 beds.",
         "Qingshan Red Cross People's Hospital", 36),
        # twin: the hospital's own count, after its abbreviation, is not the department's
        ("The department has 36 beds. QRPH (Qingshan Red Cross People's Hospital) has 2,000 beds.", None, 36),
    ],
)  # fmt: skip
def test_abbreviation_then_name(directory: Any, body: str, hospital: str | None, beds: int) -> None:
    page = _page(directory, body, "Oncology")
    assert (page["hospital"], _beds(page)) == (hospital, beds)


@pytest.mark.parametrize(
    "body",
    [
        "The ward is the member unit of CCCG since 2016.",
        "Our unit is a member institution of SWOG and enrols patients in its trials.",
    ],
)
def test_group_membership_is_no_hospital(directory: Any, body: str) -> None:
    assert _page(directory, "The ward treats leukaemia. " + body, "Leukaemia Ward")["hospital"] is None


# ---------------------------------------------------------------- beds of the whole larger unit


@pytest.mark.parametrize(
    ("heading", "body", "beds"),
    [
        ("Pediatric Hematology Ward", "The ward has 24 beds. The whole Department of Pediatrics has 120 beds.", 24),
        ("Neonatal Surgery Ward", "The ward opened in 2015 with 20 beds. The entire Department of Pediatric Surgery "
         "has 90 beds.", 20),
        ("Hand Surgery Unit", "The unit has 12 beds. The whole Orthopaedic Department has 150 beds.", 12),
        # twin: the department named whole is the department itself
        ("Department of Pediatric Surgery", "The whole Department of Pediatric Surgery has 90 beds.", 90),
    ],
)  # fmt: skip
def test_whole_larger_unit_beds(directory: Any, heading: str, body: str, beds: int) -> None:
    assert _beds(_page(directory, body, heading)) == beds


# ---------------------------------------------------------------- a visitor's city


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Since 2016, Professor Wang Li of the Cancer Hospital in Tianjin has visited the department monthly.", None),
        ("Experts of the Peking Union Medical College Hospital in Beijing come twice a year.", None),
        ("Dr. Zhao of Tianjin Medical University Cancer Institute in Tianjin gives a lecture each spring.", None),
        # twin: the department's own place
        ("The department is the largest gynecologic oncology centre in Tianjin.", "Tianjin"),
    ],
)
def test_visitor_hospital_city(directory: Any, body: str, city: str | None) -> None:
    assert _page(directory, body, "Gynecologic Oncology")["city"] == city


# ---------------------------------------------------------------- postal codes abroad


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Ocean Hospital, Rua do Mar 12, 4149-003 Porto, Portugal", "Porto"),
        ("Ocean Hospital, Storgatan 5, 413 45 Göteborg", "Göteborg"),
        ("Ocean Hospital, ul. Kwiatowa 3, 31-501 Kraków", "Kraków"),
        ("Ocean Hospital, 45 Great King Street, Dunedin 9016, New Zealand", "Dunedin"),
        ("Ocean Hospital\nPO Box 913, Christchurch 8140, New Zealand", "Christchurch"),
        # twin: a year after a city in a sentence is no postal code
        ("In Christchurch 2011, many were hurt.", None),
    ],
)
def test_postal_codes_abroad(directory: Any, body: str, city: str | None) -> None:
    assert _page(directory, "The department treats breast cancer.\n\n" + body)["city"] == city


# ---------------------------------------------------------------- published, then updated


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 2019-02-11. Updated 2020-08-12.", "2020-08-12"),
        ("Posted: 2019-02-11   Last modified: 2021-05-03", "2021-05-03"),
        ("Last updated 2021-05-03. Published 2019-02-11.", "2021-05-03"),
        ("Publicerad 2019-02-11. Senast uppdaterad 2020-08-12.", "2020-08-12"),
        # twin: a posting date alone is still the page's date
        ("Posted: 2019-02-11", "2019-02-11"),
    ],
)
def test_update_date_over_posting(directory: Any, line: str, date: str) -> None:
    page = _page(directory, line + "\n\nThe department treats breast cancer.")
    assert page["source"]["updated"] == date
