"""extract's people: group headings, bracketed asides, a table's rows, Dutch titles, visitors.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Thoracic Oncology"))


# ---------------------------------------------------------------- a group heading is no post


@pytest.mark.parametrize("heading", ["Leaders", "Department leaders", "Our team", "Leadership"])
def test_a_group_heading_gives_no_role_each_line_its_own(directory, heading):
    body = (
        "The department treats lung cancer.\n\n"
        f"{heading}\n"
        "QIN Haoran, Director, Chief Physician, Professor\n"
        "DENG Lixia, Deputy Director, Associate Chief Physician\n"
        "FAN Yuting, Head Nurse\n"
    )
    people = _people(directory, body)
    assert people["QIN Haoran"] == "Director"
    assert people["DENG Lixia"] == "Deputy Director"
    assert people["FAN Yuting"] == "Head Nurse"


def test_twin_a_posts_heading_still_gives_its_post(directory):
    body = "The department treats lung cancer.\n\nDeputy Directors\nQIN Haoran\nDENG Lixia\n"
    assert _people(directory, body) == {"QIN Haoran": "Deputy Director", "DENG Lixia": "Deputy Director"}


# ---------------------------------------------------------------- a bracketed aside is no part of a post


def test_an_aside_in_brackets_is_no_part_of_the_post(directory):
    body = "Team\nSenior physicians (Oberärzte): Dr. med. Jonas Keller, Dr. med. Mira Vogt\n"
    assert _people(directory, body) == {"Jonas Keller": "Senior physician", "Mira Vogt": "Senior physician"}


def test_twin_a_post_with_no_aside_is_kept_whole(directory):
    body = "Team\nSenior physicians of the ward: Dr. med. Jonas Keller, Dr. med. Mira Vogt\n"
    assert _people(directory, body)["Jonas Keller"] == "Senior physician of the ward"


# ---------------------------------------------------------------- a table's rows: name, then post


@pytest.mark.parametrize("sep", [" | ", "    ", "\t"])
def test_name_and_post_rows(directory, sep):
    body = f"Staff\nGao Wenbin{sep}Director, Chief Physician\nShi Lan{sep}Deputy Director\nPan Rui{sep}Head Nurse\n"
    assert _people(directory, body) == {"Gao Wenbin": "Director", "Shi Lan": "Deputy Director", "Pan Rui": "Head Nurse"}


def test_twin_a_row_alone_or_a_menu_gives_no_one(directory):
    assert _people(directory, "Contact\nShi Lan | Head Nurse\n\nThe ward has 30 beds.\n") == {}
    assert _people(directory, "Find Doctor    Locations    Pay Bill\nPatient Portal    Careers    News\n") == {}


def test_a_rows_next_cell_is_no_part_of_the_post(directory):
    body = "Gao Wenbin | Director | lung cancer\nShi Lan | Deputy Director | thymoma\n"
    assert _people(directory, body) == {"Gao Wenbin": "Director", "Shi Lan": "Deputy Director"}


# ---------------------------------------------------------------- a coordinator's heading; Dutch titles and names


def test_a_coordinators_heading_over_a_titled_name(directory):
    body = "Director\nProf. Marco Ferri\n\nNursing Coordinator\nDott.ssa Elena Conti\n"
    assert _people(directory, body) == {"Marco Ferri": "Director", "Elena Conti": "Nursing Coordinator"}


def test_twin_a_topics_heading_over_a_name_gives_no_post(directory):
    body = "Research topics\nProf. Marco Ferri\n"
    assert _people(directory, body).get("Marco Ferri") is None


def test_dutch_titles_and_a_surnames_particles(directory):
    body = (
        "People\nHead of department: Prof. dr. Willem K. Smit\n"
        "Deputy head: dr. Femke van der Laan, radiologist\nHead of physics: dr. ir. Joost Bakker\n"
    )
    assert _people(directory, body) == {
        "Willem K. Smit": "Head of department",
        "Femke van der Laan": "Deputy head",
        "Joost Bakker": "Head of physics",
    }


# ---------------------------------------------------------------- visitors are not staff


@pytest.mark.parametrize(
    ("body", "visitor"),
    [
        ("News\n12-04-2021 - Guest lecture by Dr. Marta Sousa (Lisbon) on lung imaging.\n", "Marta Sousa"),
        ("Team\nHead of Unit: Dr Anna Kerr\nVisiting fellow 2022: Dr Tom Reid (Perth, Australia)\n", "Tom Reid"),
        ("In 2019 Dr. Paul Weber of Hamburg gave a lecture on robotic surgery in the department.", "Paul Weber"),
        ("In May, Prof. Ines Moreau from Lyon visited the ward and met the nurses.", "Ines Moreau"),
        ("Invited speaker: Prof. Lars Holm.\n", "Lars Holm"),
        ("The department welcomed a visit from Prof. Nora Lind in March.", "Nora Lind"),
    ],
)
def test_a_visitor_is_no_staff(directory, body, visitor):
    assert visitor not in _people(directory, body)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("In 2019 Dr. Paul Weber of our department gave a lecture on robotic surgery in Hamburg.", "Paul Weber"),
        ("Team\nHead of Unit: Dr Anna Kerr\nConsultant 2022: Dr Tom Reid\n", "Tom Reid"),
        ("Dr. Paul Weber gave a lecture on robotic surgery at the annual congress.", "Paul Weber"),
        ("Consultant: Prof. Lars Holm.\n", "Lars Holm"),
        ("After surgery each patient has a follow-up visit by Dr. Nora Lind, the ward's physician.", "Nora Lind"),
    ],
)
def test_twin_the_departments_own_stay(directory, body, person):
    assert person in _people(directory, body)
