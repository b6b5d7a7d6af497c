"""extract on pages it has never seen, sixth round: general forms, each with a twin that must NOT give the fact.

No sentence here comes from a page; each stands for a way department pages say (or do not say)
what the department does, who leads it and where it is.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page as _page
from helpers import roles as _roles


def _terms(d: dict[str, Any]) -> set[str]:
    return set(d["cancers"]) | set(d["treatments"])


# ---------------------------------------------------------------- treatments: partners and lookalikes


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        (
            "Thyroid Surgery",
            "Every Friday the department runs an MDT clinic for thyroid tumours in the afternoon with "
            "radiotherapy, nuclear medicine and pathology.",
            "radiotherapy",
        ),
        (
            "Thyroid Surgery",
            "Every Friday the department runs an MDT clinic for thyroid tumours in the afternoon with "
            "radiotherapy, nuclear medicine and pathology.",
            "diagnostic pathology",
        ),
        (
            "Colorectal Surgery",
            "Plans are agreed at the cancer board with the Divisions of Medical Oncology and Radiation Oncology.",
            "radiotherapy",
        ),
        ("Breast Surgery", "Care is shared with the Units of Radiation Oncology and Pathology.", "radiotherapy"),
        ("Oncology", "Common pathologies seen in clinic include breast and lung cancer.", "diagnostic pathology"),
        ("Liver Surgery", "Resections are planned on a 3D reconstruction of the liver.", "reconstructive surgery"),
        ("Liver Surgery", "Each operation is guided by three-dimensional reconstruction.", "reconstructive surgery"),
        (
            "Haematology",
            "Patients who need a bone marrow transplant are referred to the regional centre.",
            "haematopoietic stem cell transplantation",
        ),
        ("Oncology", "Those requiring proton therapy are sent abroad.", "proton therapy"),
    ],
)
def test_partners_and_lookalikes_are_not_the_departments(directory, heading, sentence, absent):
    assert absent not in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        ("Thyroid Surgery", "The department runs an MDT clinic for thyroid tumours.", "multidisciplinary care"),
        ("Colorectal Surgery", "The department gives radiotherapy and holds a weekly cancer board.", "radiotherapy"),
        ("Oncology", "The department provides pathology and imaging for every patient.", "diagnostic pathology"),
        ("Breast Surgery", "We offer breast reconstruction after mastectomy.", "reconstructive surgery"),
        (
            "Haematology",
            "Patients who need a bone marrow transplant receive it on our ward.",
            "haematopoietic stem cell transplantation",
        ),
        ("Oncology", "Patients requiring proton therapy are referred to us from across the region.", "proton therapy"),
    ],
)
def test_the_twins_the_department_still_gives_what_it_says(directory, heading, sentence, present):
    assert present in _terms(_page(directory, sentence, heading))


def test_a_patients_state_denied_does_not_deny_their_cancers(directory):
    text = "The ward admits patients who can no longer tolerate treatment, mostly with lung cancer."
    assert "lung cancer" in _terms(_page(directory, text, "Palliative Care"))
    # the twin: the department itself no longer treating it
    text = "The ward no longer admits patients with lung cancer."
    assert "lung cancer" not in _terms(_page(directory, text, "Palliative Care"))


# ---------------------------------------------------------------- places


def test_a_city_written_without_its_diacritics(directory):
    d = _page(directory, "Address: 9 Tianshan Road, Shayibake District, Urumqi, Xinjiang", "Oncology")
    assert (d["city"], d["province"]) == ("Urumqi", "Xinjiang")
    # the twin: inside an institution's name it places nothing
    d = _page(directory, "Prof. Li trained at Urumqi Medical College.", "Oncology")
    assert d["city"] is None


# ---------------------------------------------------------------- people


def test_a_plural_staff_heading_gives_each_name_the_singular_post(directory):
    text = "Consultant Surgeons\nDr. med. Anna Becker (Deputy Head of Department)\nDr. med. Paul Weber\n\nContact"
    assert _roles(_page(directory, text, "Surgery")) == {
        "Anna Becker": "Deputy Head of Department",
        "Paul Weber": "Consultant Surgeon",
    }
    # the twin: a singular heading gives its post to the one name under it, not to the next
    text = "Clinic Director\nProf. Dr. Eva Lang\nDr. Tom Roth\n\nContact"
    assert _roles(_page(directory, text, "Surgery")) == {"Eva Lang": "Clinic Director", "Tom Roth": None}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Deputy director Prof. Gao Ming specializes in laryngeal surgery.", "Gao Ming", "Deputy director"),
        (
            "Prof. Zhou Yan, chief physician, master supervisor, is the director of the department.",
            "Zhou Yan",
            "Director",
        ),
        ("Consultant surgeons: Ann Ito, MD; Ken Sato, MD", "Ken Sato", "Consultant surgeon"),
        ("Medical staff: Dott.ssa Laura Conti (Deputy Director), Dott. Piero Galli", "Laura Conti", "Deputy Director"),
    ],
)
def test_more_leadership_forms(directory, sentence, name, role):
    assert _roles(_page(directory, sentence)).get(name) == role


def test_a_post_in_the_lines_of_a_team_list(directory):
    text = "Our team\nMark Lee, MD, Surgical Director, Bone Tumours\nJane Fox, Lead Nurse Specialist\n"
    assert _roles(_page(directory, text)) == {"Mark Lee": "Surgical Director", "Jane Fox": "Lead Nurse Specialist"}
    # the twin: a plain "Name, words" line with no team list above it is no person
    assert _roles(_page(directory, "Contact\nJane Fox, Lead Nurse Specialist\n")) == {}


# ---------------------------------------------------------------- dates


def test_a_release_time_at_the_foot_of_the_page(directory):
    body = "The department treats lung cancer.\n\n" + "More text. " * 40 + "\n\nRelease time：2021-09-14"
    assert _page(directory, body)["source"]["updated"] == "2021-09-14"
    # the twin: a date in a sentence about something else is no update date
    body = (
        "The department treats lung cancer.\n\n" + "More text. " * 40 + "\n\nThe ward was released in 2021-09-14 style."
    )
    assert _page(directory, body)["source"]["updated"] is None


# ---------------------------------------------------------------- the department's own team meetings


@pytest.mark.parametrize(
    "sentence",
    [
        "Every case is discussed in the weekly tumour board with the Departments of Radiology and Pathology.",
        "Surgery is arranged together with the surgeons through the weekly tumor MDT.",
        "Treatment is planned with the surgeons in our weekly tumour board.",
    ],
)
def test_a_team_meeting_with_partners_is_still_the_departments(directory, sentence):
    assert "multidisciplinary care" in _page(directory, sentence, "Medical Oncology")["treatments"]


def test_the_twins_a_partners_meeting_or_a_future_one_is_not(directory):
    d = _page(directory, "We will be setting up a tumour board in the future.", "Medical Oncology")
    assert "multidisciplinary care" not in d["treatments"]
    d = _page(directory, "The tumour board is planned to start next year.", "Medical Oncology")
    assert "multidisciplinary care" not in d["treatments"]


def test_a_hospital_where_someone_studied_places_nothing(directory):
    d = _page(
        directory,
        "Director: Li Na. She studied at the Tumour Hospital of Eastbrook Medical University in Hangzhou "
        "as a visiting scholar.",
    )
    assert d["city"] is None
    # the twin: the same words about the department's own hospital place it
    d = _page(directory, "Our department is the largest oncology centre of its hospital in Hangzhou.")
    assert d["city"] == "Hangzhou"


def test_a_page_describing_several_departments_in_turn_names_none(directory):
    body = (
        "Riverside Cancer Hospital has 900 beds. The Department of Breast Surgery has performed 2,000 operations. "
        "The Department of Thoracic Surgery has developed robotic lobectomy. The Department of Radiation Oncology "
        "has four linear accelerators."
    )
    d = _page(directory, body, "About Us")
    assert d["name"] is None and d["aliases"] == []
    assert any("describes 3 departments in turn" in n for n in d["notes"])
    # the twin: a department's page that mentions two other departments keeps its own name
    body = (
        "The Department of Breast Surgery was founded in 1990. The Department of Radiology has a new MRI, and "
        "the Department of Pathology is next door."
    )
    assert _page(directory, body, "About Us")["name"] == "Department of Breast Surgery"
