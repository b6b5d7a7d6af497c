"""extract on pages it has never seen, seventh round: general forms, each with a twin that must NOT give the fact.

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


# ---------------------------------------------------------------- beds: the current count, not a past one


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ward opened in 1988 with a handful of nurses and 16 beds. Today the department has 95 beds.", 95),
        ("Starting with 10 beds, the unit has expanded steadily and now has 58 beds in two wards.", 58),
        ("Over thirty years the department has grown from 22 beds to 120 beds.", 120),
        ("Bed numbers increased from 30 to 64 beds after the move.", 64),
        ("Founded in 2001, the department has 45 beds.", 45),  # twin: a history clause, a current count
        ("The oncology wing covers 7 nursing units, 1985 beds and four clinics.", 1985),  # a count, not a year
    ],
)
def test_the_current_bed_count_not_a_past_one(directory, sentence, value):
    assert _page(directory, sentence)["beds"]["value"] == value


def test_a_bed_count_only_in_history_is_left_out_with_a_note(directory):
    d = _page(directory, "When it was set up in 1979 the department had 14 beds.")
    assert d["beds"] is None
    assert any("said of the past" in n for n in d["notes"])


# ---------------------------------------------------------------- treatments: partners, guidance, harms


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        (
            "Breast Surgery",
            "A weekly tumour board, with the participation of medical oncology, radiotherapy and pathology, "
            "reviews every new case.",
            "radiotherapy",
        ),
        (
            "Breast Surgery",
            "The breast MDT, with radiology and pathology colleagues, meets on Mondays.",
            "diagnostic pathology",
        ),
        ("Interventional Oncology", "Kidney tumours get MRI- or ultrasound-guided cryoablation.", "diagnostic imaging"),
        ("Interventional Oncology", "Ultrasound guided biopsy and ablation are offered daily.", "diagnostic imaging"),
        ("Integrative Oncology", "Herbal formulas ease radiation dermatitis and mucositis.", "radiotherapy"),
        ("Integrative Oncology", "Acupuncture relieves chemotherapy-induced nausea.", "chemotherapy"),
        ("Radiation Oncology", "Targets include the spine and for liver and adrenal metastases - Hypofractionated "
         "schedules for breast and thyroid cancers.", "liver cancer"),
    ],
)  # fmt: skip
def test_partners_guidance_and_harms_are_not_the_departments(directory, heading, sentence, absent):
    assert absent not in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        ("Interventional Oncology", "It performs diagnostic ultrasound and CT for staging.", "diagnostic imaging"),
        ("Radiation Oncology", "Patients receive radiation therapy and daily imaging.", "radiotherapy"),
        ("Integrative Oncology", "The ward gives chemotherapy and treats its side effects.", "chemotherapy"),
        ("Head and Neck Surgery", "It treats thyroid, salivary glands, nasal paranasal sinuses and larynx cancers.",
         "paranasal sinus cancer"),
        ("Head and Neck Surgery", "It treats thyroid, salivary glands, nasal paranasal sinuses and larynx cancers.",
         "thyroid cancer"),
    ],
)  # fmt: skip
def test_the_twins_are_still_the_departments(directory, heading, sentence, present):
    assert present in _terms(_page(directory, sentence, heading))


# ---------------------------------------------------------------- people: whose role is it?


def test_a_second_person_in_apposition_keeps_their_own_role(directory):
    d = _page(directory, "The head is Prof. Lin Haoran, and Dr. Guo Meiling, a visiting surgeon, serves as the "
                         "executive director of the department.")  # fmt: skip
    assert (_roles(d)["Lin Haoran"] or "").lower() != "executive director"
    assert (_roles(d)["Guo Meiling"] or "").lower() == "executive director"


def test_an_apposition_of_the_same_person_still_gives_the_role(directory):
    d = _page(directory, "Dr. Guo Meiling, a visiting surgeon, serves as the director of the department.")
    assert (_roles(d)["Guo Meiling"] or "").lower() == "director"


def test_several_titled_people_serve_as_one_post(directory):
    d = _page(directory, "Prof. Fan Zhiwei, Prof. Tang Lu and Dr. Sun Yao serve as deputy directors.")
    assert {(_roles(d)[n] or "").lower() for n in ("Fan Zhiwei", "Tang Lu", "Sun Yao")} == {"deputy director"}


def test_a_colon_list_ending_in_a_short_name_does_not_run_into_the_next_sentence(directory):
    d = _page(directory, "Head: Prof. Xu Bo. Deputy Heads: Prof. Kong Lei, Prof. Ma Yu. The ward was founded by "
                         "Prof. Bai Shan in 1990.")  # fmt: skip
    assert _roles(d)["Ma Yu"] == "Deputy Head"
    assert _roles(d).get("Bai Shan") is None


# ---------------------------------------------------------------- name: a menu of bracketed items is no heading


def test_a_bracketed_menu_line_is_not_the_name(directory):
    from oncodir.extract import draft

    d = draft("[Overview] [Our Doctors] [Clinics]\n\nThe Department of Urology treats kidney cancer.\n", "p", directory)
    assert d["name"] != "[Overview] [Our Doctors] [Clinics]"
    assert d["name"] in ("Department of Urology", "Urology")


def test_a_heading_with_one_bracketed_word_is_still_a_name(directory):
    from oncodir.extract import draft

    d = draft("Breast Surgery [Ward 3]\n\nThe department treats breast cancer.\n", "p", directory)
    assert d["name"] is not None and d["name"].startswith("Breast Surgery")


# ---------------------------------------------------------------- city: partner hospitals are elsewhere


def test_partner_hospitals_in_another_city_do_not_place_the_department(directory):
    d = _page(directory, "The department is located in Hohhot. It has set up a specialist alliance with 12 hospitals "
                         "in Baotou and Chifeng.")  # fmt: skip
    assert d["city"] == "Hohhot"


def test_the_twin_the_hospital_in_a_city_still_places_it(directory):
    d = _page(directory, "The department is the largest thoracic surgery unit of any hospital in Hohhot.")
    assert d["city"] == "Hohhot"
