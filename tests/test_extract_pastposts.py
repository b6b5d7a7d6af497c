"""extract on posts a page gives but that are not the person's now, or not in the wording the page gives.

Every sentence here is invented; each pattern has a twin that must keep the fact (or must not give it): a post
held over years that have ended; a staff list's plural label over segments that say each person's own rank; a
team line whose post is followed by an aside in brackets and then the post's field.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _roles_of(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Medical Oncology"))


# ---------------------------------------------------------------- a post held over years that have ended


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Professor emeritus Pål Strand, head of the department from 1987 to 2009, still teaches students.",
            "Pål Strand",
        ),
        ("Dr Paul Lind, director of the unit until 2015, now works in the laboratory.", "Paul Lind"),
        ("Professor Hans Berg, Head of Department 1988-2003, set up the tumour registry.", "Hans Berg"),
        ("Prof. Gu Ming, director of the department between 1996 and 2011, remains an adviser.", "Gu Ming"),
    ],
)
def test_a_post_held_over_ended_years_is_no_post_now(directory: Any, sentence: str, name: str) -> None:
    assert _roles_of(directory, sentence).get(name) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Dr Olga Ness, director of the department since 2019, leads the lung team.", "Olga Ness", "Director"),
        ("Professor Hans Berg, head of the department, set up the tumour registry in 1998.", "Hans Berg", "Head"),
        (
            "Dr. Li Gang, an aid expert, serves as the deputy director of the department (2021-2023).",
            "Li Gang",
            "Deputy director",
        ),
    ],
)
def test_a_post_held_now_keeps_it(directory: Any, sentence: str, name: str, role: str) -> None:
    assert _roles_of(directory, sentence).get(name) == role


# ---------------------------------------------------------------- each segment's own rank under a plural label


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (a staff label naming no post: each segment's grade is the person's post, as the labels of such lists say)
        (
            "Physicians: Kong Wei, Attending Physician; Bai Lu, Resident.",
            {"Kong Wei": "Attending Physician", "Bai Lu": "Resident"},
        ),
        (
            "Doctors: Ma Jun, Associate Chief Physician; Lin Tao, Resident Physician.",
            {"Ma Jun": "Associate Chief Physician", "Lin Tao": "Resident Physician"},
        ),
        (
            "Surgeons: Dr Emma Clarke, Specialty Registrar; Dr Owen Price, Foundation Doctor.",
            {"Emma Clarke": "Specialty Registrar", "Owen Price": "Foundation Doctor"},
        ),
        (
            "Nurses: Xu Fang, Nurse specialist; Dai Min, Charge Nurse.",
            {"Xu Fang": "Nurse specialist", "Dai Min": "Charge Nurse"},
        ),
    ],
)
def test_a_segments_own_rank_wins_over_a_plural_label(directory: Any, line: str, expected: dict[str, Any]) -> None:
    roles = _roles_of(directory, line)
    assert {name: roles.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a leader's label keeps its post; the grade is the title
        (
            "Deputy Directors: Wang Hai, chief physician; Li Na, chief physician.",
            {"Wang Hai": "Deputy Director", "Li Na": "Deputy Director"},
        ),
        # no rank in the segments: the label's post stays
        ("Consultants: Dr Amy Shaw; Dr Ben Cole.", {"Amy Shaw": "Consultant", "Ben Cole": "Consultant"}),
    ],
)
def test_a_label_keeps_its_post_where_segments_give_none(directory: Any, line: str, expected: dict[str, Any]) -> None:
    roles = _roles_of(directory, line)
    assert {name: roles.get(name) for name in expected} == expected


# ---------------------------------------------------------------- the field after an aside is no part of a post


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Anouk Vermeer, nurse specialist (verpleegkundig specialist) stoma care", "Anouk Vermeer", "Nurse specialist"),
        (
            "Dr Nina Ross, Clinical Nurse Specialist (CNS) prostate cancer follow-up",
            "Nina Ross",
            "Clinical Nurse Specialist",
        ),
        ("Dr. Tim Aarts, physician assistant (PA) lung oncology, coordinator", "Tim Aarts", "Coordinator"),
    ],
)
def test_a_posts_field_after_an_aside_is_cut(directory: Any, line: str, name: str, role: str) -> None:
    assert _roles_of(directory, f"Our team\nDr. Sara Blom, breast surgeon\n{line}").get(name) == role


def test_a_post_with_an_aside_at_its_end_keeps_it(directory: Any) -> None:
    body = "Our team\nDr. Sara Blom, breast surgeon\nDr. Karel Mol, head of the breast section (sectiehoofd)"
    assert _roles_of(directory, body).get("Karel Mol") == "Head of the breast section"


# ---------------------------------------------------------------- a ward's number before a post, a health manager


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Ward 4 Senior Charge Nurse: Ms Heather Blair", "Heather Blair", "Ward 4 Senior Charge Nurse"),
        ("Unit 7B Nurse Manager: Mr Tom Reid", "Tom Reid", "Unit 7B Nurse Manager"),
        ("Senior health manager (Cadre de santé): Mme Claire Morel", "Claire Morel", "Senior health manager"),
        ("Health manager: Ms Clara Dupuis", "Clara Dupuis", "Health manager"),
    ],
)
def test_a_wards_post_and_a_health_manager_are_posts(directory: Any, line: str, name: str, role: str) -> None:
    assert _roles_of(directory, line).get(name) == role


@pytest.mark.parametrize(
    "line", ["Ward 4 visiting hours: Ms Heather Blair", "Health information officer: Ms Heather Blair"]
)
def test_a_wards_other_label_gives_no_post(directory: Any, line: str) -> None:
    assert _roles_of(directory, line).get("Heather Blair") is None
