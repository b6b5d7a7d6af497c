"""extract on treatments a page names without giving them, and on wordings of treatments it does give.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _treatments(directory: Any, body: str, heading: str = "Department of Oncology") -> list[str]:
    return list(extract_page(directory, body, heading)["treatments"])


def _cancers(directory: Any, body: str, heading: str = "Department of Oncology") -> list[str]:
    return list(extract_page(directory, body, heading)["cancers"])


# ---------------------------------------------------------------- had before, cannot have, a talk's topic


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("We give chemotherapy. Please bring previous imaging and pathology slides along.", "diagnostic imaging"),
        ("We give chemotherapy. Please bring previous imaging and pathology slides along.", "diagnostic pathology"),
        ("We give chemotherapy. Patients with prior radiotherapy to the chest are assessed with care.", "radiotherapy"),
        ("We give chemotherapy to elderly patients who cannot tolerate surgery.", "surgery"),
        ("We give chemotherapy, mainly to patients unable to undergo an operation.", "surgery"),
        ("We give chemotherapy. Last spring a visiting surgeon gave a lecture on robotic surgery here.",
         "robotic surgery"),
    ],
)  # fmt: skip
def test_treatment_had_before_refused_or_lectured_on_is_not_claimed(directory: Any, sentence: str, absent: str) -> None:
    assert absent not in _treatments(directory, sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("We give chemotherapy. Our radiologists provide imaging and our pathology lab.", "diagnostic imaging"),
        ("Compared with previous years, surgery numbers rose by a fifth.", "surgery"),
        ("We give chemotherapy to patients who can tolerate surgery and perform the operation ourselves.", "surgery"),
        ("Last spring our team performed robotic surgery for the first time.", "robotic surgery"),
    ],
)  # fmt: skip
def test_treatment_given_here_is_kept(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, sentence)


# ---------------------------------------------------------------- given in the department's own wards


@pytest.mark.parametrize(
    "sentence",
    [
        "Adjuvant chemotherapy for colon cancer is given in the department's own day ward.",
        "Adjuvant chemotherapy for colon cancer is given in the department's wards.",
        "Adjuvant chemotherapy for colon cancer is given in the wards of the department.",
    ],
)
def test_treatment_given_in_the_departments_wards_is_kept(directory: Any, sentence: str) -> None:
    assert "chemotherapy" in _treatments(directory, sentence, "Department of Colorectal Surgery")


@pytest.mark.parametrize(
    "sentence",
    [
        "We operate on colon cancer. Chemotherapy is given in the wards of the Department of Medical Oncology.",
        "We operate on colon cancer. Adjuvant chemotherapy is given by the Department of Medical Oncology.",
    ],
)
def test_treatment_given_in_another_departments_wards_is_not_claimed(directory: Any, sentence: str) -> None:
    assert "chemotherapy" not in _treatments(directory, sentence, "Department of Colorectal Surgery")


# ---------------------------------------------------------------- sent on, with kinds of the treatment between


def test_treatment_needed_with_two_kinds_named_and_sent_away_is_not_claimed(directory: Any) -> None:
    body = "We treat leukaemia. Patients who need autologous or allogeneic stem cell transplantation are sent there."
    assert "haematopoietic stem cell transplantation" not in _treatments(directory, body, "Department of Hematology")


def test_treatment_needed_and_given_here_is_kept(directory: Any) -> None:
    body = "We treat leukaemia. Patients who need autologous or allogeneic stem cell transplantation receive it here."
    assert "haematopoietic stem cell transplantation" in _treatments(directory, body, "Department of Hematology")


# ---------------------------------------------------------------- patients whose disease can no longer be controlled


def test_cancers_of_patients_whose_disease_is_beyond_control_are_kept(directory: Any) -> None:
    body = ("The ward looks after people with cancer whose illness can no longer be cured by any treatment, "
            "most often people with bladder cancer and kidney cancer.")  # fmt: skip
    found = _cancers(directory, body, "Palliative Care Ward")
    assert "bladder cancer" in found and "kidney cancer" in found


def test_cancers_the_department_no_longer_treats_are_not_claimed(directory: Any) -> None:
    body = "The ward treats breast cancer. It no longer admits patients with bladder cancer."
    assert "bladder cancer" not in _cancers(directory, body, "Department of Oncology")


# ---------------------------------------------------------------- a title the department holds


def test_a_title_the_department_is_names_what_it_gives(directory: Any) -> None:
    body = 'We give chemotherapy, and the department is a "Model Cancer Pain Treatment Ward" of the province.'
    assert "cancer pain management" in _treatments(directory, body)


def test_a_body_the_department_is_a_member_of_names_nothing_it_gives(directory: Any) -> None:
    body = "We give chemotherapy, and the department is a member of the Provincial Cancer Pain Treatment Committee."
    assert "cancer pain management" not in _treatments(directory, body)


# ---------------------------------------------------------------- techniques before organs joined by "and"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("We offer open, laparoscopic and robotic gastric and colonic resections.", "laparoscopic surgery"),
        ("We offer open, laparoscopic and robotic gastric and colonic resections.", "robotic surgery"),
        ("The unit performs robotic kidney and bladder surgery.", "robotic surgery"),
    ],
)
def test_technique_before_two_organs_operated_on_is_kept(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, sentence, "Department of Surgery")


def test_technique_before_a_list_of_other_things_is_not_read_across_it(directory: Any) -> None:
    body = "We use laparoscopic staging and nutrition and radiotherapy planning before any resection."
    assert "laparoscopic surgery" not in _treatments(directory, body, "Department of Surgery")


# ---------------------------------------------------------------- wordings of treatments (vocabulary synonyms)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("We give intraperitoneal hyperthermic perfusion chemotherapy for peritoneal spread.", "HIPEC"),
        ("Antihormonal therapy is given in our day clinic.", "endocrine therapy"),
        ("The team is skilled in minimally invasive treatment of kidney cancer.", "minimally invasive surgery"),
    ],
)
def test_other_wordings_of_a_treatment_are_read(directory: Any, sentence: str, kept: str) -> None:
    assert kept in _treatments(directory, sentence, "Department of Surgery")


def test_a_committee_of_a_treatment_is_not_the_treatment(directory: Any) -> None:
    body = "We give chemotherapy. Our director chairs the Committee of Minimally Invasive Treatment of the province."
    assert "minimally invasive surgery" not in _treatments(directory, body)


def test_a_title_with_a_national_rank_names_what_it_gives(directory: Any) -> None:
    body = 'We give chemotherapy. In 2016 the ward was named a provincial "Model Pain Management Ward".'
    assert "cancer pain management" in _treatments(directory, body)


# ---------------------------------------------------------------- a treatment for a cancer's pain


def test_relief_of_a_named_pain_from_metastases_is_cancer_pain_management(directory: Any) -> None:
    body = "We give radioiodine. Samarium-153 is given for the relief of bone pain from skeletal metastases."
    assert "cancer pain management" in _treatments(directory, body, "Department of Nuclear Medicine")


def test_relief_of_a_pain_of_no_cancer_is_not_cancer_pain_management(directory: Any) -> None:
    body = "We give radioiodine. Samarium-153 is given for the relief of joint pain from arthritis."
    assert "cancer pain management" not in _treatments(directory, body, "Department of Nuclear Medicine")
