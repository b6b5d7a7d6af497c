"""extract: cancers and treatments another body gives, and cancers named in other forms.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


def _found(directory: Any, body: str, heading: str = "Department of Surgical Oncology") -> set[str]:
    return terms_of(directory, body, heading)


@pytest.mark.parametrize(
    ("body", "term", "given"),
    [
        # an organisation's name after the verb of giving (a word with two capitals, or an organisation's word)
        (
            "We operate on colon tumours. Chemotherapy and radiotherapy are provided by OncoHealth Alberta.",
            "chemotherapy",
            False,
        ),
        (
            "We operate on colon tumours. Radiotherapy is delivered by the Prairie Cancer Care Network.",
            "radiotherapy",
            False,
        ),
        (
            "We operate on colon tumours. Chemotherapy is provided by Dr. Olsen Brandt on the ward.",
            "chemotherapy",
            True,
        ),
        ("We operate on colon tumours. Chemotherapy is provided by our own nurses.", "chemotherapy", True),
        # a neighbouring unit responsible for a cancer
        (
            "The ward has 20 beds; the neighbouring Adult Haematology unit, which is responsible for myeloma, has 30.",
            "multiple myeloma",
            False,
        ),
        ("The ward has 20 beds and is responsible for myeloma and lymphoma.", "multiple myeloma", True),
        # a cancer whose treatment another unit gives
        (
            "We resect sarcomas. Radiosurgery for brain metastases is performed by the Department of Neurosurgery.",
            "brain metastases",
            False,
        ),
        (
            "We resect sarcomas. Radiosurgery for brain metastases is performed by our own team.",
            "brain metastases",
            True,
        ),
        # the papers sent with a referral, and treatments patients cannot have
        (
            "We resect sarcomas. Please fax the referral letter with imaging and pathology reports.",
            "diagnostic imaging",
            False,
        ),
        (
            "We resect sarcomas. The clinic offers same-day imaging and pathology for new patients.",
            "diagnostic imaging",
            True,
        ),
        ("We give herbal care to frail patients who cannot tolerate surgery or chemotherapy.", "chemotherapy", False),
        ("We give herbal care and chemotherapy to frail patients.", "chemotherapy", True),
        # a trial run together with another department is the department's own
        (
            "Radioligand therapy is offered in a clinical trial in cooperation with the Department of Urology.",
            "clinical trials",
            True,
        ),
        ("Clinical trials are conducted by the Department of Urology.", "clinical trials", False),
    ],
)
def test_another_body_gives(directory: Any, body: str, term: str, given: bool) -> None:
    assert (term in _found(directory, body)) is given


@pytest.mark.parametrize(
    ("body", "term", "named"),
    [
        # kinds in brackets after a name of two words, with "both"
        ("We irradiate lung cancer (both non-small cell and small cell) and glioma.", "small cell lung cancer", True),
        ("We irradiate lung cancer (early and late stage) and glioma.", "small cell lung cancer", False),
        # the organs after "of" end with their line or a semicolon
        (
            "We operate on tumours of the larynx and paranasal sinuses; thyroid nodules too.",
            "paranasal sinus cancer",
            True,
        ),
        ("We operate on tumours of the larynx; sinus infections are seen by others.", "paranasal sinus cancer", False),
        ("- Tumours of the thymus\n- Chest wall repair", "thymic tumour", True),
        # "stomach, colon and rectum": three organs; "colon and rectum, and ...": one
        ("We treat malignant tumours of the liver, colon and rectum, and pancreatic cancer.", "colon cancer", False),
        (
            "We treat malignant tumours of the liver, colon and rectum, and pancreatic cancer.",
            "colorectal cancer",
            True,
        ),
        (
            "We treat malignant tumours of the liver, colon and rectum, breast cancer and melanoma.",
            "colon cancer",
            True,
        ),
        # two kinds joined before their head name the head's concept too; one kind alone does not
        ("We treat Hodgkin and non-Hodgkin lymphomas.", "lymphoma", True),
        ("We treat non-Hodgkin lymphomas.", "lymphoma", False),
    ],
)
def test_forms(directory: Any, body: str, term: str, named: bool) -> None:
    assert (term in _found(directory, body, "Department of Oncology")) is named


def test_ward_of_our_department(directory: Any) -> None:
    body = "Preoperative chemotherapy of osteosarcoma is given in the ward of our department."
    assert "neoadjuvant chemotherapy" in _found(directory, body)
    twin = "Preoperative chemotherapy of osteosarcoma is given in the ward of the Department of Pediatrics."
    assert "neoadjuvant chemotherapy" not in _found(directory, twin)
