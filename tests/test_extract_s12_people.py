"""extract's people: the rest of a list under "Other X", visitors on a staff list, a neighbouring unit's
leader, German titles on a list's lines.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles


def _people(directory: Any, body: str, heading: str = "Department of Pediatric Surgery") -> dict[str, str | None]:
    return _roles(extract_page(directory, body, heading))


_LEADERS = "Our Team\nHead of Department: Dr. Rowan Thackeray\nHead Nurse: Ilse Wexford\n"


# ---------------------------------------------------------------- "Other surgeons:" names no post


@pytest.mark.parametrize("label", ["Other surgeons", "Further consultants", "Additional staff physicians"])
def test_a_heading_over_the_rest_of_a_list_gives_no_post(directory, label):
    people = _people(directory, f"{_LEADERS}{label}: Dr. Corin Ashdale, Dr. Maela Quist\n")
    assert people["Corin Ashdale"] is None
    assert people["Maela Quist"] is None
    assert people["Rowan Thackeray"] == "Head of Department"


def test_twin_a_plain_post_label_still_gives_its_post(directory):
    people = _people(directory, f"{_LEADERS}Consultant surgeons: Dr. Corin Ashdale, Dr. Maela Quist\n")
    assert people["Corin Ashdale"] == "Consultant surgeon"


# ---------------------------------------------------------------- a visitor on a staff list


_LIST = (
    "Our Doctors\nTobin Harrow  Director, Chief Physician\nWenna Castell  Deputy Director, Associate Chief Physician\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Dr. Selby Marchetti, Northgate Children's Hospital, visiting consultant (twice a year)",
        "Dr. Selby Marchetti - guest professor (spring term)",
    ],
)
def test_a_visiting_consultant_on_a_staff_list_is_no_person(directory, line):
    people = _people(directory, f"{_LIST}{line}\n")
    assert "Selby Marchetti" not in people
    assert people["Tobin Harrow"] == "Director"


def test_a_visitor_in_a_sentence_apposition_is_no_person(directory):
    body = "The ward treats solid tumours. Dr. Selby Marchetti, Northgate Clinic, a visiting surgeon, operates here."
    assert "Selby Marchetti" not in _people(directory, body)


@pytest.mark.parametrize(
    "line",
    [
        "Dr. Selby Marchetti, Consultant Surgeon, visiting scholar at Lakemoor Cancer Institute (2019)",
        "Dr. Selby Marchetti, Consultant Surgeon, hosts visiting fellows every year",
    ],
)
def test_twin_staff_who_visited_elsewhere_or_host_visitors_are_kept(directory, line):
    people = _people(directory, f"{_LIST}{line}\n")
    assert people["Selby Marchetti"] == "Consultant Surgeon"


def test_a_visitor_in_an_aside_is_no_person(directory):
    body = "Director: Dr. Tobin Harrow\nDr. Selby Marchetti (guest surgeon from Lyon) operates here each spring.\n"
    people = _people(directory, body)
    assert "Selby Marchetti" not in people
    assert people["Tobin Harrow"] == "Director"


def test_twin_a_post_in_an_aside_keeps_its_person(directory):
    body = "Director: Dr. Tobin Harrow\nDr. Selby Marchetti (Consultant Surgeon) operates here each spring.\n"
    assert "Selby Marchetti" in _people(directory, body)


def test_every_name_on_a_visitors_line_is_a_visitor(directory):
    body = "Director: Dr. Tobin Harrow\nVisiting professors: Prof. Selby Marchetti, Prof. Anwen Trask\n"
    people = _people(directory, body)
    assert "Selby Marchetti" not in people
    assert "Anwen Trask" not in people


def test_twin_every_name_on_a_staff_line_is_kept(directory):
    body = "Director: Dr. Tobin Harrow\nProfessors: Prof. Selby Marchetti, Prof. Anwen Trask\n"
    people = _people(directory, body)
    assert "Selby Marchetti" in people
    assert "Anwen Trask" in people


def test_a_visitors_line_keeps_the_list_it_stands_in(directory):
    body = "Our Team\nTobin Harrow, Director\nSelby Marchetti, Visiting Professor\nAnwen Trask, Consultant\n"
    people = _people(directory, body)
    assert people == {"Tobin Harrow": "Director", "Anwen Trask": "Consultant"}


# ---------------------------------------------------------------- the leader of a neighbouring unit


_WARDS = (
    "The department has 30 beds; the neighbouring Pediatric Nephrology ward has 20 beds.\n\n"
    "Our Doctors\n"
    "Tobin Harrow  Director, Chief Physician\n"
    "Wenna Castell  Deputy Director, Associate Chief Physician\n"
)


def test_the_leader_of_a_unit_named_beside_ours_is_no_person(directory):
    people = _people(directory, f"{_WARDS}Ivo Brenner  Director of Pediatric Nephrology (joint rounds on Monday)\n")
    assert "Ivo Brenner" not in people
    assert people["Tobin Harrow"] == "Director"


def test_twin_the_leader_of_our_own_section_is_kept(directory):
    # a section the page names only as a post's unit, never as a unit beside its own: the department's person
    people = _people(directory, f"{_WARDS}Ivo Brenner  Director of Pediatric Liver Surgery\n")
    assert people["Ivo Brenner"] == "Director of Pediatric Liver Surgery"


def test_twin_a_units_own_name_led_is_kept(directory):
    body = (
        "With the partner Pediatric Surgery ward of Eastfield Hospital we hold a joint clinic.\n\n"
        "Our Doctors\nTobin Harrow  Director of Pediatric Surgery\nWenna Castell  Deputy Director\n"
    )
    assert _people(directory, body)["Tobin Harrow"] == "Director of Pediatric Surgery"


# ---------------------------------------------------------------- "Dr. med." on a list's lines


def test_a_german_titled_line_makes_a_list_with_the_next(directory):
    body = (
        "Team\n"
        "Prof. Dr. med. Lorenz Haidacher – Senior Physician\n"
        "Dr. med. Judith Oberauer – Senior Physician\n"
        "Vroni Kreitmayr – Ward Manager\n"
    )
    people = _people(directory, body, "Clinic for Thoracic Surgery")
    assert people["Vroni Kreitmayr"] == "Ward Manager"


def test_twin_a_ward_manager_line_alone_is_no_list(directory):
    body = "Team\nThe clinic treats lung cancer.\nVroni Kreitmayr – Ward Manager\n"
    assert "Vroni Kreitmayr" not in _people(directory, body, "Clinic for Thoracic Surgery")
