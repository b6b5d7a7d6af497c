"""extract on cancers and treatments named as a time, an origin, a person's field, a verb or an adverb.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _page(directory: Any, body: str, heading: str = "Department of Medical Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- a treatment named only as a time


@pytest.mark.parametrize(
    "sentence",
    [
        "Children with solid tumours receive chemotherapy before and after operation.",
        "Wilms tumour (chemotherapy following surgery) and neuroblastoma are treated.",
        "We also see meningiomas that have recurred after surgery.",
        "Adjuvant treatment is started after radical resection of the tumour.",
        "Patients whose lymphoma relapsed after surgery are admitted for salvage chemotherapy.",
        "化疗 is given; radiotherapy given prior to surgery is arranged on the ward.",
    ],
)
def test_a_treatment_named_as_the_time_of_another_is_not_given(directory: Any, sentence: str) -> None:
    assert "surgery" not in _page(directory, sentence)["treatments"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We perform surgery after neoadjuvant chemotherapy.",
        "After surgery, the team follows every patient for five years; the department performs surgery daily.",
        "The department offers surgery, chemotherapy and radiotherapy.",
        "Surgery, chemotherapy and after-care are given on the ward.",
    ],
)
def test_a_treatment_given_stays(directory: Any, sentence: str) -> None:
    assert "surgery" in _page(directory, sentence)["treatments"]


# ---------------------------------------------------------------- origins of metastases


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The clinic treats brain metastases from lung cancer, breast cancer and melanoma.", "melanoma"),
        ("We treat spinal metastases secondary to breast cancer, melanoma or renal cell carcinoma.", "melanoma"),
        ("Liver metastases arising from colorectal cancer or melanoma are resected here.", "melanoma"),
        ("Bone metastases from melanoma, lung cancer and kidney cancer are irradiated.", "melanoma"),
    ],
)
def test_a_cancer_named_by_its_tissue_is_an_origin_too(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _page(directory, sentence)["cancers"]


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("The clinic treats brain metastases and melanoma of the skin.", "melanoma"),
        ("We operate on liver metastases from colorectal cancer and primary liver cancer.", "liver cancer"),
        ("Lung metastases from sarcoma or breast cancer, and primary lung cancer, are resected.", "lung cancer"),
    ],
)
def test_a_cancer_of_its_own_beside_origins_stays(directory: Any, sentence: str, present: str) -> None:
    assert present in _page(directory, sentence)["cancers"]


# ---------------------------------------------------------------- a person's field, a person's credential


@pytest.mark.parametrize(
    "lines",
    [
        "Staff\nLiu Fang, Director, Chief Physician. Good at the treatment of pancreatic cancer.",
        "Staff\nDeputy Director Ma Lin, chief physician, skilled in the treatment of pancreatic tumours.",
        "Staff\nDirector: Sun Wei, Chief Physician. Graduated in 1990; expert in pancreatic cancer.",
        "Staff\n- Dr. Peter Holm - Consultant Oncologist, specialising in pancreatic cancer",
    ],
)
def test_a_persons_interest_is_not_the_departments_cancer(directory: Any, lines: str) -> None:
    body = "The department treats lung cancer.\n\n" + lines
    assert "pancreatic cancer" not in _page(directory, body)["cancers"]


@pytest.mark.parametrize(
    "body",
    [
        "The department is good at the treatment of pancreatic cancer.",
        "Our unit specialises in pancreatic cancer.\nLiu Fang, Director, Chief Physician.",
        "Liu Fang, Director. The department treats pancreatic cancer.",
    ],
)
def test_the_departments_own_interest_stays(directory: Any, body: str) -> None:
    assert "pancreatic cancer" in _page(directory, body)["cancers"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Dr. Ono is a qualified surgeon in endoscopic surgery of the national society.", "endoscopic treatment"),
        ("She is board-certified in radiation oncology.", "radiotherapy"),
        ("He is accredited for brachytherapy by the college.", "brachytherapy"),
    ],
)
def test_a_credential_is_no_treatment_given(directory: Any, sentence: str, absent: str) -> None:
    body = "The department treats gastric cancer with chemotherapy. " + sentence
    assert absent not in _page(directory, body, "Department of Gastric Surgery")["treatments"]


def test_a_treatment_the_department_performs_beside_a_credential_stays(directory: Any) -> None:
    body = "We perform endoscopic surgery. Dr. Ono is a qualified surgeon of the national society."
    assert "endoscopic treatment" in _page(directory, body, "Department of Gastric Surgery")["treatments"]


# ---------------------------------------------------------------- operations counted by a unit that does not operate


@pytest.mark.parametrize(
    "heading", ["Department of Interventional Radiology", "Interventional Oncology Unit", "Endoscopy Centre"]
)
def test_operations_of_a_unit_that_does_not_operate_are_no_surgery(directory: Any, heading: str) -> None:
    body = "The unit treats liver cancer with TACE. Since 2005 it has completed more than 9,000 operations."
    assert "surgery" not in _page(directory, body, heading)["treatments"]


@pytest.mark.parametrize("heading", ["Department of Oncology", "Department of Thoracic Surgery"])
def test_operations_of_another_unit_are_surgery(directory: Any, heading: str) -> None:
    body = "The unit treats lung cancer. Since 2005 it has completed more than 9,000 operations."
    assert "surgery" in _page(directory, body, heading)["treatments"]


# ---------------------------------------------------------------- treatments said with a verb or an adverb


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Most resections for colon cancer are done laparoscopically.", "laparoscopic surgery"),
        ("Early lung tumours are removed thoracoscopically.", "video-assisted thoracoscopic surgery"),
        ("The unit treats tumours of the stomach and the colon surgically.", "surgery"),
        ("Metastases of the spine are surgically decompressed and treated with radiotherapy.", "surgery"),
        ("Rectal cancers are operated on robotically or by open surgery.", "robotic surgery"),
        ("The defect is reconstructed with a free fibula flap.", "reconstructive surgery"),
        ("We reconstruct the breast using implants or the patient's own tissue.", "reconstructive surgery"),
        ("Reconstructing the jaw by a bone graft is routine.", "reconstructive surgery"),
        ("For fractures from metastases we perform surgical stabilization.", "surgery"),
        ("Soft tissue sarcomas are treated by surgical excision with wide margins.", "surgery"),
    ],
)
def test_a_treatment_said_with_a_verb(directory: Any, sentence: str, present: str) -> None:
    assert present in _page(directory, sentence, "Sarcoma Unit")["treatments"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("CT images are reconstructed with dedicated software.", "reconstructive surgery"),
        ("The laparoscopically inexperienced trainee observes.", "laparoscopic surgery"),
        ("Early gastric cancers are removed endoscopically in the Department of Gastroenterology.",
         "endoscopic treatment"),
        ("Patients needing a surgical excision are referred to the Department of Plastic Surgery.", "surgery"),
    ],
)  # fmt: skip
def test_no_treatment_said_with_a_verb(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _page(directory, sentence, "Sarcoma Unit")["treatments"]


# ---------------------------------------------------------------- a list of organs that ends its sentence


def test_an_organ_list_ends_with_its_sentence(directory: Any) -> None:
    body = "Diseases treated\n- malignant tumours of the nasal cavity and paranasal sinuses.\nOral cancer, mainly."
    assert "paranasal sinus cancer" in _page(directory, body, "Head and Neck Surgery")["cancers"]


# ---------------------------------------------------------------- partners in a meeting, a long partner's name


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Every case is discussed in the weekly multidisciplinary sarcoma meeting with the radiation oncologist.",
         "radiotherapy"),
        ("Cases go to a multidisciplinary breast meeting, attended with our nuclear medicine physicians.",
         "nuclear medicine"),
        ("Chemotherapy for sarcoma is given by the paediatric and adult medical oncologists of the Riverside "
         "Regional Cancer Institute.", "chemotherapy"),
    ],
)  # fmt: skip
def test_a_partner_named_by_its_specialists(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _page(directory, "We resect bone sarcomas. " + sentence, "Orthopaedic Oncology")["treatments"]


def test_the_departments_own_specialists_give_it(directory: Any) -> None:
    body = "Our radiation oncologists plan and deliver radiotherapy for every sarcoma patient."
    assert "radiotherapy" in _page(directory, body, "Orthopaedic Oncology")["treatments"]


def test_a_list_of_treatments_after_after_stays(directory: Any) -> None:
    body = "We plan radiotherapy after endoscopic treatment, laser therapy and brachytherapy of oesophageal cancer."
    assert "endoscopic treatment" in _page(directory, body)["treatments"]


def test_a_unit_certified_for_a_treatment_gives_it(directory: Any) -> None:
    body = "Since 2020 the ward has been a certified treatment centre for CAR-T cell therapy."
    assert "CAR-T cell therapy" in _page(directory, body, "Department of Haematology")["treatments"]


@pytest.mark.parametrize(
    ("body", "present"),
    [
        ("We offer limb-sparing surgery.\n- Radiation therapy before or after surgery", True),
        ("We offer stereotactic radiosurgery and chemotherapy after surgery.", False),
    ],
)
def test_a_time_a_kind_of_the_departments_own_implies(directory: Any, body: str, present: bool) -> None:
    assert ("surgery" in _page(directory, body, "Sarcoma Unit")["treatments"]) is present


def test_operations_surgeons_perform_in_an_interventional_unit_are_surgery(directory: Any) -> None:
    body = "The unit treats liver cancer with TACE; visiting surgeons perform 200 operations a year in its theatre."
    assert "surgery" in _page(directory, body, "Interventional Oncology Unit")["treatments"]
