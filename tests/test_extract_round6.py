"""extract on pages it has never seen, sixth round: general forms, each with a twin that must NOT give the fact.

No sentence here comes from a page; each stands for a way department pages say (or do not say)
what the department does, who leads it and where it is.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page as _page


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
