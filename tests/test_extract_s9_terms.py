"""extract: cancers and treatments another unit or another place gives (invented pages, synthetic9 round).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str = "Department of Lung Surgery") -> dict[str, Any]:
    return extract_page(directory, body, heading)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # another unit of the hospital, named after a possessive (and the treatment's short name in brackets)
        ("We resect lung tumours. Small airway lesions are treated with photodynamic therapy (PDT) in the "
         "hospital's Respiratory Endoscopy Center.", "photodynamic therapy"),
        ("We resect lung tumours. Selected nodules are treated with microwave ablation in our hospital's "
         "Interventional Radiology Unit.", "microwave ablation"),
        # recommended, at another place
        ("We resect lung tumours. For tumours near the heart the team recommends proton therapy at the proton "
         "centres in the capital.", "proton therapy"),
        ("We resect lung tumours. We often recommend brachytherapy at a partner hospital.", "brachytherapy"),
        # those who may benefit from it are referred on
        ("We resect lung tumours. For patients who may benefit from proton therapy, we coordinate referral to the "
         "Lakeside University Clinic.", "proton therapy"),
        ("We resect lung tumours. Patients who could benefit from brachytherapy are referred to the regional "
         "cancer institute.", "brachytherapy"),
    ],
)  # fmt: skip
def test_treatments_given_elsewhere(directory, sentence, absent):
    assert absent not in _page(directory, sentence)["treatments"]


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We resect lung tumours. Small airway lesions are treated with photodynamic therapy (PDT) in the ward.",
         "photodynamic therapy"),
        ("We resect lung tumours. Selected nodules are treated with microwave ablation in our day unit.",
         "microwave ablation"),
        ("We resect lung tumours. For tumours near the heart the team recommends proton therapy in our own unit.",
         "proton therapy"),
        ("We resect lung tumours. We often recommend brachytherapy in early disease.", "brachytherapy"),
        ("We resect lung tumours. Patients who may benefit from proton therapy receive it in our proton unit.",
         "proton therapy"),
        ("We resect lung tumours. Patients who could benefit from brachytherapy are referred to us by other "
         "hospitals.", "brachytherapy"),
    ],
)  # fmt: skip
def test_twins_the_department_gives_it(directory, sentence, present):
    assert present in _page(directory, sentence)["treatments"]


def test_a_cancer_screened_for_whose_organ_another_department_treats(directory):
    body = (
        "We treat cervical, ovarian and endometrial cancers. The ward runs a screening programme for women of the "
        "county that checks cervical cancer and breast cancer. Women with an abnormal breast ultrasound are "
        "referred to the Department of Breast Surgery."
    )
    cancers = _page(directory, body, "Department of Gynecologic Oncology")["cancers"]
    assert "breast cancer" not in cancers and "cervical cancer" in cancers


@pytest.mark.parametrize(
    "body",
    [
        # not a screening programme's target: a cancer treated here, and patients needing an operation go on
        "We give chemotherapy for breast cancer. Women who need an operation are referred to the Department of "
        "Breast Surgery.",
        # screened for, but patients are sent to a department of another organ
        "The ward checks breast cancer in its screening clinic. Women with abnormal smears are referred to the "
        "Department of Cervical Disease.",
    ],
)
def test_twins_the_cancer_stays(directory, body):
    assert "breast cancer" in _page(directory, body, "Department of Breast Oncology")["cancers"]
