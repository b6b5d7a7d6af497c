"""extract on staff lists whose post is a heading over the row, or whose post is followed by the same post in the
page's own language in brackets.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page, roles


def _roles(directory: Any, body: str) -> dict[str, str | None]:
    return roles(extract_page(directory, body, "Department of Oncology"))


# ---------------------------------------------------------------- a post's heading over a row of a name and a grade


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our doctors\n\nDeputy Director\nZhao Minghui  Chief Physician\nExpert in lung cancer.\n\n"
            "Head Nurse\nQian Xiaoyu  Associate Chief Nurse\n",
            {"Zhao Minghui": "Deputy Director", "Qian Xiaoyu": "Head Nurse"},
        ),
        (
            "Team\n\nDirector:\nSun Haoran | Chief Physician, Professor\n\nVice Director\nDu Wenjing | Associate Chief"
            " Physician\n",
            {"Sun Haoran": "Director", "Du Wenjing": "Vice Director"},
        ),
        (
            "Staff\n\nDeputy Directors\nKong Lei  Chief Physician\nYan Ruoxi  Associate Chief Physician\n"
            "\nNurse Manager\nTang Yue  Senior Nurse\n",
            {"Kong Lei": "Deputy Director", "Yan Ruoxi": "Deputy Director"},
        ),
    ],
)
def test_a_heading_post_over_a_row_is_the_role(directory: Any, body: str, expected: dict[str, str]) -> None:
    found = _roles(directory, body)
    for name, role in expected.items():
        assert found.get(name) == role


def test_a_singular_heading_gives_its_post_to_one_row_only(directory: Any) -> None:
    # twin: under a singular post's heading the second row's grade is that person's, not the heading's post
    found = _roles(
        directory,
        "Experts\n\nDirector\nHe Zhiyuan  Chief Physician\nLiang Qiuyue  Attending Physician\n"
        "Mo Rui  Attending Physician\n",
    )
    assert found.get("He Zhiyuan") == "Director"
    assert found.get("Liang Qiuyue") != "Director"
    assert found.get("Mo Rui") != "Director"


def test_a_plural_grade_heading_is_no_post(directory: Any) -> None:
    # twin: a heading naming a group ("Physicians") gives no post; the grades stand as they did
    found = _roles(directory, "Physicians\nLu Yuhang  Associate Chief Physician\nXue Ning  Attending Physician\n")
    assert found.get("Lu Yuhang") != "Director"
    assert found.get("Xue Ning") != "Director"


# ---------------------------------------------------------------- the post in the page's own language in brackets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our team\n\nProf. Dr. med. Petra Vogel\nChief Physician (Chefärztin)\n\nDr. med. Jonas Keller\n"
            "Senior Consultant (Leitender Oberarzt)\n",
            {"Petra Vogel": "Chief Physician", "Jonas Keller": "Senior Consultant"},
        ),
        (
            "Team\n\nDr. Lukas Maier\nHead of Department (Abteilungsleiter)\n\nDr. Eva Gruber\n"
            "Consultant (Oberärztin)\n",
            {"Lukas Maier": "Head of Department", "Eva Gruber": "Consultant"},
        ),
        (
            "Staff\nDr Paolo Ferri (Director (Primario)) and\nDr Marta Conti (Nurse Coordinator)\n"
            "Dr. Franz Huber   Chief Physician (Primarius)\nDr. Lena Wolf   Senior Physician (Oberärztin)\n",
            {"Franz Huber": "Chief Physician", "Lena Wolf": "Senior Physician"},
        ),
    ],
)
def test_the_post_in_brackets_in_the_own_language_is_no_part_of_it(
    directory: Any, body: str, expected: dict[str, str]
) -> None:
    found = _roles(directory, body)
    for name, role in expected.items():
        assert found.get(name) == role


def test_a_grade_without_its_own_language_post_stays_a_grade(directory: Any) -> None:
    # twin: "Chief Physician" alone under a name is a Chinese grade, no post
    found = _roles(directory, "Experts\n\nWen Jiaqi\nChief Physician\n\nLuo Peng\nAttending Physician\n")
    assert found.get("Wen Jiaqi") is None
    assert found.get("Luo Peng") is None
