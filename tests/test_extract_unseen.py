"""extract on pages it has never seen: general patterns, each with invented sentences (and a twin that must NOT
give the fact), and a few invented pages in the style of hospitals abroad."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import roles as _roles

from oncodir.extract import draft


def _draft(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


def _page(directory: Any, sentence: str, heading: str = "Oncology") -> dict[str, Any]:
    return _draft(directory, f"{heading}\n\n{sentence}\n")


# ---------------------------------------------------------------- a word inside another treatment's name


def test_a_hyphenated_word_is_one_word(directory):
    d = _page(directory, "The unit owns a robotic stereotactic radio-surgery platform for small brain lesions.")
    assert "surgery" not in d["treatments"]
    assert "stereotactic radiotherapy" in d["treatments"]
    assert d["wording"]["stereotactic radiotherapy"] == "stereotactic radio-surgery"  # the page's own words
    d = _page(directory, "We remove tu-mors arising from the larynx and the thyroid gland.")
    assert {"laryngeal cancer", "thyroid cancer"} <= set(d["cancers"])
    # a pair of words that a name holds apart stays two words
    d = _page(directory, "Patients receive concomitant chemo-radiotherapy for cervical cancer.")
    assert "chemoradiotherapy" in d["treatments"]


def test_organ_lists_with_asides_and_regions(directory):
    d = _page(
        directory,
        "The team operates on malignant diseases of the chest, including the lungs, the mediastinum (the space "
        "between the lungs) and the diaphragm.",
        "Thoracic Surgery",
    )
    assert {"lung cancer", "mediastinal tumour"} <= set(d["cancers"])
    d = _page(directory, "We treat tumours arising from the nerves of the head-neck region.", "Head-Neck Surgery")
    assert "head and neck cancer" in d["cancers"]


def test_circled_numbers_are_list_marks(directory):
    d = _page(directory, "Operations offered: ①Lung surgery: lobectomy. ②Thoracoscopic surgery: wedge resection.")
    assert "video-assisted thoracoscopic surgery" in d["treatments"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Our surgeons also give target drug therapy when needed.", "targeted therapy"),
        ("Each patient is discussed on our multidisciplinary platform.", "multidisciplinary care"),
        (
            "The ward runs the only multidisciplinary outpatient clinic for sarcoma in the region.",
            "multidisciplinary care",
        ),
        ("The department currently runs 9 GCP programs for new drugs.", "clinical trials"),
        ("A modified neck dissection is routine for thyroid cancer.", "lymph node dissection"),
    ],
)
def test_vocabulary_synonyms_seen_on_pages(directory, sentence, term):
    assert term in _page(directory, sentence)["treatments"]


def test_cancer_synonyms_seen_on_pages(directory):
    d = _page(directory, "We treat urinary system tumors and bone sarcomas in adults.")
    assert {"urologic cancer", "bone tumour"} <= set(d["cancers"])


# ---------------------------------------------------------------- people: roles that are the department's


def test_a_post_in_another_unit_is_not_a_role_in_the_department(directory):
    d = _page(
        directory,
        "Professor Zhou Mingde, the academic leader, is the director of the nursing department of the hospital. "
        "Dr. Qian Lifen is the director of the outpatient department. Dr. Sun Baoyu is the head of the medical "
        "department of Nanhu People's Hospital.",
    )
    roles = _roles(d)
    assert roles["Zhou Mingde"] == "Academic leader"
    assert roles["Qian Lifen"] is None and roles["Sun Baoyu"] is None
    # the twin: the department's own director
    assert _roles(_page(directory, "Dr. Qian Lifen is the director of the department."))["Qian Lifen"] == "Director"


def test_roles_in_apposition_and_in_pairs(directory):
    d = _page(
        directory,
        "Professor He Jianguo, the subject leader, has led many trials. Prof. Tang Wei serves as the Chairman and "
        "academic leader, and Prof. Fu Lan, Cao Jun and Lin xiaoyu are the deputy directors of the department. "
        "Prof. MA Zhi-hua holds the position of chief-specialist and leader of the MDT team for lung cancer.",
    )
    roles = _roles(d)
    assert roles["He Jianguo"] == "Subject leader"
    assert roles["Tang Wei"] == "Chairman"
    assert {roles["Fu Lan"], roles["Cao Jun"], roles["Lin xiaoyu"]} == {"Deputy director"}
    assert roles["MA Zhi-hua"] == "Chief-specialist"
    # the twin: a society's chair is no role here
    d = _page(directory, "Prof. Tang Wei serves as the Chairman and founder of the Eastern Radiotherapy Society.")
    assert _roles(d)["Tang Wei"] is None


def test_headed_by_and_staff_lists(directory):
    d = _page(directory, "The department of oncology is headed by professor Gao Shan, who trained in Boston.")
    assert _roles(d)["Gao Shan"] == "Head"
    d = _draft(
        directory,
        "Oncology\n\nTeam of Faculties:\n\nQin Hao, MD. Professor of Oncology, Head of Department\n\n"
        "Yu Mei, MD. Associate Professor of Oncology\n\nDeng Rui\n",
    )
    assert _roles(d) == {"Qin Hao": "Head of Department", "Yu Mei": None, "Deng Rui": None}
    # a name alone that does not follow a staff list is no person
    d = _draft(directory, "Oncology\n\nDeng Rui\n\nThe department treats lung cancer.\n")
    assert d["people"] == []


# ---------------------------------------------------------------- hospital


def test_hospital_names_with_their_institute(directory):
    d = _page(
        directory, "The Department of Surgery at Tianjin Medical University Cancer Institute and Hospital treats."
    )
    assert d["hospital_id"] == "tianjin-medical-university-cancer-institute-and-hospital"
    d = _draft(directory, "Department of Radiation Oncology Sichuan Cancer Hospital & Institute\n\nWe treat.\n")
    assert (d["name"], d["hospital_id"]) == ("Department of Radiation Oncology", "sichuan-cancer-hospital")


def test_a_hospital_of_another_university_is_not_the_directory_namesake(directory):
    d = _page(directory, "The Department of Oncology of Zhongshan Hospital, Wuhan University treats lung cancer.")
    assert d["hospital_id"] is None and d["city"] is None
    d = _page(directory, "The Department of Oncology of Zhongshan hospital ,Xiamen University treats lung cancer.")
    assert (d["hospital_id"], d["city"]) == ("zhongshan-hospital-xiamen-university", "Xiamen")


def test_hospital_with_a_lost_space_and_where_the_director_works(directory):
    d = _page(directory, "Sun Yat-SenUniversity Cancer Center is one of the largest cancer centres of China.")
    assert d["hospital_id"] == "sun-yat-sen-university-cancer-center"
    d = _page(directory, "Dr. Fan Li has been working as a surgeon in Jiangsu Cancer Hospital ever since.")
    assert d["hospital_id"] == "jiangsu-cancer-hospital"
    d = _page(directory, "Dr. Fan Li previously worked at Jiangsu Cancer Hospital for ten years.")
    assert d["hospital_id"] is None


def test_department_name_in_small_letters_and_no_alias_from_a_society(directory):
    d = _draft(directory, "Introduction\n\nThe department of head and neck surgery was founded in 1985.\n")
    assert d["name"] == "Department of Head and Neck Surgery"
    d = _draft(
        directory,
        "Gynecology\n\nDr. Wu is on the Oncology Department of Huaxin foundation and the leading department of "
        "Eastern Province Anti-cancer Association.\n",
    )
    assert d["aliases"] == []


# ---------------------------------------------------------------- invented pages in the style of hospitals abroad

GERMAN_PAGE = """Universitätsklinikum Nordstadt
Home > Kliniken > Klinik für Strahlentherapie

Klinik für Strahlentherapie

The Department of Radiation Oncology at the University Hospital Nordstadt treats about 4,200 patients a year with \
lung cancer, prostate cancer and tumours of the brain. We offer intensity-modulated radiotherapy, stereotactic \
radio-surgery and brachytherapy. Systemic therapy is given in cooperation with the Department of Medical Oncology.

Our clinic has 48 beds. The department is headed by Prof. Dr. med. Annegret Vollmer, who trained at \
Massachusetts General Hospital in Boston.

Deputy Director: Prof. Dr. med. Jörg Hallmann
Senior Physician: PD Dr. med. Katrin Sommerfeld

Prof. Dr. med. Annegret Vollmer is a member of the board of the German Cancer Society and chair of the Beijing \
Radiotherapy Exchange Forum.

Last Update : 05 July 2018 03:45 PM
"""

US_PAGE = """Cancer Center | Programs | Thoracic Oncology

Thoracic Oncology Program

The Thoracic Oncology Program at Smilow Cancer Hospital brings together thoracic surgeons and medical oncologists \
to care for patients with lung cancer, mesothelioma and thymic tumors. Our surgeons perform robotic lobectomy and \
video-assisted thoracoscopic surgery; our oncologists lead clinical trials of immunotherapy.

Dr. Samuel Whitcombe serves as Program Leader. Dr. Elena Marquez, Chief of Thoracic Surgery at the hospital, \
leads the surgical team. Dr. Priya Natarajan is the Director of the Lung Cancer Screening Program of the health \
system.

Updated on June 5, 2019
"""


def test_a_german_university_clinic_page(directory):
    d = _draft(directory, GERMAN_PAGE)
    assert d["name"] == "Klinik für Strahlentherapie"
    assert "Department of Radiation Oncology" in d["aliases"]
    assert d["hospital"] == "University Hospital Nordstadt"  # not Massachusetts General, where she trained
    assert (d["city"], d["province"], d["country"]) == (None, None, None)  # not Beijing, from a forum's name
    assert _roles(d) == {
        "Annegret Vollmer": "Head",
        "Jörg Hallmann": "Deputy Director",
        "Katrin Sommerfeld": "Senior Physician",
    }
    assert "chemotherapy" not in d["treatments"]  # given by the partner department
    assert {"IMRT", "stereotactic radiotherapy", "brachytherapy"} <= set(d["treatments"])
    assert "surgery" not in d["treatments"]
    assert d["beds"] == {"value": 48}
    assert d["source"]["updated"] == "2018-07-05"


def test_a_us_cancer_centre_programme_page(directory):
    d = _draft(directory, US_PAGE)
    assert (d["name"], d["hospital"]) == ("Thoracic Oncology Program", "Smilow Cancer Hospital")
    assert d["city"] is None  # the page does not say where the hospital is
    # a chief of another unit and a director of another programme hold no role in this one
    assert _roles(d) == {"Samuel Whitcombe": "Program Leader", "Elena Marquez": None, "Priya Natarajan": None}
    assert {"lung cancer", "mesothelioma", "thymic tumour"} <= set(d["cancers"])
    assert {"video-assisted thoracoscopic surgery", "clinical trials", "immunotherapy"} <= set(d["treatments"])
    assert d["source"]["updated"] == "2019-06-05"


# ---------------------------------------------------------------- treatments the department gives


def test_a_treatment_the_department_is_named_for(directory):
    d = _draft(directory, "Department of Spine Tumour Surgery\n\nThe department treats spinal metastases.\n")
    assert "surgery" in d["treatments"]
    assert any("from the department's name" in n for n in d["notes"])
    d = _draft(directory, "Neurosurgery\n\nThe department sees patients with glioma.\n")
    assert "surgery" in d["treatments"]
    # the twin: a department not named for it, and surgery named only as a partner
    d = _draft(directory, "Medical Oncology\n\nWe work closely with surgery and treat glioma.\n")
    assert "surgery" not in d["treatments"]


def test_the_department_itself_is_not_another_department(directory):
    d = _draft(
        directory,
        "Department of Oncology\n\nThe Department of Oncology mainly provides palliative treatment of cancer. The "
        "Department of Radiotherapy, Surgery and Pathology is next door.\n",
    )
    assert "palliative care" in d["treatments"]
    assert "radiotherapy" not in d["treatments"] and "surgery" not in d["treatments"]


def test_a_treatment_in_a_clinical_study_is_not_laboratory_research(directory):
    d = _page(directory, "Building on basic research, a CAR-T clinical study of B-cell lymphoma has been carried out.")
    assert "CAR-T cell therapy" in d["treatments"]
    d = _page(directory, "Our laboratory research focuses on signal transduction of CAR-T cells in mice.")
    assert "CAR-T cell therapy" not in d["treatments"]


def test_beds_joined_to_their_number_by_a_hyphen(directory):
    assert _page(directory, "We have a ward of 64-patient beds.")["beds"] == {"value": 64, "note": "patient beds"}
