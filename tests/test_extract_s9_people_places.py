"""extract: people and roles, the department's hospital and its city (invented pages, synthetic9 round).

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft

# ---------------------------------------------------------------- city: a place something is recommended


@pytest.mark.parametrize(
    "sentence",
    [
        "For a few patients, the department recommends carbon ion therapy at the ion centres in Lanzhou.",
        "The department advises patients who need a bone marrow transplant to go to the large centres in Wuhan.",
        "For rare tumours, our team suggests a second opinion at the specialist hospitals in Chengdu.",
    ],
)
def test_a_city_where_the_department_recommends_going_is_not_its_own(directory: Any, sentence: str) -> None:
    page = f"Radiation Oncology\n\nThe department treats tumours of the head and neck. {sentence}\n"
    assert draft(page, "p", directory)["city"] is None


def test_twin_a_department_placed_in_a_city_keeps_it(directory: Any) -> None:
    page = "Radiation Oncology\n\nThe department is the largest radiotherapy centre in Lanzhou and treats tumours.\n"
    assert draft(page, "p", directory)["city"] == "Lanzhou"


# ---------------------------------------------------------------- hospital: where a doctor studied or trained


@pytest.mark.parametrize(
    "sentence",
    [
        "He finished advanced study in breast surgery at Maple Valley Hospital.",
        "She completed a three-month training in medical oncology at Harbour Bay Cancer Center, Japan in 2015.",
        "He was a visiting scholar and fellow in radiation oncology at Riverside General Hospital.",
    ],
)
def test_a_hospital_where_a_doctor_learnt_is_not_the_departments(directory: Any, sentence: str) -> None:
    page = (
        "Breast Oncology\n\nThe department has 30 beds and treats breast cancer with surgery and chemotherapy.\n\n"
        f"Our team\nZhao Ming, Director, chief physician. {sentence}\n"
    )
    assert draft(page, "p", directory)["hospital"] is None


def test_twin_the_department_of_a_hospital_is_kept(directory: Any) -> None:
    page = (
        "Breast Oncology\n\nThe Department of Breast Oncology of Maple Valley Hospital has 30 beds and treats breast "
        "cancer with surgery and chemotherapy.\n\nOur team\nZhao Ming, Director, chief physician.\n"
    )
    assert draft(page, "p", directory)["hospital"] == "Maple Valley Hospital"


def test_twin_the_header_hospital_wins_over_a_training_place(directory: Any) -> None:
    page = (
        "Maple Valley Hospital\nHome > Departments > Breast Oncology\n\nBreast Oncology\n\n"
        "The department has 30 beds and treats breast cancer with surgery and chemotherapy.\n\n"
        "Our team\nZhao Ming, Director. He finished advanced study in breast surgery at Riverside General Hospital.\n"
    )
    assert draft(page, "p", directory)["hospital"] == "Maple Valley Hospital"


# ---------------------------------------------------------------- people: a staff list's lines


def _people(directory: Any, team: str) -> dict[str, str | None]:
    page = (
        "Thoracic Oncology\n\nThe department has 40 beds and treats lung cancer with surgery and chemotherapy.\n\n"
        f"Our team\n{team}\n\nThe department takes part in clinical trials.\n"
    )
    return {p["name"]: p["role"] for p in draft(page, "p", directory)["people"]}


def test_list_lines_a_name_then_a_post_then_a_grade_and_prose(directory: Any) -> None:
    team = (
        "Qiu Hanlin, Director, chief physician. He trained in Wuhan and has led lung surgery here for 19 years.\n"
        "Pan Yuwei, Deputy Director, associate chief physician, good at thoracoscopic surgery.\n"
        "Tao Minhui, Head Nurse, supervisor nurse.\n"
        "Ren Jiaqi, attending physician."
    )
    assert _people(directory, team) == {
        "Qiu Hanlin": "Director", "Pan Yuwei": "Deputy Director", "Tao Minhui": "Head Nurse", "Ren Jiaqi": None,
    }  # fmt: skip


def test_list_lines_with_a_dash_degrees_and_specialties(directory: Any) -> None:
    team = (
        "Rosa Lindqvist, MD - Medical Director, Thoracic Program; Thoracic Surgeon. Dr. Lindqvist trained abroad.\n"
        "Dr. Bram Hoefnagel – pulmonologist\n"
        "Ines Achterberg – oncocoach (care coordinator)\n"
        "Colm Reddan, MD - Pathologist (Department of Pathology)"
    )
    assert _people(directory, team) == {
        "Rosa Lindqvist": "Medical Director", "Bram Hoefnagel": "Pulmonologist", "Ines Achterberg": "Oncocoach",
        "Colm Reddan": None,  # another department's doctor on the list: no post of this one
    }  # fmt: skip


def test_twin_a_list_lines_post_of_another_body_is_none(directory: Any) -> None:
    team = (
        "Xu Dongmei, Director, chief physician.\n"
        "Wei Lan, vice chairman of the Hubei Thoracic Society, associate chief physician."
    )
    assert _people(directory, team) == {"Xu Dongmei": "Director", "Wei Lan": None}


def test_twin_a_line_alone_is_no_list(directory: Any) -> None:
    assert _people(directory, "Tao Minhui, Head Nurse, supervisor nurse.") == {}


# ---------------------------------------------------------------- city: a name of China and abroad alike; a paragraph


def test_a_city_of_china_and_korea_alike_in_a_chinese_address_is_chinas(directory: Any) -> None:
    page = "Thoracic Surgery\nAdd: No. 9 Peace Road, Wenfeng District, Anyang, Henan 455000\n\nIt has 50 beds.\n"
    d = draft(page, "p", directory)
    assert (d["city"], d["province"], d["country"]) == ("Anyang", "Henan", "China")


def test_twin_the_same_name_with_its_country_abroad_named_is_abroad(directory: Any) -> None:
    page = (
        "Thoracic Surgery\nAddress: 12 Pyeongchon-daero, Dongan-gu, Anyang, Gyeonggi-do, Republic of Korea\n\n"
        "The department has 50 beds.\n"
    )
    d = draft(page, "p", directory)
    assert (d["city"], d["country"]) == ("Anyang", "South Korea")


_PARAGRAPH = (
    "The Department of Thoracic Surgery was set up in 2009 and has 40 beds. {where} The department is the only "
    "thoracic team in the north of the province, and receives patients from Mianyang, Deyang, Guangyuan and Suining."
)


def test_in_a_paragraph_the_city_right_after_the_district_is_the_address(directory: Any) -> None:
    where = "Our hospital is located in Fucheng District of Mianyang, Sichuan Province."
    page = "Thoracic Surgery\n\n" + _PARAGRAPH.format(where=where) + "\n"
    assert draft(page, "p", directory)["city"] == "Mianyang"


def test_twin_a_paragraph_naming_several_cities_with_no_address_gives_none(directory: Any) -> None:
    where = "Our hospital has a new branch in the High-tech District, opened in 2020."
    page = "Thoracic Surgery\n\n" + _PARAGRAPH.format(where=where) + "\n"
    assert draft(page, "p", directory)["city"] is None


# ---------------------------------------------------------------- name: a tagline under the heading; "based at"

_TAGLINE_PAGE = (
    "Lakeshore Health\nFind a Doctor   Locations   Pay My Bill\n\nCancer Care / Sarcoma Program\n\n"
    "Sarcoma Program\n{tagline}\n\n"
    "A sarcoma is a rare tumour of bone or soft tissue, and our program brings surgeons, oncologists and nurses "
    "together in one place. {based}\n"
)


def test_a_tagline_under_the_heading_is_not_the_name_and_based_at_gives_the_hospital(directory: Any) -> None:
    page = _TAGLINE_PAGE.format(
        tagline="Bone and Soft Tissue Tumor Care at Lakeshore Medical Center",
        based="The program is based at Lakeshore Medical Center, our 400-bed hospital in the city.",
    )
    d = draft(page, "p", directory)
    assert (d["name"], d["hospital"]) == ("Sarcoma Program", "Lakeshore Medical Center")


def test_twin_a_unit_line_at_a_hospital_is_still_the_name(directory: Any) -> None:
    page = _TAGLINE_PAGE.format(
        tagline="Orthopedic Oncology at Lakeshore Medical Center", based="We see 200 new patients a year."
    )
    d = draft(page, "p", directory)
    assert (d["name"], d["hospital"]) == ("Orthopedic Oncology", "Lakeshore Medical Center")


# ---------------------------------------------------------------- hospital: a name the page calls a hospital


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        (
            "The Department of Pulmonology of AZ Meerhaven, a general hospital in Bruges, treats lung cancer.",
            "AZ Meerhaven",
        ),
        ("The Division of Haematology at Kestrel Vale, a teaching hospital, treats leukaemia.", "Kestrel Vale"),
        # twins: a network of hospitals, a university, is no hospital's name
        ("The Department of Pulmonology of Meerhaven Care, a network of hospitals, treats lung cancer.", None),
        ("The Division of Haematology at Kestrel Vale, a university with a teaching hospital, treats leukaemia.", None),
    ],
)
def test_a_name_the_page_calls_a_hospital(directory: Any, sentence: str, hospital: str | None) -> None:
    page = f"Thoracic Oncology\n\n{sentence} The department has 30 beds.\n"
    assert draft(page, "p", directory)["hospital"] == hospital


# ---------------------------------------------------------------- city: spellings, a ward before it, a named province


def _city(directory: Any, body: str) -> tuple[str | None, str | None]:
    d = draft(f"Thoracic Surgery\n\n{body}\n", "p", directory)
    return d["city"], d["province"]


def test_a_city_written_without_its_syllable_mark(directory: Any) -> None:
    assert _city(directory, "Our hospital is located in Taian, at the foot of Mount Tai.") == ("Taian", "Shandong")


def test_twin_a_city_without_its_mark_merely_mentioned_is_not_placed(directory: Any) -> None:
    assert _city(directory, "The department receives many patients from Taian and Jining.")[0] is None


def test_located_in_a_ward_then_the_city(directory: Any) -> None:
    assert _city(directory, "Our hospital is located in Xuanwu District, Nanjing, near the lake.")[0] == "Nanjing"


def test_twin_a_ward_and_city_with_no_placement(directory: Any) -> None:
    body = "Our director trained for a year at a large teaching hospital in Xuanwu District, Nanjing, before 2010."
    assert _city(directory, "The department treats lung cancer with surgery, and it has 40 beds. " + body)[0] is None


@pytest.mark.parametrize(
    ("elsewhere", "expected"),
    [
        ("It is one of the oldest such departments in southern Jiangsu.", ("Suzhou", "Jiangsu")),
        ("It treats patients of all ages.", (None, None)),  # twin: no province named, the Suzhou is not certain
        ("It receives patients from Jiangsu and Anhui.", (None, None)),  # twin: both candidates' provinces named
    ],
)
def test_an_ambiguous_city_in_an_address_resolved_by_the_province_the_page_names(
    directory: Any, elsewhere: str, expected: tuple[str | None, str | None]
) -> None:
    body = f"The department has 40 beds. {elsewhere}\n\nAddress: 8 Renmin Road, Gusu District, Suzhou"
    assert _city(directory, body) == expected


def test_an_address_line_on_a_boulevard_or_drive_gives_the_city(directory: Any) -> None:
    page = "Radiation Oncology\n\nWe treat 900 patients a year.\n\nContact\n7 Harbour Boulevard, Singapore 169610\n"
    assert draft(page, "p", directory)["city"] == "Singapore"


def test_twin_a_drive_in_prose_with_no_address(directory: Any) -> None:
    page = "Radiation Oncology\n\nWe treat 900 patients a year, and we drive research with partners in Singapore.\n"
    assert draft(page, "p", directory)["city"] is None
