"""extract: treatments and cancers named only for where patients go, kinds the vocabulary does not spell.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import terms_of


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        # a sentence opening "For ...", then sending the patients away
        (
            "Gastric Surgery",
            "We resect gastric cancer. For HIPEC in peritoneal spread we refer patients to the "
            "Regional Peritoneal Centre in Leeds.",
            "HIPEC",
        ),
        (
            "Gastric Surgery",
            "We resect gastric cancer. For HIPEC for peritoneal metastases we refer patients to the "
            "Regional Peritoneal Centre in Leeds.",
            "peritoneal cancer",
        ),
        (
            "Thoracic Surgery",
            "We resect lung tumours. For proton therapy, patients are referred to the Proton Therapy "
            "Center of Huaxia Hospital.",
            "proton therapy",
        ),
        (
            "Gynaecological Oncology",
            "We operate on cervical cancer. For brachytherapy our department works closely with St Olaf Hospital.",
            "brachytherapy",
        ),
        # given to some patients at a partner
        (
            "Sarcoma Service",
            "We operate on sarcoma; stereotactic radiotherapy is offered to eligible patients at our "
            "partner hospital across the river.",
            "stereotactic radiotherapy",
        ),
        (
            "Sarcoma Service",
            "We operate on sarcoma. Proton therapy is available for selected children at our partner, "
            "the Riverside Particle Institute.",
            "proton therapy",
        ),
        # a treatment inside the name of a place elsewhere
        (
            "Breast Surgery",
            "We operate on breast cancer; afterwards patients go to our partner radiotherapy centre.",
            "radiotherapy",
        ),
        (
            "Colorectal Surgery",
            "We operate on rectal cancer. Short-course radiotherapy is arranged at the "
            "radiotherapy institute in Arnhem.",
            "radiotherapy",
        ),
        (
            "Colorectal Surgery",
            "We operate on rectal cancer; a few patients are seen at the Northgate Brachytherapy Centre.",
            "brachytherapy",
        ),
        # a public screening programme the patients come from
        (
            "Colorectal Surgery",
            "We operate on colon cancer. Many patients reach us after a positive test in the "
            "national bowel cancer screening programme.",
            "cancer screening",
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer; most tumours are found by the state breast screening program.",
            "cancer screening",
        ),
        # a visit abroad on a treatment, a check of another kind, doctors of other specialties
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer. In 2021 the director made a study tour on robotic surgery in Seoul.",
            "robotic surgery",
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer. Two surgeons went on a two-week visit to learn "
            "robotic surgery in Shanghai.",
            "robotic surgery",
        ),
        (
            "Medical Oncology",
            "We give chemotherapy for lung cancer. Nutritional risk screening is done on admission.",
            "cancer screening",
        ),
        (
            "Medical Oncology",
            "We give chemotherapy for lung cancer; distress screening takes place at each visit.",
            "cancer screening",
        ),
        (
            "Liver Surgery",
            "We resect liver cancer. The MDT meets weekly with doctors of radiology and pathology.",
            "diagnostic pathology",
        ),
    ],
)
def test_named_only_for_where_patients_go(directory: Any, heading: str, sentence: str, absent: str) -> None:
    assert absent not in terms_of(directory, sentence, heading)


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        (
            "Gynaecological Oncology",
            "We operate on cervical cancer. For brachytherapy we use our own afterloader.",
            "brachytherapy",
        ),
        ("Gastric Surgery", "For peritoneal metastases we perform HIPEC in our own theatre.", "HIPEC"),
        (
            "Sarcoma Service",
            "We operate on sarcoma. Proton therapy is available for selected children in our department.",
            "proton therapy",
        ),
        (
            "Radiation Oncology",
            "Our radiotherapy centre has four linear accelerators and treats breast cancer.",
            "radiotherapy",
        ),
        (
            "Breast Surgery",
            "We operate on breast cancer and run the regional breast screening clinic every week.",
            "cancer screening",
        ),
        (
            "Urology",
            "We treat prostate cancer. Every May the department organizes prostate cancer screening in town.",
            "cancer screening",
        ),
        (
            "Head and Neck Surgery",
            "We operate on laryngeal cancer and perform robotic surgery since 2020.",
            "robotic surgery",
        ),
        (
            "General Surgery",
            "We resect colon cancer. Laparoscopy is the representative of minimally invasive surgery.",
            "minimally invasive surgery",
        ),
        ("Liver Surgery", "We resect liver cancer. Diagnostic pathology is done by our own pathologists.", "surgery"),
    ],
)
def test_twins_keep_what_is_given_here(directory: Any, heading: str, sentence: str, present: str) -> None:
    assert present in terms_of(directory, sentence, heading)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("We treat bladder cancer with transurethral resection and radical cystectomy.", "endoscopic treatment"),
        ("Main operations: TUR-BT, laparoscopic nephrectomy.", "endoscopic treatment"),
        ("Advanced prostate cancer receives androgen deprivation therapy in our clinic.", "endocrine therapy"),
        ("Young women with breast cancer may have ovarian function suppression with tamoxifen.", "endocrine therapy"),
    ],
)
def test_particular_kinds(directory: Any, sentence: str, present: str) -> None:
    assert present in terms_of(directory, sentence, "Urology")


def test_castration_resistant_is_a_state_not_a_treatment(directory: Any) -> None:
    found = terms_of(directory, "We treat castration-resistant prostate cancer with lutetium PSMA.", "Nuclear Medicine")
    assert "endocrine therapy" not in found
