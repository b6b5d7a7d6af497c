"""extract: cancers and treatments that are another unit's, of a place patients are sent to, denied, or had
before (the wordings of the vocabulary: test_extract_wordings.py).

Every sentence here is invented; each rule has a twin that must keep the fact (or must not give it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of as _terms

# ---------------------------------------------------------------- another unit's, or not given at all


@pytest.mark.parametrize(
    ("heading", "sentence", "term", "kept"),
    [
        # denied: "not yet able to", "is still not available"
        (
            "Radiation Oncology",
            "We treat lung cancer. The unit is not yet able to perform proton therapy.",
            "proton therapy",
            False,
        ),
        (
            "Radiation Oncology",
            "We treat lung cancer. Patients who cannot undergo surgery receive proton therapy.",
            "proton therapy",
            True,
        ),
        (
            "Radiation Oncology",
            "We treat lung cancer with IMRT. Brachytherapy is still not available in the region.",
            "brachytherapy",
            False,
        ),
        (
            "Radiation Oncology",
            "We treat lung cancer. Brachytherapy is not only given for cervical cancer.",
            "brachytherapy",
            True,
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer. Nasopharyngeal carcinoma is not treated in this department.",
            "nasopharyngeal cancer",
            False,
        ),
        # a sister unit's field: the same name with another number, or another name
        (
            "Gastroenterology Ward I",
            "Gastroenterology Ward I treats colon cancer, while Gastroenterology Ward II has "
            "30 beds and is mainly responsible for pancreatic cancer.",
            "pancreatic cancer",
            False,
        ),
        (
            "Gastroenterology Ward II",
            "Gastroenterology Ward I treats colon cancer, while Gastroenterology Ward II "
            "has 30 beds and is mainly responsible for pancreatic cancer.",
            "pancreatic cancer",
            True,
        ),
        (
            "Thoracic Oncology",
            "We treat lung cancer. The Haematology Department is responsible for lymphoma.",
            "lymphoma",
            False,
        ),
        # the place patients are sent to
        (
            "Breast Surgery",
            "We operate on breast cancer. Patients with BRCA mutations are referred to the genetic "
            "counselling clinic of Riverside Hospital.",
            "genetic counselling",
            False,
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer and run a genetic counselling clinic for BRCA carriers.",
            "genetic counselling",
            True,
        ),
        (
            "Paediatric Oncology",
            "We treat leukaemia. Children with relapsed leukaemia are sent to a CAR-T centre in the capital.",
            "CAR-T cell therapy",
            False,
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer; patients who need irradiation are referred to radiation oncology.",
            "radiotherapy",
            False,
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer; patients are referred to us for radiotherapy planning as well.",
            "radiotherapy",
            True,
        ),
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Patients with liver metastases are referred to the "
            "hepatobiliary team at Northgate Hospital, and those with peritoneal spread to a national peritoneal "
            "malignancy centre.",
            "peritoneal cancer",
            False,
        ),
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Patients with liver metastases are referred to the "
            "hepatobiliary team at Northgate Hospital.",
            "liver metastases",
            False,
        ),
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Patients with liver metastases are referred to us from the whole region.",
            "liver metastases",
            True,
        ),
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Anal cancer is treated by the regional anal cancer team.",
            "anal cancer",
            False,
        ),
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Anal cancer is treated by our own surgeons.",
            "anal cancer",
            True,
        ),
        (
            "Hepatobiliary Surgery",
            "We resect liver cancer. Patients who meet the criteria for liver transplantation "
            "are referred to a transplant centre.",
            "liver transplantation",
            False,
        ),
        (
            "Hepatobiliary Surgery",
            "We resect liver cancer and perform liver transplantation for patients who meet the criteria.",
            "liver transplantation",
            True,
        ),
        # a specialty's name is a unit after "transferred to"
        (
            "Interventional Oncology",
            "We embolise liver cancer. Some patients can then have a surgical resection "
            "and are transferred to Hepatobiliary Surgery.",
            "surgery",
            False,
        ),
        (
            "Interventional Oncology",
            "We embolise liver cancer. Some patients can then have a surgical resection "
            "and are transferred to our ward.",
            "surgery",
            True,
        ),
    ],
)
def test_not_the_departments(directory: Any, heading: str, sentence: str, term: str, kept: bool) -> None:
    assert (term in _terms(directory, sentence, heading)) is kept


@pytest.mark.parametrize(
    ("sentence", "term", "kept"),
    [
        # what the ward gives stays its own when the next clause hands something else on
        (
            "Children with solid tumours receive chemotherapy in the ward, while resection is performed by the "
            "Department of Paediatric Surgery.",
            "chemotherapy",
            True,
        ),
        (
            "Children with solid tumours receive chemotherapy, given by the adult oncology colleagues.",
            "chemotherapy",
            False,
        ),
        (
            "Children with solid tumours receive chemotherapy in the ward, while resection is performed by the "
            "Department of Paediatric Surgery.",
            "surgery",
            False,
        ),
    ],
)
def test_a_clause_after_while(directory: Any, sentence: str, term: str, kept: bool) -> None:
    assert (term in _terms(directory, sentence, "Paediatric Haematology and Oncology Ward")) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # done in the department's room with a partner: the department's own
        (
            "Seed implantation for lung cancer is carried out in the CT room together with the Department of "
            "Interventional Radiology.",
            True,
        ),
        ("Seed implantation for lung cancer is carried out by the Department of Interventional Radiology.", False),
    ],
)
def test_done_here_with_a_partner(directory: Any, sentence: str, kept: bool) -> None:
    assert ("brachytherapy" in _terms(directory, sentence, "Nuclear Medicine")) is kept


# ---------------------------------------------------------------- received before, a title held


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Main diseases treated: lung cancer, breast cancer after operation and rectal cancer.", False),
        (
            "Main diseases treated: lung cancer and rectal cancer. Patients after total thyroidectomy receive iodine "
            "therapy.",
            False,
        ),
        ("We treat lung cancer, and our surgeons perform breast cancer operations.", True),
    ],
)
def test_an_operation_before(directory: Any, sentence: str, kept: bool) -> None:
    assert ("surgery" in _terms(directory, sentence, "Radiation Oncology")) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            'We treat lung cancer. In 2019 the department was approved as a "Provincial Cancer Pain Treatment Model '
            'Ward".',
            True,
        ),
        (
            "We treat lung cancer. The director chairs the Cancer Pain Treatment Committee of the Provincial Society.",
            False,
        ),
    ],
)
def test_a_title_the_department_holds(directory: Any, sentence: str, kept: bool) -> None:
    assert ("cancer pain management" in _terms(directory, sentence, "Medical Oncology")) is kept


# ---------------------------------------------------------------- organs of another item of a list


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Services: cervical cancer screening, fine needle aspiration cytology of thyroid and lymph nodes.", False),
        ("We diagnose tumours of the thyroid and larynx.", True),
        ("We see many cancers, especially those of the thyroid.", True),
    ],
)
def test_organs_after_a_cancer_noun(directory: Any, sentence: str, kept: bool) -> None:
    assert ("thyroid cancer" in _terms(directory, sentence, "Pathology")) is kept
