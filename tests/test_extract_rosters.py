"""extract, fifth round: staff lines, menus, and treatments handed on (issue 10).

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft
from oncodir.storage import read


@pytest.fixture(scope="module")
def directory() -> Any:
    return read.load()


def _page(directory: Any, body: str, heading: str = "Department of Bone Oncology") -> dict[str, Any]:
    return draft(f"{heading}\n\n{body}\n", "page.txt", directory)


def _roles(d: dict[str, Any]) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in d["people"]}


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our doctors\nVice Directors: Hu Peiran, Dong Lixin",
            {"Hu Peiran": "Vice Director", "Dong Lixin": "Vice Director"},
        ),
        (
            "We treat bone tumours. Associate directors: Prof. Kang Wen and Dr. Ye Shuo.",
            {"Kang Wen": "Associate director", "Ye Shuo": "Associate director"},
        ),
        ("Head of department: Dr. Fan Rui, chief physician, who trained in Lyon.", {"Fan Rui": "Head of department"}),
        ("Head nurse: Guo Mei", {"Guo Mei": "Head nurse"}),
        ("Director\nProfessor Lu Kaiming, chief physician, doctoral supervisor.", {"Lu Kaiming": "Director"}),
        ("The ward has 30 beds. Director Professor Pan Dehua is chief physician.", {"Pan Dehua": "Director"}),
        ("Deputy Head of Clinic: Assoc. Prof. PD Dr. Ilse Kammer", {"Ilse Kammer": "Deputy Head of Clinic"}),
        ("Head, Bone Surgery: Dr Lee Mei Fong", {"Lee Mei Fong": "Head, Bone Surgery"}),
        (
            "Staff\nChief  Sato Hiroshi\nDirector  Prof. Jung Ha-eun (Orthopaedics)",
            {"Sato Hiroshi": "Chief", "Jung Ha-eun": "Director"},
        ),
        (
            "Our team\nGrace Fenwick, MSN, RN — Bone Tumour Nurse Navigator",
            {"Grace Fenwick": "Bone Tumour Nurse Navigator"},
        ),
        ("Our team\nDr. Femke de Boer, orthopaedic oncologist", {"Femke de Boer": None}),
    ],
)
def test_staff_lines_give_people_and_posts(directory: Any, body: str, expected: dict[str, str | None]) -> None:
    roles = _roles(_page(directory, body))
    for name, role in expected.items():
        assert roles.get(name, "missing") == role


@pytest.mark.parametrize(
    "body",
    [
        "Find a Doctor   Locations   Pay My Bill   Careers",  # a menu: no title, no name
        "Teams\nHead and Neck Tumours,  Bone Tumours\nSoft Tissue Tumours",  # topics in a table, not people
        "Location: Building Seven",  # no post, no title
        "Cancers of the head and neck: Oral Cavity, Larynx",  # 'head' inside a topic is no post
        "Former director Professor Tao Ming retired in 2015.",  # the post does not open the sentence
    ],
)
def test_twins_no_person_or_no_post(directory: Any, body: str) -> None:
    roles = _roles(_page(directory, body))
    assert not any(role for role in roles.values())
    assert not any(name in roles for name in ("Locations Pay My Bill", "Bone Tumours", "Building Seven", "Oral Cavity"))


# ---------------------------------------------------------------- treatments given elsewhere


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "We relieve cancer pain. If palliative radiotherapy is wanted, the case is talked over with the Department "
            "of Radiation Oncology and transferred there for treatment.",
            "radiotherapy",
        ),
        (
            "We give chemotherapy. High-dose chemotherapy prior to autologous stem cell transplantation is also given.",
            "haematopoietic stem cell transplantation",
        ),
        (
            "We irradiate tumours, including total body irradiation in preparation for stem cell transplantation.",
            "haematopoietic stem cell transplantation",
        ),
    ],
)
def test_treatments_moved_elsewhere_or_a_next_step(directory: Any, body: str, absent: str) -> None:
    assert absent not in _page(directory, body)["treatments"]


@pytest.mark.parametrize(
    ("body", "present", "heading"),
    [
        (
            "We give palliative radiotherapy, and patients are discussed with the Department of Surgery.",
            "radiotherapy",
            "Department of Bone Oncology",
        ),
        (
            "Allogeneic stem cell transplantation is carried out in our ward.",
            "haematopoietic stem cell transplantation",
            "Department of Bone Oncology",
        ),
        (
            "Chemotherapy before surgery is given by our medical oncologists, and we perform the surgery.",
            "surgery",
            "Department of Thoracic Surgery",
        ),
    ],
)
def test_twins_still_given_here(directory: Any, body: str, present: str, heading: str) -> None:
    assert present in _page(directory, body, heading)["treatments"]


# ---------------------------------------------------------------- dates whose order the page does not settle


@pytest.mark.parametrize(
    ("page", "date"),
    [
        ("Surgery\n\nText.\n\nLast updated: 07/09/2022\n", None),  # 7 September or July 9: not guessed
        ("Surgery\n\nClinic moved on 21/06/2020.\n\nLast updated: 07/09/2022\n", "2022-09-07"),  # day first here
        ("Surgery\n\nClinic moved on 06/21/2020.\n\nLast updated: 07/09/2022\n", "2022-07-09"),  # month first here
        ("Surgery\n\nText.\n\nLast updated: 07.09.2022\n", "2022-09-07"),  # dots: day first
        ("Surgery\n\nText.\n\nLast updated: 2022/07/09\n", "2022-07-09"),  # year first: no doubt
        ("Surgery\n\nText.\n\nLast updated: 19/09/2022\n", "2022-09-19"),  # a day over 12
        ("Surgery\n\nText.\n\nLast updated: 05/05/2022\n", "2022-05-05"),  # either order, the same day
    ],
)
def test_an_ambiguous_slashed_date_is_not_guessed(directory: Any, page: str, date: str | None) -> None:
    d = draft(page, "page.txt", directory)
    assert d["source"]["updated"] == date
    assert any("not guessed" in n for n in d["notes"]) == (date is None)


def test_spelling_never_settles_a_slashed_date(directory: Any) -> None:
    # British spelling is no evidence of how a page writes its dates: an ambiguous one stays unknown, with a note
    # (the page naming the NHS, or a UK postcode, is: see tests/test_extract_people_dates.py)
    uk = "Haematology\n\nOur paediatric tumour service is run by a regional trust.\n\nLast updated: 07/09/2022\n"
    us = "Hematology\n\nOur pediatric tumor service is run by the center.\n\nLast updated: 07/09/2022\n"
    for page in (uk, us):
        d = draft(page, "p", directory)
        assert d["source"]["updated"] is None
        assert any("not guessed" in note for note in d["notes"])
    # the twin: another date on the page that can only be day-first settles it
    settled = uk.replace("Last updated", "The new clinic opened on 23/08/2021.\n\nLast updated")
    assert draft(settled, "p", directory)["source"]["updated"] == "2022-09-07"
