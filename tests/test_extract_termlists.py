"""extract on cancers and treatments named in lists, by staff, as a joining step, or sent to a partner hospital.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of

# ---------------------------------------------------------------- a list of treatments denied together


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("We give chemotherapy to children. Radiotherapy, including proton beam therapy, and bone marrow "
         "transplants are not carried out here.", {"radiotherapy", "proton therapy"}),
        ("We resect lung tumours. Radiotherapy, brachytherapy or HIFU are not offered at this hospital.",
         {"radiotherapy", "brachytherapy", "high-intensity focused ultrasound"}),
        ("We resect lung tumours. Proton therapy, as well as carbon ion therapy, is still not available in our "
         "province.", {"proton therapy"}),
        ("We resect lung tumours. Ablation, such as HIFU or cryoablation, and brachytherapy are not performed in "
         "our unit.", {"cryoablation", "brachytherapy"}),
    ],
)  # fmt: skip
def test_a_list_denied_together_gives_none_of_it(directory: Any, body: str, absent: set[str]) -> None:
    assert not terms_of(directory, body, "Thoracic Oncology") & absent


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the list is no subject of the denial: only the last item is denied
        ("We treat lung cancer with surgery, radiotherapy and chemotherapy, and transplants are not performed.",
         {"surgery", "radiotherapy", "chemotherapy"}),
        # each has its own verb
        ("We treat lung cancer. Chemotherapy is given on the ward, but brachytherapy and HIFU are not offered.",
         {"chemotherapy"}),
        ("We treat lung cancer. Surgery and chemotherapy are offered, and brachytherapy is not available.",
         {"surgery", "chemotherapy"}),
    ],
)  # fmt: skip
def test_a_denial_after_a_list_keeps_what_it_does_not_deny(directory: Any, body: str, kept: set[str]) -> None:
    assert kept <= terms_of(directory, body, "Thoracic Oncology")


def test_the_twin_of_a_list_denial_loses_only_the_denied_one(directory: Any) -> None:
    body = "We treat lung cancer. Chemotherapy is given on the ward, but brachytherapy and HIFU are not offered."
    assert "brachytherapy" not in terms_of(directory, body, "Thoracic Oncology")


# ---------------------------------------------------------------- a treatment's word naming a profession


@pytest.mark.parametrize(
    "body",
    [
        "We give chemotherapy to adults. Our multidisciplinary team of medical oncologists, surgeons, radiation "
        "oncologists and nurses supports each patient.",
        "We give chemotherapy to adults. Radiation therapists and dosimetrists join our weekly meeting.",
        "We give chemotherapy to adults; the tumour board brings together pathologists and radiation oncologists.",
    ],
)
def test_a_profession_gives_no_treatment(directory: Any, body: str) -> None:
    assert "radiotherapy" not in terms_of(directory, body, "Medical Oncology")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("We give chemotherapy. Our radiation oncologists deliver IMRT to selected patients.", "IMRT"),
        ("We give chemotherapy and radiotherapy to adults with lung cancer.", "radiotherapy"),
    ],
)
def test_the_twin_of_a_profession_keeps_the_treatment(directory: Any, body: str, kept: str) -> None:
    assert kept in terms_of(directory, body, "Medical Oncology")


def test_a_radiotherapy_unit_staffed_by_its_therapists_keeps_radiotherapy(directory: Any) -> None:
    body = "We treat lung cancer. Radiation therapy is planned by our physicists and given on our own machines."
    assert "radiotherapy" in terms_of(directory, body, "Radiation Oncology")


# ---------------------------------------------------------------- joining organs again after a resection


@pytest.mark.parametrize(
    "body",
    [
        "We treat gastric cancer. Laparoscopic gastrectomy with D2 lymphadenectomy and totally laparoscopic "
        "digestive tract reconstruction.",
        "We treat gastric cancer. After distal gastrectomy a Roux-en-Y reconstruction is made laparoscopically.",
        "We treat pancreatic cancer. Pancreatoduodenectomy with reconstruction of the portal vein is done for "
        "locally advanced tumours.",
        "We treat rectal cancer. Reconstruction of the intestinal tract follows Hartmann's procedure.",
    ],
)
def test_joining_after_a_resection_is_no_reconstructive_surgery(directory: Any, body: str) -> None:
    assert "reconstructive surgery" not in terms_of(directory, body, "Gastrointestinal Surgery")


@pytest.mark.parametrize(
    "body",
    [
        "We treat breast cancer. Immediate breast reconstruction with implants or flaps is offered after mastectomy.",
        "We treat head and neck cancer. Defects are closed by reconstruction with free flaps.",
    ],
)
def test_the_twin_of_joining_keeps_reconstructive_surgery(directory: Any, body: str) -> None:
    assert "reconstructive surgery" in terms_of(directory, body, "Surgical Oncology")


# ---------------------------------------------------------------- a partner hospital the patients are sent to


@pytest.mark.parametrize(
    "body",
    [
        "We perform TACE for liver tumours. Patients suitable for liver transplantation are referred to our "
        "cooperation hospital, the First Hospital in Hangzhou.",
        "We perform TACE for liver tumours. Candidates for liver transplantation are sent to our collaborating "
        "centre in Shanghai.",
        "We perform TACE for liver tumours. Those who need a liver transplant are transferred to our co-operating "
        "hospital.",
    ],
)
def test_sent_to_a_cooperation_hospital_is_not_given(directory: Any, body: str) -> None:
    assert "liver transplantation" not in terms_of(directory, body, "Interventional Oncology")


def test_the_twin_of_a_cooperation_hospital_keeps_the_treatment(directory: Any) -> None:
    body = "We perform TACE for liver tumours. Patients suitable for TACE are admitted to our ward."
    assert "transarterial chemoembolization" in terms_of(directory, body, "Interventional Oncology")


def test_given_in_our_ward_in_cooperation_with_a_centre_stays_own(directory: Any) -> None:
    body = ("We treat gastric cancer. Neoadjuvant chemotherapy for gastric cancer, given in our ward in cooperation "
            "with the Outpatient Chemotherapy Center.")  # fmt: skip
    assert "neoadjuvant chemotherapy" in terms_of(directory, body, "Gastrointestinal Surgery")


# ---------------------------------------------------------------- a whole named by a longer list of organs


def test_a_longer_list_of_organs_names_no_whole(directory: Any) -> None:
    body = "We operate on cancers of the oesophagus, stomach, pancreas, liver, bile ducts, colon and rectum."
    found = terms_of(directory, body, "Visceral Surgery")
    assert "hepatobiliary and pancreatic cancer" not in found
    assert {"pancreatic cancer", "liver cancer", "biliary tract cancer"} <= found


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        ("We operate on cancers of the liver, bile ducts and pancreas.", "hepatobiliary and pancreatic cancer"),
        ("We treat tumours of the brain, the spinal cord and the nerves.", "central nervous system tumour"),
    ],
)
def test_the_twin_list_of_exactly_the_parts_names_the_whole(directory: Any, body: str, whole: str) -> None:
    assert whole in terms_of(directory, body, "Visceral Surgery")
