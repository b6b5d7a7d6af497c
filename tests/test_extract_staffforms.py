"""extract on the forms a page gives its people and their posts in: a post after a label, a name over its posts,
names with their posts in brackets, a long apposition, a post's heading, a post over a grade.

Every sentence here is invented; each form has twins that must NOT give the post (or the person).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, "Beihai City Hospital\n" + body, "Department of Oncology"))


# ---------------------------------------------------------------- a post opening a clause after a label


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Team: Director Gao Rui, chief physician, was trained at the Tumour Hospital in Tianjin.",
            "Gao Rui",
            "Director",
        ),
        (
            "Our staff: Director Meng Tao (chief physician, studied at Ruijin Hospital, Shanghai, 2014-15); attending "
            "physicians Su Lan and Bo Wen; head nurse Kang Li.",
            "Meng Tao",
            "Director",
        ),
        (
            "Our staff: Director Meng Tao (chief physician, studied at Ruijin Hospital, Shanghai, 2014-15); attending "
            "physicians Su Lan and Bo Wen; head nurse Kang Li.",
            "Kang Li",
            "Head nurse",
        ),
        (
            "Leadership: Director Tian Yu, professor, chief physician, doctoral supervisor of Harbin University.",
            "Tian Yu",
            "Director",
        ),
        (
            "Department leaders: Deputy director Qin Hao, associate chief physician, joined in 2009.",
            "Qin Hao",
            "Deputy director",
        ),
        ("Nursing: Head Nurse Du Qing leads 20 nurses.", "Du Qing", "Head Nurse"),
    ],
)
def test_a_post_after_a_label_gives_its_holder(directory: Any, body: str, name: str, role: str) -> None:
    assert _people(directory, body).get(name) == role


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a guests' label: no staff of the department
        ("Invited speakers: Director Wang Fang, chief physician, Riverside Hospital.", "Wang Fang"),
        ("Guest lecture: Director Lu Bin, chief physician, gave a talk on lung cancer.", "Lu Bin"),
        # another body's director
        ("Partners: Director Yan Jie of the Department of Radiology joins the tumour board.", "Yan Jie"),
    ],
)
def test_a_post_after_a_guests_or_another_bodys_label_gives_none(directory: Any, body: str, name: str) -> None:
    assert _people(directory, body).get(name) is None


# ---------------------------------------------------------------- a name over a line of what the person is


def test_names_over_their_posts_lines(directory: Any) -> None:
    body = (
        "Our doctors\nQiu Hong\nDirector, Chief Physician\nExpert in lymphoma.\n\nFan Ling\n"
        "Deputy Director, Associate Chief Physician\n\nMa Rui\nAttending Physician\n\nYe Na\nHead Nurse\n"
    )
    people = _people(directory, body)
    assert people == {"Qiu Hong": "Director", "Fan Ling": "Deputy Director", "Ma Rui": None, "Ye Na": "Head Nurse"}


def test_a_name_under_a_posts_heading_is_the_headings(directory: Any) -> None:
    # the twin: "Director / Li Ming / Deputy Director / Wang Fang" is headings over names, not names over posts
    people = _people(directory, "Director\nJiao Ming\nDeputy Director\nWen Fang\n")
    assert people == {"Jiao Ming": "Director", "Wen Fang": "Deputy Director"}


def test_a_name_over_another_units_post_gives_no_post(directory: Any) -> None:
    body = "Xu Kang\nDirector of the Department of Radiology\n\nLin Hua\nDirector of the Department of Pathology\n"
    people = _people(directory, body)
    assert people.get("Xu Kang") is None and people.get("Lin Hua") is None


def test_one_name_over_a_post_alone_is_no_list(directory: Any) -> None:
    assert _people(directory, "Contact\nZeng Bo\nDirector, Chief Physician\nTel. 0779-1234567\n").get("Zeng Bo") is None


# ---------------------------------------------------------------- names in a sentence, posts in brackets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our team: Hou Jun (director), Lei Ping (deputy director), Gu Yan (head nurse).",
            {"Hou Jun": "Director", "Lei Ping": "Deputy director", "Gu Yan": "Head nurse"},
        ),
        (
            "The ward is run by a small team, Hou Jun (Director, Chief Physician) and Lei Ping (Head Nurse).",
            {"Hou Jun": "Director", "Lei Ping": "Head Nurse"},
        ),
        (
            "Staff include Prof. Hou Jun (head of department); Dr. Lei Ping (attending physician).",
            {"Hou Jun": "Head of department", "Lei Ping": None},
        ),
    ],
)
def test_names_with_posts_in_brackets(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    people = _people(directory, body)
    assert {n: people.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    "body",
    [
        # places, not posts
        "Prof. Ren Jie (Fudan University) and Prof. Bao Lin (Peking University) spoke at our annual meeting.",
        # another unit's posts
        "Ren Jie (director of the Department of Radiology) and Bao Lin (director of the Department of Pathology) "
        "joined the meeting.",
    ],
)
def test_brackets_of_places_or_other_units_give_no_post(directory: Any, body: str) -> None:
    people = _people(directory, body)
    assert people.get("Ren Jie") is None and people.get("Bao Lin") is None


# ---------------------------------------------------------------- a long apposition before the post


@pytest.mark.parametrize(
    "sentence",
    [
        "Tang Wei, male, born in 1968, Chief Physician, Master's supervisor, is the director of the department.",
        "Tang Wei, female, born in 1971, Associate Chief Physician, is the director of the department.",
        "Tang Wei, born in 1965, Professor, Doctoral supervisor, is the director of the department.",
        "Tang Wei, male, Chief Physician, member of the Provincial Cancer Society, is the director of the department.",
    ],
)
def test_a_long_apposition_before_the_post(directory: Any, sentence: str) -> None:
    assert _people(directory, sentence).get("Tang Wei") == "Director"


def test_a_list_of_names_before_a_post_is_no_apposition(directory: Any) -> None:
    # the twin: the items are names, so the post is not the first one's
    people = _people(directory, "Tang Wei, Zhou Bin, Wang Fei, Xie Lan, is the director of the department.")
    assert people.get("Tang Wei") is None


# ---------------------------------------------------------------- a post's heading with "of the department"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Director of the Department\nProf. Lan Xin\n", "Director of the Department"),
        ("Head of Department\nDr. Lan Xin\n", "Head of Department"),
        ("Head of Unit:\nLan Xin\n", "Head of Unit"),
    ],
)
def test_a_heading_naming_the_own_units_post(directory: Any, body: str, role: str) -> None:
    assert _people(directory, body).get("Lan Xin") == role


def test_a_heading_naming_another_units_post_gives_none(directory: Any) -> None:
    assert _people(directory, "Director of the Department of Radiology\nProf. Lan Xin\n").get("Lan Xin") is None


# ---------------------------------------------------------------- a leader's post wins over a grade


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Chief Physicians: Shi Lei, Kong Yu, Pan Jie\nHead of Department: Shi Lei\n", "Head of Department"),
        ("Attending physicians: Shi Lei, Kong Yu\nDirector: Shi Lei\n", "Director"),
        ("Director: Shi Lei\nChief Physicians: Shi Lei, Kong Yu\n", "Director"),
    ],
)
def test_a_leaders_post_wins_over_a_grade(directory: Any, body: str, role: str) -> None:
    assert _people(directory, body)["Shi Lei"] == role


def test_a_grade_stays_when_no_post_is_given(directory: Any) -> None:
    # the twin: a second grade is no leader's post; the first stays
    people = _people(directory, "Chief Physicians: Shi Lei, Kong Yu\nKong Yu, Associate Chief Physician, Professor\n")
    assert people["Kong Yu"] == "Chief Physician"


# ---------------------------------------------------------------- a leader with no post's word: no role


@pytest.mark.parametrize(
    "sentence",
    [
        "The former director, Prof. Wu Dehua, retired in 2015; the department is now run by Prof. Ke Ping.",
        "Prof. Yi Hong has headed the department since 2012. Dr. Ke Ping is his deputy.",
    ],
)
def test_no_post_word_gives_no_role(directory: Any, sentence: str) -> None:
    assert _people(directory, sentence).get("Ke Ping") is None


# ---------------------------------------------------------------- a post of another time, by its own words


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        ("Team: Sun Pei (director 1980-1995), Hu Qing (director 1995-2010).", ("Sun Pei", "Hu Qing")),
        ("Staff: Ma Lan (head nurse until 2012); Bai Yun (head nurse 2012-2020)", ("Ma Lan", "Bai Yun")),
    ],
)
def test_a_post_of_another_time_gives_no_role(directory: Any, body: str, gone: tuple[str, ...]) -> None:
    people = _people(directory, body)
    assert all(people.get(name) is None for name in gone)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Directors: Sun Pei (1980-1995), Hu Qing (since 2010)", "Hu Qing", "Director"),
        ("Deputy Directors: Lu Yan (since 2018), Mo Li", "Lu Yan", "Deputy Director"),
        # a label naming the past post in words says so itself: the role as the page gives it
        ("Former directors: Prof. Sun Pei, Prof. Hu Qing", "Sun Pei", "Former director"),
    ],
)
def test_a_post_held_now_keeps_its_role(directory: Any, body: str, name: str, role: str) -> None:
    assert _people(directory, body).get(name) == role


@pytest.mark.parametrize(
    "body",
    [
        "Our Experts\nDirector\nJiao Ming\nDeputy Director\nWen Fang\n",
        "Meet Us\nDirector\nJiao Ming\nDeputy Director\nWen Fang\nHead Nurse\nYu Ping\n",
    ],
)
def test_headings_under_a_line_like_a_name_give_no_shifted_post(directory: Any, body: str) -> None:
    # a run of name and post lines ending on a name alone is headings over names: never the post under a name
    people = _people(directory, body)
    assert people.get("Jiao Ming") != "Deputy Director" and people.get("Wen Fang") != "Head Nurse"
