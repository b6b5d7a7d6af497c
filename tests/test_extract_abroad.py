"""extract on pages written abroad and on new Chinese pages (issue 10, third round).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract import draft


def _page(directory: Any, body: str, heading: str = "Thoracic Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- treatments another unit gives


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We resect lung tumours. Patients who need radiotherapy are referred to the Department of Radiation Oncology.",
         "radiotherapy"),
        ("We resect lung tumours. Adjuvant chemotherapy is arranged with the Medical Oncology Unit.", "chemotherapy"),
        ("We resect lung tumours. Brachytherapy is delivered at St Anne's Hospital nearby.", "brachytherapy"),
        ("We resect lung tumours. Surgery takes place in the surgical clinics, and radiotherapy in the Department of "
         "Radiation Therapy.", "radiotherapy"),
        ("We resect lung tumours. Proton therapy is available through our partner proton centre.", "proton therapy"),
        ("We resect lung tumours. We work closely with the cancer centre next door, who provide radiotherapy.",
         "radiotherapy"),
        ("We resect lung tumours and use sentinel node biopsy to avoid a full lymph node dissection.",
         "lymph node dissection"),
        ("We ablate lung tumours in patients who are not suitable for surgery.", "surgery"),
        ("We resect lung tumours. Every Monday we hold an MDT with Radiotherapy, Pathology and Imaging.",
         "radiotherapy"),
        ("We resect lung tumours. We review outside imaging and pathology slides for second opinions.",
         "diagnostic imaging"),
        ("We perform salvage surgery for residual or recurrent lung cancer after radiotherapy.", "radiotherapy"),
    ],
)  # fmt: skip
def test_treatments_another_unit_gives_are_not_the_departments(directory, sentence, absent):
    assert absent not in _page(directory, sentence)["treatments"]


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Chemotherapy is given in our day clinic.", "chemotherapy"),
        ("Chemotherapy is given in the ward.", "chemotherapy"),
        ("Radiotherapy is planned and delivered by our clinical oncologists.", "radiotherapy"),
        ("Radiotherapy is delivered in the Department of Thoracic Oncology.", "radiotherapy"),
        ("We perform lymph node dissection to avoid recurrence.", "lymph node dissection"),
        ("We offer surgery to patients who are suitable for surgery.", "surgery"),
        ("We perform radiotherapy after surgery in the surgical clinics.", "radiotherapy"),
    ],
)
def test_twins_the_department_still_gives_it(directory, sentence, present):
    assert present in _page(directory, sentence)["treatments"]


def test_another_departments_name_is_no_alias(directory):
    d = _page(directory, "Radiotherapy is given by the Department of Radiation Oncology.", "Gynaecological Oncology")
    assert d["aliases"] == [] and "radiotherapy" not in d["treatments"]
    # the twin: the department's own "Department of X" is its alias
    d = _page(directory, "The Department of Gynaecological Oncology was founded in 1990.", "Gynaecological Oncology")
    assert d["aliases"] == ["Department of Gynaecological Oncology"]


# ---------------------------------------------------------------- update dates


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        ("Surgery\nWriter: web    Date: 2018/10/07    Views: 311\n\n", "2018-10-07"),
        ("Surgery\nRelease time: 2021-06-30 10:02:11   Hits: 90\n\n", "2021-06-30"),
        ("Surgery\n\nText.\n\nPage last reviewed: 23/04/2023   Next review due: 23/04/2025\n", "2023-04-23"),
        ("Surgery\n\nText.\n\nLast reviewed: May 2022\n", "2022-05"),
        ("Surgery\n\nText.\n\nStand: 04.11.2024 | Last updated: 04.11.2024\n", "2024-11-04"),
        ("Surgery\n\nClinic hours changed on 12/20/2021.\n\nLast updated: 04/11/2024\n", "2024-04-11"),
        ("Surgery\n\nText.\n\nUpdate：2023.04.01\n", "2023-04-01"),
    ],
)
def test_update_dates(directory, lines, date):
    assert draft(lines, "page.txt", directory)["source"]["updated"] == date


def test_a_next_review_date_or_a_date_in_the_text_is_no_update(directory):
    assert draft("Surgery\n\nText.\n\nNext review due: 03/04/2025\n", "p", directory)["source"]["updated"] is None
    d = draft("Surgery\n\nThe ward opened on 03/04/2015 with 20 beds.\n", "p", directory)
    assert d["source"]["updated"] is None


# ---------------------------------------------------------------- hospital and city


@pytest.mark.parametrize(
    ("page", "hospital"),
    [
        ("Hebei Province Cancer Hospital  |  中文  |  Search\n\nBreast Surgery\n\nWe operate.\n",
         "Hebei Province Cancer Hospital"),
        ("HUNAN PROVINCIAL TUMOR HOSPITAL   Home | About\n\nBreast Surgery\n\nWe operate.\n",
         "Hunan Provincial Tumor Hospital"),
        ("Riverside Teaching Hospitals NHS Foundation Trust\nHome > Services\n\nBreast Surgery\n\nWe operate.\n",
         "Riverside Teaching Hospitals NHS Foundation Trust"),
        ("Kantonsspital Aarau | Aarau Cantonal Hospital\nHome > Clinics\n\nBreast Surgery\n\nWe operate.\n",
         "Kantonsspital Aarau"),
        ("Nanhu Cancer Hospital\nCancer Hospital of Nanhu Medical College\nHome > Departments\n\nBreast Surgery\n\n"
         "We operate.\n",
         "Nanhu Cancer Hospital"),
        ("Breast Surgery\n\nDonghai Cancer Hospital (Donghai Tumour Institute) is located in Fuzhou. Its breast "
         "surgery department has 40 beds.\n", "Donghai Cancer Hospital"),
    ],
)  # fmt: skip
def test_hospital_in_a_header_field_or_placed_by_the_page(directory, page, hospital):
    assert draft(page, "p", directory)["hospital"] == hospital


@pytest.mark.parametrize(
    "page",
    [
        # two different hospitals in the header, apart: which is the department's is not clear
        "Nanhu Cancer Hospital\nHome | News\nDonghai Cancer Hospital\nHome > Departments\n\nBreast Surgery\n\n"
        "We operate.\n",
        # a hospital in a later field of a navigation line is a link, not the site's name
        "Home | Partners | Donghai Cancer Hospital\n\nBreast Surgery\n\nWe operate.\n",
        # a partner placed somewhere is not the page's hospital
        "Breast Surgery\n\nWe cooperate with Donghai Cancer Hospital, which is located in Fuzhou.\n",
    ],
)
def test_twins_no_hospital(directory, page):
    assert draft(page, "p", directory)["hospital"] is None


def test_an_ambiguous_city_resolved_by_the_province_the_sentence_names(directory):
    d = draft("Surgery\n\nOur department is located in Fuzhou, the capital city of Fujian Province.\n", "p", directory)
    assert (d["city"], d["province"]) == ("Fuzhou", "Fujian")
    # the twin: no province named, no choice between the two cities called Fuzhou
    d = draft("Surgery\n\nOur department is located in Fuzhou, a city with a long history.\n", "p", directory)
    assert d["city"] is None


# ---------------------------------------------------------------- people on team lists


def test_roles_from_team_list_lines(directory):
    page = (
        "Our team\n"
        "Dr Jane Rowe – Consultant Oncologist and Clinical Lead\n"
        "Dr Omar Haddad – Consultant Oncologist (lung)\n"
        "Prof. Dr. med. Klaus Weber, Director and Chief Physician\n"
        "Prof. dr. Anna van der Berg, surgical oncologist, head of department\n"
        "Lena M. Fischer, MD – Program Leader, Thoracic Oncology\n"
        "Sam Ortiz, MD – Medical Oncology\n"
        "Dr. Ian Cole, medical oncologist\n"
    )
    assert _roles(_page(directory, page)) == {
        "Jane Rowe": "Consultant Oncologist and Clinical Lead",
        "Omar Haddad": "Consultant Oncologist",
        "Klaus Weber": "Director and Chief Physician",
        "Anna van der Berg": "Head of department",
        "Lena M. Fischer": "Program Leader",
        "Sam Ortiz": None,
        "Ian Cole": None,
    }


def test_twins_a_sentence_or_a_chinese_title_gives_no_role(directory):
    d = _page(directory, "Professor Li Ming, chief physician, master tutor.\n")
    assert _roles(d) == {"Li Ming": None}
    d = _page(directory, "Locations - Pay My Bill\nDr Jane Rowe - researcher in lung cancer\n")
    assert "Locations" not in " ".join(_roles(d)) and _roles(d).get("Jane Rowe") is None
