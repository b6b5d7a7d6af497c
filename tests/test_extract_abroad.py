"""extract on pages written abroad and on new Chinese pages (issue 10, third round).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft
from oncodir.storage import read


@pytest.fixture(scope="module")
def directory() -> Any:
    return read.load()


def _page(directory: Any, body: str, heading: str = "Thoracic Oncology") -> dict[str, Any]:
    return draft(f"{heading}\n\n{body}\n", "page.txt", directory)


def _roles(d: dict[str, Any]) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in d["people"]}


# ---------------------------------------------------------------- treatments another unit gives


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We resect lung tumours. Patients who need radiotherapy are referred to the Department of Radiation Oncology.",
         "radiotherapy"),
        ("We resect lung tumours. Adjuvant chemotherapy is arranged with the Medical Oncology Unit.", "chemotherapy"),
        ("We resect lung tumours. Brachytherapy is delivered at St Anne's Hospital nearby.", "brachytherapy"),
        ("We resect lung tumours. Surgery takes place in the surgical clinics, and radiotherapy in the Department of "
         "Radiation Therapy.", "radiotherapy"),
        ("We resect lung tumours. Proton therapy is available through our partner proton centre.", "proton therapy"),
        ("We resect lung tumours. We work closely with the cancer centre next door, who provide radiotherapy.",
         "radiotherapy"),
        ("We resect lung tumours and use sentinel node biopsy to avoid a full lymph node dissection.",
         "lymph node dissection"),
        ("We ablate lung tumours in patients who are not suitable for surgery.", "surgery"),
        ("We resect lung tumours. Every Monday we hold an MDT with Radiotherapy, Pathology and Imaging.",
         "radiotherapy"),
        ("We resect lung tumours. We review outside imaging and pathology slides for second opinions.",
         "diagnostic imaging"),
        ("We perform salvage surgery for residual or recurrent lung cancer after radiotherapy.", "radiotherapy"),
    ],
)  # fmt: skip
def test_treatments_another_unit_gives_are_not_the_departments(directory, sentence, absent):
    assert absent not in _page(directory, sentence)["treatments"]


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Chemotherapy is given in our day clinic.", "chemotherapy"),
        ("Chemotherapy is given in the ward.", "chemotherapy"),
        ("Radiotherapy is planned and delivered by our clinical oncologists.", "radiotherapy"),
        ("Radiotherapy is delivered in the Department of Thoracic Oncology.", "radiotherapy"),
        ("We perform lymph node dissection to avoid recurrence.", "lymph node dissection"),
        ("We offer surgery to patients who are suitable for surgery.", "surgery"),
        ("We perform radiotherapy after surgery in the surgical clinics.", "radiotherapy"),
    ],
)
def test_twins_the_department_still_gives_it(directory, sentence, present):
    assert present in _page(directory, sentence)["treatments"]


def test_another_departments_name_is_no_alias(directory):
    d = _page(directory, "Radiotherapy is given by the Department of Radiation Oncology.", "Gynaecological Oncology")
    assert d["aliases"] == [] and "radiotherapy" not in d["treatments"]
    # the twin: the department's own "Department of X" is its alias
    d = _page(directory, "The Department of Gynaecological Oncology was founded in 1990.", "Gynaecological Oncology")
    assert d["aliases"] == ["Department of Gynaecological Oncology"]
