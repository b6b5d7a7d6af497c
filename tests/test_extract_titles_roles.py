"""extract: titles of several countries before a name, posts after degrees, head nurses, visitors, update dates.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract.titles import split_title


def _page(directory: Any, body: str, heading: str = "Department of Thoracic Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- titles are never part of a name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DGKP Sabine Roth", ("Sabine Roth", "DGKP")),
        ("Sister Niamh Doyle", ("Niamh Doyle", "Sister")),
        ("Prim. Univ.-Prof. Dr. Johann Kerschbaum", ("Johann Kerschbaum", "Prim. Univ.-Prof. Dr.")),
        ("OA Dr.in Petra Lindner", ("Petra Lindner", "OA Dr.in")),
        ("Dott.ssa Giulia Ferraro", ("Giulia Ferraro", "Dott.ssa")),
        ("Pr Hélène Dubois", ("Hélène Dubois", "Pr")),
        ("Miss Jane Roe", ("Jane Roe", "Miss")),
        # the twins: a name that only begins like a title keeps all its words
        ("Dean Walsh", ("Dean Walsh", None)),
        ("Prima Okafor", ("Prima Okafor", None)),
        ("Sirius Penrose", ("Sirius Penrose", None)),
        ("Franz Sister", ("Franz Sister", None)),
    ],
)
def test_split_title(name: str, expected: tuple[str, str | None]) -> None:
    assert split_title(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our team\nPrim. Dr. Klaus Berger – Head of Department\nOA Dr.in Petra Lindner – Senior Physician, "
            "Thoracic Surgery\nDGKS Martina Hofer – Nurse Manager",
            {
                "Klaus Berger": "Head of Department",
                "Petra Lindner": "Senior Physician",
                "Martina Hofer": "Nurse Manager",
            },
        ),
        (
            "Our team\nSister Niamh Doyle, Lung Cancer Nurse Specialist\nMatron Ruth Ellison, Lead Cancer Nurse",
            {"Niamh Doyle": "Lung Cancer Nurse Specialist", "Ruth Ellison": "Lead Cancer Nurse"},
        ),
        ("Head: Prim. Univ.-Prof. Dr. Johann Kerschbaum", {"Johann Kerschbaum": "Head"}),
        ("Our team\nPr Hélène Dubois, Head of Department", {"Hélène Dubois": "Head of Department"}),
        # the twins: a given name that begins like a title stays whole
        ("Our team\nDr Dean Walsh, Consultant Oncologist", {"Dean Walsh": "Consultant Oncologist"}),
        ("Our team\nDr. Prima Okafor – Head of Department", {"Prima Okafor": "Head of Department"}),
    ],
)
def test_titles_of_several_countries(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _roles(_page(directory, body)) == expected


# ---------------------------------------------------------------- a post after degrees, a bracket with commas


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Our team\nHelen Marsh, MD, FACS – Program Director, Thoracic Surgery", {"Helen Marsh": "Program Director"}),
        ("Our team\nOmar Haddad, MBChB, FRCS – Clinical Lead", {"Omar Haddad": "Clinical Lead"}),
        (
            "Our team\nMr Tom Price, Consultant Thoracic Surgeon (Cardiothoracic Surgery, MDT member)",
            {"Tom Price": "Consultant Thoracic Surgeon"},
        ),
        # the twins: one degree, and a bracket without a comma, as before
        ("Our team\nHelen Marsh, MD – Program Director", {"Helen Marsh": "Program Director"}),
        ("Our team\nDr Ann Lee, Consultant Oncologist (lung screening)", {"Ann Lee": "Consultant Oncologist"}),
    ],
)
def test_post_after_degrees_and_asides(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _roles(_page(directory, body)) == expected


def test_a_supervisor_on_a_team_list(directory: Any) -> None:
    body = "Team\nDr. Luis Ortega – Head of Service\nMarta Gil Soria – Nursing Supervisor"
    assert _roles(_page(directory, body)) == {"Luis Ortega": "Head of Service", "Marta Gil Soria": "Nursing Supervisor"}
    # the twin: a line with no title, no degree and no post, and no team list above it, is no person
    assert _roles(_page(directory, "We treat lung cancer.\n\nMarta Gil Soria – Nursing")) == {}


# ---------------------------------------------------------------- Chinese staff lines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Team\nDirector Wu Ping, chief physician. Head nurse Wen Li.",
            {"Wu Ping": "Director", "Wen Li": "Head nurse"},
        ),
        (
            "Team\nDeputy director Ha Si (Hui), associate chief physician, treats lung cancer.",
            {"Ha Si": "Deputy director"},
        ),
        (
            "Team\nWu Ping, Director, chief physician.\nLuo Fang, Head Nurse.",
            {"Wu Ping": "Director", "Luo Fang": "Head Nurse"},
        ),
        (
            "Deputy directors\nMa Kai, chief physician; Qin Yu, associate chief physician, good at lobectomy.",
            {"Ma Kai": "Deputy director", "Qin Yu": "Deputy director"},
        ),
        # the twins: another department's head nurse, a clinical grade (no post), a singular heading's one holder
        ("Team\nHead nurse Wen Li of the Department of Cardiology visited us.", {}),
        # (a grade gives no post; the line is still a staff list's person)
        (
            "Team\nWu Ping, Director, chief physician.\nLuo Fang, chief physician.",
            {"Wu Ping": "Director", "Luo Fang": None},
        ),
        ("Team\nLuo Fang, Head Nurse.", {}),  # a line alone, with no list's line above it
        (
            "Director\nMa Kai, chief physician; Qin Yu, associate chief physician.",
            {"Ma Kai": "Director"},
        ),
    ],
)
def test_chinese_staff_lines(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _roles(_page(directory, body)) == expected


def test_a_visitor_from_another_hospital_is_not_on_the_team(directory: Any) -> None:
    body = "We treat lung cancer. Professor Lin Hao of Eastbay Union Hospital comes to our ward every month."
    assert "Lin Hao" not in _roles(_page(directory, body))
    # the twin: a professor of the department
    body = "We treat lung cancer. Professor Lin Hao leads our lung surgery team."
    assert "Lin Hao" in _roles(_page(directory, body))


# ---------------------------------------------------------------- update dates


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("We treat lung cancer.\n\nLast reviewed: 03/2023\nNext review: 03/2026", "2023-03"),
        (
            "We treat lung cancer.\n\nContact\nHospital del Mar Menor, Calle Mayor 12, 30001 Murcia, Spain\n\n"
            "Last updated: 05/02/2024",
            "2024-02-05",
        ),
        # the twins: a month and year with no label; an American address settles nothing
        ("We treat lung cancer. The unit opened 03/2019.", None),
        (
            "We treat lung cancer.\n\nClinic: 200 Elm Street, Tucson, AZ 85701\n\nLast updated: 05/02/2024",
            None,
        ),
    ],
)
def test_update_dates(directory: Any, body: str, date: str | None) -> None:
    assert _page(directory, body)["source"]["updated"] == date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Senior Consultant, Head of Lung Cancer Screening Unit: Dr. Ana Silva",
            {"Ana Silva": "Head of Lung Cancer Screening Unit"},
        ),
        (
            "Senior Consultant, Lung Cancer Screening and Early Detection: Dr. Ana Silva",
            {"Ana Silva": "Senior Consultant"},
        ),
        # the twin: a long label of no post gives none
        ("Questions from patients, families and their carers: Dr. Ana Silva", {"Ana Silva": None}),
    ],
)
def test_a_long_label_of_posts_gives_the_leaders(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _roles(_page(directory, body)) == expected
