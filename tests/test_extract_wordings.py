"""extract: cancers and treatments the vocabulary names in other words (synonyms, kinds said together, kinds in
brackets, kinds said before "techniques") and a test of a screening programme.

Every sentence here is invented; each rule has a twin that must keep the fact (or must not give it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of as _terms

# ---------------------------------------------------------------- wordings of the vocabulary


@pytest.mark.parametrize(
    ("heading", "sentence", "term", "kept"),
    [
        ("Pathology", "We are experienced in the diagnosis of gastric cardia cancer.", "gastric cancer", True),
        ("Pathology", "We are experienced in the diagnosis of cardiac tumours.", "gastric cancer", False),
        ("Interventional Oncology", "We perform vertebroplasty for vertebral metastases.", "bone metastases", True),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer and sinonasal malignancies.",
            "paranasal sinus cancer",
            True,
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer and chronic sinusitis.",
            "paranasal sinus cancer",
            False,
        ),
        (
            "Gynaecologic Oncology",
            "We perform sentinel lymph node mapping in endometrial cancer.",
            "sentinel lymph node biopsy",
            True,
        ),
        (
            "Gynaecologic Oncology",
            "We perform lymph node dissection in endometrial cancer.",
            "sentinel lymph node biopsy",
            False,
        ),
        (
            "Interventional Oncology",
            "For liver cancer we combine embolisation with PD-1 inhibitors.",
            "immunotherapy",
            True,
        ),
        ("Interventional Oncology", "For liver cancer we test PD-L1 expression.", "immunotherapy", False),
        ("Surgical Oncology", "We operate on retroperitoneal sarcomas.", "retroperitoneal tumour", True),
        ("Surgical Oncology", "We operate on sarcomas of the limbs.", "retroperitoneal tumour", False),
        (
            "Colorectal Surgery",
            "We offer transanal endoscopic microsurgery for early rectal cancer.",
            "endoscopic treatment",
            True,
        ),
    ],
)
def test_other_wordings(directory: Any, heading: str, sentence: str, term: str, kept: bool) -> None:
    assert (term in _terms(directory, sentence, heading)) is kept


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # the brackets name the kinds of the operation after them
        (
            "We offer keyhole (laparoscopic) surgery for colon cancer.",
            {"laparoscopic surgery", "minimally invasive surgery"},
            set(),
        ),
        (
            "Minimally invasive (laparoscopic and robotic) approaches are used whenever possible for gastric cancer.",
            {"laparoscopic surgery", "robotic surgery", "minimally invasive surgery"},
            set(),
        ),
        (
            "Laparoscopic and robotic approaches are used for gastric cancer.",
            {"laparoscopic surgery", "robotic surgery"},
            set(),
        ),
        ("We offer open (non-laparoscopic) surgery for colon cancer.", {"surgery"}, {"laparoscopic surgery"}),
        ("We offer surgery (since 2015) for colon cancer.", {"surgery"}, {"laparoscopic surgery"}),
    ],
)
def test_kinds_in_brackets(directory: Any, sentence: str, present: set[str], absent: set[str]) -> None:
    found = _terms(directory, sentence, "Surgical Oncology")
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # two kinds sharing the name's last word, the second of two words
        ("We treat Hodgkin and non-Hodgkin lymphomas.", {"Hodgkin lymphoma", "non-Hodgkin lymphoma"}, set()),
        ("We treat bone and soft tissue tumours.", {"bone and soft tissue tumour"}, {"bone tumour"}),
        # the kinds in brackets after the name, every one of them a term
        (
            "Diseases treated:\n- Lymphoma (Hodgkin and non-Hodgkin)\n- Myeloma",
            {"Hodgkin lymphoma", "non-Hodgkin lymphoma"},
            set(),
        ),
        ("Diseases treated:\n- Lymphoma (children and adults)\n- Myeloma", {"lymphoma"}, {"Hodgkin lymphoma"}),
    ],
)
def test_kinds_of_a_name(directory: Any, sentence: str, present: set[str], absent: set[str]) -> None:
    found = _terms(directory, sentence, "Haematology")
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # adjectives before "techniques" that make a term with the treatment the sentence names
        (
            "Radiotherapy is given on two linear accelerators with image-guided and intensity-modulated techniques.",
            {"image-guided radiotherapy", "IMRT"},
            set(),
        ),
        (
            "Treatment planning uses image-guided and intensity-modulated techniques.",
            set(),
            {"image-guided radiotherapy", "IMRT"},
        ),
        (
            "Radiotherapy is given on two linear accelerators; modern imaging techniques support planning.",
            {"radiotherapy"},
            {"image-guided radiotherapy"},
        ),
    ],
)
def test_kinds_said_as_techniques(directory: Any, sentence: str, present: set[str], absent: set[str]) -> None:
    found = _terms(directory, sentence, "Radiation Oncology")
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    ("heading", "sentence", "kept"),
    [
        # a test of a screening programme is no pathology service, unless the department is the laboratory
        (
            "Gynaecologic Oncology",
            "We treat cervical cancer, and our screening clinic has screened 30,000 women "
            "with HPV testing and liquid-based cytology.",
            False,
        ),
        ("Pathology", "We report cervical cancer screening with HPV testing and liquid-based cytology.", True),
        ("Gynaecologic Oncology", "We treat cervical cancer and read our own liquid-based cytology.", True),
    ],
)
def test_a_screening_test(directory: Any, heading: str, sentence: str, kept: bool) -> None:
    assert ("diagnostic pathology" in _terms(directory, sentence, heading)) is kept
