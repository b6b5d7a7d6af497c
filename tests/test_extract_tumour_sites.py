"""extract: the organs after a kind of tumour named by its tissue are its sites, a later noun's organs are not an
earlier noun's, and the organs metastases come from ("from carcinomas of the lung, breast and kidney", "primary
tumours in the lung, breast or thyroid") are no cancers the department treats.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _cancers(directory: Any, body: str, heading: str) -> set[str]:
    return set(extract_page(directory, body, heading)["cancers"])


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        (
            "We offer PRRT for neuroendocrine tumours of the small bowel and pancreas.",
            {"pancreatic cancer"},
            {"neuroendocrine tumour"},
        ),
        (
            "We treat thyroid cancer and neuroendocrine tumours of the pancreas and stomach.",
            {"pancreatic cancer", "gastric cancer"},
            {"thyroid cancer", "neuroendocrine tumour"},
        ),
        ("Imaging of metastatic tumours of the liver and lung is done here.", {"lung cancer", "liver cancer"}, set()),
        # twin: a bare noun's organs are its cancers
        ("We treat malignant tumours of the pancreas and stomach.", set(), {"pancreatic cancer", "gastric cancer"}),
        ("We treat tumours of the small bowel and pancreas.", set(), {"pancreatic cancer"}),
    ],
)
def test_a_tissue_kinds_organs_are_its_sites(directory: Any, body: str, absent: set[str], present: set[str]) -> None:
    cancers = _cancers(directory, body, "Department of Nuclear Medicine")
    assert not cancers & absent
    assert present <= cancers


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        (
            "The department treats osteosarcoma and bone metastases arising from carcinomas of the lung, breast, "
            "prostate and kidney.",
            {"lung cancer", "breast cancer", "prostate cancer", "kidney cancer"},
            {"osteosarcoma", "bone metastases"},
        ),
        (
            "Most of our spinal metastasis patients have primary tumours in the lung, breast or thyroid; we perform "
            "decompression surgery.",
            {"lung cancer", "breast cancer", "thyroid cancer"},
            {"bone metastases"},
        ),
        # twin: primary tumours the department treats, beside metastases, with no verb joining them
        (
            "We treat liver metastases and primary tumours of the liver and bile ducts.",
            set(),
            {"liver metastases", "liver cancer"},
        ),
        # twin: the cancers of the organs, no metastases named
        (
            "The department treats carcinomas of the lung, breast and kidney.",
            set(),
            {"lung cancer", "breast cancer", "kidney cancer"},
        ),
    ],
)
def test_the_organs_metastases_come_from(directory: Any, body: str, absent: set[str], present: set[str]) -> None:
    cancers = _cancers(directory, body, "Department of Orthopedic Oncology")
    assert not cancers & absent
    assert present <= cancers
