"""extract on small pages written here: the failures reported in issue 10, and the editor's options."""

from __future__ import annotations

import json
from typing import Any

import pytest

from oncodir.extract import draft
from oncodir.storage import read


def _draft(text: str) -> dict[str, Any]:
    return draft(text, "page.txt", read.load())


def test_city_is_not_taken_from_an_institution_name():
    d = _draft(
        "Thoracic Surgery\n\nThe Department of Thoracic Surgery of Zhongshan Hospital treats lung cancer. "
        "Professor Wu Jun serves on the Shanghai Anti-Cancer Association. The work is funded by a grant from "
        "Wenzhou Science and Technology Bureau.\n"
    )
    assert d["hospital"] == "Zhongshan Hospital"
    assert (d["city"], d["province"]) == (None, None)
    assert "zhongshan" not in d["id"].split("/")[0] or d["id"].startswith("zhongshan-hospital/")
    assert any("institution" in n for n in d["notes"])


def test_city_from_where_the_page_places_the_department():
    d = _draft(
        "Radiotherapy\n\nThe Department of Radiotherapy, located in Suzhou, Jiangsu Province, treats lung cancer.\n"
    )
    assert (d["city"], d["province"]) == ("Suzhou", "Jiangsu")
    d = _draft("Breast Surgery\n\nThe department holds an annual meeting of breast surgeons in Hangzhou.\n")
    assert d["city"] is None


def test_hospital_in_its_many_forms():
    cases = {
        "The Department of Cancer of Tongji Hospital treats lung cancer.": "Tongji Hospital",
        "Tongji Hospital's department of oncology treats lung cancer.": "Tongji Hospital",
        "The Thoracic Oncology Program at Smilow Cancer Hospital treats lung cancer.": "Smilow Cancer Hospital",
    }
    for sentence, hospital in cases.items():
        d = _draft(f"Oncology\n\n{sentence}\n")
        assert d["hospital"] == hospital, sentence
        assert d["name"] == "Oncology"
    d = _draft("Department of Cancer of Tongji Hospital\n\nThe department treats lung cancer.\n")
    assert (d["name"], d["hospital"]) == ("Department of Cancer", "Tongji Hospital")


def test_leaders_and_their_roles():
    d = _draft(
        "Oncology\n\nThe current department director is Prof. Wang Qun. Dr. CHEN Yiding serves as the Department "
        "Chair. Xiaohua Wu founded the unit; Wu is remembered fondly.\n\nDeputy Director: Prof. Dr. med. Christoph "
        "Pöttgen\n"
    )
    people = {p["name"]: p["role"] for p in d["people"]}
    assert people["Wang Qun"] == "Director"
    assert people["CHEN Yiding"] == "Department Chair"
    assert people["Christoph Pöttgen"] == "Deputy Director"
    assert "Dr" not in people and "Wu" not in people


def test_counts_keep_their_meaning():
    d = _draft(
        "Surgery\n\nOver 1, 800 operations are performed annually. There are more than 70 employees including "
        "surgeons and radiologists, and 2 Nurse-in-Charge. We see 200 to 250 new patients each year.\n"
    )
    assert d["annual_patients"]["operations"] == {"value": 1800, "qualifier": "over"}
    assert d["annual_patients"]["new patients"] == {"value": 200, "qualifier": "at least", "note": "200 to 250"}
    assert "surgeons" not in d["staff"] and "nurses" not in d["staff"]


def test_treatments_of_other_departments_are_not_listed():
    d = _draft(
        "Thoracic Surgery\n\nThe department performs surgery for lung cancer. "
        "It works closely with radiotherapy, and the "
        "MDT is joined by the imaging department and the pathology department. We offer targeted treatment of "
        "brain tumors to no one; reconstruction of the immune system follows transplantation. A 4D CT scanner "
        "is installed.\n"
    )
    assert d["treatments"] == ["surgery"]


def test_update_dates_in_their_forms():
    for line, date in (
        ("Last Update : 05 July 2018 03:45 PM", "2018-07-05"),
        ("Updated on June 5, 2017", "2017-06-05"),
        ("Last updated June 2016", "2016-06"),
        ("Last update: May 2021", "2021-05"),
    ):
        assert _draft(f"Oncology\n\nWe treat lung cancer.\n\n{line}\n")["source"]["updated"] == date, line


def test_name_skips_section_headings_and_dates():
    d = _draft("History & Overview\n\nBreast Surgery\n\nMarch 17, 2020\n\nThe department treats breast cancer.\n")
    assert d["name"] == "Breast Surgery"
    assert d["source"]["updated"] == "2020-03-17"
    d = _draft("Introduction of Department of Head and Neck Surgery\n\nWe treat thyroid cancer.\n")
    assert d["name"] == "Department of Head and Neck Surgery"


def test_organ_lists_and_coordinated_cancers():
    d = _draft(
        "Head and Neck\n\nWe treat tumours of the nasopharynx, oropharynx and hypopharynx, the larynx, and "
        "cervical and ovarian cancer, with lymphadenectomies and minimally invasive surgical treatment.\n"
    )
    for term in ("nasopharyngeal cancer", "oropharyngeal cancer", "hypopharyngeal cancer", "laryngeal cancer",
                 "cervical cancer", "ovarian cancer"):  # fmt: skip
        assert term in d["cancers"], term
    assert {"lymph node dissection", "minimally invasive surgery"} <= set(d["treatments"])


def test_url_hospital_and_several_pages(invoke, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Breast Surgery\n\nThe department treats breast cancer.\n", encoding="utf-8")
    two.write_text("Oncology\n\nThe Department of Oncology of Tongji Hospital treats lung cancer.\n", encoding="utf-8")
    code, out, err = invoke(
        "extract", str(one), "--url", "https://example.org/breast", "--hospital", "Beijing Cancer Hospital"
    )
    assert code == 0, err
    (d,) = json.loads(out)
    assert d["source"]["url"] == "https://example.org/breast"
    assert (d["hospital"], d["hospital_id"], d["city"]) == (
        "Beijing Cancer Hospital",
        "beijing-cancer-hospital",
        "Beijing",
    )
    assert any("supplied by the editor" in n for n in d["notes"])
    code, out, err = invoke("extract", str(one), str(two))
    assert code == 0, err
    drafts = json.loads(out)
    assert [x["source"]["document"] for x in drafts] == ["one.txt", "two.txt"]
    assert drafts[1]["hospital"] == "Tongji Hospital"
    code, _, err = invoke("extract", str(one), str(two), "--url", "https://example.org")
    assert code == 2 and "single PAGE" in err


def test_the_page_s_own_hospital_wins_over_the_editor_s(invoke, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Breast Surgery\n\nThe breast surgery team of Zhejiang Cancer Hospital treats breast cancer.\n",
        encoding="utf-8",
    )
    code, out, err = invoke("extract", str(page), "--hospital", "Beijing Cancer Hospital")
    assert code == 0, err
    (d,) = json.loads(out)
    assert d["hospital"] == "Zhejiang Cancer Hospital"
    assert any("the editor supplied Beijing Cancer Hospital (not used)" in n for n in d["notes"])
    assert not any("supplied by the editor" in n for n in d["notes"])


@pytest.mark.parametrize("content", ["", "  \n\n\t\n"])
def test_an_empty_page_is_one_line_and_exit_2(invoke, tmp_path, content):
    page = tmp_path / "empty.txt"
    page.write_text(content, encoding="utf-8")
    code, out, err = invoke("extract", str(page))
    assert code == 2 and out == ""
    assert "the page is empty" in err and "Traceback" not in err
