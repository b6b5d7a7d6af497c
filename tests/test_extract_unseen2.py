"""extract on pages it has never seen, second round: patterns found on freshly labelled pages (split tune3).

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

import pytest
from helpers import extract_page as _page
from helpers import roles as _roles

# ---------------------------------------------------------------- people: names and leadership forms


def test_a_possessive_is_not_part_of_a_name(directory):
    d = _page(directory, "Three technicians work in Prof. Gao Lianfeng’s laboratory and in Dr. Ruth Baxter's clinic.")
    assert set(_roles(d)) == {"Gao Lianfeng", "Ruth Baxter"}
    # the twin: an apostrophe inside a name stays
    d = _page(directory, "Dr. Sean O'Neill is the director of the department.")
    assert _roles(d) == {"Sean O'Neill": "Director"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The chief of our department, professor Ma Lingyun, trained in Lyon.", "Ma Lingyun", "Chief"),
        ("The Medical Director and Chair of the department Dr. Helen Park spoke.", "Helen Park", "Medical Director"),
        ("Tao Ying serves as the Chief for the Department of Oncology.", "Tao Ying", "Chief"),  # (the page's own)
        ("Dr. Karen Lowe has served as Section Chief since 2015.", "Karen Lowe", "Section Chief"),
        ("Dr. Omar Haddad was named Chair of the Department of Radiation Oncology in 2019.", "Omar Haddad", "Chair"),
        ("Dr. Lena Brandt is currently the Co-Director of the center.", "Lena Brandt", "Co-Director"),
        ("Klinikdirektor: Prof. Dr. med. Jonas Weber", "Jonas Weber", "Klinikdirektor"),
        ("The program is chaired by Dr. Alan Moss.", "Alan Moss", "Chair"),
        ("Fan Qi is the Secretary and Lu Hong is the Nursing Director.", "Lu Hong", "Nursing Director"),
        ("Fan Qi is the Secretary and Lu Hong is the Nursing Director.", "Fan Qi", "Secretary"),
    ],
)
def test_leadership_forms(directory, sentence, name, role):
    assert _roles(_page(directory, sentence)).get(name) == role


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a post in another body is no role in the department
        ("Dr. Omar Haddad was named Chair of the Board of the National Proton Society in 2019.", "Omar Haddad"),
        ("professor Liang Yu is the deputy director of the Nursing Committee of the Society.", "Liang Yu"),
        ("Dr. Lena Brandt is currently the Co-Director of the Regional Tumor Registry Foundation.", "Lena Brandt"),
        ("Fan Qi is the Secretary General of the Provincial Anti-Cancer Association.", "Fan Qi"),
    ],
)
def test_leadership_elsewhere_gives_no_role(directory, sentence, name):
    assert _roles(_page(directory, sentence)).get(name) is None


def test_led_by_names_a_person_without_a_role(directory):
    d = _page(directory, "The unit is led by Prof. Erin Walsh, who trained in Toronto.")
    assert _roles(d) == {"Erin Walsh": None}  # a leader, but the page does not say which post


# ---------------------------------------------------------------- hospital: no generic fragment, no partner's


def test_a_generic_fragment_is_no_hospital_name(directory):
    d = _page(directory, "The Department of Oncology of the Cancer Hospital treats lung cancer.")
    assert d["hospital"] is None
    d = _page(directory, "The Department of Oncology at the Affiliated Hospital treats lung cancer.")
    assert d["hospital"] is None
    # the twin: a name with its own words is a hospital's name
    d = _page(directory, "The Department of Oncology of Riverside Cancer Hospital treats lung cancer.")
    assert d["hospital"] == "Riverside Cancer Hospital"


def test_a_partner_hospital_is_not_the_departments(directory):
    d = _page(
        directory,
        "In 2015 the team set up a sister department with the oncology department of Lakeside Tumor Hospital.",
    )
    assert d["hospital"] is None
    d = _page(directory, "We signed a cooperation agreement with the Department of Surgery of Hillview Hospital.")
    assert d["hospital"] is None
    # the twin: the department's own hospital in the same words, no partner cue before it
    d = _page(directory, "The oncology department of Lakeside Tumor Hospital was set up in 2015.")
    assert d["hospital"] == "Lakeside Tumor Hospital"


# ---------------------------------------------------------------- treatments given elsewhere, cancers of other units


@pytest.mark.parametrize(
    "sentence",
    [
        "The ward offers herbal medicine to patients after surgery, radiotherapy and chemotherapy.",
        "We give acupuncture to those who have undergone radiotherapy or chemotherapy.",
        "Herbal decoctions relieve the side effects of radiotherapy and chemotherapy.",
        "Our nurses guide rehabilitation after radiotherapy, chemotherapy and surgery.",
    ],
)
def test_treatments_received_before_or_elsewhere_are_not_the_departments(directory, sentence):
    d = _page(directory, sentence, "Integrative Medicine")
    assert not {"surgery", "radiotherapy", "chemotherapy"} & set(d["treatments"])


def test_treatments_given_after_another_are_the_departments(directory):
    # the twin: the department gives chemotherapy after the operation
    d = _page(directory, "Patients with colon cancer after surgery receive adjuvant chemotherapy here.")
    assert "chemotherapy" in d["treatments"]
    d = _page(directory, "The ward gives radiotherapy and chemotherapy to patients with lung cancer.")
    assert {"radiotherapy", "chemotherapy"} <= set(d["treatments"])
    # a unit that itself operates: patients who have received chemotherapy may have received it there
    d = _page(directory, "We operate on patients who have received neoadjuvant chemotherapy.", "Sarcoma Surgery")
    assert "neoadjuvant chemotherapy" in d["treatments"]


def test_cancers_another_unit_took_over_are_not_the_departments(directory):
    d = _page(
        directory,
        "In 2001 the unit ceased to admit patients with liver tumors and kidney cancer. The Division of Bone Tumor "
        "Surgery was separated from the unit in 2005. Today it treats gastric cancer.",
        "Gastric Surgery",
    )
    assert d["cancers"] == ["gastric cancer"]
    # the twin: "not only" does not deny
    d = _page(directory, "The unit treats not only gastric cancer but also liver tumors.", "Gastric Surgery")
    assert {"gastric cancer", "liver cancer"} <= set(d["cancers"])


# ---------------------------------------------------------------- treatments of the field, of partners, received before


@pytest.mark.parametrize(
    ("heading", "sentence", "absent", "present"),
    [
        # a supportive unit keeps cancer from coming back after what others gave
        (
            "Integrative Medicine",
            "Our herbal care aims to lower the relapse and metastasis after resection, radiotherapy and chemotherapy.",
            {"surgery", "radiotherapy", "chemotherapy"},
            set(),
        ),
        (
            "Traditional Chinese Medicine",
            "Acupuncture is used to improve the therapeutic efficacy of chemotherapy and radiotherapy.",
            {"chemotherapy", "radiotherapy"},
            set(),
        ),
        # the field as a whole, not the department
        (
            "Gastric Surgery",
            "Surgery, chemotherapy and radiotherapy have become the pillars of modern cancer treatment.",
            {"chemotherapy", "radiotherapy"},
            set(),
        ),
        # experts of other units invited to a meeting, through abbreviations
        (
            "Breast Surgery",
            "Case conferences bring in experts from other depts. (e.g. Pathology, Radiotherapy, Imaging and ICU).",
            {"radiotherapy", "diagnostic imaging"},
            set(),
        ),
        (
            "Breast Surgery",
            "Specialists from Medical Oncology, Imaging, Interventional Therapy, etc. join our weekly meeting.",
            {"diagnostic imaging", "interventional therapy"},
            set(),
        ),
    ],
)
def test_treatments_that_are_not_the_departments(directory, heading, sentence, absent, present):
    got = set(_page(directory, sentence, heading)["treatments"])
    assert not got & absent
    assert present <= got


def test_twins_the_department_still_gives_what_it_says(directory):
    # what the department says it gives is still its own
    d = _page(directory, "The department gives chemotherapy and radiotherapy for gastric cancer.", "Oncology")
    assert {"chemotherapy", "radiotherapy"} <= set(d["treatments"])
    # "etc." before a capital ends the sentence: the next sentence is the department's own again
    d = _page(
        directory,
        "We see tumours of the lung, breast, etc. Radiation oncologists here give stereotactic radiotherapy daily.",
        "Radiation Oncology",
    )
    assert "stereotactic radiotherapy" in d["treatments"]
    # imaging listed among what the department does is not cut off as a participle clause
    d = _page(directory, "The unit provides biopsy, imaging, and radiofrequency ablation.", "Interventional Oncology")
    assert "radiofrequency ablation" in d["treatments"]
