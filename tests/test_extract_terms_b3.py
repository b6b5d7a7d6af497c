"""extract: cancers and treatments of a new round of invented pages (round B, part 3 of 5).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# another's charge: 'stays under the responsibility of', 'falls within the remit of', 'rests with'
CASES_0 = [
    (
        "Palliative Care Unit",
        "The unit gives palliative care. Palliative radiotherapy of bone metastases, for "
        "example, stays under the responsibility of the radiotherapy department of the Pôle "
        "Cancérologie.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Palliative Care",
        "We give palliative care. Chemotherapy remains with the medical oncologists.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Oncology",
        "We give chemotherapy. Surgery falls within the remit of the Department of General Surgery.",
        "surgery",
        False,
    ),
    (
        "Department of Medical Oncology",
        "We give chemotherapy. Radiotherapy rests with the radiation oncology team.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Respiratory Medicine",
        "We diagnose lung cancer. The operation is under the care of the thoracic surgeons.",
        "surgery",
        False,
    ),
    (
        "Department of Palliative Care",
        "Pain management stays under the responsibility of our own team, and radiotherapy "
        "lies with the Radiotherapy Department.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Palliative Care",
        "Palliative care remains the responsibility of the department.",
        "palliative care",
        True,
    ),
    (
        "Department of Medical Oncology",
        "Chemotherapy stays under the responsibility of our unit throughout.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Palliative Care",
        "Pain management stays under the responsibility of our own team, and radiotherapy "
        "lies with the Radiotherapy Department.",
        "cancer pain management",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_0)
def test_terms_b3_0(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a cancer named only as the object of a treatment given elsewhere: 'radiotherapy of bone metastases'
CASES_1 = [
    (
        "Palliative Care Unit",
        "The unit gives palliative care. Palliative radiotherapy of bone metastases, for "
        "example, stays under the responsibility of the radiotherapy department of the Pôle "
        "Cancérologie.",
        "bone metastases",
        False,
    ),
    (
        "Department of Hospice and Palliative Care",
        "Patients who need specialized treatment such as radiotherapy of bone metastases can "
        "also be referred to Sichuan Cancer Hospital in Chengdu.",
        "bone metastases",
        False,
    ),
    (
        "Department of Medical Oncology",
        "We give chemotherapy. Surgery for liver metastases is done by the hepatobiliary surgeons.",
        "liver metastases",
        False,
    ),
    (
        "Department of Hematology",
        "We treat leukemia. Patients needing radiotherapy for brain metastases are referred "
        "to the Department of Radiotherapy.",
        "brain metastases",
        False,
    ),
    (
        "Department of Oncology",
        "We give chemotherapy. Stereotactic radiosurgery of brain and bone metastases is "
        "provided by the Gamma Knife Center of the hospital.",
        "brain metastases",
        False,
    ),
    (
        "Department of Urology",
        "We operate on prostate cancer. Radioiodine therapy for thyroid cancer is given in "
        "the Department of Nuclear Medicine.",
        "thyroid cancer",
        False,
    ),
    (
        "Department of Radiotherapy",
        "The department gives radiotherapy of bone metastases and brain metastases.",
        "bone metastases",
        True,
    ),
    (
        "Department of Medical Oncology",
        "Radiotherapy for lung cancer is given by the Department of Radiation Oncology, and "
        "we give chemotherapy for lung cancer.",
        "lung cancer",
        True,
    ),
    (
        "Department of Oncology",
        "We treat bone metastases with our own radiotherapy; surgery for bone metastases is "
        "done by the orthopaedic surgeons.",
        "bone metastases",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_1)
def test_terms_b3_1(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# cases discussed with other units:
# 'discusses the difficult cases with Oncology, Radiology and Pathology'
CASES_2 = [
    (
        "Department of Thoracic Surgery",
        "The department operates on lung cancer and discusses the difficult cases with "
        "Oncology, Radiology and Pathology every week.",
        "diagnostic imaging",
        False,
    ),
    (
        "Department of Thoracic Surgery",
        "The department operates on lung cancer and discusses the difficult cases with "
        "Oncology, Radiology and Pathology every week.",
        "diagnostic pathology",
        False,
    ),
    (
        "Department of Thoracic Surgery",
        "We operate on lung cancer. Complex cases are discussed with Radiology and Pathology before the operation.",
        "diagnostic pathology",
        False,
    ),
    (
        "Department of Breast Surgery",
        "We operate on breast cancer; every case is reviewed with Pathology and Radiotherapy at the weekly meeting.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Urology",
        "We operate on prostate cancer and present our cases with Medical Oncology and Radiation Oncology each Monday.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Thoracic Surgery",
        "The department discusses with each patient the choice of surgery and then operates.",
        "surgery",
        True,
    ),
    (
        "Department of Oncology",
        "We discuss the treatment plan with the patient: chemotherapy, radiotherapy or both.",
        "radiotherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_2)
def test_terms_b3_2(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
