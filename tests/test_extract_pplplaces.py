"""extract on people named only as a master or a visiting group's leader, on a county-level city in an address,
on visitors from a long-named hospital in a city, and on a hospital patients are sent to.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _names(directory: Any, body: str) -> set[str]:
    return {p["name"] for p in extract_page(directory, body, "Department of Oncology")["people"]}


# ---------------------------------------------------------------- a master of a staff member's school


@pytest.mark.parametrize(
    ("body", "outsider"),
    [
        (
            "Director: Fang Guoliang. He is the inheritor of the academic experience of the renowned TCM physician "
            "Professor Qiu Mingshan.",
            "Qiu Mingshan",
        ),
        (
            "Director: Fang Guoliang. He carries on the academic thought of the late Dr. Rao Jingwen in treating "
            "liver cancer.",
            "Rao Jingwen",
        ),
        (
            "Director: Fang Guoliang, a successor of Professor Tao Yuanheng, skilled in herbal care of lung cancer.",
            "Tao Yuanheng",
        ),
    ],
)
def test_a_master_whose_school_is_followed_is_no_staff(directory: Any, body: str, outsider: str) -> None:
    names = _names(directory, body)
    assert "Fang Guoliang" in names
    assert outsider not in names


def test_a_staff_member_with_academic_experience_stays(directory: Any) -> None:
    # twin: the staff member himself, named after "academic" words that name no master
    names = _names(
        directory, "Our experts: Professor Lin Haoyu has rich academic and clinical experience in lung cancer."
    )
    assert "Lin Haoyu" in names


# ---------------------------------------------------------------- the leader of a visiting group


@pytest.mark.parametrize(
    "body",
    [
        "In May 2022 a delegation of oncology nurses from Kaohsiung Medical University Hospital, led by Dr. Lin "
        "Mei-ling, visited the ward.",
        "A medical team from Riverside Cancer Centre, headed by Professor Lin Mei-ling, came to the department for "
        "two weeks.",
        "The visiting group (led by Dr Lin Mei-ling) toured our hospice ward.",
    ],
)
def test_the_leader_of_a_visiting_group_is_no_staff(directory: Any, body: str) -> None:
    assert "Lin Mei-ling" not in _names(directory, body)


def test_the_department_led_by_its_head_keeps_the_head(directory: Any) -> None:
    # twin: "led by" the department's own head
    names = _names(directory, "The department, led by Dr. Gao Wenjie since 2015, has 40 beds and 12 doctors.")
    assert "Gao Wenjie" in names


# ---------------------------------------------------------------- a county-level city before its prefecture


@pytest.mark.parametrize(
    "address",
    [
        "Add: No. 12 Xinhua Road, Yiwu City, Jinhua, Zhejiang 322000",
        "Address: 9 Renmin Street, Rugao City, Nantong, Jiangsu",
        "Address: 300 Jianshe Road, Zhuji City, Shaoxing City, Zhejiang Province",
    ],
)
def test_the_prefecture_after_a_county_level_city_is_not_the_city(directory: Any, address: str) -> None:
    page = extract_page(directory, f"The department has 30 beds.\n\n{address}", "Department of Oncology")
    assert page["city"] in {"Yiwu", "Rugao", "Zhuji"}
    assert page["province"] in {"Zhejiang", "Jiangsu"}


def test_a_county_level_city_in_a_located_sentence(directory: Any) -> None:
    page = extract_page(
        directory,
        "The hospital is located in Xingyi Road, Pingyang City, Linfeng, Gansu Province. The department has 30 beds.",
        "Department of Oncology",
    )
    assert page["city"] != "Linfeng"


def test_a_district_before_the_city_keeps_the_city(directory: Any) -> None:
    # twin: a district is part of the city the address names
    page = extract_page(
        directory,
        "The department has 30 beds.\n\nAdd: No. 12 Jiefang Road, Xihu District, Hangzhou, Zhejiang 310000",
        "Department of Oncology",
    )
    assert page["city"] == "Hangzhou"


# ---------------------------------------------------------------- experts from a long-named hospital in a city


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2018, experts from the First Affiliated Hospital of Traditional Chinese Medicine of Gansu University of"
        " Chinese Medicine in Lanzhou come to the ward every month.",
        "Professors from the Second Affiliated Hospital of Kunming Medical University School of Medicine in Kunming "
        "hold a clinic here twice a month.",
    ],
)
def test_visitors_from_a_long_named_hospital_do_not_place_it(directory: Any, sentence: str) -> None:
    page = extract_page(directory, f"The department has 30 beds. {sentence}", "Department of Oncology")
    assert page["city"] is None


# ---------------------------------------------------------------- a hospital patients are sent to


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients who need PET/CT are arranged to the PET Center of Lakeview People's Hospital.",
        "PET/CT scans are booked at the Imaging Center of Lakeview People's Hospital.",
        "For PET/CT we rely on the Nuclear Medicine Center of Lakeview People's Hospital.",
    ],
)
def test_a_hospital_patients_are_sent_to_is_not_the_departments(directory: Any, sentence: str) -> None:
    page = extract_page(
        directory, f"The department has 2 SPECT/CT scanners. {sentence}", "Department of Nuclear Medicine"
    )
    assert page["hospital"] != "Lakeview People's Hospital"


def test_the_departments_own_center_of_a_hospital_stays(directory: Any) -> None:
    # twin: the department is itself the centre of the hospital
    page = extract_page(
        directory,
        "The PET Center of Lakeview People's Hospital was set up in 2009 and has 2 scanners.",
        "PET Center",
    )
    assert page["hospital"] == "Lakeview People's Hospital"


def test_a_hospital_in_a_county_level_city_of_a_prefecture(directory: Any) -> None:
    page = extract_page(
        directory,
        "Kaiming Hospital is a general hospital in Yiwu City, Jinhua, with 800 beds. The department has 30 beds.",
        "Department of Oncology",
    )
    assert page["city"] == "Yiwu"


def test_a_city_after_a_trainees_county_level_city_is_no_place(directory: Any) -> None:
    # twin: a county-level city of a sentence about training elsewhere places nothing
    page = extract_page(
        directory,
        "The director trained at a hospital in Yiwu City, Jinhua, in 2010. The department has 30 beds.",
        "Department of Oncology",
    )
    assert page["city"] is None
