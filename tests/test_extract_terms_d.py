"""extract: cancers and treatments of a new round of invented pages (round D).

Every sentence here is invented, in other wordings than any page; each rule has twins that keep the fact (or must not
give it): ``given`` says which.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ------------------------------------------------------------
# a clinical study named as a research project's title (a grant, a prize, a paper) is no trial run for patients
TITLES = [
    (
        "Thoracic Surgery",
        'Honours: the project "Clinical study of low dose CT screening for lung nodules" was funded by the '
        "Provincial Science and Technology Department in 2019.",
        False,
    ),
    (
        "Department of Gastrointestinal Surgery",
        "Dr Ma won a municipal grant for the project entitled Clinical research on enhanced recovery after "
        "gastrectomy.",
        False,
    ),
    (
        "Department of Breast Surgery",
        "Research: “A clinical trial of short-course endocrine therapy in elderly women” received the third prize of "
        "the Municipal Science and Technology Progress Award.",
        False,
    ),
    (
        "Department of Urology",
        "Its topic: Clinical Study on Bladder Preservation was approved as a key project of the Health Commission.",
        False,
    ),
    (
        "Department of Oncology",
        "The department has published the paper titled 'Clinical trial of apatinib in gastric cancer' in 2020, funded "
        "by the Natural Science Foundation.",
        False,
    ),
    # twins: the department's own trials, funded or not
    ("Department of Oncology", "We take part in 12 clinical trials funded by the pharmaceutical industry.", True),
    ("Department of Oncology", "The department has undertaken 20 projects of clinical trials since 2015.", True),
    (
        "Department of Medical Oncology",
        "Patients may join our clinical trials; the unit's trial programme is supported by the Cancer Research Fund.",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "given"), TITLES)
def test_project_titles(directory: Any, heading: str, body: str, given: bool) -> None:
    assert ("clinical trials" in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# "minimally invasive" before a word of catheter, needle or imaging work names no operation
NOT_OPERATIVE = [
    (
        "Department of Interventional Oncology",
        "It is the first unit in the prefecture that treats cancers mainly with minimally invasive interventional "
        "techniques.",
        False,
    ),
    (
        "Interventional Radiology",
        "The department offers minimally invasive interventional treatment of liver and lung cancer.",
        False,
    ),
    (
        "Department of Interventional Therapy",
        "We provide minimally invasive percutaneous therapy for liver metastases.",
        False,
    ),
    ("Interventional Oncology Unit", "Minimally invasive radiological techniques are used for bone metastases.", False),
    ("Department of Vascular Interventions", "minimally invasive endovascular treatment of hepatic tumours", False),
    # twins: an operation's technique between the words keeps the operation
    ("Department of Thoracic Surgery", "We use minimally invasive thoracoscopic techniques for lung cancer.", True),
    (
        "Department of Gastrointestinal Surgery",
        "The department performs minimally invasive laparoscopic treatment of colorectal cancer.",
        True,
    ),
    ("Department of Thoracic Surgery", "Minimally invasive surgery is the department's main work.", True),
]


@pytest.mark.parametrize(("heading", "body", "given"), NOT_OPERATIVE)
def test_not_operative(directory: Any, heading: str, body: str, given: bool) -> None:
    assert ("minimally invasive surgery" in terms_of(directory, body, heading)) is given


def test_not_operative_keeps_interventional(directory: Any) -> None:
    body = "The department offers minimally invasive interventional treatment of liver cancer."
    assert "interventional therapy" in terms_of(directory, body, "Department of Interventional Oncology")


# ------------------------------------------------------------
# a ward's laboratory tests (marrow cytology, flow cytometry) and a patient's pathology report: no pathology service
LAB = [
    (
        "Department of Hematology",
        "The laboratory of the ward can perform bone marrow cytology, flow cytometry immunophenotyping and "
        "karyotyping.",
        False,
    ),
    (
        "Haematology Unit",
        "Our haematology lab offers marrow morphology, cytogenetics and molecular pathology for the unit's patients.",
        False,
    ),
    (
        "Department of Pediatric Oncology",
        "Bone marrow aspiration, cytology, immunophenotyping by flow cytometry and FISH are all done in the "
        "department.",
        False,
    ),
    (
        "Lymphoma Center",
        "The center has its own laboratory, which carries out histopathology review and gene rearrangement tests.",
        False,
    ),
    ("Sarcoma Unit", "Please bring your pathology report and the imaging to your first visit.", False),
    ("Department of Oncology", "Pathology slides from other hospitals are reviewed before treatment.", False),
    # twins: the pathology department's own laboratory gives the service
    (
        "Department of Pathology",
        "The laboratory performs cytology, histopathology and molecular pathology for the whole hospital.",
        True,
    ),
    ("Department of Cytopathology", "Our lab reads more than 30,000 cytology slides a year.", True),
]


@pytest.mark.parametrize(("heading", "body", "given"), LAB)
def test_lab_work(directory: Any, heading: str, body: str, given: bool) -> None:
    assert ("diagnostic pathology" in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# a list's item is read to its own end: the next item's giver gives nothing of it
ITEMS = [
    (
        "Department of Hematology",
        "The Department of Hematology treats leukaemia and lymphoma.\n\nFeatured services\n* Standardized chemotherapy "
        "for acute leukemia\n* Autologous hematopoietic stem cell transplantation, the first case was completed in "
        "2016\n* PICC line care provided by the nursing team\n\nExperts: Dr Li",
        True,
    ),
    (
        "Haematology Unit",
        "The Haematology Unit looks after adults with blood cancers.\n\nWhat we offer:\n- Allogeneic stem cell "
        "transplantation, the first one was performed in 2011\n- Psychological support given by the Department of "
        "Psychology\n\nContact us",
        True,
    ),
    (
        "Department of Pediatric Hematology",
        "The Department of Pediatric Hematology treats children with leukaemia.\n\nServices\n1. Bone marrow "
        "transplantation, 30 cases were done in 2022\n2. Nutrition advice provided by the Clinical Nutrition "
        "Department\n\nStaff",
        True,
    ),
    # twins: the item itself names where it is given
    (
        "Department of Hematology",
        "The Department of Hematology treats leukaemia.\n\n* Autologous stem cell transplantation is performed at the "
        "Transplant Centre of the provincial hospital\n* Chemotherapy\n\nExperts: Dr Li",
        False,
    ),
    (
        "Haematology Unit",
        "The Haematology Unit looks after adults with blood cancers.\n\n- Stem cell transplantation, the transplants "
        "are performed at the Regional Transplant Centre\n- Chemotherapy\n\nContact us",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "given"), ITEMS)
def test_list_items(directory: Any, heading: str, body: str, given: bool) -> None:
    assert ("haematopoietic stem cell transplantation" in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# an organ list's item with its parts in brackets: "lower gastrointestinal (colorectal and anal)"
ASIDES = [
    (
        "Clinical Oncology",
        "We treat all the major tumour sites: breast, lung, upper gastrointestinal (oesophagus and stomach), and skin.",
        "gastric cancer",
        True,
    ),
    (
        "Clinical Oncology",
        "We treat all the major cancer sites: breast, lower gastrointestinal (colorectal and anal), skin and sarcoma.",
        "colorectal cancer",
        True,
    ),
    (
        "Department of Radiation Oncology",
        "Radiotherapy is given for cancers of the head and neck, gynaecological organs (cervix, endometrium) and "
        "the prostate.",
        "cervical cancer",
        True,
    ),
    (
        "Department of Radiation Oncology",
        "Radiotherapy is given for tumours of the brain, the digestive tract (rectum and anus) and the breast.",
        "rectal cancer",
        True,
    ),
    # twins: an aside that leaves an organ out, or explains one, names no cancer
    (
        "Department of Oncology",
        "We treat cancers of the lung (except small cell and mesothelioma), breast and bowel.",
        "small cell lung cancer",
        False,
    ),
    (
        "Department of Thoracic Surgery",
        "We operate on tumours of the lung and the mediastinum (the space between the lungs).",
        "lung cancer",
        True,
    ),
]


@pytest.mark.parametrize(("heading", "body", "term", "given"), ASIDES)
def test_organ_asides(directory: Any, heading: str, body: str, term: str, given: bool) -> None:
    assert (term in terms_of(directory, body, heading)) is given


# ------------------------------------------------------------
# operations the department performs, with no "surgery" alone on the page, give surgery
OPERATIONS = [
    (
        "Department of Gynecologic Oncology",
        "The department carries out radical hysterectomy with pelvic lymphadenectomy, laparoscopic surgery for early "
        "cervical cancer and cytoreductive surgery for advanced ovarian cancer.",
        True,
    ),
    (
        "Breast Centre",
        "Our team offers breast-conserving surgery and sentinel node biopsy for early breast cancer.",
        True,
    ),
    ("Department of Urology", "Robotic radical prostatectomy is performed for localised prostate cancer.", True),
    (
        "Sarcoma Program",
        "We specialise in limb salvage surgery for bone sarcomas, with reconstruction by our orthopaedic team.",
        True,
    ),
    (
        "Department of Gastrointestinal Oncology",
        "Laparoscopic resection of colon cancer is done by the department's doctors.",
        True,
    ),
    # twins: no operation in the words, work done through a scope or a needle, or surgery given by another unit
    ("Department of Interventional Oncology", "We perform percutaneous vertebroplasty for spinal metastases.", False),
    ("Department of Gastroenterology", "Endoscopic resection of early gastric cancer is our main work.", False),
    (
        "Department of Interventional Radiology",
        "The department provides minimally invasive treatment of liver tumours.",
        False,
    ),
    # (a unit whose name says it does not operate names another's operations)
    ("Department of Radiation Oncology", "We irradiate the tumour bed after cytoreductive surgery.", False),
    ("Department of Pathology", "We examine specimens from radical prostatectomy and lymph node dissection.", False),
    ("Department of Anesthesiology", "We give anaesthesia for laparoscopic surgery and robotic prostatectomy.", False),
    (
        "Department of Clinical Oncology",
        "We give laparoscopic surgery advice in our clinics. Surgery is not provided by the department; operations are "
        "carried out by the surgical teams.",
        False,
    ),
]


@pytest.mark.parametrize(("heading", "body", "given"), OPERATIONS)
def test_operations_give_surgery(directory: Any, heading: str, body: str, given: bool) -> None:
    assert ("surgery" in terms_of(directory, body, heading)) is given
