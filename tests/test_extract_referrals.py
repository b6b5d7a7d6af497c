"""extract on treatments a page names as the reason patients are sent to another unit.

Every sentence here is invented; each pattern has a twin that must keep the treatment.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "We excise skin cancers. Patients with advanced melanoma are referred to Medical Oncology for "
            "immunotherapy or targeted therapy.",
            "immunotherapy",
        ),
        (
            "We excise skin cancers. Patients with advanced melanoma are referred to Medical Oncology for "
            "immunotherapy or targeted therapy.",
            "targeted therapy",
        ),
        (
            "We excise skin cancers. Patients with nodal disease are transferred to the oncology unit for "
            "radiotherapy, chemotherapy and targeted therapy.",
            "chemotherapy",
        ),
    ],
)
def test_treatment_another_unit_is_sent_for_is_not_claimed(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in extract_page(directory, sentence, "Department of Dermatology")["treatments"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "We excise skin cancers. Patients with advanced melanoma are referred to us for immunotherapy.",
            "immunotherapy",
        ),
        ("We excise skin cancers. Patients are referred to our clinic for immunotherapy.", "immunotherapy"),
        (
            "We excise skin cancers. Patients with skin lesions are referred to Dermatology for photodynamic therapy.",
            "photodynamic therapy",
        ),
        (
            "We excise skin cancers. Patients are sent to the Medical Oncology Unit for assessment, while we give "
            "chemotherapy.",
            "chemotherapy",
        ),
    ],
)
def test_treatment_the_department_is_sent_patients_for_is_kept(directory: Any, sentence: str, kept: str) -> None:
    assert kept in extract_page(directory, sentence, "Department of Dermatology")["treatments"]


# ---------------------------------------------------------------- a multidisciplinary meeting named by its title


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("We excise skin cancers. Patients are discussed at the weekly Skin Cancer Multidisciplinary Meeting.", True),
        ("We excise skin cancers. Each case is reviewed at the Skin Cancer Tumour Board every week.", True),
        ("We excise skin cancers. Dr Lee chairs the Irish Multidisciplinary Team Oncology Society.", False),
        ("We excise skin cancers. Dr Lee is a member of the Irish Skin Cancer Multidisciplinary Group.", False),
    ],
)
def test_titled_multidisciplinary_meeting(directory: Any, sentence: str, claimed: bool) -> None:
    treatments = extract_page(directory, sentence, "Department of Dermatology")["treatments"]
    assert ("multidisciplinary care" in treatments) is claimed


# ---------------------------------------------------------------- laser microsurgery is laser therapy


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("We treat laryngeal cancer. Small glottic tumours are removed by transoral CO2 laser microsurgery.", True),
        ("We treat laryngeal cancer. Small glottic tumours are removed by transoral microsurgery.", False),
    ],
)
def test_laser_microsurgery(directory: Any, sentence: str, claimed: bool) -> None:
    treatments = extract_page(directory, sentence, "Department of Otolaryngology")["treatments"]
    assert ("laser therapy" in treatments) is claimed


# ---------------------------------------------------------------- the team meeting partners plan care in


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("We resect liver cancer. Adjuvant treatment is planned together with medical oncology and radiotherapy at "
         "the weekly hepatobiliary and pancreatic tumour MDT.", True),
        ("We resect liver cancer. We work together with the Provincial Cancer Hospital and its hepatobiliary and "
         "pancreatic tumour MDT.", False),
    ],
)  # fmt: skip
def test_meeting_with_partners_named_at_length(directory: Any, sentence: str, claimed: bool) -> None:
    treatments = extract_page(directory, sentence, "Department of Hepatobiliary Surgery")["treatments"]
    assert ("multidisciplinary care" in treatments) is claimed


# ---------------------------------------------------------------- a multicentre study is a clinical trial


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("We treat lung cancer and take part in national multicentre studies of new drugs.", True),
        ("We treat lung cancer and take part in national multi-center studies of new drugs.", True),
        ("We treat lung cancer and take part in national surveys of new drugs.", False),
    ],
)
def test_multicentre_studies(directory: Any, sentence: str, claimed: bool) -> None:
    treatments = extract_page(directory, sentence, "Department of Oncology")["treatments"]
    assert ("clinical trials" in treatments) is claimed


# ---------------------------------------------------------------- endoscopic techniques are endoscopic treatment


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("We treat bladder cancer; small tumours are removed with endoscopic techniques.", True),
        ("We treat bladder cancer; small tumours are removed with open techniques.", False),
    ],
)
def test_endoscopic_techniques(directory: Any, sentence: str, claimed: bool) -> None:
    treatments = extract_page(directory, sentence, "Department of Urology")["treatments"]
    assert ("endoscopic treatment" in treatments) is claimed
