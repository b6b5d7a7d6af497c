"""extract: cancers and treatments a page names without saying the department gives them.

A sister unit's cancers read from a list ("Department I is responsible for oesophageal and cardia cancer"), a
treatment named as what another does instead ("instead of a second course of irradiation") or cannot do ("cannot
be removed by surgery"), a board's decision ("is decided at the weekly tumour board"), another unit of the hospital
named after "our" ("provided by our Cancer Centre").

Every sentence here is invented; each pattern has a twin that must NOT leave the fact out.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        # a sister unit's cancers, read from a list that coordinates two organs before one cancer noun
        (
            "Thoracic Surgery Department B",
            "The two wards share one clinic. Thoracic Surgery Department A is mainly responsible for oesophageal "
            "and cardia cancer; our department concentrates on lung cancer.",
            "esophageal cancer",
        ),
        (
            "Abdominal Surgery Ward 2",
            "Abdominal Surgery Ward 1 mainly treats liver and pancreatic tumours, while we operate on rectal cancer.",
            "liver cancer",
        ),
        # done instead of another treatment
        (
            "Head and Neck Surgery",
            "We operate on recurrent nasopharyngeal carcinoma. Endoscopic resection is offered instead of a second "
            "course of irradiation.",
            "radiotherapy",
        ),
        (
            "Liver Surgery",
            "We resect liver cancer. Ablation is chosen rather than another round of chemotherapy.",
            "chemotherapy",
        ),
        # what a treatment cannot do
        (
            "Neuro-oncology Unit",
            "We give radiotherapy to gliomas and to meningiomas which cannot be removed completely by surgery.",
            "surgery",
        ),
        (
            "Radiation Oncology",
            "We irradiate sarcomas that could not be resected with an operation.",
            "surgery",
        ),
        # a board's decision
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer. Chemoradiotherapy is decided at the weekly head and neck cancer board "
            "with the Department of Radiation Oncology.",
            "chemoradiotherapy",
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer. The decision on adjuvant chemotherapy is made at the weekly tumour board.",
            "chemotherapy",
        ),
        # another unit of the hospital, named after "our"
        (
            "Upper GI Surgery Unit",
            "We resect gastric cancer. Chemotherapy and radiotherapy are provided by our Cancer Centre.",
            "radiotherapy",
        ),
        (
            "Colorectal Surgery",
            "We resect rectal cancer. Short-course radiotherapy is given in our Radiation Oncology Department.",
            "radiotherapy",
        ),
    ],
)
def test_named_but_not_given_here(directory: Any, heading: str, sentence: str, absent: str) -> None:
    assert absent not in terms_of(directory, sentence, heading)


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        # the department's own list of organs
        (
            "Thoracic Surgery Department B",
            "The two wards share one clinic. Our department is mainly responsible for oesophageal and cardia "
            "cancer, and Department A for lung cancer.",
            "esophageal cancer",
        ),
        (
            "Abdominal Surgery Ward 2",
            "Our ward mainly treats liver and pancreatic tumours.",
            "liver cancer",
        ),
        # the treatment itself done instead of another
        (
            "Radiation Oncology",
            "We treat lung cancer. A second course of irradiation is given instead of surgery.",
            "radiotherapy",
        ),
        (
            "Liver Surgery",
            "We resect liver cancer. Another round of chemotherapy is given rather than ablation.",
            "chemotherapy",
        ),
        # what a treatment can do
        (
            "Neurosurgery",
            "We treat gliomas and meningiomas which can be removed completely by surgery.",
            "surgery",
        ),
        (
            "Sarcoma Surgery",
            "We treat sarcomas that could be resected with an operation.",
            "surgery",
        ),
        # the board decides, and the department gives it
        (
            "Head and Neck Oncology",
            "We treat laryngeal cancer. Chemoradiotherapy is decided at the weekly cancer board and given in our ward.",
            "chemoradiotherapy",
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer and give adjuvant chemotherapy. Cases are discussed at the tumour board.",
            "chemotherapy",
        ),
        # the department's own people and places named after "our"
        (
            "Upper GI Surgery Unit",
            "We resect gastric cancer. Chemotherapy is provided by our nurses in our Day Oncology Centre.",
            "chemotherapy",
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer. Radiotherapy is given in our Breast Centre.",
            "radiotherapy",
        ),
    ],
)
def test_twins_keep_what_is_given_here(directory: Any, heading: str, sentence: str, present: str) -> None:
    assert present in terms_of(directory, sentence, heading)
