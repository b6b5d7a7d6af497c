"""extract on staff lines: posts of a department's other professions, names sharing a plural post, leaders' words.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Oncology"))


def _titles(directory: Any, body: str) -> dict[str, str | None]:
    return {p["name"]: p["title"] for p in extract_page(directory, body, "Oncology")["people"]}


# ---------------------------------------------------------------- a post of another profession before a colon


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Our team\nDirector: Li Ming, Chief Physician.\nPhysicist in charge: Song Kai, Senior Engineer.",
            {"Li Ming": "Director", "Song Kai": "Physicist in charge"},
        ),
        ("Team\nMedical physicists: Li Na, Zhao Lei", {"Li Na": "Medical physicist", "Zhao Lei": "Medical physicist"}),
        ("Staff\nSocial worker: Cheng Jia.", {"Cheng Jia": "Social worker"}),
        (
            "Our team\nDietitian: Anna Berg\nClinical psychologist: Dr. Paul Kern",
            {"Anna Berg": "Dietitian", "Paul Kern": "Clinical psychologist"},
        ),
        ("Radiation therapists: Wu Bo, Sun Li.", {"Wu Bo": "Radiation therapist", "Sun Li": "Radiation therapist"}),
    ],
)
def test_a_post_of_another_profession_before_a_colon(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want  # ("Senior Engineer" is a grade, no person)


@pytest.mark.parametrize(
    "body",
    [
        "Physics: Varian TrueBeam, Elekta Versa",  # a subject, no post: its capitalised words are no one
        "Social work: Counselling Service, Family Meetings",
        "Engineer: Varian TrueBeam",  # (an engineer's line may name a machine)
    ],
)
def test_a_subject_or_a_machine_after_a_colon_is_no_one(directory: Any, body: str) -> None:
    assert _people(directory, body) == {}


# ---------------------------------------------------------------- names, then the post they share in the plural


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Medical team\nKong Mei, Director, Chief Physician.\n"
            "Zhou Yan, Ma Lijun, Deputy Directors, Chief Physicians.\nXu Qing, Head Nurse.",
            {
                "Kong Mei": "Director",
                "Zhou Yan": "Deputy Director",
                "Ma Lijun": "Deputy Director",
                "Xu Qing": "Head Nurse",
            },
        ),
        (
            "Dr. Anna Berg and Dr. Tom Reed - Consultant Oncologists",
            {"Anna Berg": "Consultant Oncologist", "Tom Reed": "Consultant Oncologist"},
        ),
        (
            "Prof. Hans Maier, Prof. Eva Koch: Senior Consultants",
            {"Hans Maier": "Senior Consultant", "Eva Koch": "Senior Consultant"},
        ),
        (
            "Katrin Vogel, Jonas Weber, deputy heads of department",
            {"Katrin Vogel": "Deputy head of department", "Jonas Weber": "Deputy head of department"},
        ),
    ],
)
def test_names_then_the_post_they_share(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want


def test_names_then_a_plural_grade_are_people_with_no_post(directory: Any) -> None:
    body = "Li Wei, Chen Bo and Wu Fang, attending physicians."
    assert _people(directory, body) == {"Li Wei": None, "Chen Bo": None, "Wu Fang": None}
    assert _titles(directory, body)["Chen Bo"] == "attending physician"


@pytest.mark.parametrize(
    "body",
    [
        "Zhou Yan, Ma Lijun and other experts visited Japan in 2019.",  # no post shared
        "Zhou Yan, Ma Lijun, deputy directors of the Oncology Society of Hebei, gave talks.",  # another body's
        "Tom Reed and Amy Lo, consultants at Riverside General Hospital, joined the meeting.",
        "Tom Reed and Amy Lo, visiting professors, gave lectures.",  # visitors
        "Lung Cancer, Breast Cancer - Specialist Nurses",  # topics, no names
    ],
)
def test_names_sharing_no_post_of_the_department(directory: Any, body: str) -> None:
    roles = _people(directory, body)
    assert not any(roles.values())
    assert "Lung Cancer" not in roles


# ---------------------------------------------------------------- "Head and Neck" leads nothing


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Meet the team\nMr James Ashworth, Consultant Head and Neck Surgeon, Clinical Lead\n"
            "Ms Anita Desai, Consultant Head and Neck Surgeon",
            {"James Ashworth": "Clinical Lead", "Anita Desai": "Consultant Head and Neck Surgeon"},
        ),
        (
            "Our staff\nDr Jane Roe - Head & Neck Oncologist, Service Lead\nDr Amy Lo - Head & Neck Oncologist",
            {"Jane Roe": "Service Lead", "Amy Lo": "Head & Neck Oncologist"},
        ),
        # the twin: a head of department before the surgeon's post keeps it
        (
            "Team\nDr Sam Fox, Head and Neck Surgeon\nDr Jo Bell, Head of Department, Head and Neck Surgeon",
            {"Sam Fox": "Head and Neck Surgeon", "Jo Bell": "Head of Department"},
        ),
    ],
)
def test_head_and_neck_is_no_leaders_post(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want


# ---------------------------------------------------------------- a ward's manager


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Team\nProf. Tom Reed, Consultant Surgeon\nClaire Nuttall, Ward 7 Manager",
            "Claire Nuttall",
            "Ward 7 Manager",
        ),
        (
            "Team\nDGKP Sabine Gruber, ward manager 2B\nOA Dr. Eva Reiterer, senior physician",
            "Sabine Gruber",
            "Ward manager 2B",
        ),
        (
            "Team\nSister Ann Lee - Unit Manager, Day Case Unit\nDr Tom Fox - Consultant Haematologist",
            "Ann Lee",
            "Unit Manager",
        ),
        ("Team\nTom Fox, Nurse Manager\nDr Jane Roe, Consultant Oncologist", "Tom Fox", "Nurse Manager"),
    ],
)
def test_a_wards_manager_is_a_post(directory: Any, body: str, name: str, role: str) -> None:
    assert _people(directory, body)[name] == role


# ---------------------------------------------------------------- a staff table's chief, and academic ranks


def test_a_chief_of_department_in_a_bar_table(directory: Any) -> None:
    body = (
        "Medical Staff\nKim Jae-hoon | Professor, Chief of Department | liver cancer\n"
        "Park Soo-jin | Associate Professor | pancreatic cancer\n"
        "Lee Min-woo | Clinical Assistant Professor | biliary cancer"
    )
    assert _people(directory, body) == {
        "Kim Jae-hoon": "Chief of Department",
        "Park Soo-jin": None,
        "Lee Min-woo": None,
    }
    assert _titles(directory, body)["Lee Min-woo"] == "Clinical Assistant Professor"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Doctors\nAna Silva - Section Chief, Breast Imaging\nTom Reed - Adjunct Professor",
            {"Ana Silva": "Section Chief", "Tom Reed": None},
        ),
        (
            "Staff\nLi Ming\tDirector\tlung cancer\nWang Bo\tClinical Associate Professor\tlymphoma",
            {"Li Ming": "Director", "Wang Bo": None},
        ),
        # twins: a chief physician is a grade; a chief of another department leads no post here
        ("Doctors\nLi Ming, Chief Physician\nWang Bo, Associate Chief Physician", {"Li Ming": None, "Wang Bo": None}),
        (
            "Doctors\nKim Min-ho, Chief of the Department of Radiology\nLee Ji-won, Associate Professor",
            {"Kim Min-ho": None, "Lee Ji-won": None},
        ),
    ],
)
def test_chiefs_and_ranks_in_staff_lists(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert _people(directory, body) == want


@pytest.mark.parametrize(
    "body",
    ["Team\nThe ward treats lymphoma.\nAnn Lee, Ward 7 Manager", "Contact\nTom Fox, Social Worker"],
)
def test_twin_a_managers_or_social_workers_line_alone_is_no_list(directory: Any, body: str) -> None:
    assert not any(_people(directory, body).values())
