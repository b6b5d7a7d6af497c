"""extract: cancers and treatments of a new round of invented pages (round B, part 2 of 5).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# a symptom the treatments left: 'insomnia after operation, chemotherapy or radiotherapy'
CASES_0 = [
    (
        "Oncology Department",
        "Main diseases: lung cancer, gastric cancer and cancer-related fatigue, anorexia and "
        "insomnia after operation, chemotherapy or radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Oncology Department",
        "Main diseases: lung cancer, gastric cancer and cancer-related fatigue, anorexia and "
        "insomnia after operation, chemotherapy or radiotherapy.",
        "surgery",
        False,
    ),
    (
        "Department of Traditional Chinese Medicine",
        "We relieve nausea and vomiting caused by chemotherapy with acupuncture.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Traditional Chinese Medicine",
        "Herbal medicine is used for bone marrow suppression following radiotherapy and chemotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Rehabilitation",
        "Lymphoedema after breast surgery is treated by our physiotherapists.",
        "surgery",
        False,
    ),
    (
        "Department of Integrative Oncology",
        "The clinic manages peripheral neuropathy due to chemotherapy and dry mouth after radiotherapy.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Integrative Oncology",
        "The clinic manages peripheral neuropathy due to chemotherapy and dry mouth after radiotherapy.",
        "chemotherapy",
        False,
    ),
    (
        "Department of Oncology",
        "The ward offers fatigue management, chemotherapy and radiotherapy.",
        "radiotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "Pain relief after operation is part of the care; the department gives chemotherapy in the day ward.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "For insomnia, acupuncture is used; after that, radiotherapy is given on our own linear accelerator.",
        "radiotherapy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_0)
def test_terms_b2_0(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a denial after an aside:
# 'X, which is treated mainly by radiotherapy, is not operated in this department'
CASES_1 = [
    (
        "Department of Head and Neck Surgery",
        "The department operates on laryngeal carcinoma, and nasopharyngeal carcinoma, which "
        "is treated mainly by radiotherapy, is not operated in this department.",
        "nasopharyngeal cancer",
        False,
    ),
    (
        "Department of Head and Neck Surgery",
        "The department operates on laryngeal carcinoma, and nasopharyngeal carcinoma, which "
        "is treated mainly by radiotherapy, is not operated in this department.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Head and Neck Surgery",
        "The department operates on laryngeal carcinoma. Nasopharyngeal cancer is not operated on here.",
        "nasopharyngeal cancer",
        False,
    ),
    (
        "Department of Oncology",
        "We treat lung cancer. Lymphoma, being a disease of the whole body, is not treated in our department.",
        "lymphoma",
        False,
    ),
    (
        "Department of General Surgery",
        "We operate on gastric cancer. Thyroid cancer (managed by the thyroid surgeons) is not seen in this unit.",
        "thyroid cancer",
        False,
    ),
    (
        "Department of Colorectal Surgery",
        "We operate on rectal cancer. Anal cancer, for which chemoradiotherapy is the "
        "standard, is not managed by the department.",
        "anal cancer",
        False,
    ),
    (
        "Department of Colorectal Surgery",
        "We operate on rectal cancer. Anal cancer, for which chemoradiotherapy is the "
        "standard, is not managed by the department.",
        "chemoradiotherapy",
        False,
    ),
    (
        "Department of Head and Neck Surgery",
        "Laryngeal carcinoma, which is common in the north, is operated in this department.",
        "laryngeal cancer",
        True,
    ),
    (
        "Department of Oncology",
        "Nasopharyngeal carcinoma, which is treated mainly by radiotherapy, is not only "
        "irradiated but also given chemotherapy here.",
        "nasopharyngeal cancer",
        True,
    ),
    (
        "Department of Oncology",
        "Lung cancer, which is not rare, is treated with chemotherapy in our department.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Oncology",
        "Lung cancer patients (stage III) who are not operated on are treated with chemoradiotherapy.",
        "lung cancer",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_1)
def test_terms_b2_1(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a service named by another specialty: 'provided by the regional radiation oncology service'
CASES_2 = [
    (
        "Haematology",
        "We give chemotherapy. Radiotherapy for lymphoma is provided by the regional radiation oncology service.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Haematology",
        "We give chemotherapy. Surgery, when needed, is done by the general surgical service.",
        "surgery",
        False,
    ),
    (
        "Department of Medical Oncology",
        "We give chemotherapy. Radiotherapy is delivered by the radiation therapy service at the district hospital.",
        "radiotherapy",
        False,
    ),
    (
        "Department of Gynaecological Oncology",
        "We operate on ovarian cancer. Brachytherapy is given by the radiation oncology service.",
        "brachytherapy",
        False,
    ),
    (
        "Department of Haematology",
        "Chemotherapy is provided by the haematology day service.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Haematology",
        "Chemotherapy is provided by the service itself.",
        "chemotherapy",
        True,
    ),
    (
        "Department of Haematology",
        "Chemotherapy is provided by our outpatient service.",
        "chemotherapy",
        True,
    ),
    (
        "Palliative Care Service",
        "Palliative care is provided by the service to inpatients.",
        "palliative care",
        True,
    ),
    (
        "Department of Haematology",
        "Chemotherapy is provided by the hematology day service.",
        "chemotherapy",
        True,
    ),
    (
        "Breast Surgery Service",
        "The service operates on breast cancer and thyroid cancer for the whole region.\n\nWhat "
        "we do\n- Breast conserving surgery and mastectomy\n- Sentinel lymph node biopsy for "
        "breast cancer\nChemotherapy, hormone therapy and radiation therapy are provided by "
        "the regional oncology service.",
        "sentinel lymph node biopsy",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), CASES_2)
def test_terms_b2_2(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given
