"""Issue 3: the vocabulary and gazetteer as data, distance, ranking, spellings and completion."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from conftest import (
    CITIES,
    DATA,
    RECORDS,
    VOCABULARY,
    department,
    haversine,
    ranked,
    stderr_lines,
    subprocess_env,
    with_term,
)

from oncodir.cli import complete
from oncodir.geo import Gazetteer
from oncodir.storage import read
from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

VOCAB = Vocabulary.from_rows(VOCABULARY)
GAZ = Gazetteer.from_rows(CITIES)
TERMS = {c["term"]: c for c in VOCABULARY}


def names_of(concept):
    return (concept["term"], *concept["synonyms"], *concept["abbreviations"], *concept["zh"])


# --- vocabulary as data -----------------------------------------------------------------------


def test_every_term_the_data_uses_resolves_to_itself():
    for rec in RECORDS:
        for field, kind in (("cancers", "cancer"), ("treatments", "treatment")):
            for term in rec.get(field) or []:
                assert VOCAB.resolve(term, kind) == [term], (rec["id"], term)


def test_no_name_is_shared_by_two_concepts_even_with_spaces_dropped():
    owners: dict[str, set[str]] = {}
    for concept in VOCABULARY:
        for name in names_of(concept):
            for key in {normalise(name), normalise(name).replace(" ", "")}:
                owners.setdefault(key, set()).add(concept["term"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_name_resolves_to_its_one_concept_in_any_case_and_with_hyphens_as_spaces():
    for concept in VOCABULARY:
        for name in names_of(concept):
            for form in (name, name.upper(), name.replace("-", " ")):
                assert VOCAB.resolve(form) == [concept["term"]], form


def test_hierarchy_has_no_cycles_and_every_broader_term_exists():
    for concept in VOCABULARY:
        for parent in concept["broader"]:
            assert parent in TERMS and TERMS[parent]["kind"] == concept["kind"], (concept["term"], parent)
        assert concept["term"] not in VOCAB.broader(concept["term"]), concept["term"]


def test_every_concept_names_its_reference():
    for concept in VOCABULARY:
        assert concept["reference"].startswith(("MeSH", "NCIt", "NCI ")), concept["term"]


def test_hierarchy_the_issue_asks_for():
    def under(term):
        return set(VOCAB.narrower(term))

    assert {"melanoma", "cutaneous squamous cell carcinoma", "basal cell carcinoma", "Merkel cell carcinoma"} <= under(
        "skin cancer"
    )
    assert {"sarcoma", "osteosarcoma", "soft tissue sarcoma"} <= under("bone and soft tissue tumour")
    assert {"gastric cancer", "colorectal cancer", "rectal cancer", "colon cancer"} <= under("gastrointestinal cancer")
    assert {"brachytherapy", "IMRT"} <= under("radiotherapy")
    assert {"lymphoma", "leukaemia"} <= under("hematologic cancer")
    assert "lymphoma" not in under("skin cancer")


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("stomach cancer", "gastric cancer"),
        ("Stomach-Cancers", "gastric cancer"),
        ("bowel cancer", "colorectal cancer"),
        ("blood cancer", "hematologic cancer"),
        ("haematological cancer", "hematologic cancer"),
        ("womb cancer", "endometrial cancer"),
        ("leukemia", "leukaemia"),
        ("leukaemias", "leukaemia"),
        ("radio therapy", "radiotherapy"),
        ("oesophagus cancer", "esophageal cancer"),
        ("gastrointestinal stromal tumors", "gastrointestinal stromal tumour"),
        ("GIST", "gastrointestinal stromal tumour"),
        ("皮肤癌", "skin cancer"),
    ],
)
def test_how_people_name_things(typed, term):
    assert VOCAB.resolve(typed) == [term]


def test_variants_include_spellings_singulars_and_joined_words():
    keys = variants("Haematological Tumours")
    assert {"haematological tumours", "hematological tumors", "haematological tumour", "haematologicaltumours"} <= set(
        keys
    )


# --- the gazetteer ----------------------------------------------------------------------------


def test_gazetteer_has_every_prefecture_level_seat_and_the_municipalities():
    with open(DATA / "prefectures.csv", encoding="utf-8") as fh:
        divisions = list(csv.DictReader(fh))
    kinds = [d["kind"] for d in divisions]
    # 293 prefecture-level cities, 7 prefectures, 30 autonomous prefectures, 3 leagues = 333.
    assert len([k for k in kinds if k != "municipality"]) == 333
    assert kinds.count("municipality") == 4
    assert len(CITIES) == len(divisions)
    assert {c["division_zh"] for c in CITIES} == {d["division_zh"] for d in divisions}
    assert len({c["geonameid"] for c in CITIES}) == len(CITIES)
    with open(DATA / "provinces.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 31
    assert len({c["province"] for c in CITIES}) == 31
    for city in CITIES:
        assert city["name"] and city["zh"] and city["pinyin"] and city["province_zh"], city
        assert 15 < city["latitude"] < 54 and 73 < city["longitude"] < 135, city  # inside China (Sansha is at 16.8°N)


def test_the_first_two_cities_keep_their_values():
    by_name = {c["name"]: c for c in CITIES}
    for name, values in (
        ("Hangzhou", ("杭州", "Hángzhōu", "Zhejiang", "浙江", 30.29365, 120.16142, 1808926)),
        ("Beijing", ("北京", "Běijīng", "Beijing", "北京", 39.9075, 116.39723, 1816670)),
    ):
        c = by_name[name]
        keys = ("zh", "pinyin", "province", "province_zh", "latitude", "longitude", "geonameid")
        assert tuple(c[k] for k in keys) == values


@pytest.mark.parametrize(
    ("typed", "zh"),
    [
        ("Shanghai", "上海"),
        ("上海市", "上海"),
        ("Guǎngzhōu", "广州"),
        ("xian", "西安"),
        ("Xi'an", "西安"),
        ("urumqi", "乌鲁木齐"),
        ("Lhasa", "拉萨"),
        ("suzhou jiangsu", "苏州"),
        ("Suzhou, Anhui", "宿州"),
        ("宿州", "宿州"),
        ("延边朝鲜族自治州", "延吉"),
    ],
)
def test_city_names_in_english_chinese_and_pinyin(typed, zh):
    assert GAZ.city(typed).zh == zh


def test_shared_english_names_are_not_guessed():
    assert {c.zh for c in GAZ.lookup("Suzhou")} == {"苏州", "宿州"}
    assert GAZ.city("Suzhou") is None
    assert GAZ.locate("Suzhou", "Jiangsu").zh == "苏州"


@pytest.mark.parametrize(
    ("typed", "province"),
    [
        ("浙江省", "Zhejiang"),
        ("Xizang", "Tibet"),
        ("西藏自治区", "Tibet"),
        ("广西壮族自治区", "Guangxi"),
        ("Shanxi", "Shanxi"),
        ("Shaanxi", "Shaanxi"),
        ("陕西", "Shaanxi"),
        ("Inner Mongolia", "Inner Mongolia"),
    ],
)
def test_province_names(typed, province):
    assert GAZ.province(typed) == province


# --- distance ---------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["shanghai", "上海", "Shànghǎi"])
def test_near_shanghai_nearest_first_with_distance(find_json, place):
    cities = {c["name"]: c for c in CITIES}
    to_hangzhou = haversine(cities["Shanghai"], cities["Hangzhou"])
    to_beijing = haversine(cities["Shanghai"], cities["Beijing"])
    assert 150 < to_hangzhou < 200 and 1000 < to_beijing < 1150
    hits = find_json("chemotherapy", "--near", place)
    assert {h["id"] for h in hits} == {r["id"] for r in with_term("treatments", "chemotherapy")}
    assert [h["city"] for h in hits] == sorted((h["city"] for h in hits), key=lambda c: c != "Hangzhou")
    for hit in hits:
        expected = to_hangzhou if hit["city"] == "Hangzhou" else to_beijing
        assert hit["distance_km"] == pytest.approx(expected, abs=0.1)
    assert [h["distance_km"] for h in hits] == sorted(h["distance_km"] for h in hits)


def test_near_within_filters(find_json, invoke):
    hits = find_json("melanoma", "--near", "上海", "--within", "300")
    assert {h["city"] for h in hits} == {"Hangzhou"}
    code, out, _ = invoke("find", "melanoma", "--near", "Lhasa", "--within", "300")
    assert code == 1 and out == ""


def test_near_table_has_a_km_column_and_tsv_fields_take_distance(invoke):
    code, out, _ = invoke("find", "melanoma", "--near", "shanghai", "--format", "table")
    assert code == 0
    assert "km" in out.splitlines()[1]
    code, out, _ = invoke("find", "melanoma", "--near", "shanghai", "--fields", "id,city,distance_km")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[1] for r in rows] == ["Hangzhou"] * 2 + ["Beijing"] * 3
    assert all(float(r[2]) > 0 for r in rows)


def test_near_unknown_city_suggests(invoke):
    code, out, err = invoke("find", "melanoma", "--near", "hangzou")
    assert code == 2
    assert out == ""
    (line,) = stderr_lines(err)
    assert line == "oncodir: unknown city 'hangzou' for --near; did you mean Hangzhou?"


def test_near_shared_name_asks_which(invoke, find_json):
    code, out, err = invoke("find", "melanoma", "--near", "Suzhou")
    assert code == 2 and out == ""
    (line,) = stderr_lines(err)
    assert "Suzhou (Anhui, 宿州)" in line and "Suzhou (Jiangsu, 苏州)" in line
    assert find_json("melanoma", "--near", "Suzhou, Jiangsu")[0]["city"] == "Hangzhou"


# --- ranking ----------------------------------------------------------------------------------


def test_ranking_exact_then_narrower_then_text_departments_first(make_db, invoke):
    db = make_db(
        [
            department("x/text-only", "Skin Cancer Notes Clinic"),  # mentions it, lists nothing
            department("x/narrower", "Mole Clinic", cancers=["melanoma"]),
            department("x/exact", "Dermatology", cancers=["skin cancer"]),
            {**department("x-hospital", "A Hospital", kind="hospital"), "cancers": ["skin cancer"]},
        ]
    )
    code, out, err = invoke("--db", str(db), "--no-bundled", "find", "skin cancer", "--format", "json")
    assert code == 0, err
    hits = json.loads(out)
    assert [h["id"] for h in hits] == ["x/exact", "x-hospital", "x/narrower"]
    assert [h["score"] for h in hits] == [3, 3, 2]
    code, out, _ = invoke("--db", str(db), "--no-bundled", "find", "notes clinic", "--format", "json")
    assert [h["score"] for h in json.loads(out)] == [1]


def test_ties_are_stable_by_name_then_id(find_json):
    first = [h["id"] for h in find_json("surgery")]
    assert first == [h["id"] for h in find_json("surgery")]
    expected = with_term("treatments", "surgery")
    exact = [r for r in expected if "surgery" in r["treatments"]]
    assert first == ranked(exact) + ranked([r for r in expected if r not in exact])


# --- text fallback spellings ------------------------------------------------------------------


def test_text_search_tries_british_and_american_spellings(find_json):
    assert [h["id"] for h in find_json("tumor")] == [h["id"] for h in find_json("tumour")]
    assert [h["id"] for h in find_json("centre")] == [h["id"] for h in find_json("center")]


# --- completion -------------------------------------------------------------------------------


def test_completion_functions():
    assert "melanoma" in complete.terms(None, "mela")
    assert "Hangzhou" in complete.terms(None, "Hang")
    assert "hangzhou" in complete.terms(None, "hang")  # typed lower case: completed in lower case
    assert "Beijing Cancer Hospital" in complete.terms(None, "Beijing C")
    assert "stomach cancer" in complete.cancers(None, "stom")
    assert complete.cancers(None, "chemo") == []
    assert "chemotherapy" in complete.treatments(None, "chemo")
    assert "上海" in complete.cities(None, "上")
    assert "Zhejiang" in complete.places(None, "Zhej")
    assert "CHUCAS" in complete.hospitals(None, "CH")
    assert "zhejiang-cancer-hospital/bone-soft-tissue-surgery" in complete.records(None, "zhejiang-cancer-hospital/")


def test_completion_through_the_shell_protocol(tmp_path):
    def complete_words(words: str) -> list[str]:
        env = subprocess_env(
            tmp_path, _ONCODIR_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1)
        )
        proc = subprocess.run(
            [sys.executable, "-m", "oncodir"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        return [line for line in proc.stdout.splitlines() if line]

    assert "melanoma" in complete_words("oncodir find mela")
    assert "shanghai" in complete_words("oncodir find --near shang")
    assert "Renal Cancer & Melanoma" in complete_words("oncodir show Renal")
    assert complete_words(f"oncodir --db {tmp_path / 'missing.json'} find mela") == []


def test_store_reads_the_whole_gazetteer():
    assert len(read.load(None).gazetteer.cities) == len(CITIES)
