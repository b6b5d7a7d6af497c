"""extract on small pages written here: names in other forms than the vocabulary's, the one hospital a page
names, roles in more words, mangled text. Each case has a twin that must NOT give the fact."""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft
from oncodir.text import repair_mojibake


def _draft(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


def _treatments(directory: Any, sentence: str) -> list[str]:
    return sorted(_draft(directory, f"Oncology\n\n{sentence}\n")["treatments"])


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("It performs 1,200 laparoscopic colorectal surgery a year.", "laparoscopic surgery"),
        ("The department is good at robotic-assisted gastrectomy.", "robotic surgery"),
        ("It is known for the minimally invasive, anus reserved, fast track surgery.", "minimally invasive surgery"),
        ("Minimally invasive thoracoscopy technology has been used.", "minimally invasive surgery"),
        ("It carries out multimodal gastric cancer treatment.", "multimodality therapy"),
        ("It is engaged in neoadjuvant and adjuvant chemotherapy.", "neoadjuvant chemotherapy"),
        ("We offer treatment of molecular target for some blood tumours.", "targeted therapy"),
        ("It gives molecular targeting therapy and immunobiotherapy.", "targeted therapy"),
        ("Surgery is combined with endocrinal therapy.", "endocrine therapy"),
        ("A comprehensive department integrating tumor chemotherapy and thermotherapy.", "hyperthermia"),
        (
            "Oncologists work closely with surgeons to provide multidisciplinary clinical service.",
            "multidisciplinary care",
        ),
    ],
)
def test_treatments_in_other_forms(directory, sentence, wanted):
    assert wanted in _treatments(directory, sentence)


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("The laparoscopic and the open approach are compared.", "laparoscopic surgery"),
        ("It is integrated with the radiotherapy department.", "radiotherapy"),
        ("The center integrates oncology, radiology, pathology, and thoracic surgery, and other disciplines.",
         "surgery"),
        ("Experts serve in the Committee of Oncology Nutrition and support Therapy of the Anti-Cancer Association.",
         "nutritional support"),
        ("It works closely with radiotherapy, and the MDT is joined by the imaging department.", "radiotherapy"),
    ],
)  # fmt: skip
def test_treatments_that_are_not_the_departments(directory, sentence, unwanted):
    assert unwanted not in _treatments(directory, sentence)


def test_names_across_an_aside_and_in_title_case_lists(directory):
    d = _draft(
        directory,
        "Colorectal Surgery\n\nWhat We Treat\n\n● Intestinal Lymphoma\n\n● Neuroendocrine (Carcinoid) Tumors\n",
    )
    assert {"lymphoma", "neuroendocrine tumour"} <= set(d["cancers"])
    d = _draft(directory, "Oncology\n\nIts director chairs the Intestinal Lymphoma Society of Zhejiang.\n")
    assert "lymphoma" not in d["cancers"]


def test_the_one_hospital_a_page_names(directory):
    d = _draft(directory, "Liver Surgery\n\nThe department grew from the Zhongshan Hospital Liver Cancer Team.\n")
    assert d["hospital"] == "Zhongshan Hospital, Fudan University"
    assert d["city"] == "Shanghai"
    for sentence in (
        "Its director trained at Zhongshan Hospital for two years.",
        "It cooperates with Zhongshan Hospital on liver cancer.",
        "It was founded by Zhongshan Hospital and Jinan General Hospital together.",
    ):
        assert _draft(directory, f"Liver Surgery\n\n{sentence}\n")["hospital"] is None, sentence


def test_roles_in_more_words(directory):
    def roles(text: str) -> dict[str, str | None]:
        return {p["name"]: p["role"] for p in _draft(directory, f"Oncology\n\n{text}\n")["people"]}

    assert roles(
        "The leading figure of the department is Prof. Fan Jia, and the academic leader is Prof. Zhou Jian."
    ) == {
        "Fan Jia": "Leading figure",
        "Zhou Jian": "Academic leader",
    }
    assert roles("The Director Prof. Wu Guosheng has made great contributions.") == {"Wu Guosheng": "Director"}
    assert roles("Dr Shen, Zhen-Zhou and Dr Shao, Zhi-Min, are the acting chief executive officers.") == {
        "Shen Zhen-Zhou": "Acting chief executive officer",
        "Shao Zhi-Min": "Acting chief executive officer",
    }
    assert roles("Pei Zhang, M.D.\nProfessor and Chairman, Department of Oncology") == {"Pei Zhang": "Chairman"}
    assert roles("Wang Wei, chief physician, head of the department, treats lung cancer.") == {"Wang Wei": "Head"}
    assert roles("Wang Wei, chief physician, head of the Chinese Society of Oncology, is here.") == {}
    # a guest of another named hospital is no person of the department at all (not only without a role)
    assert "Li Hua" not in roles("We invited the director Prof. Li Hua of Peking Union Medical College Hospital.")
    assert roles("Prof. Li Hua is the academic leader of the Zhejiang Anti-Cancer Association.")["Li Hua"] is None


def test_mangled_text_is_read_back():
    assert repair_mojibake("Hangzhou First People‚Äôs Hospital") == "Hangzhou First People’s Hospital"
    assert repair_mojibake("Release timeļ¼š2023-09-12") == "Release time：2023-09-12"
    for text in ("Christoph Pöttgen", "Müßig", "肿瘤科", "“quoted”"):
        assert repair_mojibake(text) == text


def test_dates_and_beds_in_more_forms(directory):
    d = _draft(
        directory, "Thoracic Surgery\nRelease timeļ¼š2023-09-12 16:32:24\n\nThe department has 46 patient-beds.\n"
    )
    assert d["source"]["updated"] == "2023-09-12"
    assert d["beds"]["value"] == 46


def test_round_four_forms_and_their_twins(directory):
    def roles(text: str) -> dict[str, str | None]:
        return {p["name"]: p["role"] for p in _draft(directory, f"Oncology\n\n{text}\n")["people"]}

    def cancers(sentence: str) -> list[str]:
        return sorted(_draft(directory, f"Oncology\n\n{sentence}\n")["cancers"])

    # partners listed after a cue, however long the list; a subject taught is not a service
    assert "surgery" not in _treatments(
        directory,
        "It coordinates closely with department of radiation oncology, gastrointestinal surgery, breast surgery, "
        "hepatobiliary surgery, general surgery and so on.",
    )
    assert "surgery" in _treatments(directory, "It coordinates closely with them. It performs general surgery.")
    assert _treatments(directory, "It received the first radiology residency training base in the country.") == []
    # organ lists
    assert cancers("It treats lung, esophagus and chest cancer.") == ["esophageal cancer", "lung cancer"]
    assert cancers("It treats liver, benign and malignant tumors.") == []
    assert "oral cancer" in cancers("It treats lip and brain tumors.")
    assert "pancreatic cancer" in cancers("It manages benign and malignant diseases of the liver, pancreas and spleen.")
    # roles
    assert roles(
        "Prof. Wu Jun, Prof. Li Hua and Prof. Zhou Jian serve as Dean, honorary Dean and Vice Dean, respectively."
    ) == {
        "Wu Jun": "Dean",
        "Li Hua": "Honorary Dean",
        "Zhou Jian": "Vice Dean",
    }
    assert roles("Prof. Wu Jun and Prof. Li Hua serve as editors of two journals, respectively.") == {
        "Wu Jun": None,
        "Li Hua": None,
    }
    assert roles(
        "The founder and current director of the department, Professor Xiao Jiwei, chief surgeon, is here."
    ) == {"Xiao Jiwei": "Director"}
    assert roles("It includes the director Tianqiang Song, three chief physicians.") == {"Tianqiang Song": "Director"}
    assert roles("Professor Zhu suyu, the department director, leads the team.") == {"Zhu suyu": "Department director"}
    assert roles("You Lu, MD. Professor of Radiotherapy, Head of Department") == {"You Lu": "Head of Department"}
    assert roles("Chen Yong, chief physician and master tutor, graduated in 1987.") == {"Chen Yong": None}


def test_a_heading_hospital_affiliated_to_another(directory):
    page = (
        "Departments & Centers Yat-sen Breast Tumor Hospital\n\n"
        "Yat-sen Breast Tumor Hospital is affiliated to the prestigious Sun Yat-sen Memorial Hospital, Sun Yat-sen "
        "University. It is the biggest breast cancer centre in southern China, with 11 clinical departments.\n"
    )
    d = _draft(directory, page)
    assert (d["name"], d["hospital"]) == ("Yat-sen Breast Tumor Hospital", "Sun Yat-sen Memorial Hospital")
    twin = _draft(directory, page.replace("is affiliated to the prestigious", "works with the"))
    assert twin["name"] is None and twin["hospital"] == "Yat-sen Breast Tumor Hospital"
