"""extract: cancers named only as the origins of metastases, benign tumours, and treatments a page says are
given elsewhere, not at all, or in other words.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


def _found(directory: Any, body: str, heading: str = "Orthopaedic Oncology Unit") -> set[str]:
    return terms_of(directory, body, heading)


# ---------------------------------------------------------------- cancers: where metastases came from, benign tumours


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        (
            "The unit operates on spinal metastases from kidney, colon and lung cancer.",
            {"kidney cancer", "lung cancer"},
            {"bone metastases"},
        ),
        (
            "We fix pathological fractures caused by bone metastases of the femur and humerus arising from breast or "
            "thyroid carcinoma.",
            {"breast cancer", "thyroid cancer"},
            set(),
        ),
        # twins: a cancer also named on its own stays; one origin may be the disease treated
        (
            "The unit treats lung cancer, and spinal metastases from kidney and lung cancer.",
            {"kidney cancer"},
            {"lung cancer"},
        ),
        ("Radium-223 therapy is given for bone metastases from prostate cancer.", set(), {"prostate cancer"}),
        ("We treat metastatic breast cancer and sarcoma.", set(), {"breast cancer"}),
    ],
)
def test_origins_of_metastases(directory: Any, body: str, absent: set[str], present: set[str]) -> None:
    found = _found(directory, body)
    assert not found & absent
    assert present <= found


@pytest.mark.parametrize(
    ("body", "cancer", "given"),
    [
        ("Our surgeons remove benign tumours of the parotid gland.", "salivary gland cancer", False),
        ("Our surgeons remove benign parotid tumours every week.", "salivary gland cancer", False),
        ("Our surgeons remove malignant tumours of the parotid gland.", "salivary gland cancer", True),
        ("Our surgeons remove benign and malignant tumours of the parotid gland.", "salivary gland cancer", True),
    ],
)
def test_benign_tumours(directory: Any, body: str, cancer: str, given: bool) -> None:
    assert (cancer in _found(directory, body, "Head and Neck Surgery")) is given


# ---------------------------------------------------------------- treatments given elsewhere or not at all


@pytest.mark.parametrize(
    ("body", "treatment", "given"),
    [
        ("We resect sarcomas. Radiotherapy is not administered in this unit.", "radiotherapy", False),
        ("We resect sarcomas. Radiotherapy is administered in this unit.", "radiotherapy", True),
        (
            "We resect sarcomas. Proton therapy is provided by a national programme at another site.",
            "proton therapy",
            False,
        ),
        ("We resect sarcomas and give proton therapy to patients sent from another site.", "proton therapy", True),
        (
            "We resect sarcomas. Biopsies and embolization are performed by Interventional Radiology.",
            "interventional therapy",
            False,
        ),
        (
            "We resect sarcomas. Embolization is performed by interventional radiology staff in our unit.",
            "interventional therapy",
            True,
        ),
        (
            "We resect sarcomas. Please send the referral letter with CT reports and pathology.",
            "diagnostic pathology",
            False,
        ),
        (
            "We resect sarcomas. Our staff write the reports and pathology is done on site in the unit.",
            "diagnostic pathology",
            True,
        ),
        (
            "We resect sarcomas. Patients whose ultrasound shows a deep mass are seen within a week.",
            "diagnostic imaging",
            False,
        ),
        (
            "We resect sarcomas. Our ultrasound shows the extent of each tumour before the operation.",
            "diagnostic imaging",
            True,
        ),
    ],
)
def test_given_elsewhere_or_not(directory: Any, body: str, treatment: str, given: bool) -> None:
    assert (treatment in _found(directory, body)) is given


@pytest.mark.parametrize(
    ("body", "given"),
    [
        (
            "Each case is discussed at the weekly sarcoma MDT, and radiotherapy is given by the Department of "
            "Radiation Oncology.",
            True,
        ),
        ("We resect sarcomas. The weekly MDT is run by the Department of Radiation Oncology.", False),
    ],
)
def test_team_clause_ends_at_and(directory: Any, body: str, given: bool) -> None:
    found = _found(directory, body)
    assert ("multidisciplinary care" in found) is given
    assert "radiotherapy" not in found


# ---------------------------------------------------------------- treatments in other words


@pytest.mark.parametrize(
    ("body", "treatment", "given"),
    [
        ("The unit offers assessment and relief of pain for its inpatients.", "cancer pain management", True),
        ("The nurses provide the treatment of chronic pain and of breathlessness.", "cancer pain management", True),
        ("The unit offers treatment of pain from arthritis to its staff.", "cancer pain management", False),
        (
            "Large defects after tumour resection are closed by repair of the defects with a radial forearm flap.",
            "reconstructive surgery",
            True,
        ),
        (
            "Our surgeons perform the repair of bone defects with cement after curettage.",
            "reconstructive surgery",
            False,
        ),
    ],
)
def test_other_words(directory: Any, body: str, treatment: str, given: bool) -> None:
    assert (treatment in _found(directory, body, "Palliative and Surgical Unit")) is given


@pytest.mark.parametrize(
    ("body", "given"),
    [
        ("In 2018 the unit was awarded the title of Model Ward, and it provides palliative care to inpatients.", True),
        ("In 2018 the unit was awarded a prize for its study of palliative care in the elderly.", False),
    ],
)
def test_title_awarded_is_no_research(directory: Any, body: str, given: bool) -> None:
    assert ("palliative care" in _found(directory, body, "Geriatric Oncology")) is given


def test_sentence_ends_within_its_reach(directory: Any) -> None:
    """A list of lines without full stops does not run on to a prize named far below it."""
    items = "\n".join(f"- item {i}: wide resection of soft tissue tumours of region {i};" for i in range(8))
    first = "Main techniques\n- Limb salvage surgery with prosthesis for bone sarcoma;"
    body = f"{first}\n{items}\nHonours: the team won a prize"
    assert "limb salvage surgery" in _found(directory, body)
    twin = "The team won a prize for its study of limb salvage surgery."
    assert "limb salvage surgery" not in _found(directory, twin)
