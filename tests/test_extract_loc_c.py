"""extract: cities by other names, help from another city, hospitals over a street, posts in other forms.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _city(directory: Any, body: str) -> str | None:
    city = extract_page(directory, body, "Oncology")["city"]
    return str(city) if city is not None else None


def _roles_of(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Oncology"))


# ---------------------------------------------------------------- a city the gazetteer names otherwise


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Our hospital is located in Shigatse, Tibet, and has 400 beds.", "Shigatse"),
        ("Address: No. 8 Guangdong Road, Bayi District, Nyingchi City, Tibet Autonomous Region 860000", "Nyingchi"),
        (
            "The People's Hospital, located in Samzhubze District of Shigatse, is the largest hospital in the area, "
            "with 800 beds and more than 1,100 staff, and serves herders across the plateau.",
            "Shigatse",
        ),
        ("Hotan District People's Hospital is located in Hotan City, Xinjiang.", "Hotan"),
        ("Add: No. 22 Zhanghua Middle Road, Qianjiang City, Hubei Province, 433100", "Qianjiang"),
        ("Address: 3 Renmin Road, Xiantao, Hubei 433000  Tel: 0728-3331234", "Xiantao"),
    ],
)
def test_a_city_by_another_name_or_governed_by_its_province(directory: Any, body: str, city: str) -> None:
    assert _city(directory, body) == city


@pytest.mark.parametrize(
    "body",
    [
        # a county-level city's name is also a district's elsewhere: only with its province named
        "The hospital is located in Qianjiang, in the south-east of the municipality.",
        "The hospital is the largest general hospital in Qianjiang District of Chongqing.",
        "The hospital is located in Qionghai, a coastal city.",
        # a city's other name inside an institution's name places nothing
        "Patients come from the Hotan Road Community and many other places.",
    ],
)
def test_no_city_from_a_name_alone(directory: Any, body: str) -> None:
    assert _city(directory, body) is None


# ---------------------------------------------------------------- help from another city is not the department's place


@pytest.mark.parametrize(
    "body",
    [
        "Nakri County People's Hospital, located in Chengguan District of Nakri County, is the only general hospital "
        "of the county, with 300 beds and 400 staff. Since 2015 the hospital has received the paired medical aid of "
        "Shanghai, and in 2019 it became a Grade II hospital.",
        "Our hospital, in Chengguan Town District of Nakri County, has 300 beds. It has been receiving medical aid "
        "from Beijing since 2016 and the cooperation brought many new techniques to patients in the county.",
        "The hospital has received medical aid from experts in Shanghai since 2015.",
        "Since 2016 our department has been supported by the counterpart assistance team in Guangzhou.",
        "The department was set up with the help of doctors in Beijing, who came in batches of six months.",
        "The hospital is assisted by Jiangsu Province and its teams in Nanjing rotate every year.",
    ],
)
def test_a_city_that_sends_help_is_no_place(directory: Any, body: str) -> None:
    assert _city(directory, body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Our hospital is located in Shigatse, Tibet. The department was set up in 2016 with the help of the Shanghai "
        "aid-Tibet medical team.",
        "The hospital is located in Shigatse and receives aid from Shanghai.",
    ],
)
def test_the_own_city_beside_a_helping_city_stays(directory: Any, body: str) -> None:
    assert _city(directory, body) == "Shigatse"


def test_a_hospital_in_a_city_still_places(directory: Any) -> None:
    assert _city(directory, "Hotan Road Hospital is a hospital in Shanghai.") == "Shanghai"


# ---------------------------------------------------------------- the hospital over a street line


@pytest.mark.parametrize(
    ("body", "hospital"),
    [
        (
            "We care for patients with advanced cancer.\n\nMountain Regional Health Centre\n711 Concession Street\n"
            "Hamilton, ON L8V 1C3",
            "Mountain Regional Health Centre",
        ),
        (
            "We care for patients with advanced cancer.\n\nHarbourside Medical Center\n2200 Bay Avenue\nTampa, FL",
            "Harbourside Medical Center",
        ),
        ("We treat breast cancer.\n\nThe Northgate Infirmary\n40 Mill Lane\nLeeds LS2 9JT", "Northgate Infirmary"),
    ],
)
def test_a_hospital_named_over_its_street(directory: Any, body: str, hospital: str) -> None:
    assert extract_page(directory, body, "Palliative Care Program")["hospital"] == hospital


@pytest.mark.parametrize(
    "body",
    [
        # the unit's own name over the street is no hospital
        "We care for patients with advanced cancer.\n\nPalliative Care Unit\n711 Concession Street\nHamilton, ON",
        # two blocks naming two places: a partner's address beside the site's
        "We care for patients with advanced cancer at home and on the ward. Our team visits patients every day.\n\n"
        "Radiotherapy is given at:\nLakeshore Cancer Centre\n699 Concession Street\nHamilton, ON\n\nOur unit:\n"
        "Mountain Regional Health Centre\n711 Concession Street\nHamilton, ON",
        # a name in a sentence is no block
        "Mountain Regional Health Centre opened in 1990.\nWe care for patients with advanced cancer.",
    ],
)
def test_no_hospital_from_another_block(directory: Any, body: str) -> None:
    assert extract_page(directory, body, "Palliative Care Program")["hospital"] is None


# ---------------------------------------------------------------- posts in other forms


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a post translated in brackets (the head's post in German or French)
        (
            "Team\nProf. Dr. med. Andrea Wenger – Chief Physician (Chefärztin)\nDr. med. Sofia Marchetti – Senior "
            "Physician (Leitende Ärztin)",
            "Andrea Wenger",
            "Chief Physician",
        ),
        (
            "Team\nDr. Paul Imhof – Clinic Director (Klinikdirektor)\nDr. Eva Roth – Consultant",
            "Paul Imhof",
            "Clinic Director",
        ),
        ("Health executive (Cadre de santé): Nathalie Guérin", "Nathalie Guérin", "Health executive"),
        (
            "Head of unit: Pr Étienne Le Goff\nSenior nurse (Cadre supérieur de santé): Anne Dupuis",
            "Anne Dupuis",
            "Senior nurse",
        ),
        # a doctorate's field after "Dr.", a certificate with its field in brackets
        ("Our team\nDr. sc. nat. Reto Hauser – Head of Medical Physics", "Reto Hauser", "Head of Medical Physics"),
        ("Our team\nDr. rer. nat. Anke Vogel – Head of Medical Physics", "Anke Vogel", "Head of Medical Physics"),
        (
            "Team\nDr. Priya Raman, MD, CCFP(PC) – Medical Director\nJennifer Osei, RN – Patient Care Manager",
            "Priya Raman",
            "Medical Director",
        ),
        # a staff table with a title column and no post column: the post before the grades
        (
            "Title | Name\nDirector, Chief Physician | Ma Jun\nDeputy Director, Associate Chief Physician | Na Yong\n"
            "Head Nurse | Yang Xiuying",
            "Na Yong",
            "Deputy Director",
        ),
        ("Title | Name\nDirector, Chief Physician | Ma Jun\nHead Nurse | Yang Xiuying", "Yang Xiuying", "Head Nurse"),
        # a surname in capitals and in small letters is one person
        (
            "Expert team\nPIAO Zhehu - Director, Chief Physician, Professor\nJIN Chengri - Deputy Director\n"
            "Professor Piao Zhehu obtained his doctoral degree in Japan.",
            "Piao Zhehu",
            "Director",
        ),
        # the head nurse said in prose
        (
            "Director Cai Jianhua, associate chief physician, studied in Beijing. The head nurse is Zheng Meiling.",
            "Zheng Meiling",
            "Head nurse",
        ),
        ("Zheng Meiling is the head nurse of the department.", "Zheng Meiling", "Head nurse"),
        ("The department's head nurse, Zheng Meiling, has 20 years of experience.", "Zheng Meiling", "Head nurse"),
    ],
)
def test_posts_in_other_forms(directory: Any, body: str, name: str, role: str) -> None:
    found = {k.lower(): v for k, v in _roles_of(directory, body).items()}
    assert found.get(name.lower()) == role


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a Chinese grade line is no post
        ("Title | Name\nDirector, Chief Physician | Ma Jun\nAssociate Chief Physician | Ding Xuewen", "Ding Xuewen"),
        # "Chief Physician" with no leader's post in brackets is a grade
        ("Team\nDr. Eva Roth – Chief Physician\nDr. Paul Imhof – Consultant", "Eva Roth"),
        ("Team\nDr. Eva Roth – Chief Physician (Radiology)\nDr. Paul Imhof – Consultant", "Eva Roth"),
    ],
)
def test_a_grade_is_no_post(directory: Any, body: str, name: str) -> None:
    assert _roles_of(directory, body).get(name) is None


def test_another_units_head_nurse_is_not_given(directory: Any) -> None:
    assert "Zheng Meiling" not in _roles_of(directory, "The head nurse of the Cardiology Department is Zheng Meiling.")


def test_a_former_head_nurse_holds_no_post(directory: Any) -> None:
    assert _roles_of(directory, "Zheng Meiling, the former head nurse, retired in 2019.").get("Zheng Meiling") is None


# ---------------------------------------------------------------- a one-word name where the layout makes it one


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Medical team\nDirector: Tenzin Wangdu, Associate Chief Physician\nHead Nurse: Yangzom\n"
            "Doctors: Nyima Tsering, Li Jiahui",
            "Yangzom",
            "Head Nurse",
        ),
        ("Director: Tenzin Wangdu\nHead nurse: Drolma\nDeputy Director: Chen Bo", "Drolma", "Head nurse"),
        ("Director: Tenzin Wangdu\nNurse Manager: Ms. Lhamo", "Lhamo", "Nurse Manager"),
    ],
)
def test_a_one_word_name_in_a_list_of_posts(directory: Any, body: str, name: str, role: str) -> None:
    assert _roles_of(directory, body).get(name) == role


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Head Nurse: Yangzom", "Yangzom"),  # a line alone: nothing makes the word a person
        ("Director: Tenzin Wangdu\nHead Nurse: Vacant", "Vacant"),
        ("Director: Tenzin Wangdu\nHead Nurse: Rotating", "Rotating"),
        ("Director: Tenzin Wangdu\nLocation: Lhasa", "Lhasa"),  # no post's label
        ("Director: Tenzin Wangdu\nHead Nurse: Ward\nThe ward is on the 2nd floor.", "Ward"),  # a word of the page
        ("Our head nurse is Yangzom, and she has worked here for ten years.\nDirector: Tenzin Wangdu", "Yangzom"),
    ],
)
def test_no_one_word_name_from_a_word(directory: Any, body: str, word: str) -> None:
    assert word not in _roles_of(directory, body)


# ---------------------------------------------------------------- counted among a city's own units


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "Directed by Professor Lu Wang, we performed 700 operations. The department is already ranked in the top 3 "
            "liver surgery centers of Hangzhou.",
            "Hangzhou",
        ),
        ("Our department is one of the leading breast cancer centres in Wuxi.", "Wuxi"),
        ("The hospital has become one of the largest cancer hospitals of Chengdu.", "Chengdu"),
    ],
)
def test_counted_among_a_citys_units(directory: Any, body: str, city: str) -> None:
    assert _city(directory, body) == city


@pytest.mark.parametrize(
    "body",
    [
        "Professor Li, from one of the top 3 liver surgery centers of Hangzhou, visited our department.",
        "Our department sends young doctors to the top 10 hospitals in Beijing for training.",
        "We refer patients to one of the leading proton centres in Shanghai.",
    ],
)
def test_another_of_a_citys_units_places_nothing(directory: Any, body: str) -> None:
    assert _city(directory, body) is None
