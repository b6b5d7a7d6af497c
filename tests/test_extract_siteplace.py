"""extract on a site's name, city and beds in layouts not met before (issue 10, unseen pages).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

from oncodir.extract import draft
from oncodir.extract.nameform import written_out


def _page(directory: Any, body: str, heading: str = "Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


def _raw(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


_PROSE = "The department was founded in 1999 and treats thyroid cancer with radioactive iodine every week of the year."

# ---------------------------------------------------------------- a city placed by a part of it


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Laibin People's Hospital is located in the center of Laibin City, the largest hospital of the city.",
         "Laibin"),
        ("The hospital is situated in the heart of Liuzhou, close to the railway station.", "Liuzhou"),
        ("Our hospital lies in the northern part of Guilin and serves the whole region.", "Guilin"),
        ("The department is located in downtown Nanning, on the 5th floor of Building 2.", "Nanning"),
        ("The cancer centre is located in the east of Wuzhou city.", "Wuzhou"),
    ],
)  # fmt: skip
def test_a_city_placed_by_a_part_of_it(directory, sentence, city):
    assert _page(directory, sentence)["city"] == city


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partner hospital is located in the center of Guilin City, and we send patients there.",
        "The department is located in the center of Beijing Road pedestrian street.",
    ],
)
def test_no_city_from_a_partners_place_or_a_streets_name(directory, sentence):
    assert _page(directory, sentence)["city"] is None


# ---------------------------------------------------------------- a city beside its postal code


@pytest.mark.parametrize(
    ("block", "city"),
    [
        ("Contact us\nTamaki Regional Hospital\n2 Park Road, Grafton\nAuckland 1023", "Auckland"),
        ("Contact\nRiverside Hospital\n14 Hospital Road, Newtown\nWellington 6021, New Zealand", "Wellington"),
        ("Postal: Private Bag 92024, Auckland 1142", "Auckland"),
        ("Centre Hospitalier Saint-Paul – 112 cours Victor – 33076 Bordeaux Cedex – Tél. 05 56 00 00 00", "Bordeaux"),
        ("Hôpital Nord, 12 rue des Lilas, 69004 Lyon Cedex 04, France", "Lyon"),
        ("Clinique du Parc — 8 avenue Foch — 31000 Toulouse", "Toulouse"),
    ],
)  # fmt: skip
def test_the_city_beside_the_postal_code_not_the_suburb(directory, block, city):
    body = f"We treat leukaemia and lymphoma in adults, in New Zealand and France alike.\n\n{block}"
    assert _page(directory, body, "Haematology Service")["city"] == city


def test_a_meetings_place_and_year_is_no_postal_address(directory):
    body = (
        "We treat leukaemia in New Zealand.\n\nNews\nOur team presented at the Annual Scientific Meeting, "
        "Christchurch 2019\nHaematology Service, Tamaki Regional Hospital, Auckland"
    )
    assert _page(directory, body, "Haematology Service")["city"] != "Christchurch"


def test_a_city_with_four_digits_but_no_address_above_is_not_read(directory):
    body = "We treat leukaemia in New Zealand.\n\nTamaki Regional Hospital\nAuckland 1023"
    assert _page(directory, body, "Haematology Service")["city"] is None


# ---------------------------------------------------------------- the site's name in the header


@pytest.mark.parametrize(
    ("header", "hospital"),
    [
        ("KCH | Karamay Central Hospital | 中文 | English | Home · About", "Karamay Central Hospital"),
        ("NWH | Northfield Women's Hospital | Staff Mail | Home | About | News", "Northfield Women's Hospital"),
        ("Search | Lianyungang Second People's Hospital | Contact", "Lianyungang Second People's Hospital"),
        ("Kobe Kaigan General Hospital  Home | Outpatients | Inpatients | Access", "Kobe Kaigan General Hospital"),
    ],
)
def test_the_sites_name_after_its_initials_or_a_tool_or_with_home_run_in(directory, header, hospital):
    page = _raw(directory, f"{header}\nDepartment of Nuclear Medicine\n\n{_PROSE}\n")
    assert page["hospital"] == hospital


def test_initials_of_another_body_do_not_lead_to_the_name(directory):
    page = _raw(directory, f"ABC | Karamay Central Hospital | 中文\nDepartment of Nuclear Medicine\n\n{_PROSE}\n")
    assert page["hospital"] is None


@pytest.mark.parametrize(
    ("block", "hospital"),
    [
        ("Access\nKobe Kaigan General Hospital\n3-1-2 Kaigandori, Chuo-ku, Kobe, Hyogo 650-0024, Japan",
         "Kobe Kaigan General Hospital"),
        ("Directions\nMinato Red Cross Hospital\n1-2 Minatomachi, Naka-ku, Yokohama 231-0001, Japan",
         "Minato Red Cross Hospital"),
        ("Centre Hospitalier Saint-Paul – 112 cours Victor – 33076 Bordeaux Cedex – Tél. 05 56 00 00 00",
         "Centre Hospitalier Saint-Paul"),
        ("Clinique du Parc — 8 avenue Foch — 31000 Toulouse", "Clinique du Parc"),
    ],
)  # fmt: skip
def test_the_hospital_of_an_access_block_or_a_dash_parted_address_line(directory, block, hospital):
    assert _page(directory, f"{_PROSE}\n\n{block}", "Surgical Oncology")["hospital"] == hospital


def test_a_partners_address_line_names_no_hospital(directory):
    block = "Partner: Clinique du Parc — 8 avenue Foch — 31000 Toulouse"
    assert _page(directory, f"{_PROSE}\n\n{block}", "Surgical Oncology")["hospital"] is None


# ---------------------------------------------------------------- "Y Hospital X and Z Department"


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        ("Suining Central Hospital Pediatric Hematology and Oncology Department was established in 2015.",
         "Suining Central Hospital"),
        ("Xuzhou Central Hospital Head and Neck Surgery Department was founded in 2001.", "Xuzhou Central Hospital"),
        ("Riverside People's Hospital Hematology & Oncology Ward opened in 2010.", "Riverside People's Hospital"),
    ],
)  # fmt: skip
def test_a_hospital_before_a_unit_name_with_and(directory, sentence, hospital):
    assert _page(directory, sentence)["hospital"] == hospital


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients are referred to Chengdu West Hospital Hematology and Oncology Department for transplants.",
        "Working with Liver Cancer Institute and Intervention Therapy Department, we treat liver cancer.",
    ],
)
def test_no_hospital_from_a_referral_or_a_list_of_partners(directory, sentence):
    assert _page(directory, sentence)["hospital"] is None


# ---------------------------------------------------------------- a bracketed second name


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Department of Oncology of Traditional Chinese Medicine (Tumor Department)",
         "Department of Oncology of Traditional Chinese Medicine"),
        ("Radiotherapy Department (Department of Radiation Oncology)", "Radiotherapy Department"),
        ("Department of Hematology (Blood Disease Department)", "Department of Hematology"),
        ("Division of Breast Surgery (Breast Division)", "Division of Breast Surgery"),
        # a ward, a part, a subject or another unit-word in brackets stays
        ("Department of Urology (Ward I - Urologic Oncology)", "Department of Urology (Ward I - Urologic Oncology)"),
        ("Neurosurgery (Neuro-oncology Ward)", "Neurosurgery (Neuro-oncology Ward)"),
        ("Interventional Therapy Department (Tumor Interventional Ward)",
         "Interventional Therapy Department (Tumor Interventional Ward)"),
        ("Breast Surgery (Breast Department)", "Breast Surgery (Breast Department)"),
        ("Department of Surgery (Colorectal Division)", "Department of Surgery (Colorectal Division)"),
    ],
)  # fmt: skip
def test_a_second_name_of_the_whole_unit_in_brackets_is_dropped(name, written):
    assert written_out(name) == written


# ---------------------------------------------------------------- the department's share of a centre's beds


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Orthopedic Center has 210 beds in total, and our ward has 36 of them.", 36),
        ("The Surgical Building holds 400 beds, 48 of which are ours.", 48),
        ("The Oncology Center has 180 beds, of which 40 are in our department.", 40),
        ("The Cancer Center has 300 beds; of these, 60 belong to our ward.", 60),
        ("The Surgical Division runs 150 beds across four wards, and we use 32 of them.", 32),
        ("The Cancer Center has 300 beds; this department is allocated 60 of them.", 60),
    ],
)
def test_our_share_of_a_larger_units_beds(directory, sentence, value):
    beds = _page(directory, sentence, "Bone Oncology")["beds"]
    assert beds is not None and beds["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orthopedic Center has 210 beds in total, and the Spine Surgery ward has 36 of them.",
        "The hospital has 1,200 beds, 20 of which are ICU beds.",
        "The Orthopedic Center has 210 beds, and 36 of them are in the sports medicine ward.",
        "The Cancer Center has 300 beds, and 60 of them belong to the Spine Surgery team.",
        "The Orthopedic Center has 210 beds, 36% of them in single rooms.",
    ],
)
def test_another_wards_share_is_not_ours(directory, sentence):
    beds = _page(directory, sentence, "Bone Oncology")["beds"]
    assert beds is None or beds["value"] not in (20, 36, 60)


# ---------------------------------------------------------------- a ward sized by its single-bed rooms


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The department consists of the SPECT/CT room, the thyroid clinic and the radionuclide therapy ward with "
         "6 shielded single-bed rooms. The hospital itself has 1,500 beds.", 6),
        ("Our iodine therapy ward has 8 single-bed rooms with their own bathrooms.", 8),
        ("The department runs an isolation ward of five single-bed rooms for radioiodine treatment.", 5),
        ("The department's therapy unit consists of 4 lead-shielded single-bed rooms.", 4),
    ],
)  # fmt: skip
def test_a_ward_of_single_bed_rooms_has_as_many_beds(directory, sentence, value):
    beds = _page(directory, sentence, "Department of Nuclear Medicine")["beds"]
    assert beds is not None and beds["value"] == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ward has 30 beds, including 6 single-bed rooms.", 30),
        ("The hospital has 40 single-bed rooms for VIP patients.", None),
        ("The Department of Interventional Radiology next door has a ward of 6 single-bed rooms.", None),
        ("Our ward has 8 double rooms and 4 single-bed rooms.", None),
        ("Next to us, the Thyroid Surgery Ward has 6 single-bed rooms for its patients.", None),
        ("The ward has 8 single rooms for patients after therapy.", None),
    ],
)
def test_single_bed_rooms_of_another_or_beside_a_bed_count(directory, sentence, value):
    beds = _page(directory, sentence, "Department of Nuclear Medicine")["beds"]
    assert (beds["value"] if beds else None) == value
