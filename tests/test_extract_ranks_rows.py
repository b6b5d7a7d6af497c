"""extract people and roles: academic ranks and Czech titles on staff lines, care managers, tables with an empty
cell, a staff label over names with grades, a table row with one space after a long name, a guest from an
unnamed hospital, and "Emeritus" as a title.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _roles_of(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Nuclear Medicine"))


_INTRO = "The department treats thyroid cancer with radioiodine.\n\n"


# ---------------------------------------------------------------- "Emeritus" is a title, never a name's word


def test_emeritus_is_a_title(directory: Any) -> None:
    found = _roles_of(directory, _INTRO + "The unit was set up in 1969 by Professor Emeritus Kenta Morimoto.")
    assert "Emeritus Kenta Morimoto" not in found
    assert "Kenta Morimoto" in found


def test_twin_a_name_without_emeritus_is_whole(directory: Any) -> None:
    found = _roles_of(directory, _INTRO + "The unit was set up in 1969 by Professor Kenta Morimoto.")
    assert "Kenta Morimoto" in found


# ---------------------------------------------------------------- Czech titles in small letters, Ing., Mgr.


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Head of Clinic: prof. MUDr. Karel Veselý, Ph.D.", "Karel Veselý", "Head of Clinic"),
        ("Chief Physicist: Ing. Jan Dvořák, Ph.D.", "Jan Dvořák", "Chief Physicist"),
        ("Head Nurse: Mgr. Petra Malá", "Petra Malá", "Head Nurse"),
    ],
)
def test_czech_titles_before_a_name(directory: Any, line: str, name: str, role: str) -> None:
    assert _roles_of(directory, _INTRO + "Management\n" + line) == {name: role}


def test_twin_a_name_opening_with_ing_keeps_it(directory: Any) -> None:
    assert _roles_of(directory, _INTRO + "Management\nHead Nurse: Ingrid Malá") == {"Ingrid Malá": "Head Nurse"}


# ---------------------------------------------------------------- an academic rank labelling a staff line


def test_academic_ranks_label_staff_lines(directory: Any) -> None:
    body = _INTRO + (
        "Staff\nAssociate Professor: Haruka Endo, M.D., Ph.D.\nLecturers: Daiki Nomura, M.D.; Saki Ogawa, M.D.\n"
        "Assistant Professor: Ren Kubota, M.D."
    )
    assert _roles_of(directory, body) == {
        "Haruka Endo": "Associate Professor",
        "Daiki Nomura": "Lecturer",
        "Saki Ogawa": "Lecturer",
        "Ren Kubota": "Assistant Professor",
    }


def test_twin_a_rank_in_a_sentence_is_no_role(directory: Any) -> None:
    found = _roles_of(directory, _INTRO + "Associate Professor Haruka Endo studied in Kyoto.")
    assert found.get("Haruka Endo") is None


# ---------------------------------------------------------------- a manager of care is a post


def test_patient_care_manager_is_a_post(directory: Any) -> None:
    found = _roles_of(directory, _INTRO + "Our team\nPatient Care Manager, Ward 7B: Gwen Fairweather, RN")
    assert found == {"Gwen Fairweather": "Patient Care Manager"}  # (the ward's code names the ward, not the post)


def test_twin_a_content_manager_is_no_staff(directory: Any) -> None:
    assert _roles_of(directory, _INTRO + "Page info\nContent Manager: Gwen Fairweather") == {}


# ---------------------------------------------------------------- a bar table's row with an empty cell


def test_an_empty_post_cell_does_not_end_the_table(directory: Any) -> None:
    body = _INTRO + (
        "Name | Title | Post\nTian Yu | Chief Physician | Director\nQin Hao | Attending Physician |\n"
        "Bai Xue | Nurse-in-charge | Head Nurse"
    )
    found = _roles_of(directory, body)
    assert found["Bai Xue"] == "Head Nurse"
    assert found["Tian Yu"] == "Director"
    assert found["Qin Hao"] is None  # (twin: the empty cell gives no post)


# ---------------------------------------------------------------- a staff label over names with their grades


def test_doctors_line_of_names_and_grades(directory: Any) -> None:
    body = _INTRO + "Team\nDoctors: Luo Ping, Attending Physician; Shen Hui, Attending Physician; Kong Jie, Resident"
    # (a staff label naming no post: each segment's grade is the person's post, as the labels of such lists say)
    want = {"Luo Ping": "Attending Physician", "Shen Hui": "Attending Physician", "Kong Jie": "Resident"}
    assert _roles_of(directory, body) == want


def test_twin_a_team_line_of_units_names_no_one(directory: Any) -> None:
    assert _roles_of(directory, _INTRO + "Partners\nTeam: Thoracic Surgery; Medical Oncology; Radiology") == {}


# ---------------------------------------------------------------- a table row with one space after a long name


def test_a_row_with_one_space_after_the_name(directory: Any) -> None:
    body = _INTRO + (
        "Staff\nGao Ming     Director, Chief Physician\nTang Rui     Attending Physician\n"
        "Ouyang Xiaoyu Attending Physician\nSun Li       Head Nurse"
    )
    found = _roles_of(directory, body)
    assert found["Ouyang Xiaoyu"] is None
    assert found["Sun Li"] == "Head Nurse"
    assert "Ouyang Xiaoyu Attending" not in found


def test_twin_a_line_alone_is_no_list(directory: Any) -> None:
    assert _roles_of(directory, _INTRO + "Notes\nOuyang Xiaoyu Attending Physician") == {}


# ---------------------------------------------------------------- a guest from an unnamed hospital


def test_a_guest_from_an_unnamed_hospital_is_no_staff(directory: Any) -> None:
    body = _INTRO + "Professor Sato Ren from a university hospital in Sendai gave a lecture on PSMA imaging."
    assert "Sato Ren" not in _roles_of(directory, body)


def test_twin_staff_who_came_from_a_hospital_is_kept(directory: Any) -> None:
    body = _INTRO + "Professor Sato Ren from a university hospital in Sendai joined the department in 2015."
    assert "Sato Ren" in _roles_of(directory, body)
