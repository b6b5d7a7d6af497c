"""extract: cancers and treatments of a new round of invented pages (round B, part 4 of 5).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# metastases named by their organ in Chinese word order: 'brain metastatic tumors'
CASES_0 = [
    (
        "Department of Radiotherapy",
        "Range of diseases: lung cancer, brain metastatic tumors and bone metastases with pain.",
        "brain metastases",
        True,
    ),
    (
        "Department of Radiotherapy",
        "Range of diseases: lung cancer, brain metastatic tumors and bone metastases with pain.",
        "metastatic cancer",
        False,
    ),
    (
        "Department of Radiotherapy",
        "We irradiate bone metastatic lesions and liver metastatic tumours.",
        "liver metastases",
        True,
    ),
    (
        "Department of Radiotherapy",
        "We irradiate bone metastatic lesions and liver metastatic tumours.",
        "bone metastases",
        True,
    ),
    (
        "Department of Radiotherapy",
        "We treat metastatic brain tumours with stereotactic radiotherapy.",
        "brain metastases",
        True,
    ),
    (
        "Department of Oncology",
        "We treat metastatic tumors with chemotherapy.",
        "metastatic cancer",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_0)
def test_terms_b4_0(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# an organ list that goes on with a place: 'cancer of the ovary, ... and vagina from the X area'
CASES_1 = [
    (
        "Department of Gynaecological Oncology",
        "We treat women with cancer of the ovary, uterus, cervix, vulva and vagina from the "
        "South-Eastern Norway Regional Health Authority area.",
        "vaginal cancer",
        True,
    ),
    (
        "Department of Surgery",
        "The unit operates on cancers of the stomach, pancreas and liver from the whole province.",
        "liver cancer",
        True,
    ),
    (
        "Department of Surgery",
        "The unit operates on tumours of the stomach and pancreas who are referred by other hospitals.",
        "pancreatic cancer",
        True,
    ),
    (
        "Department of Oncology",
        "We treat cancers of the lung and breast at our two campuses.",
        "breast cancer",
        True,
    ),
    (
        "Department of Surgery",
        "The unit operates on tumours of the stomach and colon from Tuesday to Friday.",
        "colon cancer",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_1)
def test_terms_b4_1(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a flap named right after the act: 'repair by pectoralis major flap'; organs before a colon
CASES_2 = [
    (
        "Department of Head and Neck Surgery",
        "Main operations are total laryngectomy and hypopharyngectomy with repair by "
        "pectoralis major flap or free forearm flap.",
        "reconstructive surgery",
        True,
    ),
    (
        "Department of Oral and Maxillofacial Surgery",
        "After resection of oral cancer, defects are closed with a free anterolateral thigh flap.",
        "reconstructive surgery",
        True,
    ),
    (
        "Department of Dermatology",
        "After excision of skin cancer the wound is covered by a local rotation flap.",
        "reconstructive surgery",
        True,
    ),
    (
        "Department of Head and Neck Surgery",
        "The tongue is repaired using a radial forearm free flap.",
        "reconstructive surgery",
        True,
    ),
    (
        "Department of General Surgery",
        "Hernia repair with mesh is performed in the day ward.",
        "reconstructive surgery",
        False,
    ),
    (
        "Department of Thyroid Surgery",
        "Repair of the recurrent laryngeal nerve is done with nerve monitoring.",
        "reconstructive surgery",
        False,
    ),
    (
        "Department of Head and Neck Surgery",
        "The department is engaged in the surgical treatment of benign and malignant tumors "
        "of the head and neck: laryngeal carcinoma and oral cancer.",
        "head and neck cancer",
        True,
    ),
    (
        "Department of Surgery",
        "We treat tumours of the stomach: gastric cancer and GIST.",
        "gastric cancer",
        True,
    ),
    (
        "Department of Head and Neck Surgery",
        "The department treats benign tumors of the head and neck: thyroid adenoma and parotid adenoma.",
        "head and neck cancer",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_2)
def test_terms_b4_2(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a treatment of the department's own kind given jointly ('in cooperation with');
# a service by its name
CASES_3 = [
    (
        "Department of Radiation Oncology",
        "We treat rectal cancer. Concomitant radio-chemotherapy for head and neck and rectal "
        "cancer, in cooperation with Medical Oncology.",
        "chemoradiotherapy",
        True,
    ),
    (
        "Department of Radiation Oncology",
        "We treat brain metastases with stereotactic radiotherapy given in close collaboration with the neurosurgeons.",
        "stereotactic radiotherapy",
        True,
    ),
    (
        "Department of Thoracic Surgery",
        "Extended resections are performed together with the Department of Cardiac Surgery "
        "when the great vessels are involved.",
        "surgery",
        True,
    ),
    (
        "Department of Radiation Oncology",
        "We treat lung cancer. Systemic therapy is given in cooperation with the Department of Medical Oncology.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Radiation Oncology",
        "We treat lung cancer. Chemotherapy is given in cooperation with the Department of Medical Oncology.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Haematology",
        "We treat lymphoma. Radiotherapy is given in partnership with the regional radiation oncology service.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Haematology",
        "We treat lymphoma. Radiotherapy is provided by the radiation oncology service of the city hospital.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Haematology",
        "We treat lymphoma and refer patients to the radiation oncology service.",
        "radiotherapy",
        False,
    ),
    (
        "Palliative Care Service",
        "Palliative care is provided by the palliative care service to inpatients and outpatients.",
        "palliative care",
        True,
    ),
    (
        "Department of Oncology",
        "The department provides a palliative care service for inpatients.",
        "palliative care",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_3)
def test_terms_b4_3(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
