"""extract: people's posts said in prose, name lines with posts in brackets or cells, and people who are not staff.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str, heading: str = "Department of Medical Oncology") -> dict[str, str | None]:
    return _roles(extract_page(directory, body, heading))


# ---------------------------------------------------------------- a post said mid-sentence


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Prof. Zhang Wei has led the department since 2015. He is assisted by two deputy directors, Li Na and Wang "
            "Fang. The ward is run by head nurse Zhao Min.",
            {"Zhang Wei": "Head", "Li Na": "Deputy director", "Wang Fang": "Deputy director", "Zhao Min": "Head nurse"},
        ),
        (
            "Director Tang Yi, chief physician, leads the department, assisted by deputy director Bai Lu, "
            "associate chief physician, and head nurse Gu Qing.",
            {"Tang Yi": "Director", "Bai Lu": "Deputy director", "Gu Qing": "Head nurse"},
        ),
        (
            "The unit is managed by Dr. Anna Berg, who is supported by our nurse manager, Jane Fox.",
            {"Jane Fox": "Nurse manager"},
        ),
        (
            "Prof. Liu Bo heads the department. Two deputy heads, Sun Hao and Qi Lan, assist him.",
            {"Liu Bo": "Head", "Sun Hao": "Deputy head", "Qi Lan": "Deputy head"},
        ),
        (
            "Professor Chen Hua, chief physician, has been leading the department since 2012, with deputy directors Ma "
            "Jun and Tao Li.",
            {"Chen Hua": "Head", "Ma Jun": "Deputy director", "Tao Li": "Deputy director"},
        ),
        ("Our team includes deputy director Gao Yang, chief physician.", {"Gao Yang": "Deputy director"}),
    ],
)
def test_a_post_said_in_prose(directory: Any, body: str, want: dict[str, str]) -> None:
    got = _people(directory, body)
    for name, role in want.items():
        assert got.get(name) == role, got


@pytest.mark.parametrize(
    "body",
    [
        "Prof. Zhang Wei led the department from 1985 to 2005. The former director Sun Li retired in 2010.",
        "Prof. Zhang Wei has led the department since 1990 until 2020 and now lives abroad.",
        "We met deputy director Li Ming of the Department of Radiology at the meeting.",
        "The patient was seen by head nurse Wu Fang from Riverside Hospital.",
    ],
)
def test_no_post_in_prose_of_another_time_or_body(directory: Any, body: str) -> None:
    got = _people(directory, body)
    assert not any(got.values()), got


# ---------------------------------------------------------------- a grade in brackets is no post


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Team members\nDirector: Fan Jing (Chief Physician)\nDeputy director: Ren Bo (Associate Chief Physician)\n"
            "Head nurse: Lu Ping",
            {"Fan Jing": "Director", "Ren Bo": "Deputy director", "Lu Ping": "Head nurse"},
        ),
        ("Director\nHe Tao (Chief Surgeon)\n\nOur work covers lung cancer.", {"He Tao": "Director"}),
        # (under a staff label naming no post the bracketed grade is the post: the labels of such lists say so)
        (
            "Doctors: Kong Wei (Chief Physician), Yan Li (Attending Physician)",
            {"Kong Wei": "Chief Physician", "Yan Li": "Attending Physician"},
        ),
    ],
)
def test_a_bracketed_grade_is_a_title(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert _people(directory, body) == want


def test_a_bracketed_post_is_kept(directory: Any) -> None:
    got = _people(directory, "Team: Xia Lin (Director, chief physician); Mo Qi (Head Nurse)")
    assert got == {"Xia Lin": "Director", "Mo Qi": "Head Nurse"}


# ---------------------------------------------------------------- name lines: brackets or cells


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Medical staff\nZhong Li (Chief Physician, Director of the Ward)\nPan Yu (Associate Chief Physician)\n"
            "Qu Jie (Head Nurse)",
            {"Zhong Li": "Director of the Ward", "Pan Yu": None, "Qu Jie": "Head Nurse"},
        ),
        (
            "Experts\n\nLuo Feng   Director, Chief Physician\nHas treated breast cancer for 20 years.\n\n"
            "Wei Dan   Deputy Director, Associate Chief Physician\nGood at oncoplastic surgery.",
            {"Luo Feng": "Director", "Wei Dan": "Deputy Director"},
        ),
        (
            "Our experts\n\nKim Min-ho\tHead of Department, Professor\nLee Su-jin\tAssociate Professor",
            {"Kim Min-ho": "Head of Department", "Lee Su-jin": None},
        ),
    ],
)
def test_name_lines_with_posts(directory: Any, body: str, want: dict[str, str | None]) -> None:
    got = _people(directory, body)
    for name, role in want.items():
        assert name in got and got[name] == role, got


@pytest.mark.parametrize(
    "body",
    [
        "Li Ming (Beijing)\nWang Fang (Shanghai)",
        "Luo Feng   Director, Chief Physician\nWe treat breast cancer.",  # one line alone: no list
        "Breast Surgery   Director, Chief Physician\nThoracic Surgery   Director, Chief Physician",
    ],
)
def test_no_name_lines(directory: Any, body: str) -> None:
    assert _people(directory, body) == {}


# ---------------------------------------------------------------- posts of staff lines


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Vice Chairman / Director of Liver Cancer Center: Taro Sato, MD, PhD (Associate Professor)",
            {"Taro Sato": "Vice Chairman"},
        ),
        (
            "Section manager, brachytherapy: Associate Professor Lena Dahl",
            {"Lena Dahl": "Section manager, brachytherapy"},
        ),
        (
            "Senior staff members: Prof. dr. Bram Peeters, dr. Lies Smets",
            {"Bram Peeters": "Senior staff member", "Lies Smets": "Senior staff member"},
        ),
    ],
)
def test_staff_line_posts(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want


def test_portuguese_grades_and_titles(directory: Any) -> None:
    body = (
        "Coordinator: Dr. Pedro Nuno Faria, Assistente Hospitalar Graduado Sénior\n"
        "Dr.ª Marta Lopes, Assistente Hospitalar Graduada\n"
        "Enf.ª Rita Sousa, Nurse Manager\n"
        "The Service is directed by Prof. Doutor Luís Gomes Barros."
    )
    got = _people(directory, body)
    assert got["Pedro Nuno Faria"] == "Coordinator" and got["Rita Sousa"] == "Nurse Manager"
    assert "Marta Lopes" in got and "Luís Gomes Barros" in got
    assert not any("Assistente" in n or "Doutor" in n for n in got), got


# ---------------------------------------------------------------- not the department's staff


@pytest.mark.parametrize(
    "body",
    [
        "Visiting professor Dr. John Miller from the University of Toronto gave a lecture in 2019.",
        "Guest lecturer Prof. Anne Dubois of the University of Lyon spoke on sarcoma.",
        "Prof. Wu Gang, director of the Department of Radiology, joins our tumour board.",
        "Dr. Ada Fenn, a pathologist from the Pathology Department, reviews all our slides.",
        "Since 2014, Professor Bo Tian of the Obstetrics and Gynecology Hospital in Wuhan has come to the department "
        "once a month.",
        "News: the department hosted a meeting. Professor Yu Jia from Wuhan Children's Hos",
        "Prof. Ole Berg from the University Hospital of Oslo visits monthly.",
    ],
)
def test_not_staff(directory: Any, body: str) -> None:
    assert _people(directory, body) == {}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Prof. Hu Jun, director of the Department of Medical Oncology, leads our tumour board.", "Hu Jun"),
        (
            "Prof. Hu Jun, head of the Department of Pathology, reviews our slides.\nProf. Hu Jun is also one of our "
            "team.",
            "Hu Jun",
        ),
        ("Dr. Li Ming from Shanghai joined the department in 2019.", "Li Ming"),
        ("Dr. Eva Holm of our department gave a lecture on melanoma.", "Eva Holm"),
    ],
)
def test_staff_kept(directory: Any, body: str, name: str) -> None:
    assert name in _people(directory, body)


# ---------------------------------------------------------------- more wordings of the same rules


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Nursing care is overseen by charge nurse Amy Hart, while the unit manager, Tom Birch, coordinates "
            "admissions.",
            {"Amy Hart": "Charge nurse", "Tom Birch": "Unit manager"},
        ),
        ("Dr. Paul Roy has headed the unit since 2018.", {"Paul Roy": "Head"}),
        ("Congratulations to head nurse Xu Ling, who won the provincial nursing award.", {"Xu Ling": "Head nurse"}),
        (
            "The department has 40 beds. Under director Prof. Guo Lei, the team includes deputy director Song Hui.",
            {"Guo Lei": "Director", "Song Hui": "Deputy director"},
        ),
        (
            "Team\nLiu Fang (Director)\nZhao Lei (Deputy Director)",
            {"Liu Fang": "Director", "Zhao Lei": "Deputy Director"},
        ),
        (
            "Our consultants\nDr. Ann Lee   Consultant Oncologist\nDr. Ben Ray   Consultant Oncologist, Clinical Lead",
            {"Ann Lee": "Consultant Oncologist", "Ben Ray": "Clinical Lead"},
        ),
        (
            "Experts\nChen Jie (Chief Physician, Professor, Master Tutor)\nWu Tao (Attending Physician)",
            {"Chen Jie": None, "Wu Tao": None},
        ),
        ("Dr. Maria Costa, a radiologist in our department, attends our MDT every week.", {"Maria Costa": None}),
    ],
)
def test_more_wordings(directory: Any, body: str, want: dict[str, str | None]) -> None:
    assert _people(directory, body) == want


@pytest.mark.parametrize(
    "body",
    [
        "The hospital president Zhang Qiang visited the ward.",
        "He previously worked with deputy director Li Hua of Peking University Cancer Hospital.",
        "Contact\nJane Fox (Secretary)\nTom Hill (Receptionist)",
        "Visiting Professor: Prof. Hans Weber, University of Bonn",
        "Dr. Maria Costa, a radiologist from the Department of Radiology, attends our MDT every week.",
    ],
)
def test_more_twins_give_no_one(directory: Any, body: str) -> None:
    assert _people(directory, body) == {}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Deputy Head of Department: A/Prof Ken Laird, Consultant Medical Oncologist",
            {"Ken Laird": "Deputy Head of Department"},
        ),
        ("Clinical Lead: Clin A/Prof Sara Vance", {"Sara Vance": "Clinical Lead"}),
    ],
)
def test_australian_associate_professor_title(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want
