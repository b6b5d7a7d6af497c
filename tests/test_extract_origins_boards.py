"""extract: cancers named only as where metastases come from, as a tumour board's subject, or as a research
grant's topic; a treatment the unit after "by" gives.

Every sentence here is invented; each pattern has a twin that must keep the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


def _found(directory: Any, body: str, heading: str = "Orthopaedic Oncology") -> set[str]:
    return terms_of(directory, body, heading)


@pytest.mark.parametrize(
    ("sentence", "term", "kept"),
    [
        # origins each named in full ("X cancer, Y cancer and Z cancer")
        (
            "We treat chondrosarcoma and vertebral metastases from prostate cancer, thyroid cancer and kidney cancer.",
            "thyroid cancer",
            False,
        ),
        (
            "We treat chondrosarcoma, thyroid cancer and vertebral metastases from prostate cancer.",
            "thyroid cancer",
            True,
        ),
        # "secondaries" are metastases too
        (
            "We treat hepatocellular carcinoma and liver secondaries from pancreatic and gastric cancer.",
            "gastric cancer",
            False,
        ),
        ("We treat hepatocellular carcinoma, gastric cancer and liver secondaries.", "gastric cancer", True),
        # where metastases usually come from, in brackets
        (
            "Our surgeons resect metastatic lung tumours (mostly from colorectal cancer) and primary lung cancer.",
            "colorectal cancer",
            False,
        ),
        (
            "Our surgeons resect metastatic lung tumours and colorectal cancer (mostly in older patients).",
            "colorectal cancer",
            True,
        ),
    ],
)
def test_metastasis_origins(directory: Any, sentence: str, term: str, kept: bool) -> None:
    assert (term in _found(directory, sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "We treat thyroid cancer with radioiodine. We are a member of the regional tumour boards for lymphoma, "
            "skin and bladder cancers of the University Cancer Centre.",
            False,
        ),
        (
            "We treat thyroid cancer and bladder cancer with radionuclides. Our weekly tumour board discusses every "
            "new patient.",
            True,
        ),
    ],
)
def test_tumour_board_subjects(directory: Any, sentence: str, kept: bool) -> None:
    assert ("bladder cancer" in _found(directory, sentence, "Nuclear Medicine")) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "We treat oral cancer. The team holds a grant of the National Natural Science Foundation on the "
            "metastasis of tongue carcinoma.",
            False,
        ),
        ("We treat oral cancer and the lymph node metastasis of tongue carcinoma.", True),
    ],
)
def test_research_grant_topic(directory: Any, sentence: str, kept: bool) -> None:
    assert ("metastatic cancer" in _found(directory, sentence, "Head and Neck Surgery")) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Children with neuroblastoma receive chemotherapy on our ward before and after surgery by Paediatric "
            "Urology.",
            False,
        ),
        (
            "Children with neuroblastoma receive chemotherapy on our ward before and after surgery by our own team.",
            True,
        ),
    ],
)
def test_treatment_by_another_unit(directory: Any, sentence: str, kept: bool) -> None:
    assert ("surgery" in _found(directory, sentence, "Paediatric Haematology")) is kept
