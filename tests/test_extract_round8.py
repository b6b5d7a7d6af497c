"""extract on pages it has never seen, eighth round: general forms, each with a twin that must NOT give the fact.

No sentence here comes from a page; each stands for a way department pages say (or do not say)
what the department does and who works in it.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page as _page
from helpers import roles as _roles


def _terms(d: dict[str, Any]) -> set[str]:
    return set(d["cancers"]) | set(d["treatments"])


# ---------------------------------------------------------------- people: British honorifics and post lines


def test_british_honorifics_are_titles_not_names(directory):
    d = _page(directory, "Lead Surgeon: Mr Piers Albright\nConsultant Surgeons: Miss Morwenna Kitto, Mrs Ada Lyle")
    assert _roles(d) == {
        "Piers Albright": "Lead Surgeon",
        "Morwenna Kitto": "Consultant Surgeon",
        "Ada Lyle": "Consultant Surgeon",
    }
    assert {p["title"] for p in d["people"]} == {"Mr", "Miss", "Mrs"}


def test_a_post_after_a_name_is_no_person(directory):
    d = _page(directory, "Service Lead: Ms Tamsin Hollow, Consultant Medical Oncologist")
    assert _roles(d) == {"Tamsin Hollow": "Service Lead"}


@pytest.mark.parametrize(
    "line",
    [
        "Head of Service: Consultant Clinical Oncologist",
        "Deputy Director: Senior Specialist Nurse",
        "Lead Nurse: Macmillan Nurse Specialist",
    ],
)
def test_a_post_alone_names_nobody(directory, line):
    assert _page(directory, line)["people"] == []


def test_twin_a_plain_name_after_a_post_is_still_a_person(directory):
    d = _page(directory, "Director: Dr. Rowan Pelly\nHead Nurse: Ellis Carrow")
    assert _roles(d) == {"Rowan Pelly": "Director", "Ellis Carrow": "Head Nurse"}


# ---------------------------------------------------------------- treatments the patients had before


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        ("Radiation Oncology", "It treats lung cancer, rectal cancer and breast cancer after surgery.", "surgery"),
        ("Medical Oncology", "Most patients following radical surgery come for follow-up.", "surgery"),
        ("Medical Oncology", "Tumors following surgical resection are reviewed at the clinic.", "surgery"),
    ],
)
def test_an_operation_the_patients_had_before_is_not_given(directory, heading, sentence, absent):
    assert absent not in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        (
            "Thoracic Surgery",
            "Patients recover quickly after thoracoscopic surgery.",
            "video-assisted thoracoscopic surgery",
        ),
        ("Medical Oncology", "After surgery, the ward gives adjuvant chemotherapy.", "chemotherapy"),
        ("Bone Tumour Surgery", "It operates on patients after neo-adjuvant chemotherapy.", "neoadjuvant chemotherapy"),
    ],
)
def test_twin_the_departments_own_treatment_near_after_is_kept(directory, heading, sentence, present):
    assert present in _terms(_page(directory, sentence, heading))


# ---------------------------------------------------------------- research directions


def test_a_research_direction_is_not_a_service(directory):
    d = _page(
        directory,
        "Combined treatment of ablation with immune checkpoint inhibitors is one of the research directions "
        "of the team, and it has joined two multicentre clinical trials.",
        "Interventional Oncology",
    )
    assert "multimodality therapy" not in d["treatments"]
    assert "clinical trials" in d["treatments"]


def test_twin_basic_and_clinical_research_is_no_trial(directory):
    d = _page(directory, "The department attaches importance to clinical and basic research.", "Gastric Surgery")
    assert "clinical trials" not in d["treatments"]


def test_twin_a_combined_treatment_given_is_kept(directory):
    d = _page(directory, "The ward offers combined treatment of surgery and chemotherapy.", "Oncology")
    assert "multimodality therapy" in d["treatments"]


# ---------------------------------------------------------------- treatments: recall without a new false claim


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        ("Colorectal Surgery", "Surgeons offer laparoscopic and robot-assisted colectomy.", "laparoscopic surgery"),
        ("Lung Program", "- Minimally invasive and robotic-assisted surgery for early disease",
         "minimally invasive surgery"),
        ("Gastric Surgery", "Fast-track recovery pathways and perioperative nutrition therapy are routine.",
         "nutritional support"),
        ("Liver Surgery", "Cryoablation is performed by the department's own team.", "cryoablation"),
        ("Medical Oncology", "It has worked with the Departments of Urology and Radiotherapy to establish "
         "multidisciplinary teams for prostate cancer.", "multidisciplinary care"),
    ],
)  # fmt: skip
def test_own_treatments_said_in_common_ways_are_found(directory, heading, sentence, present):
    assert present in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        ("Liver Surgery", "Cryoablation is performed by the department of interventional radiology.", "cryoablation"),
        ("Medical Oncology", "It has worked with the Departments of Urology and Radiotherapy on prostate cancer.",
         "radiotherapy"),
        ("Medical Oncology", "Its laboratory studies molecular pathways of drug resistance to chemotherapy.",
         "chemotherapy"),
    ],
)  # fmt: skip
def test_twin_other_units_and_laboratory_work_still_give_nothing(directory, heading, sentence, absent):
    assert absent not in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Director Wu Lan, chief physician, trained in Hangzhou.", {"Wu Lan": "Director"}),
        ("Head Nurse Sun Mei leads the nursing team.", {"Sun Mei": "Head Nurse"}),
        ("Deputy Director Qian Hui, associate chief physician, runs the ward.", {"Qian Hui": "Deputy Director"}),
        ("The ward opened in 1990. Director Wu Lan graduated from Fudan University.", {"Wu Lan": "Director"}),
        # twins: no name after the post, or another body's post, gives nobody
        ("Head Office Building is next door.", {}),
        ("Director General Liu of the Health Bureau visited the ward.", {}),
        ("Chairman Zhou Ping, of the Provincial Anti-Cancer Association, spoke.", {}),
    ],
)
def test_a_post_opening_a_sentence_then_a_bare_name(directory, sentence, expected):
    assert _roles(_page(directory, sentence)) == expected
