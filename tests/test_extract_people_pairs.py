"""extract: a name then its post on the next line, teachers' titles, "Find a Doctor", and a team's partners.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

from helpers import extract_page
from helpers import roles as _roles


def _roles_of(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Thyroid Surgery"))


def test_a_post_under_a_name_is_that_names_not_the_next_ones(directory: Any) -> None:
    body = "Our doctors\n\nPan Liwei\nSenior Consultant\n\nTang Yue\nAttending Physician\n\nMo Qing\nHead Nurse\n"
    roles = _roles_of(directory, body)
    assert roles.get("Tang Yue") != "Senior Consultant"
    assert roles.get("Mo Qing") != "Attending Physician"


def test_twin_headings_over_names_still_give_their_posts(directory: Any) -> None:
    body = "Our team\n\nDirector\nPan Liwei\n\nDeputy Director\nTang Yue\n\nHead Nurse\nMo Qing\n"
    roles = _roles_of(directory, body)
    assert roles.get("Pan Liwei") == "Director"
    assert roles.get("Tang Yue") == "Deputy Director"
    assert roles.get("Mo Qing") == "Head Nurse"


def test_a_teachers_title_is_never_a_name(directory: Any) -> None:
    for title in ("Master Tutor", "Doctoral Supervisor", "Master's Supervisor"):
        roles = _roles_of(directory, f"Director: Pan Liwei, Chief Physician, {title}\nHead Nurse: Mo Qing\n")
        assert title not in roles and "Master's Supervisor".replace("'s", "") not in roles
        assert roles.get("Pan Liwei") == "Director"


def test_twin_a_name_beside_a_teachers_title_is_kept(directory: Any) -> None:
    roles = _roles_of(directory, "Deputy Director: Tang Yue, Doctoral Supervisor\nHead Nurse: Mo Qing\n")
    assert roles.get("Tang Yue") == "Deputy Director"


def test_find_a_doctor_in_a_menu_is_no_title(directory: Any) -> None:
    body = "Home  About  Find a Doctor  Visitor Guide  Research  Careers\n\nWe treat thyroid cancer."
    assert not extract_page(directory, body, "Department of Thyroid Surgery")["people"]


def test_twin_a_doctor_titled_is_kept(directory: Any) -> None:
    body = "We treat thyroid cancer. Doctor Pan Liwei leads the thyroid clinic."
    names = {p["name"] for p in extract_page(directory, body, "Department of Thyroid Surgery")["people"]}
    assert "Pan Liwei" in names


def test_a_partner_the_team_works_with_is_not_its_staff(directory: Any) -> None:
    for wording in ("works closely with", "collaborates with", "in close partnership with"):
        body = f"We treat thyroid cancer. The team {wording} Dr Ivo Marsh, Consultant Nuclear Physician."
        names = {p["name"] for p in extract_page(directory, body, "Department of Thyroid Surgery")["people"]}
        assert "Ivo Marsh" not in names


def test_twin_a_titled_member_is_kept(directory: Any) -> None:
    body = "We treat thyroid cancer. The team is led by Dr Ivo Marsh, who works closely with the nurses."
    names = {p["name"] for p in extract_page(directory, body, "Department of Thyroid Surgery")["people"]}
    assert "Ivo Marsh" in names
