"""extract: people introduced in forms not read before, and update dates in more labels and languages.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Department of Thoracic Surgery"))


# ---------------------------------------------------------------- posts and the people who hold them


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # segments parted by semicolons, each a name and its clinical grade
        (
            "Deputy directors: Pan Rongsheng, chief physician; Lu Xiaowei, associate chief physician",
            {"Pan Rongsheng": "Deputy director", "Lu Xiaowei": "Deputy director"},
        ),
        (
            "We operate on lung tumours. Deputy directors: Pan Rongsheng, chief physician; Lu Xiaowei, associate "
            "chief physician. Technical director: Qi Bin, chief technician.",
            {"Pan Rongsheng": "Deputy director", "Lu Xiaowei": "Deputy director", "Qi Bin": "Technical director"},
        ),
        # a hyphenated post
        ("Vice-chief: Dr. Ren Jiayi (female), chief physician.", {"Ren Jiayi": "Vice-chief"}),
        # a one-word name, certain by its form: a post's line, then a clinical grade
        ("Deputy Director: Batu, chief physician", {"Batu": "Deputy Director"}),
        # a post opening a sentence, in small letters after its first word, or after a semicolon
        ("Deputy director Kang Lihua, associate chief physician, leads the ward.", {"Kang Lihua": "Deputy director"}),
        (
            "Director Wu Tong is a chief physician; deputy head Mo Xinyu is an attending surgeon.",
            {"Wu Tong": "Director", "Mo Xinyu": "Deputy head"},
        ),
        ("Chief physicist Tao Ruiming is responsible for quality assurance.", {"Tao Ruiming": "Chief physicist"}),
        ("  Director Wen Haobo, chief physician, trained in Nanjing.", {"Wen Haobo": "Director"}),
        # a grade "of" a specialty is still the department's (the twin: "of the Department of Radiology" below)
        (
            "Director Ruan Yu, chief physician of integrated Chinese and Western medicine, has worked here 20 years.",
            {"Ruan Yu": "Director"},
        ),
        ("Head of department Yao Lin is a chief physician.", {"Yao Lin": "Head of department"}),
        # a plural post, then the names
        (
            "Deputy directors Xu Pengfei and Lan Yuhong lead the two wards.",
            {"Xu Pengfei": "Deputy director", "Lan Yuhong": "Deputy director"},
        ),
        ("We have 30 beds. Associate chief physicians Qin Bo and Shi Wenjing.", {"Qin Bo": None, "Shi Wenjing": None}),
        # a post and a title after the colon of a heading
        ("Team: Director Professor Guo Haitao, chief physician, MD.", {"Guo Haitao": "Director"}),
        # a name and its grade opening a sentence inside a paragraph
        (
            "The ward has 40 beds. Tan Yiming, associate chief physician, specializes in flap repair.",
            {"Tan Yiming": None},
        ),
        # a table row listing staff with no post
        (
            "Chief  Ueda Kenji\nStaff  Ono Haruka, Sato Ren",
            {"Ueda Kenji": "Chief", "Ono Haruka": None, "Sato Ren": None},
        ),
        ("Ward Manager: Greta Lindholm", {"Greta Lindholm": "Ward Manager"}),
        # the department's leader by a title and a surname alone
        ("Currently, led by Prof. Hua, we perform robotic colorectal surgery.", {"Hua": None}),
        # middle initials, and a degree with a specialty between two names
        (
            "Program Co-Directors: Laura J. Whitcomb, MD (Surgical Oncology) and Peter H. Sandoval, MD, PhD "
            "(Medical Oncology)",
            {"Laura J. Whitcomb": "Program Co-Director", "Peter H. Sandoval": "Program Co-Director"},
        ),
    ],
)
def test_posts_and_their_holders(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _people(directory, body) == expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # the twins: no grade after a one-word item, a post of another unit, a list that is no staff's
        ("Deputy Director: Batu", "Batu"),
        ("Deputy Director: Batu, who joined us", "Batu"),
        ("Director: Professor, chief physician", "Professor"),
        ("Deputy directors: Pan Rongsheng, chief physician; the remaining posts are vacant", "the remaining posts"),
        (
            "The ward has 40 beds. Tan Yiming, associate chief physician of the Radiology Department, gave a lecture.",
            "Tan Yiming",
        ),
        ("Clinics  Kita Ward, Minami Ward", "Kita Ward"),
        ("The trial, led by Dr. Hale of the Mayo Clinic, enrolled 300 patients.", "Hale"),
        ("Prof. Hua gave a lecture on robotic surgery.", "Hua"),
        # another body's people: after a grade "from ...", a post "of the Department of Radiology"
        ("We have 30 beds. Wang Fang, professor, from Peking University, gave a lecture.", "Wang Fang"),
        ("We have 30 beds. Director Li Ming, chief physician of the Department of Radiology, spoke.", "Li Ming"),
        ("We have 30 beds. Chief physicians Tang Yun and Zou Hong are from Xiangya Hospital.", "Tang Yun"),
    ],
)
def test_no_person_without_a_form_that_makes_it_certain(directory: Any, body: str, absent: str) -> None:
    assert absent not in _people(directory, body)


def test_a_post_of_another_unit_is_not_the_departments(directory: Any) -> None:
    found = _people(directory, "Deputy director Kang Lihua of the Department of Radiology gave a talk.")
    assert found.get("Kang Lihua") is None


# ---------------------------------------------------------------- flattened tables


TABLE = (
    "Our experts\n"
    "Name    Title    Position    Specialty\n"
    "Hao Jingwen    Chief Physician, Professor    Director    lung cancer\n"
    "Bao Ruifeng    Associate Chief Physician    —    esophageal surgery\n"
    "\n"
    "Prof. Hao Jingwen studied in Lyon."
)


def test_a_flattened_table_gives_people_their_posts(directory: Any) -> None:
    assert _people(directory, TABLE) == {"Hao Jingwen": "Director", "Bao Ruifeng": None}


def test_a_table_without_a_post_or_title_column_is_not_a_staff_table(directory: Any) -> None:
    body = "Name    Phone    Room\nHao Jingwen    0311-555    12\n"
    assert "Hao Jingwen" not in _people(directory, body)
    # a title column of papers is no staff table's; one of clinical grades is
    papers = "Publications\nName    Title    Year\nHao Jingwen    Robotic lobectomy outcomes    2020\n"
    assert "Hao Jingwen" not in _people(directory, papers)
    grades = "Doctors\nName    Title\nHao Jingwen    Chief Physician\n"
    assert _people(directory, grades) == {"Hao Jingwen": None}


# ---------------------------------------------------------------- team lines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Team\nPr Aurélie Ménard, Head of Department\nDr Émile Royer, surgeon, bone sarcoma",
            {"Aurélie Ménard": "Head of Department", "Émile Royer": "Surgeon"},
        ),
        ("Team\nDr Ines Faure, surgeon, coordinator of the liver programme", {"Ines Faure": "Surgeon"}),
        ("Meet our team\nJamie Rhodes, MS, CGC — Genetic Counselor", {"Jamie Rhodes": "Genetic Counselor"}),
        (
            "Our team\nMr. Ciaran O'Donnell, Consultant Upper GI Surgeon and Clinical Lead",
            {"Ciaran O'Donnell": "Consultant Upper GI Surgeon and Clinical Lead"},
        ),
        # the twin: a name and a post on a line of prose, with no title or degree, is no team list's
        ("Émile Royer, surgeon, bone sarcoma", {}),
    ],
)
def test_team_lines(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    assert _people(directory, body) == expected


# ---------------------------------------------------------------- update dates


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Update time: June 3, 2021    Source: Oncology", "2021-06-03"),
        ("Update time: 2019/7/4", "2019-07-04"),
        ("Updated: 2021年6月3日", "2021-06-03"),
        ("更新时间：2021年6月", "2021-06"),
        ("We treat lung cancer.\n\nStand: 03.04.2023", "2023-04-03"),
        ("We treat lung cancer.\n\nZuletzt aktualisiert am 03/04/2023", "2023-04-03"),  # a German label: day first
        ("We treat lung cancer.\n\nSenast uppdaterad: 2023-02-11", "2023-02-11"),
        ("We treat lung cancer.\n\nMis à jour le 03/04/2023", "2023-04-03"),
        # the twins: no label, an English label on a page that says nothing of where it is
        ("We stand 03.04.2023 ready.", None),
        ("We treat lung cancer.\n\nLast updated: 03/04/2023", None),
    ],
)
def test_update_labels(directory: Any, body: str, date: str | None) -> None:
    assert extract_page(directory, body)["source"]["updated"] == date


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Northmoor Hospitals NHS Foundation Trust\n\nWe treat lung cancer.\n\nPage last reviewed: 03/04/2023",
            "2023-04-03",
        ),
        (
            "We treat lung cancer.\n\nClinic: 12 Mill Lane, Bramford BR4 7QT\n\nPage last reviewed: 03/04/2023",
            "2023-04-03",
        ),
        # the twins: an American address settles nothing; the page's own month-first date outweighs the NHS
        (
            "We treat lung cancer.\n\nClinic: 12 Mill Lane, Springfield, IL 62704\n\nPage last reviewed: 03/04/2023",
            None,
        ),
        ("We trained with an NHS team on 12/25/2022.\n\nPage last reviewed: 03/04/2023", "2023-03-04"),
    ],
)
def test_a_british_page_writes_its_slashed_dates_day_first(directory: Any, body: str, date: str | None) -> None:
    d = extract_page(directory, body)
    assert d["source"]["updated"] == date
    assert any("not guessed" in n for n in d["notes"]) == (date is None)
