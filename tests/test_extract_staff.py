"""extract people and roles: who is the department's staff, and where a role ends.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _roles_of(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Medical Oncology"))


# ---------------------------------------------------------------- a teacher named is not staff


@pytest.mark.parametrize(
    "sentence",
    [
        "Director: Huang Lixin, chief physician, studied under the renowned expert Professor Tang Beiming.",
        "Dr. Rosa Delgado trained under Prof. Martin Ebersole at a cancer centre before joining us.",
        "Our director, Ma Yuntao, is a disciple of Professor Qiu Hanlin, a master of herbal oncology.",
        "Chief physician Guo Peiran was mentored by Professor Shen Dongliang for six years.",
    ],
)
def test_a_teacher_is_not_the_departments(directory, sentence):
    people = _roles_of(directory, sentence)
    assert not {"Tang Beiming", "Martin Ebersole", "Qiu Hanlin", "Shen Dongliang"} & set(people)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Director: Huang Lixin, chief physician. Professor Tang Beiming leads the lung cancer team.", "Tang Beiming"),
        ("Many young doctors studied under him. Professor Qiu Hanlin joined the department in 2005.", "Qiu Hanlin"),
    ],
)
def test_twins_a_titled_name_is_still_a_person(directory, sentence, name):
    assert name in _roles_of(directory, sentence)


# ---------------------------------------------------------------- a role ends at its sentence's end


def test_a_team_lines_role_stops_at_the_sentence_end(directory):
    body = (
        "Our team\n"
        "Dr. Maeve Tierney – Consultant Oncologist (breast). Dr. Tierney completed a fellowship in Toronto, Canada.\n"
        "Dr. Owen Farrelly – Consultant Oncologist\n"
    )
    people = _roles_of(directory, body)
    assert people["Maeve Tierney"] == "Consultant Oncologist"
    assert people["Owen Farrelly"] == "Consultant Oncologist"


def test_twin_a_role_with_no_sentence_after_is_kept_whole(directory):
    body = (
        "Our team\nDr. Maeve Tierney – Clinical Lead, Consultant Oncologist\n"
        "Dr. Owen Farrelly – Consultant Surgeon (St. Anne's unit)\n"
    )
    people = _roles_of(directory, body)
    assert people["Maeve Tierney"] == "Clinical Lead" and people["Owen Farrelly"] == "Consultant Surgeon"


# ---------------------------------------------------------------- a team list with each post in brackets


def test_a_team_list_with_posts_in_brackets(directory):
    body = (
        "Team: Luo Jianping (Director, chief physician); Pan Wenjie (Deputy Director, associate chief physician); "
        "Qin Yue (Head Nurse)."
    )
    people = _roles_of(directory, body)
    assert people == {"Luo Jianping": "Director", "Pan Wenjie": "Deputy Director", "Qin Yue": "Head Nurse"}


@pytest.mark.parametrize(
    "body",
    [
        "Team: Thoracic Surgery; Radiation Oncology; Pathology Services.",
        "Team: Luo Jianping (since 2015); Pan Wenjie (since 2018).",
    ],
)
def test_twins_a_team_line_without_posts_names_no_one(directory, body):
    assert _roles_of(directory, body) == {}
