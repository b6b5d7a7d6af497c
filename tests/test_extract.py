"""extract: a draft record from a department page, on the seeds and on pages written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import BY_ID, assert_one_line_error, shared_dir, subprocess_env

from oncodir.extract import draft
from oncodir.storage import read

SEED_NAMES = {
    "000": "000_bf0c48ea3c16c1b0.txt",
    "001": "001_0968f91aebe967d3.txt",
    "002": "002_a91fd8d7c8b9ecef.txt",
    "003": "003_45d93d1d5f1625c9.txt",
}
needs_seeds = pytest.mark.requires_shared("seeds")


def seed(number: str) -> Path:
    """A seed page (../shared/seeds); see helpers.shared_dir when it is missing."""
    return shared_dir("seeds") / SEED_NAMES[number]


def extract(invoke, page: Path, *args: str) -> dict[str, Any]:
    code, out, err = invoke("extract", str(page), *args)
    assert code == 0, err
    data = json.loads(out)  # JSON by default in a pipe
    assert isinstance(data, list) and len(data) == 1
    record: dict[str, Any] = data[0]
    return record


@needs_seeds
def test_seed_000_rare_cancer(invoke):
    d = extract(invoke, seed("000"))
    known = BY_ID["zhejiang-cancer-hospital/rare-cancer-head-and-neck-medical-oncology"]
    assert d["name"] == known["name"] == "Rare Cancer & Head and Neck Medical Oncology"
    # The page names no hospital and no city: none is guessed; it names Zhejiang province.
    assert (d["hospital"], d["hospital_id"], d["city"]) == (None, None, None)
    assert d["province"] == "Zhejiang"
    assert set(known["cancers"]) <= set(d["cancers"])
    assert set(known["treatments"]) <= set(d["treatments"])
    assert d["wording"]["urologic cancer"] == "urinary tumors"
    assert d["wording"]["melanoma"] == "malignant melanoma"
    assert d["beds"] == known["beds"] == {"value": 30, "note": "verified beds"}
    assert d["staff"] == known["staff"]
    assert d["people"] == known["people"]
    assert d["established"] is None
    assert d["source"] == {"document": seed("000").name, "title": known["name"], "updated": "2020-03"}


@needs_seeds
def test_seed_001_abdominal_medical_oncology(invoke):
    d = extract(invoke, seed("001"))
    known = BY_ID["zhejiang-cancer-hospital/abdominal-medical-oncology"]
    assert d["id"] == known["id"]
    assert d["name"] == known["name"]
    assert "Department of Abdominal Medical Oncology" in d["aliases"]
    # "Cancer Hospital of the University of Chinese Academy of Sciences (CHUCAS, ...)" is a known hospital.
    assert (d["hospital"], d["hospital_id"]) == ("Zhejiang Cancer Hospital", "zhejiang-cancer-hospital")
    assert (d["city"], d["province"], d["country"]) == ("Hangzhou", "Zhejiang", "China")
    assert d["references"][0]["fields"] == ["city", "province", "country"]
    for term in (
        "gastric cancer",
        "colorectal cancer",
        "hepatobiliary and pancreatic cancer",  # the page's own phrase, now a vocabulary concept
        "gastrointestinal stromal tumour",
        "neuroendocrine tumour",
        "gastroenteropancreatic neuroendocrine tumour",
        "peritoneal cancer",
    ):
        assert term in d["cancers"], term
    for term in (
        "chemotherapy",
        "targeted therapy",
        "immunotherapy",
        "hyperthermia",
        "interventional therapy",
        "HIPEC",
        "hyperthermic perfusion",
        "multidisciplinary care",
        "clinical trials",
    ):
        assert term in d["treatments"], term
    assert d["wording"]["HIPEC"] == "Hyperthermic Intraperitoneal Chemotherapy"
    assert d["beds"]["value"] == known["beds"]["value"] == 70
    assert d["beds"]["note"] == "approved beds; also 66 beds for daytime chemotherapy"
    assert d["staff"] == known["staff"]
    assert d["people"] == [{"name": "ZHONG Haijun", "role": "Director", "title": "Dr."}]
    assert d["established"] == known["established"] == "2008-10"
    assert d["annual_patients"] == known["annual_patients"]
    programs = {p["name"]: p for p in d["programs"]}
    hipec = programs["Hyperthermic Intraperitoneal Chemotherapy (HIPEC)"]
    assert (hipec["kind"], hipec["since"]) == ("featured technology", "2004")
    mdt = next(p for p in d["programs"] if p["kind"] == "MDT")
    assert mdt["name"].startswith("Multidisciplinary team (MDT) for diagnosis and treatment")
    assert mdt["since"] == "2014"
    # Trainees are not staff: "trained more than 100 physicians each year".
    assert "physicians" not in d["staff"]
    assert d["source"]["updated"] == "2020-03"


@needs_seeds
def test_seed_002_bone_soft_tissue(invoke):
    d = extract(invoke, seed("002"))
    known = BY_ID["zhejiang-cancer-hospital/bone-soft-tissue-surgery"]
    assert (d["id"], d["name"]) == (known["id"], known["name"])
    assert d["aliases"] == known["aliases"]
    assert d["hospital_id"] == "zhejiang-cancer-hospital"
    assert set(known["cancers"]) - {"bone metastases"} <= set(
        d["cancers"]
    )  # the page says "spinal and limb metastasis"
    assert set(known["treatments"]) <= set(d["treatments"])
    assert d["wording"]["basal cell carcinoma"] == "cutaneous basal cell carcinoma"
    assert d["wording"]["vertebroplasty and kyphoplasty"] == "PVP; PKP"
    assert d["beds"] == known["beds"] == {"value": 40, "qualifier": "more than"}
    assert d["staff"] == known["staff"] == {"surgeons": {"value": 8}}
    assert d["people"] == []
    assert d["annual_patients"] == {"cutaneous tumor patients": {"value": 400, "qualifier": "more than"}}
    assert d["source"]["updated"] == "2020-03"  # "Last Update: Mar. 2020"


@needs_seeds
def test_seed_003_gastrointestinal_and_anal_surgery(invoke):
    d = extract(invoke, seed("003"))
    known = BY_ID["hangzhou/gastrointestinal-and-anal-surgery"]
    assert d["name"] == known["name"]
    assert (d["hospital"], d["hospital_id"]) == (None, None)  # the page names no hospital
    # Hangzhou appears only in designations ("Peak Medical Discipline of Hangzhou", "Hangzhou Peritoneal tumor
    # ... Center"), which say nothing of where the department is: no city, and a note says why.
    assert (d["city"], d["province"]) == (None, None)
    assert any("Hangzhou" in n and "institution" in n for n in d["notes"])
    assert "/" not in d["id"]
    assert set(known["cancers"]) <= set(d["cancers"])
    assert set(known["treatments"]) <= set(d["treatments"])
    assert "traditional Chinese medicine" not in d["treatments"]  # from "Zhejiang Chinese Medicine University"
    assert d["beds"] == known["beds"] == {"value": 65}
    assert d["staff"] == {"master supervisors": {"value": 4}}
    assert d["annual_patients"] == {
        "patients with gastrointestinal tumors": {"value": 1000, "qualifier": "nearly"},
        "cases of gastrointestinal and peritoneal cancers": {"value": 700, "qualifier": "about"},
    }  # and not the 4,000 operations in total
    names = [p["name"].casefold() for p in d["programs"]]
    assert "hangzhou peritoneal tumor diagnosis and treatment center" in names
    assert "peak medical discipline of hangzhou (general surgery)" in names
    assert d["source"]["updated"] is None  # the page has no date


PAGE = """Departments / Oncology

Thoracic Oncology

The Department of Thoracic Oncology at Riverside General Hospital was established in May 1998. It treats lung
cancer, NSCLC, SCLC and oesophageal carcinoma with surgery, radiation therapy, IMRT and chemo. The team of 12
doctors and 30 nurses includes 2 chief physicians. With about 50 beds, it sees more than 3,000 outpatients a year.

Director: Prof. Anna Lee

Featured Technology: Image-guided radiotherapy for early lung cancer

Our team has offered IGRT since 2011.

Last updated: 2023-11-05
"""


def test_own_page(invoke, tmp_path):
    page = tmp_path / "thoracic.txt"
    page.write_text(PAGE, encoding="utf-8")
    d = extract(invoke, page)
    assert d["name"] == "Thoracic Oncology"
    assert (d["hospital"], d["hospital_id"]) == ("Riverside General Hospital", None)
    assert d["id"] == "riverside-general-hospital/thoracic-oncology"
    assert (d["city"], d["province"], d["country"]) == (None, None, None)
    assert d["cancers"] == ["lung cancer", "non-small cell lung cancer", "small cell lung cancer", "esophageal cancer"]
    assert d["treatments"] == ["surgery", "radiotherapy", "IMRT", "chemotherapy", "image-guided radiotherapy"]
    assert d["wording"]["esophageal cancer"] == "oesophageal carcinoma"
    assert d["established"] == "1998-05"
    assert d["staff"] == {"doctors": {"value": 12}, "nurses": {"value": 30}, "chief physicians": {"value": 2}}
    assert d["beds"] == {"value": 50, "qualifier": "about"}
    assert d["annual_patients"] == {"outpatients": {"value": 3000, "qualifier": "more than"}}
    assert d["people"] == [{"name": "Anna Lee", "role": "Director", "title": "Prof."}]
    assert d["programs"] == [
        {"name": "Image-guided radiotherapy for early lung cancer", "kind": "featured technology", "since": "2011"}
    ]
    assert d["source"] == {"document": "thoracic.txt", "title": "Thoracic Oncology", "updated": "2023-11-05"}
    assert d["summary"] is None


def test_page_naming_nothing_guesses_nothing(invoke, tmp_path):
    page = tmp_path / "bare.txt"
    page.write_text("Melanoma Clinic\n\nWe see patients with melanoma and offer immunotherapy.\n", encoding="utf-8")
    d = extract(invoke, page)
    assert d["name"] == "Melanoma Clinic"
    assert [d[k] for k in ("hospital", "hospital_id", "city", "province", "country")] == [None] * 5
    assert d["id"] == "melanoma-clinic"
    assert d["beds"] is None and d["staff"] == {} and d["people"] == [] and d["established"] is None
    assert d["source"]["updated"] is None


def test_city_only_where_the_page_places_the_department(tmp_path):
    text = "Skin Unit\n\nOur skin unit in Beijing trains doctors from Hangzhou to treat melanoma.\n"
    d = draft(text, "x.txt", read.load())
    # "unit in Beijing"; Hangzhou is only where trainees come from
    assert (d["city"], d["province"]) == ("Beijing", "Beijing")
    text = "Skin Unit\n\nOur skin unit in Beijing and our skin unit in Shanghai treat melanoma.\n"
    d = draft(text, "x.txt", read.load())
    assert d["city"] is None  # placed in two cities: none chosen


def test_draft_imports_after_checking(invoke, tmp_path):
    page = tmp_path / "thoracic.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = invoke("extract", str(page))
    draft_file = tmp_path / "draft.json"
    draft_file.write_text(out, encoding="utf-8")
    db = tmp_path / "mine.json"
    code, _, err = invoke("--db", str(db), "import", str(draft_file))
    assert code == 0, err
    code, out, _ = invoke("--db", str(db), "find", "nsclc", "--fields", "id,origin")
    assert "riverside-general-hospital/thoracic-oncology\tuser" in out.splitlines()


def test_extract_from_stdin_and_as_table(invoke, tmp_path):
    code, out, err = invoke("extract", "-", "--document", "page.txt", input=PAGE)
    assert code == 0, err
    assert json.loads(out)[0]["source"]["document"] == "page.txt"
    code, out, err = invoke("extract", "-", "--format", "table", input=PAGE)
    assert code == 0, err
    assert out.splitlines()[0].startswith("Thoracic Oncology")
    assert "Riverside General Hospital" in out
    assert "not stated" in out


def test_extract_unreadable_page(invoke, tmp_path):
    code, out, err = invoke("extract", str(tmp_path / "missing.txt"))
    assert code == 2
    assert out == ""
    assert "missing.txt" in assert_one_line_error(err)


def test_hostile_page_is_handled_quickly_enough_to_finish(tmp_path):
    """Long runs that would make a careless pattern backtrack for ages; the run must simply finish."""
    hostile = (
        "Dr. "
        + "A" * 5000
        + " "
        + "Aa " * 3000
        + "\n"
        + "1 " * 20000
        + "beds\n"
        + "The Department of "
        + "Xx " * 5000
        + "\n"
        + "founded "
        + "x" * 20000
        + " in 2000\n"
        + "more than " * 3000
        + "5 patients annually\n"
        + "Mei, "
        + "M.D. " * 5000
        + "\n"
        + ("cancer " * 5000)
    )
    page = tmp_path / "hostile.txt"
    page.write_text(hostile, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "oncodir", "extract", str(page)],
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["kind"] == "department"
