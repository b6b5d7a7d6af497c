"""extract on staff rows: a staff label's names with their group's grade, name and grade rows, a post's line.

Every line here is invented; each form has a twin that must NOT give the person or the post (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _roles_of(directory: Any, block: str) -> dict[str, str | None]:
    body = f"The department treats lung cancer.\n\n{block}\n\nThe ward has 30 beds.\n"
    return {
        k: (v.lower() if v else None) for k, v in _roles(extract_page(directory, body, "Thoracic Oncology")).items()
    }


@pytest.mark.parametrize(
    ("block", "want"),
    [
        # a staff label, groups of names each with its grade in brackets
        ("Doctors: Hu Wen, Qiu Lan, Mao Jie (associate chief physicians); Dai Xin, Shen Yue (attending physicians)",
         {"Hu Wen": "associate chief physician", "Mao Jie": "associate chief physician",
          "Shen Yue": "attending physician"}),
        ("Staff: Lu Gang, Xie Ming (attending physicians); Pan Tao (resident).",
         {"Lu Gang": "attending physician", "Pan Tao": "resident"}),
        ("Physicians: Hu Bo (chief physician), Gu Lan and Ye Qing (residents)",
         {"Hu Bo": "chief physician", "Gu Lan": "resident", "Ye Qing": "resident"}),
        # each segment a name, then its grade
        ("Medical staff: Sun Hao, attending physician; Qi Rui, resident",
         {"Sun Hao": "attending physician", "Qi Rui": "resident"}),
        # names alone: people, no post
        ("Doctors: Tang Hui, Xu Bin, Chen Lu", {"Tang Hui": None, "Xu Bin": None, "Chen Lu": None}),
        ("Our doctors: Mei Lin; Fang Tao; Bai Xue.", {"Mei Lin": None, "Fang Tao": None, "Bai Xue": None}),
        # rows of a name and a grade (bars, runs of spaces), a row with a post keeps the post
        ("Mo Jian | Associate Chief Physician\nTan Yuqi | Attending Physician",
         {"Mo Jian": "associate chief physician", "Tan Yuqi": "attending physician"}),
        ("Nong Wen   Attending Physician\nShe Li   Director, Chief Physician",
         {"Nong Wen": "attending physician", "She Li": "director"}),
        # a post, a name and a grade in cells; a plural grade's cell over names
        ("Medical team\nDirector  Xiong Hai  Chief Physician\nDeputy Director  Lin Jiahui  Associate Chief Physician\n"
         "Attending physicians  Ma Chao, Wang Ting\nHead Nurse  Zhao Li",
         {"Xiong Hai": "director", "Lin Jiahui": "deputy director", "Ma Chao": "attending physician",
          "Zhao Li": "head nurse"}),
        # a post and a name alone on a line
        ("Experts\nHead nurse Xiao Ling\nDeputy director Kong Wei",
         {"Xiao Ling": "head nurse", "Kong Wei": "deputy director"}),
        # a post's label over one name with degrees; a post of the hospital in brackets is none of the unit
        ("Chief: Hiro Tanaka, MD, PhD (Deputy Director of the Hospital)\nManager: Emi Morita, MD, PhD\n"
         "Senior resident: Ken Nakano, MD",
         {"Hiro Tanaka": "chief", "Emi Morita": "manager", "Ken Nakano": "senior resident"}),
        ("Head: Akira Sato, MD (Vice President of the University)", {"Akira Sato": "head"}),
        ("Clinical fellow: Tom Baker, MBBS\nProgram coordinator: Lisa Grant, RN",
         {"Tom Baker": "clinical fellow", "Lisa Grant": "program coordinator"}),
        # French and Dutch titles before the name
        ("Prof. Dr méd. Luc Perrin, Head of Service (Chef de service)\n"
         "Dr méd. Anne Morel, Deputy Head of Service (Médecin adjointe)",
         {"Luc Perrin": "head of service", "Anne Morel": "deputy head of service"}),
        ("Our team\nDr. Jan Visser, gastrointestinal surgeon\nDrs. Eva de Boer, nurse practitioner (verpleegkundig "
         "specialist) breast care", {"Eva de Boer": "nurse practitioner"}),
    ],
)  # fmt: skip
def test_staff_rows(directory: Any, block: str, want: dict[str, str | None]) -> None:
    got = _roles_of(directory, block)
    for name, role in want.items():
        assert name in got and got[name] == role, (name, got)


@pytest.mark.parametrize(
    ("block", "absent"),
    [
        ("Visiting doctors: Cao Yu, Lin Feng (attending physicians)", ["Cao Yu", "Lin Feng"]),
        ("Former staff: Ruan Jie, Tao Ran (residents)", ["Ruan Jie", "Tao Ran"]),
        ("Doctors: Li Wen (Department of Radiology), Zhu Hai", ["Li Wen"]),
        ("Contact: Jane Fox, MD\nFormer manager: Ann Lee, MD, PhD\nVisiting fellow: Omar Haddad, MD",
         ["Jane Fox", "Ann Lee", "Omar Haddad"]),
        ("Former director Qian Jun", ["Qian Jun"]),
        ("Chief Executive John Smith", ["Executive John Smith", "John Smith"]),
        ("Lone Wei | Attending Physician", ["Lone Wei"]),  # (one row alone may be anything: no list)
    ],
)  # fmt: skip
def test_staff_rows_twins(directory: Any, block: str, absent: list[str]) -> None:
    got = _roles_of(directory, block)
    for name in absent:
        assert got.get(name) is None, (name, got)


def test_hospital_post_in_brackets_is_no_role(directory: Any) -> None:
    got = _roles_of(directory, "Dr Mei Ota, MD (Deputy Director of the Hospital)\nDr Rin Abe, MD (Head of Unit)")
    assert got.get("Mei Ota") is None


@pytest.mark.parametrize(
    "block",
    [
        "Team: Breast Surgery, Medical Oncology, Radiation Oncology",
        "Members: Oncology Nursing Society; Lung Cancer Group",
        "Doctors: Lung Cancer, Breast Cancer (attending physicians)",
        "Staff: 12 doctors, 20 nurses",
    ],
)
def test_staff_label_over_units_names_no_one(directory: Any, block: str) -> None:
    got = _roles_of(directory, block)
    assert not any(w in name for name in got for w in ("Surgery", "Oncology", "Society", "Cancer", "Group")), got


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Dr Paul Girard, palliative care physician", "palliative care physician"),
        ("Dr Nina Holm, sports physician, Tuesdays", "sports physician"),
        ("Dr Omar Said, consultant physician", "consultant physician"),
        ("Dr Li Ping, chief physician", None),  # (a clinical grade is no post in a team's line)
    ],
)
def test_team_line_physician(directory: Any, line: str, role: str | None) -> None:
    block = f"The team\nDr Anne Roux, oncologist, head of unit\n{line}"
    got = _roles_of(directory, block)
    name = line.split(",")[0].removeprefix("Dr ")
    assert name in got and got[name] == role, got
