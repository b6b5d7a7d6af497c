"""extract on pages it has never seen, third round: forms invented for pages not yet met.

No sentence here comes from a page: each is written to stand for a way English pages (Chinese
hospitals' translations, German, US and UK pages) state a fact, and each pattern has a twin that
must NOT give the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page as _page
from helpers import roles as _roles

from oncodir.extract import draft

# ---------------------------------------------------------------- people: leadership forms


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Head of Department: Dr. John Smith", "John Smith", "Head of Department"),
        ("Clinical Lead: Dr Sarah Jones", "Sarah Jones", "Clinical Lead"),
        ("Chefarzt: Prof. Dr. med. habil. Klaus Richter", "Klaus Richter", "Chefarzt"),
        ("Ärztlicher Direktor: Prof. Dr. med. Martin Vogel", "Martin Vogel", "Ärztlicher Direktor"),
        ("Dr. Michael Brown, MD, PhD, is the Chair of the Department of Radiation Oncology.", "Michael Brown", "Chair"),
        ("Wang Hong, M.D., Ph.D., director of the department, trained in Boston.", "Wang Hong", "Director"),
        ("Prof. ZHANG Wei is the director of the department.", "ZHANG Wei", "Director"),
        ("The department is led by Chairman Prof. Liu Bin.", "Liu Bin", "Chairman"),
        ("Under the leadership of director Prof. Ma Jun, the department grew fast.", "Ma Jun", "Director"),
        ("The discipline leader is Prof. Huang Tao.", "Huang Tao", "Discipline leader"),
    ],
)
def test_leadership_forms(directory, sentence, name, role):
    assert _roles(_page(directory, sentence)).get(name) == role


def test_a_role_in_a_named_unit_is_that_units(directory):
    sentence = "Dr. Emily Clark is Chief of the Breast Surgery Service."
    assert _roles(_page(directory, sentence, "Breast Surgery")) == {"Emily Clark": "Chief"}
    # the twins: another unit of the hospital, named after the role, is not this page's
    # (named only as another unit's head, the person is no staff of this one: left out)
    assert _roles(_page(directory, sentence, "Radiation Oncology")) == {}
    d = _page(directory, "Prof. Sun Qi is the head of the Department of Pathology.", "Medical Oncology")
    assert _roles(d) == {}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prof. Zhang Wei is the director of the Chinese Anti-Cancer Association.", "Zhang Wei"),
        ("Prof. Zhang Wei serves as chairman of the Breast Cancer Committee of CSCO.", "Zhang Wei"),
        ("Dr. John Smith, MD, is the editor-in-chief of the Journal of Oncology.", "John Smith"),
        ("Dr. Wang Li is the principal investigator of several national trials.", "Wang Li"),
        ("Dr. Ann Lee, MD, PhD, is the Chair of the NCCN Breast Cancer Panel.", "Ann Lee"),
        ("Prof. Sun Qi is the president of the hospital.", "Sun Qi"),
        ("The project was led by Chairman Prof. Liu Bin of the Shanghai Cancer Society.", None),
    ],
)
def test_roles_elsewhere_give_no_role(directory, sentence, name):
    roles = _roles(_page(directory, sentence))
    assert all(role is None for role in roles.values()), roles
    if name:
        assert name in roles


# ---------------------------------------------------------------- the department's name

_PARA = (
    "The unit has 40 beds and treats lung cancer and lymphoma with chemotherapy and radiotherapy for many patients.\n"
)


def _text(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


def test_a_welcome_sentence_names_the_department(directory):
    text = "Overview\n\nWelcome to the Division of Surgical Oncology. Our surgeons treat melanoma and sarcoma.\n"
    assert _text(directory, text)["name"] == "Division of Surgical Oncology"
    # the twin: a welcome to a hospital names no department
    text = "Overview\n\nWelcome to Harbin Medical University Cancer Hospital. Our surgeons treat melanoma.\n"
    assert _text(directory, text)["name"] is None


def test_the_hospital_after_a_department_of_x_comes_off_its_name(directory):
    text = (
        "Department Introduction\n\nThe Department of Urology of West China Hospital, Sichuan University was "
        "established in 1950 and treats prostate cancer and bladder cancer with surgery.\n"
    )
    d = _text(directory, text)
    assert (d["name"], d["hospital"]) == ("Department of Urology", "West China Hospital, Sichuan University")
    # the twin: "a department of X Hospital" names no department
    text = "About\n\nThe Department of Zhongshan Hospital in charge of oncology was set up in 1950 and has beds.\n"
    assert _text(directory, text)["name"] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Home | About | Departments | Contact\nDepartment of Medical Oncology\n\n" + _PARA,
            "Department of Medical Oncology",
        ),
        ("Welcome to the Department of Thoracic Surgery\n\n" + _PARA, "Department of Thoracic Surgery"),
        ("Klinik für Strahlentherapie\n\n" + _PARA, "Klinik für Strahlentherapie"),
        ("Thoracic Oncology Program\n\n" + _PARA, "Thoracic Oncology Program"),
        ("Breast Center\nOverview\n\n" + _PARA, "Breast Center"),
        (
            "Search\nLanguage: English | 中文\nHepatobiliary Surgery\nPosted: 2019-05-02\n\n" + _PARA,
            "Hepatobiliary Surgery",
        ),
    ],
)
def test_headings(directory, text, name):
    assert _text(directory, text)["name"] == name


# ---------------------------------------------------------------- cancers and treatments: whose are they?


def _terms(d: dict[str, Any]) -> set[str]:
    return set(d["cancers"]) | set(d["treatments"])


@pytest.mark.parametrize(
    ("heading", "sentence", "absent"),
    [
        ("Oncology", "Prof. Li is a member of the Chinese Society of Breast Cancer.", "breast cancer"),
        ("Oncology", "He received an award for his work on lung cancer screening.", "lung cancer"),
        (
            "Oncology",
            "The project on gastric cancer is funded by the National Natural Science Foundation.",
            "gastric cancer",
        ),
        ("Oncology", "Our partner hospital offers proton therapy.", "proton therapy"),
        ("Surgery", "The hospital's other departments provide radiotherapy.", "radiotherapy"),
        ("Breast Surgery", "Patients receive radiotherapy in the Department of Radiation Oncology.", "radiotherapy"),
        (
            "Surgery",
            "Patients needing chemotherapy are referred to the Department of Medical Oncology.",
            "chemotherapy",
        ),
        ("Nursing", "Our nurses care for patients who had radiotherapy elsewhere.", "radiotherapy"),
        ("Hematology", "Patients with lymphoma are treated in the Department of Medical Oncology.", "lymphoma"),
    ],
)
def test_mentions_that_are_not_the_departments(directory, heading, sentence, absent):
    assert absent not in _terms(_page(directory, sentence, heading))


@pytest.mark.parametrize(
    ("heading", "sentence", "present"),
    [
        ("Oncology", "The department treats breast cancer and is a member of the Chinese Society.", "breast cancer"),
        ("Oncology", "The department carries out research on lung cancer and treats it.", "lung cancer"),
        ("Oncology", "We offer proton therapy, and our partner hospital offers surgery.", "proton therapy"),
        (
            "Radiation Oncology",
            "Patients receive radiotherapy in the Department of Radiation Oncology.",
            "radiotherapy",
        ),
        ("Medical Oncology", "Chemotherapy is given in the Department of Medical Oncology.", "chemotherapy"),
        ("Oncology", "Our nurses care for patients during radiotherapy.", "radiotherapy"),
    ],
)
def test_the_twins_the_department_still_gives_what_it_says(directory, heading, sentence, present):
    assert present in _terms(_page(directory, sentence, heading))


def test_another_department_named_first_is_no_alias(directory):
    d = _page(directory, "Patients come from the Department of Radiation Oncology.", "Breast Surgery")
    assert d["aliases"] == []
    # the twin: the department's own 'Department of X' is its alias
    d = _page(directory, "The Department of Breast Surgery was founded in 1990.", "Breast Surgery Ward")
    assert d["aliases"] == ["Department of Breast Surgery"]


# ---------------------------------------------------------------- vocabulary wording


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The department treats prostate adenocarcinoma.", "prostate cancer"),
        ("The department treats esophageal squamous cell carcinoma.", "esophageal cancer"),
        ("The department treats gastric adenocarcinomas.", "gastric cancer"),
        ("The department treats glioblastoma.", "glioma"),
        ("The department treats intracranial metastases.", "brain metastases"),
        ("The department offers stereotactic body radiation therapy.", "stereotactic radiotherapy"),
        ("The department performs radical resection.", "surgery"),
        ("The department performs endoscopic submucosal dissection.", "endoscopic treatment"),
    ],
)
def test_more_wordings_of_vocabulary_terms(directory, sentence, term):
    assert term in _terms(_page(directory, sentence))


def test_a_histology_word_alone_is_no_cancer_of_an_organ(directory):
    # the twin: "adenocarcinoma" with no organ names no organ's cancer
    d = _page(directory, "Pathologists classify adenocarcinoma and squamous cell carcinoma.")
    assert not {"prostate cancer", "lung cancer", "esophageal cancer"} & _terms(d)


def test_a_clinical_grade_before_a_name_is_a_title(directory):
    d = _page(
        directory,
        "Chief physician Hu Lanying is the director of the Oncology Society of Hebei Anti-Cancer Association.",
    )
    assert _roles(d) == {"Hu Lanying": None}
    assert d["people"][0]["title"] == "Chief physician"
    # the twin: a grade with no name after it names nobody
    assert _roles(_page(directory, "Each ward has a chief physician and two attending physicians on duty.")) == {}


def test_a_role_in_a_leadership_list(directory):
    d = _page(directory, "Under the leadership of Professor Ling Bai and Director Rui Tang, the department grew.")
    assert _roles(d) == {"Ling Bai": None, "Rui Tang": "Director"}
    # the twin: a director of another body named in the list holds no role here
    d = _page(
        directory, "Under the leadership of Professor Ling Bai and Director Rui Tang of the Health Commission, it grew."
    )
    assert all(role is None for role in _roles(d).values()) and "Rui Tan" not in _roles(d)  # (nor a cut name)


# ---------------------------------------------------------------- invented whole pages


def test_a_staff_list_role_in_another_unit_is_not_this_ones(directory):
    text = (
        "Gynecologic Oncology Program\n\nOur program treats women with ovarian and cervical cancers.\n\n"
        "Maria Gonzalez, MD, PhD\nChief, Division of Gynecologic Oncology\n\n"
        "Robert Kim, MD\nDirector, Robotic Surgery Program, Department of Urology\n"
    )
    assert _roles(_text(directory, text)) == {"Maria Gonzalez": "Chief", "Robert Kim": None}


def test_what_a_partner_gives_in_a_relative_clause_is_the_partners(directory):
    sentence = "The department works with the National Tumour Center, which offers radiotherapy and surgery."
    assert not {"radiotherapy", "surgery"} & _terms(_page(directory, sentence, "Hematology"))
    # the twin: the department's own relative clause, before the partner
    sentence = "The department, which offers radiotherapy, works with the National Tumour Center."
    assert "radiotherapy" in _terms(_page(directory, sentence, "Hematology"))


def test_a_heading_that_lists_subjects(directory):
    text = "Universitätsklinikum Beispielstadt\nKlinik für Hämatologie, Onkologie und Rheumatologie\n\n" + _PARA
    assert _text(directory, text)["name"] == "Klinik für Hämatologie, Onkologie und Rheumatologie"
    text = "Overview\n\nWelcome to the Department of Hematology, Oncology and Rheumatology. We treat leukemia.\n"
    assert _text(directory, text)["name"] == "Department of Hematology, Oncology and Rheumatology"
    # the twins: a welcome's comma before a university is no list; an address line is no heading
    text = "Overview\n\nWelcome to the Department of Surgery, Peking University. We treat leukemia.\n"
    assert _text(directory, text)["name"] == "Department of Surgery"
    text = "Oncology Building, 12 Main Street, Springfield\n\n" + _PARA
    assert _text(directory, text)["name"] is None
