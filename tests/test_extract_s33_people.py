"""extract's people: doctors of a body the page leaves unnamed or names only by its place, the staff of a body named
before "whose", patients, "Sr" (a nurse's title), and a degree written before a post's dash.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract.postnominals import without_leading_letters


def _people(directory: Any, body: str, heading: str = "Department of Urology") -> dict[str, str | None]:
    return _roles(extract_page(directory, body, heading))


_LEADERS = "Our Team\nDirector: Prof. Tao Jingwen\nHead Nurse: Ren Xiaomei\n\n"


# ---------------------------------------------------------------- a doctor of an unnamed body, or from a place


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Gu Haoran of a cancer hospital in Wuhan has been a consultant of the department since 2012.",
        "Prof. Gu Haoran of a university hospital in Nanning holds a clinic in the department every month.",
        "Prof. Gu Haoran, a urologic oncologist from a provincial hospital in Kunming, holds a clinic here monthly.",
        "Prof. Gu Haoran, a kidney surgeon from Guilin, comes on the last Friday of every month to operate.",
        "In May 2022 Prof. Gu Haoran, a urologist from the United States, visited the department.",
    ],
)
def test_a_doctor_of_an_unnamed_body_or_from_a_place_is_no_staff(directory: Any, sentence: str) -> None:
    people = _people(directory, _LEADERS + sentence)
    assert "Gu Haoran" not in people
    assert people["Tao Jingwen"] == "Director"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Gu Haoran, a kidney surgeon from Guilin, joined the department in 2019.",
        "Prof. Gu Haoran, a urologist from Kunming, has worked in the department since 2010.",
        "Prof. Gu Haoran of the department performs most of the laparoscopic operations.",
        "Prof. Gu Haoran performs most of the laparoscopic operations.",
    ],
)
def test_twin_a_doctor_who_joined_or_works_here_stays(directory: Any, sentence: str) -> None:
    assert "Gu Haoran" in _people(directory, _LEADERS + sentence)


# ---------------------------------------------------------------- the staff of a body named before "whose"


def test_the_staff_of_another_body_before_whose_are_no_staff(directory: Any) -> None:
    body = (
        _LEADERS + "Hard cases are sent to the urology department of a university hospital in Hefei, whose "
        "Prof. Lu Zhenbang gives a monthly case conference to our doctors."
    )
    assert "Lu Zhenbang" not in _people(directory, body)


def test_twin_our_hospital_whose_doctor_stays(directory: Any) -> None:
    body = _LEADERS + "The work grew in our hospital, whose Prof. Lu Zhenbang gives a monthly case conference."
    assert "Lu Zhenbang" in _people(directory, body)


# ---------------------------------------------------------------- a patient


@pytest.mark.parametrize(
    "sentence",
    [
        "In June 2020 Mr. Qiao Dongsheng, a patient with bladder cancer who had surgery here, sent a banner.",
        "The story of patient Mr. Qiao Dongsheng was told on television.",
    ],
)
def test_a_patient_is_no_staff(directory: Any, sentence: str) -> None:
    people = _people(directory, _LEADERS + sentence)
    assert "Qiao Dongsheng" not in people
    assert people["Ren Xiaomei"] == "Head Nurse"


def test_twin_a_doctor_who_treats_patients_stays(directory: Any) -> None:
    body = _LEADERS + "Dr. Qiao Dongsheng, a surgeon who treats patients with bladder cancer, runs the stone clinic."
    assert "Qiao Dongsheng" in _people(directory, body)


# ---------------------------------------------------------------- "Sr", a nurse's title


def test_sr_before_a_name_is_a_title(directory: Any) -> None:
    body = "Our Team\nHead of Unit: Dr Naledi Khumalo\nStoma Nurse: Sr Zanele Mthembu\n"
    people = _people(directory, body)
    assert people["Zanele Mthembu"] == "Stoma Nurse"
    assert "Sr Zanele Mthembu" not in people


def test_twin_a_name_without_sr_is_whole(directory: Any) -> None:
    body = "Our Team\nHead of Unit: Dr Naledi Khumalo\nStoma Nurse: Srinivas Mthembu\n"
    assert _people(directory, body)["Srinivas Mthembu"] == "Stoma Nurse"


# ---------------------------------------------------------------- a degree before a post's dash


def test_indian_degrees_before_a_dash_are_no_part_of_the_post(directory: Any) -> None:
    body = (
        "Our team\nDr. Vikram Patil, MS, MCh (Surgical Oncology) — Head of Department. Trained in Mumbai.\n"
        "Dr. Kavita Rane, MS, DNB — Consultant Surgical Oncologist\n"
        "Dr. Nikhil Sathe, MCh (Plastic Surgery) — Consultant Reconstructive Surgeon\n"
    )
    people = _people(directory, body, "Department of Head and Neck Surgical Oncology")
    assert people == {
        "Vikram Patil": "Head of Department",
        "Kavita Rane": "Consultant Surgical Oncologist",
        "Nikhil Sathe": "Consultant Reconstructive Surgeon",
    }


@pytest.mark.parametrize(
    ("post", "want"),
    [
        ("DNB — Consultant Surgical Oncologist", "Consultant Surgical Oncologist"),
        ("MS, MCh - Consultant Surgeon", "Consultant Surgeon"),
        ("MRCP(UK) – Consultant Physician", "Consultant Physician"),
        # twins: a post's own words before a dash, and letters that are no degree, are kept
        ("Head — Breast Unit", "Head — Breast Unit"),
        ("ICU - Charge Nurse", "ICU - Charge Nurse"),
        ("Consultant Surgeon", "Consultant Surgeon"),
    ],
)
def test_letters_before_a_posts_dash(post: str, want: str) -> None:
    assert without_leading_letters(post) == want


# ---------------------------------------------------------------- the nurse manager said in prose


def test_the_nurse_manager_of_the_ward_in_prose(directory: Any) -> None:
    body = _LEADERS.replace("Head Nurse: Ren Xiaomei\n", "") + "The nurse manager of the ward is Bai Yuqin."
    assert _people(directory, body)["Bai Yuqin"] == "Nurse manager"


def test_twin_another_units_nurse_manager_gets_no_post(directory: Any) -> None:
    body = _LEADERS + "The nurse manager of the Cardiology Department is Bai Yuqin."
    assert _people(directory, body).get("Bai Yuqin") is None


# ---------------------------------------------------------------- a one-word name in a staff label's list


def test_a_one_word_name_among_full_names_of_a_staff_label(directory: Any) -> None:
    body = _LEADERS + "Doctors: Sarangerel, Zhang Yanqiu, Guo Peng, Wuyun Qiqige\n"
    people = _people(directory, body)
    assert {"Sarangerel", "Zhang Yanqiu", "Guo Peng", "Wuyun Qiqige"} <= set(people)
    assert people["Sarangerel"] is None


@pytest.mark.parametrize(
    "line",
    [
        "Doctors: Sarangerel, Zhang Yanqiu\n",  # (as many one-word items as full names: no list of names)
        "Doctors: Zhang Yanqiu, Guo Peng, Li Na, Others\n",  # ("Others" is no name)
    ],
)
def test_twin_one_word_items_without_more_full_names_are_no_one(directory: Any, line: str) -> None:
    people = _people(directory, _LEADERS + line)
    assert "Sarangerel" not in people
    assert "Others" not in people


# ---------------------------------------------------------------- Poland's titles


def test_polish_titles_are_no_part_of_the_name(directory: Any) -> None:
    body = (
        "Staff\nHead of Department: dr hab. n. med. Jerzy Kowal\nDeputy Head: dr n. med. Ewa Mazur\n"
        "Specialists in surgical oncology: lek. Adam Wrona, lek. med. Anna Sowa\nWard Sister: mgr Iwona Bielska\n"
    )
    people = _people(directory, body, "Department of Surgical Oncology")
    assert people["Jerzy Kowal"] == "Head of Department"
    assert people["Ewa Mazur"] == "Deputy Head"
    assert {"Adam Wrona", "Anna Sowa"} <= set(people)
    assert people["Iwona Bielska"] == "Ward Sister"


def test_twin_a_name_beginning_like_a_polish_title_is_whole(directory: Any) -> None:
    body = "Staff\nHead of Department: Lekan Adeyemi\nDeputy Head: Mgrdich Hovsepian\n"
    people = _people(directory, body, "Department of Surgical Oncology")
    assert people == {"Lekan Adeyemi": "Head of Department", "Mgrdich Hovsepian": "Deputy Head"}


# ---------------------------------------------------------------- posts of nurses, therapists and supervisors


@pytest.mark.parametrize(
    ("line", "name", "post"),
    [
        ("Stoma therapist: Fan Meiling, the department's enterostomal nurse, runs the stoma clinic.", "Fan Meiling",
         "Stoma therapist"),
        ("Technical Supervisor: Xu Rong, Chief Technician", "Xu Rong", "Technical Supervisor"),
        ("Charge Sister: Ruth Adebayo", "Ruth Adebayo", "Charge Sister"),
        ("Sr. Priya Desai — Nursing In-charge, Ward 4B", "Priya Desai", "Nursing In-charge"),
        ("Dr. Rahul Jain, MS, MCh (Surgical Oncology) — Head of Department.", "Rahul Jain", "Head of Department"),
    ],
)  # fmt: skip
def test_posts_of_nurses_therapists_and_supervisors(directory: Any, line: str, name: str, post: str) -> None:
    assert _people(directory, f"{_LEADERS}{line}\n")[name] == post


def test_twin_a_group_label_gives_the_grade_as_a_title_not_a_post(directory: Any) -> None:
    people = _people(directory, f"{_LEADERS}Technicians: Xu Rong, Chief Technician; Zhou Lan, Technician\n")
    assert people.get("Xu Rong") is None


# ---------------------------------------------------------------- a post said "of" the department's own name


def test_a_post_of_the_units_own_name(directory: Any) -> None:
    body = "Prof. Hao Jinsong serves as chief of Neurosurgery II. He trained in Tianjin."
    assert _people(directory, body, "Neurosurgery II (Skull Base)")["Hao Jinsong"] == "Chief"


@pytest.mark.parametrize(
    "body",
    [
        "Prof. Hao Jinsong serves as chief of Neurosurgery I. He trained in Tianjin.",  # another unit's
        "Prof. Hao Jinsong is the director of Neurosurgery II, from 1998 to 2010.",  # a past post
    ],
)
def test_twin_a_post_of_another_unit_or_a_past_one_gives_none(directory: Any, body: str) -> None:
    assert _people(directory, body, "Neurosurgery II (Skull Base)").get("Hao Jinsong") is None
