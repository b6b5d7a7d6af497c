"""extract: whose a bed count is, which treatments the department itself gives, and where it is.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str = "Department of Thoracic Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


def _beds(draft: dict[str, Any]) -> int | None:
    return draft["beds"]["value"] if draft["beds"] else None


# ---------------------------------------------------------------- a hospital's beds, in other words


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the clause says what its subject is: a hospital
        (
            "Riverside Hospital lies by the lake. It is a municipal general hospital combining care, teaching and "
            "research, with 1,350 open beds and 30 clinical departments.",
            None,
        ),
        ("Riverside Hospital lies by the lake. It is a key specialty in the hospital since 2010, with 45 beds.", 45),
        ("Riverside Hospital lies by the lake. It is a ward of the hospital since 2010, with 45 beds.", 45),
        # an opening phrase, then the hospital's name
        ("Built in 1968, Riverside Municipal Hospital has 1,350 beds. The ward has 30 beds.", 30),
        ("Built in 1968, Riverside Municipal Hospital has 1,350 beds.", None),
        ("Since 2015, Ward 7 has 28 beds.", 28),
    ],
)
def test_a_hospital_named_in_other_words_keeps_its_beds(directory: Any, body: str, want: int | None) -> None:
    assert _beds(_page(directory, body)) == want


# ---------------------------------------------------------------- where the department is


def test_located_in_the_ancient_capital_names_the_city(directory: Any) -> None:
    draft = _page(directory, "Profile: The hospital is located in the ancient capital Luoyang, Henan Province.")
    assert draft["city"] == "Luoyang"


def test_a_founder_born_in_the_ancient_capital_places_nothing(directory: Any) -> None:
    draft = _page(directory, "Profile: The founder of the ward was born in the ancient capital Luoyang.")
    assert draft["city"] is None


_KOREAN = "Our 900-bed hospital in Ulsan treats patients of the whole region."


def test_a_telephone_prefix_confirms_the_country(directory: Any) -> None:
    draft = _page(directory, f"{_KOREAN}\n\nAppointments: +82-52-250-7000", "Lung Cancer Center")
    assert (draft["city"], draft["country"]) == ("Ulsan", "South Korea")


@pytest.mark.parametrize("phone", ["", "Appointments: +49 30 450 000"])
def test_without_the_country_the_city_is_unconfirmed(directory: Any, phone: str) -> None:
    draft = _page(directory, f"{_KOREAN}\n\n{phone}", "Lung Cancer Center")
    assert draft["city"] is None


# ---------------------------------------------------------------- treatments another unit gives, or none


@pytest.mark.parametrize(
    ("body", "term", "given"),
    [
        # prescribed by another department
        (
            "We treat lung tumours with ablation. Targeted therapy is discussed at the MDT and is prescribed by the "
            "Department of Medical Oncology.",
            "targeted therapy",
            False,
        ),
        (
            "We treat lung tumours with ablation. Targeted therapy is prescribed by our own doctors.",
            "targeted therapy",
            True,
        ),
        # a partner the department works with for it
        (
            "We resect lung tumours. For stereotactic radiosurgery we work with the Northern Radiosurgery Centre.",
            "stereotactic radiotherapy",
            False,
        ),
        (
            "We resect lung tumours. For stereotactic radiosurgery we use our own linear accelerator.",
            "stereotactic radiotherapy",
            True,
        ),
        # "by the department" with nothing after it, or words that end the name, is this one
        ("For small nodules, microwave ablation is carried out by the department.", "microwave ablation", True),
        ("Induction chemotherapy is given by the department under the guidance of the lung MDT.", "chemotherapy", True),
        (
            "For small nodules, microwave ablation is carried out by the department of radiology.",
            "microwave ablation",
            False,
        ),
    ],
)
def test_who_gives_a_treatment(directory: Any, body: str, term: str, given: bool) -> None:
    assert (term in _page(directory, body)["treatments"]) is given


@pytest.mark.parametrize(
    ("body", "term", "given"),
    [
        # an operation called interventional is a catheter or needle procedure, not surgery
        ("The ward performed 1,400 interventional operations last year.", "surgery", False),
        ("The ward performed 1,400 operations last year.", "surgery", True),
        # iodine-131 remnant ablation destroys thyroid tissue left after an operation, no tumour
        ("We give iodine-131 after thyroidectomy for remnant ablation.", "tumour ablation", False),
        ("We give radioiodine ablation after thyroidectomy.", "tumour ablation", False),
        ("Iodine-131 is used for ablation of the thyroid remnant.", "tumour ablation", False),
        # (the heading "Department of Nuclear Medicine" names no other unit for the sentence below it)
        ("We offer thermal ablation for small lung nodules.", "tumour ablation", True),
        ("Patients are seen jointly by the Departments of Surgery and Radiotherapy.", "radiotherapy", False),
    ],
)
def test_words_that_name_another_thing(directory: Any, body: str, term: str, given: bool) -> None:
    assert (term in _page(directory, body, "Department of Nuclear Medicine")["treatments"]) is given


# ---------------------------------------------------------------- a partner cue's reach


@pytest.mark.parametrize(
    ("body", "term", "given"),
    [
        # a new item of a list ends the one before, with its partner
        (
            "Our services:\n- Skull base reconstruction, together with our ENT colleagues\n- Kyphoplasty for spinal "
            "metastases\n",
            "vertebroplasty and kyphoplasty",
            True,
        ),
        (
            "Our services:\n- Together with our orthopaedic colleagues, kyphoplasty for spinal metastases\n",
            "vertebroplasty and kyphoplasty",
            False,
        ),
        (
            "Care:\n- Perioperative nutrition support\n- Chemotherapy, given by the Department of Medical Oncology\n",
            "nutritional support",
            True,
        ),
        (
            "Care:\n- Perioperative nutrition support\n- Chemotherapy, given by the Department of Medical Oncology\n",
            "chemotherapy",
            False,
        ),
        # the department's own next verb ends a partner's list
        (
            "The ward holds an MDT every week with radiotherapy, imaging and pathology, and takes part in 6 clinical "
            "trials.",
            "clinical trials",
            True,
        ),
        (
            "The ward holds an MDT every week with radiotherapy, imaging and pathology, and takes part in 6 clinical "
            "trials.",
            "radiotherapy",
            False,
        ),
    ],
)
def test_a_partner_cue_reaches_no_further_than_its_clause(directory: Any, body: str, term: str, given: bool) -> None:
    assert (term in _page(directory, body)["treatments"]) is given


@pytest.mark.parametrize(
    ("body", "given"),
    [
        ("Samarium-153 treatment for the pain of multiple bone metastases is given on the ward.", True),
        ("We offer relief of pain from advanced lung cancer.", True),
        ("The ward also offers treatment for the pain of arthritis.", False),
        ("Pain from bone metastases is common in lung cancer.", False),
    ],
)
def test_a_treatment_for_a_cancers_pain(directory: Any, body: str, given: bool) -> None:
    assert ("cancer pain management" in _page(directory, body)["treatments"]) is given
