"""extract: cancers and treatments that are another unit's, a hospital's patients are sent to, denied or of the
past, and wordings of the vocabulary said in other ways.

Every sentence here is invented; each rule has a twin that must keep the fact (or must not give it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _terms(directory: Any, body: str, heading: str) -> set[str]:
    page = extract_page(directory, body, heading)
    return set(page["cancers"]) | set(page["treatments"])


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
