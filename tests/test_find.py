"""``oncodir find``: what matches and why (expected sets come from data/records/*.json)."""

from __future__ import annotations

import json

import pytest
from helpers import (
    BOX_CHARS,
    BY_ID,
    RECORDS,
    assert_one_line_error,
    department,
    ids,
    ranked,
    stderr_lines,
    tsv_rows,
    with_term,
)

MELANOMA = [
    "zhejiang-cancer-hospital/bone-soft-tissue-surgery",
    "zhejiang-cancer-hospital/rare-cancer-head-and-neck-medical-oncology",
    "beijing-cancer-hospital/renal-cancer-melanoma",
    "beijing-cancer-hospital",
    "cancer-hospital-chinese-academy-of-medical-sciences",
]


# --- melanoma -------------------------------------------------------------------------------


def test_expected_melanoma_set_is_what_the_data_says():
    # Guards the hard-coded list below against the data drifting.
    assert ranked(with_term("cancers", "melanoma", narrower=False)) == MELANOMA


def test_find_melanoma_returns_exactly_the_records_listing_it(find_json):
    hits = find_json("melanoma")
    assert ids(hits) == MELANOMA
    assert [h["kind"] for h in hits] == ["department"] * 3 + ["hospital"] * 2
    for hit in hits:
        assert "melanoma" in BY_ID[hit["id"]]["cancers"]
        assert hit["matched"] == [
            {"field": "cancers", "term": "melanoma", "query": "melanoma", "concept": "melanoma", "match": "exact"}
        ]


def test_find_melanoma_piped_default_is_tsv_with_reason(invoke):
    code, out, err = invoke("find", "melanoma")
    assert code == 0
    assert err == ""
    rows = tsv_rows(out)
    assert [r[0] for r in rows] == MELANOMA
    assert all(len(r) == 6 for r in rows)
    assert {r[5] for r in rows} == {"melanoma"}
    assert rows[3][1] == "hospital"
    assert rows[3][2] == "Beijing Cancer Hospital"


def test_find_is_case_and_synonym_insensitive_for_melanoma(find_json):
    assert ids(find_json("MELANOMA")) == MELANOMA
    assert ids(find_json("malignant melanoma")) == MELANOMA
    assert ids(find_json("黑色素瘤")) == MELANOMA


# --- broader terms --------------------------------------------------------------------------


@pytest.mark.parametrize("words", [["skin", "cancer"], ["skin cancer"], ["Skin-Cancers"]])
def test_find_skin_cancer_includes_narrower_melanoma(find_json, words):
    hits = find_json(*words)
    expected = with_term("cancers", "skin cancer")
    assert {h["id"] for h in hits} == {r["id"] for r in expected}
    assert set(MELANOMA) <= {h["id"] for h in hits}
    # The department that lists skin cancer itself is an exact match and ranks first.
    first = hits[0]
    assert first["id"] == "zhejiang-cancer-hospital/bone-soft-tissue-surgery"
    assert {"field": "cancers", "term": "skin cancer", "match": "exact"}.items() <= first["matched"][0].items()
    for hit in hits[1:]:
        reasons = [m for m in hit["matched"] if m["term"] == "melanoma"]
        assert reasons, hit["matched"]
        assert reasons[0]["match"] == "narrower"
        assert reasons[0]["concept"] == "skin cancer"
    assert first["score"] > hits[1]["score"]


def test_find_skin_cancer_pipe_says_via(invoke):
    code, out, _ = invoke("find", "skin", "cancer")
    assert code == 0
    rows = {r[0]: r[5] for r in tsv_rows(out)}
    assert rows["beijing-cancer-hospital/renal-cancer-melanoma"] == "melanoma (via skin cancer)"
    assert rows["zhejiang-cancer-hospital/bone-soft-tissue-surgery"].startswith("skin cancer; ")


def test_radiotherapy_includes_brachytherapy(find_json):
    hits = find_json("radiotherapy")
    assert {h["id"] for h in hits} == {r["id"] for r in with_term("treatments", "radiotherapy")}
    bone = next(h for h in hits if h["id"] == "zhejiang-cancer-hospital/bone-soft-tissue-surgery")
    assert bone["matched"][0]["term"] == "brachytherapy"
    assert bone["matched"][0]["match"] == "narrower"


# --- treatments, places, AND ----------------------------------------------------------------


def test_find_hipec(find_json):
    hits = find_json("hipec")
    assert ids(hits) == [
        "zhejiang-cancer-hospital/abdominal-medical-oncology",
        "hangzhou/gastrointestinal-and-anal-surgery",
    ]
    assert ids(hits) == ranked(with_term("treatments", "HIPEC"))
    assert all(h["matched"][0]["term"] == "HIPEC" for h in hits)


def test_find_city_hangzhou(find_json):
    hits = find_json("--city", "hangzhou")
    expected = [r for r in RECORDS if r.get("city") == "Hangzhou"]
    assert ids(hits) == ranked(expected)
    assert len(hits) == 5
    assert "hangzhou/gastrointestinal-and-anal-surgery" in ids(hits)
    assert ids(hits)[-1] == "zhejiang-cancer-hospital"
    assert sum(h["id"].startswith("zhejiang-cancer-hospital/") for h in hits) == 3
    assert all(h["matched"][0]["field"] == "city" for h in hits)


@pytest.mark.parametrize("place", ["hangzhou", "Hangzhou", "杭州", "Hángzhōu"])
def test_city_names_as_terms(find_json, place):
    assert {h["id"] for h in find_json(place)} == {r["id"] for r in RECORDS if r.get("city") == "Hangzhou"}


def test_province_as_city_filter(find_json):
    hits = find_json("--city", "zhejiang")
    assert {h["id"] for h in hits} == {r["id"] for r in RECORDS if r.get("province") == "Zhejiang"}


def test_terms_are_and(find_json):
    hits = find_json("melanoma", "--city", "beijing")
    expected = [r for r in with_term("cancers", "melanoma") if r["city"] == "Beijing"]
    assert ids(hits) == ranked(expected)
    assert len(hits) == 3
    for hit in hits:
        assert [m["field"] for m in hit["matched"]] == ["cancers", "city"]
    # Two free terms: a cancer and a city.
    assert ids(find_json("melanoma", "beijing")) == ids(hits)


def test_and_with_no_overlap_is_no_results(invoke):
    code, out, err = invoke("find", "hipec", "--city", "beijing")
    assert code == 1
    assert out == ""
    assert stderr_lines(err)[0].startswith("oncodir: nothing matches")


def test_cancer_option(find_json, invoke):
    assert ids(find_json("--cancer", "melanoma")) == MELANOMA
    assert ids(find_json("-c", "stomach cancer")) == ranked(with_term("cancers", "gastric cancer"))
    code, out, _ = invoke("find", "--cancer", "hipec")  # a treatment, not a cancer
    assert code == 1
    assert out == ""


def test_treatment_option(find_json, invoke):
    assert ids(find_json("--treatment", "hipec")) == ranked(with_term("treatments", "HIPEC"))
    hits = find_json("-t", "chemotherapy", "--city", "hangzhou")
    expected = [r for r in with_term("treatments", "chemotherapy") if r["city"] == "Hangzhou"]
    exact = [r for r in expected if "chemotherapy" in r["treatments"]]
    assert ids(hits) == ranked(exact) + ranked([r for r in expected if r not in exact])
    code, out, _ = invoke("find", "--treatment", "melanoma")  # a cancer, not a treatment
    assert code == 1
    assert out == ""


@pytest.mark.parametrize("name", ["CHUCAS", "Zhejiang Cancer Hospital", "zhejiang-cancer-hospital", "浙江省肿瘤医院"])
def test_hospital_option(find_json, name):
    hits = find_json("--hospital", name)
    expected = [r for r in RECORDS if "zhejiang-cancer-hospital" in (r["id"], r.get("hospital_id"))]
    assert ids(hits) == ranked(expected)
    assert len(hits) == 4
    assert all(h["matched"][0]["field"] == "hospital" for h in hits)


def test_hospital_option_with_term(find_json):
    hits = find_json("lung", "cancer", "--hospital", "Beijing Cancer Hospital")
    expected = [r for r in with_term("cancers", "lung cancer") if r["id"].startswith("beijing-cancer-hospital")]
    assert ids(hits) == ranked(expected)


def test_limit(find_json, invoke):
    assert ids(find_json("melanoma", "--limit", "2")) == MELANOMA[:2]
    assert ids(find_json("melanoma", "-n", "100")) == MELANOMA
    code, out, err = invoke("find", "melanoma", "--limit", "2", "--format", "table")
    assert code == 0
    assert "2 of 5 results" in out
    code, out, err = invoke("find", "melanoma", "--limit", "0")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


# --- synonyms and text ----------------------------------------------------------------------


@pytest.mark.parametrize("words", [["stomach", "cancer"], ["stomach cancer"], ["Stomach-Cancers"], ["胃癌"]])
def test_synonym_stomach_cancer(find_json, words):
    hits = find_json(*words)
    assert ids(hits) == ranked(with_term("cancers", "gastric cancer"))
    assert all(h["matched"][0]["term"] == "gastric cancer" for h in hits)
    assert all(h["matched"][0]["query"] == " ".join(words) for h in hits)


def test_synonym_bio_immunotherapy(find_json, invoke):
    hits = find_json("bio-immunotherapy")
    assert ids(hits) == ranked(with_term("treatments", "immunotherapy"))
    assert all(h["matched"][0]["concept"] == "immunotherapy" for h in hits)
    code, out, _ = invoke("find", "bio-immunotherapy")
    assert code == 0
    assert {r[5] for r in tsv_rows(out)} == {"immunotherapy (via bio-immunotherapy)"}


def test_text_match_chucas(find_json):
    hits = find_json("CHUCAS")
    by_id = {h["id"]: h for h in hits}
    # An alias is a name of the hospital: the hospital first, then its departments.
    assert hits[0]["id"] == "zhejiang-cancer-hospital"
    assert by_id["zhejiang-cancer-hospital"]["matched"] == [
        {"field": "hospital", "term": "Zhejiang Cancer Hospital", "query": "CHUCAS", "match": "filter", "named": True}
    ]
    assert {h["id"] for h in hits[1:]} == {
        r["id"] for r in RECORDS if r.get("hospital_id") == "zhejiang-cancer-hospital"
    }


def test_text_fallback_only_for_terms_outside_the_vocabulary(make_db, invoke):
    # A vocabulary term matches concepts; only other words fall back to text.
    db = make_db([department("x/melanoma-notes", "Melanoma Notes Clinic")])  # name mentions it, no term
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "json")
    assert code == 0
    assert ids(json.loads(out)) == MELANOMA
    code, out, _ = invoke("--db", str(db), "find", "notes clinic", "--format", "json")
    assert code == 0
    hits = json.loads(out)
    assert ids(hits) == ["x/melanoma-notes"]
    assert hits[0]["matched"] == [{"field": "name", "query": "notes clinic", "match": "text"}]


# --- nothing found --------------------------------------------------------------------------


def test_no_results_exit_1(invoke):
    code, out, err = invoke("find", "zzzzqqq")
    assert code == 1
    assert out == ""
    lines = stderr_lines(err)
    assert len(lines) == 1
    assert lines[0].startswith("oncodir: nothing matches 'zzzzqqq'")


def test_typo_suggests(invoke):
    code, out, err = invoke("find", "melanomma")
    assert code == 1
    assert out == ""
    lines = stderr_lines(err)
    assert lines[0].startswith("oncodir: nothing matches")
    assert any("did you mean" in line and "melanoma" in line for line in lines)


def test_typo_never_silently_gives_other_results(invoke):
    code, out, _ = invoke("find", "hipecc")
    assert code == 1
    assert out == ""


def test_find_without_terms_is_usage_error(invoke):
    code, out, err = invoke("find")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


@pytest.mark.parametrize("args", [["find", ""], ["find", "  "], ["show", ""]])
def test_empty_term_is_usage_error(invoke, args):
    code, out, err = invoke(*args)
    assert code == 2
    assert out == ""
    assert_one_line_error(err)


# --- the table ------------------------------------------------------------------------------


def test_find_table(invoke):
    code, out, err = invoke("find", "melanoma", "--format", "table")
    assert code == 0
    assert err == ""
    assert BOX_CHARS & set(out)
    for header in ("Hospital", "Department", "City", "Matched"):
        assert header in out
    assert "(hospital-wide)" in out
    assert "Renal Cancer & Melanoma" in out
    assert "5 results for 'melanoma'" in out
    assert "\x1b" not in out  # NO_COLOR and not a terminal


def test_find_table_unnamed_hospital(invoke):
    code, out, _ = invoke("find", "hipec", "--format", "table")
    assert code == 0
    assert "hospital not named" in out


def test_table_does_not_interpret_markup_or_controls(invoke, make_db):
    db = make_db([department("x/evil", "[bold red]Evil[/bold red] \x1b[31mRed\x07 Dept", cancers=["melanoma"])])
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--format", "table")
    assert code == 0
    assert "[bold red]Evil[/bold red]" in out
    assert "\x1b" not in out
    assert "\x07" not in out


def test_query_with_control_characters_is_cleaned_in_messages(invoke):
    code, out, err = invoke("find", "\x1b[31mzzqx")
    assert code == 1
    assert out == ""
    assert "\x1b" not in err


def test_list_counts_agree_with_find(invoke, find_json):
    """'list cancers/treatments' Records column is what 'find --cancer/--treatment TERM' returns."""
    for what, option, field in (("cancers", "--cancer", "cancers"), ("treatments", "--treatment", "treatments")):
        code, out, _ = invoke("list", what, "--format", "json")
        assert code == 0
        for row in json.loads(out):
            hits = find_json(option, row["term"])
            assert len(hits) == row["records"], row
            assert len(with_term(field, row["term"])) == row["records"]
            assert len(with_term(field, row["term"], narrower=False)) == row["direct"]


@pytest.mark.parametrize(("query", "term"), [("leukaemia", "leukaemia"), ("CAR-T", "CAR-T cell therapy")])
def test_known_term_without_records_says_so(invoke, query, term):
    """The article says CAR-T is "available in China" but names no hospital: no record claims it."""
    code, out, err = invoke("find", query)
    assert code == 1
    assert out == ""
    assert f"no department or hospital in the directory lists {term}" in err
    assert "did you mean" not in err


def test_text_search_tries_british_and_american_spellings(find_json):
    assert [h["id"] for h in find_json("tumor")] == [h["id"] for h in find_json("tumour")]
    assert [h["id"] for h in find_json("centre")] == [h["id"] for h in find_json("center")]
