"""extract on staff lists in forms first met on unseen pages: a post's heading, cells, grades, other posts.

Every sentence here is invented; each form has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page, roles


def _page(directory: Any, body: str, heading: str = "Department of Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- a post's heading ends the list above it


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Deputy Directors\nWan Li, Chief Physician\nCao Yu, Associate Chief Physician\nHead Nurse\nZhu Qin\n",
            {"Wan Li": "Deputy Director", "Cao Yu": "Deputy Director", "Zhu Qin": "Head Nurse"},
        ),
        (
            "Attending Physicians\nLi Ming\nWang Fang\nHead Nurse\nZhao Li\n",
            {"Li Ming": "Attending Physician", "Wang Fang": "Attending Physician", "Zhao Li": "Head Nurse"},
        ),
        (
            "Deputy Chief Physicians\nSun Hao, MD\nQian Yu\nNurse Manager\nGao Lin\n",
            {"Sun Hao": "Deputy Chief Physician", "Qian Yu": "Deputy Chief Physician", "Gao Lin": "Nurse Manager"},
        ),
        (
            "Consultants\nJane Roe\nJohn Smith\nWard Manager\nMary Black\n",
            {"Jane Roe": "Consultant", "John Smith": "Consultant", "Mary Black": "Ward Manager"},
        ),
        (
            "Vice Directors\nLiu Bo (chief physician)\nMa Jun (associate chief physician)\nChief Nurse\nHu Ping\n",
            {"Liu Bo": "Vice Director", "Ma Jun": "Vice Director", "Hu Ping": "Chief Nurse"},
        ),
        # twins: a list that goes on keeps its post; a list of name, then post stays one
        (
            "Deputy Directors\nWan Li, Chief Physician\nCao Yu, Associate Chief Physician\nHe Tao, Chief Physician\n",
            {"Wan Li": "Deputy Director", "Cao Yu": "Deputy Director", "He Tao": "Deputy Director"},
        ),
        ("Geng Li\nAttending Physician\nHu Min\nHead Nurse\n", {"Geng Li": None, "Hu Min": "Head Nurse"}),
    ],
)
def test_a_posts_heading_ends_a_list(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert roles(_page(directory, body)) == want


def test_a_group_heading_ends_a_list(directory: Any) -> None:
    got = roles(_page(directory, "Deputy Heads\nAnna Berger\nPaul Novak\nOur team\nEva Kern\n"))
    assert got.get("Eva Kern") is None and got["Paul Novak"] == "Deputy Head"


# ---------------------------------------------------------------- a post's cell, parted by a bar


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Staff\nDirector | LI Ming, Chief Physician, Professor\nDeputy Director | WANG Fang, Chief Physician\n"
            "Head Nurse | ZHAO Li\n",
            {"LI Ming": "Director", "WANG Fang": "Deputy Director", "ZHAO Li": "Head Nurse"},
        ),
        (
            "| Director | Prof. Chen Hao | Chief Physician |\n"
            "| Deputy Director | Sun Wei | Associate Chief Physician |\n",
            {"Chen Hao": "Director", "Sun Wei": "Deputy Director"},
        ),
        (
            "Department Head | Dr. Anna Berger\nWard Manager | Mary Black\n",
            {"Anna Berger": "Department Head", "Mary Black": "Ward Manager"},
        ),
        ("Services | Radiotherapy, Chemotherapy\nContact | Reception Desk\n", {}),  # twin: no post, no one
    ],
)
def test_a_post_and_a_name_parted_by_a_bar(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert roles(_page(directory, body)) == want


# ---------------------------------------------------------------- a clinical grade before the name


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Director: Chief Physician Jiang Wei\nDeputy Director: Associate Chief Physician Ren Hua\n",
            {"Jiang Wei": "Director", "Ren Hua": "Deputy Director"},
        ),
        (
            "Head of Department: Attending Physician Zhou Lan\nDeputy Director: Chief Surgeon Gao Yuan\n",
            {"Zhou Lan": "Head of Department", "Gao Yuan": "Deputy Director"},
        ),
        ("Team leader: Deputy Chief Physician Fu Qiang\n", {"Fu Qiang": "Team leader"}),
    ],
)
def test_a_grade_before_a_posts_holder(directory: Any, body: str, want: dict[str, str | None]) -> None:
    got = _page(directory, body)
    assert roles(got) == want
    assert all("Physician" not in p["name"] and "Surgeon" not in p["name"] for p in got["people"])


# ---------------------------------------------------------------- a group's grade before the staff word


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Attending doctors: Xu Ming, Lu Jun, Zhu Hai\n", {"Xu Ming": None, "Lu Jun": None, "Zhu Hai": None}),
        ("Junior doctors: Kim Lee, Sam Ford\n", {"Kim Lee": None, "Sam Ford": None}),
        (
            "Resident physicians: Han Mei and Tao Yi\n",
            {"Han Mei": "Resident physician", "Tao Yi": "Resident physician"},
        ),
        ("Visiting doctors: Peng Wei, Luo Dan\n", {}),  # twins: guests and former staff are no one's staff
        ("Former doctors: Peng Wei, Luo Dan\n", {}),
    ],
)
def test_a_grade_before_a_staff_label(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert roles(_page(directory, body)) == want


# ---------------------------------------------------------------- other professions and leaders' posts


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Psychological counselor: Guo Min\n", {"Guo Min": "Psychological counselor"}),
        (
            "Genetic counsellor: Sarah Whyte\nSocial worker: Tom Bell\n",
            {"Sarah Whyte": "Genetic counsellor", "Tom Bell": "Social worker"},
        ),
        (
            "Our team\nDr. Isabelle Roy, MD, FRCSC - Chief of Service\nDr. Marc Gagné, MD, FRCSC\n",
            {"Isabelle Roy": "Chief of Service", "Marc Gagné": None},
        ),
        (
            "Team\nDr Helen Park, FRCPC, Chief of Division\nDr Omar Aziz, FRCPC\n",
            {"Helen Park": "Chief of Division", "Omar Aziz": None},
        ),
        (
            "Team\nDr. Karl Lang, Chief of Staff, General Hospital\nDr. Eva Roth, MD\n",  # twin: the hospital's post
            {"Karl Lang": None, "Eva Roth": None},
        ),
        (
            "Dr. Jean Dupuis was chief of service from 1990 to 2005.\nOur team\nDr. Anne Vo, MD - Chief of Service\n",
            {"Anne Vo": "Chief of Service", "Jean Dupuis": None},
        ),
        (
            "Team\nProf. Dr. med. Jonas Weber, Chefarzt\nPD Dr. med. Lea Frei, Leitende Ärztin\n"
            "Dr. med. Urs Egli, Leitender Arzt\n",
            {"Jonas Weber": "Chefarzt", "Lea Frei": "Leitende Ärztin", "Urs Egli": "Leitender Arzt"},
        ),
    ],
)
def test_posts_of_other_professions_and_leaders(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert roles(_page(directory, body)) == want
