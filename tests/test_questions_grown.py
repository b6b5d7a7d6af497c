"""Issue 12 on the grown directory: questions the way people ask them, and what must (not) come back.

Written from the records in data/records (not from the code): each row names the records a
careful reader of their pages would return, and records that must not appear because their
page does not support the question. Classes: sentences with words that carry no criterion,
whole words and capitals, parts of compound terms and organ words, hospitals by any name,
lay and Chinese words, true messages, ranking, show in a pipe, discoverability.
"""

from __future__ import annotations

import json

import pytest
from helpers import BOX_CHARS, REAL_RECORDS, stderr_lines

pytestmark = pytest.mark.real_directory

ZCH = "zhejiang-cancer-hospital"
ZABD = f"{ZCH}/abdominal-medical-oncology"
ZBONE = f"{ZCH}/bone-soft-tissue-surgery"
ZRARE = f"{ZCH}/rare-cancer-head-and-neck-medical-oncology"
ZCRC = f"{ZCH}/colorectal-surgery"
ZHN = f"{ZCH}/head-neck-surgery"
ZBREAST = f"{ZCH}/breast-surgery"
ZGYNRT = f"{ZCH}/gynecological-radiotherapy"
HZGI = "hangzhou-first-peoples-hospital/gastrointestinal-and-anal-surgery"
BCH = "beijing-cancer-hospital"
BRENAL = f"{BCH}/renal-cancer-melanoma"
BRESP = f"{BCH}/respiratory-oncology"
BTHOR = f"{BCH}/thoracic-surgery"
BGIS = f"{BCH}/gastrointestinal-surgery"
BHBP = f"{BCH}/hepatic-biliary-pancreatic-surgery"
BHOSPICE = f"{BCH}/hospice"
BRADIO = f"{BCH}/radiotherapy"
BFH = "beijing-friendship-hospital"
CAMS = "cancer-hospital-chinese-academy-of-medical-sciences"
FUSCC = "fudan-university-shanghai-cancer-center"
FSARC = f"{FUSCC}/gastric-cancer-and-sarcomas"
FCRC = f"{FUSCC}/colorectal-surgery"
FHN = f"{FUSCC}/head-and-neck-surgery"
SYSUCC = "sun-yat-sen-university-cancer-center"
SGYN = f"{SYSUCC}/gynecologic-oncology"
SGP = f"{SYSUCC}/gastric-pancreatic-surgery"
SCRC = f"{SYSUCC}/colorectal-surgery"
SCCH = "sichuan-cancer-hospital"
SCABD = f"{SCCH}/abdominal-medical-oncology"
SCMSK = f"{SCCH}/musculoskeletal-cancer-surgery"
SH6BONE = "shanghai-sixth-peoples-hospital/bone-oncology-and-diseases-surgery"
TJHB = "tianjin-medical-university-cancer-institute-and-hospital/hepatobiliary-surgery"
KIDS = "childrens-hospital-zhejiang-university-school-of-medicine/hematology-oncology"
JILIN = "first-hospital-of-jilin-university/hematology"
ZJH = "zhejiang-hospital"
FAHZU_CRC = "first-affiliated-hospital-zhejiang-university-school-of-medicine/colorectal-surgery"
HAINAN_HN = "hainan-cancer-hospital/head-neck-surgery"

ZSPANC = "zhongshan-hospital-fudan-university/pancreatic-tumor-surgery"

HIPEC = {ZABD, HZGI}

# (command line, must appear, must not appear, why: the page's wording)
QUESTIONS: list[tuple[list[str], set[str], set[str], str]] = [
    # 1. sentences: words that carry no criterion are set aside
    (["where", "can", "I", "get", "HIPEC", "in", "Hangzhou"], HIPEC, {BCH, ZBONE}, "HIPEC on two Hangzhou pages"),
    (["where can I get HIPEC in Hangzhou"], HIPEC, {BCH, ZBONE}, "the same, quoted"),
    (
        ["lung", "cancer", "treatment", "in", "Beijing"],
        {BRESP, BTHOR, BCH, CAMS},
        {BFH, f"{ZCH}/thoracic-surgery"},
        "city",
    ),
    (["melanoma", "specialist"], {BRENAL, ZBONE, FSARC, SCMSK}, {ZBREAST}, "'melanoma' on their pages"),
    (["treatment", "for", "kidney", "cancer"], {BRENAL, SCABD}, {ZBREAST}, "'renal cancer', 'kidney cancer'"),
    (["my mother has ovarian cancer, which hospital in Chengdu?"], {SCABD}, {SGYN}, "SYSUCC is in Guangzhou"),
    (["哪里可以做热灌注"], HIPEC, {ZBONE}, "Chinese question: where can I get hyperthermic perfusion"),
    (["杭州哪家医院治疗黑色素瘤"], {ZBONE, ZRARE}, {BRENAL}, "which Hangzhou hospital treats melanoma"),
    (["best", "doctor", "for", "nasopharyngeal", "carcinoma"], {f"{SYSUCC}/pathology"}, {ZBREAST}, "NPC pages"),
    # 2. whole words, capitals as abbreviations
    (["ALL"], {KIDS}, {JILIN}, "'acute lymphoblastic leukaemia'; Jilin lists leukaemia, not ALL"),
    (["TES"], {ZBONE}, {ZRARE}, "'total en bloc spondylectomy (TES)', the page's own abbreviation"),
    # 3. parts of compound terms, organ words
    (["colon cancer"], {FCRC, ZCRC, FAHZU_CRC, SCRC, BHBP}, {BGIS}, "'colorectal cancer' covers colon cancer"),
    (["rectal cancer"], {BGIS, ZCRC, FCRC}, {BHBP}, "BCH's HBP page names colon carcinoma only"),
    (["bone cancer"], {ZBONE, SH6BONE, SCMSK}, {ZBREAST}, "'bone and soft tissue tumours'"),
    (
        ["pancreatic cancer"],
        {ZABD, TJHB, "zhongshan-hospital-fudan-university/pancreatic-tumor-surgery"},
        {ZCRC, SGP},
        "'hepatobiliary and pancreatic' covers it",
    ),
    (["thyroid"], {ZHN, FHN, HAINAN_HN}, {ZBREAST}, "an organ word alone: thyroid cancer"),
    (["prostate"], {SCABD, CAMS}, {ZBREAST}, "prostate cancer"),
    (["gastric"], {ZABD, BGIS, SGP}, {ZBREAST}, "gastric cancer"),
    (["ovarian"], {SCABD, SGYN}, {ZBREAST}, "ovarian cancer"),
    # 4. hospitals by any name
    (["CHUCAS"], {ZCH, ZABD, ZBONE}, {BCH, ZJH}, "an alias"),
    (["浙江省肿瘤医院"], {ZCH, ZABD}, {BCH, ZJH}, "the Chinese name"),
    (["Peking University Cancer Hospital"], {BCH, BRENAL}, {BFH, CAMS}, "an alias"),
    (["Beijing", "Cancer", "Hospital"], {BCH, BRENAL}, {BFH, CAMS}, "its name, typed as words"),
    (["FUSCC"], {FUSCC, FSARC}, {SYSUCC}, "an abbreviation"),
    (["SYSUCC"], {SYSUCC, SGYN}, {FUSCC}, "an abbreviation"),
    (["Zhejiang Hospital"], {ZJH}, {ZCH}, "not Zhejiang Cancer Hospital"),
    (["melanoma", "--hospital", "FUSCC"], {FSARC}, {ZBONE, FUSCC}, "melanoma in one hospital"),
    # 5. lay and Chinese words
    (["heated chemotherapy"], HIPEC, {ZBONE}, "HIPEC in lay words"),
    (["hot", "chemo"], HIPEC, {ZBONE}, "HIPEC in lay words"),
    (["热灌注"], HIPEC, {ZBONE}, "HIPEC is a hyperthermic perfusion"),
    (["子宫癌"], {SGYN, CAMS, SCABD}, {ZGYNRT}, "uterine (endometrial) cancer; ZCH's page names cervical only"),
    (["止痛"], {BHOSPICE, ZRARE}, {BRADIO}, "cancer pain management"),
    (["镇痛"], {BHOSPICE, ZRARE}, {BRADIO}, "cancer pain management"),
    (["保肢"], {ZBONE, SH6BONE, CAMS}, {SCMSK}, "limb salvage; Sichuan's page names surgery only"),
    (["HIPEC", "Hangzhou City"], HIPEC, {BCH}, "'City' after a city's name"),
    (["Fang Meiyu"], {ZRARE}, {ZBONE}, "'Mei-yu Fang' on the page, in the other order"),
    (["Mei-yu", "Fang"], {ZRARE}, {ZBONE}, "as the page writes it"),
]


def _ids(invoke, args):
    code, out, err = invoke("find", *args, "--format", "json")
    assert code == 0, err
    return [h["id"] for h in json.loads(out)]


@pytest.mark.parametrize(("args", "must", "must_not", "why"), QUESTIONS, ids=[" ".join(q[0]) for q in QUESTIONS])
def test_grown_question(invoke, args, must, must_not, why):
    got = set(_ids(invoke, args))
    assert must <= got, f"missing {must - got} ({why})"
    assert not (must_not & got), f"unsupported {must_not & got} ({why})"


def test_the_table_covers_every_class_in_english_and_chinese():
    assert len(QUESTIONS) >= 35
    assert sum(not "".join(q[0]).isascii() for q in QUESTIONS) >= 6


def test_words_set_aside_are_reported_on_stderr(invoke):
    code, _, err = invoke("find", *["where", "can", "I", "get", "HIPEC", "in", "Hangzhou"])
    assert code == 0
    assert "oncodir: set aside: where, can, I, get, in" in err


def test_a_misspelt_word_after_a_known_one_suggests_the_whole_term(invoke):
    # "lung" alone is known (lung cancer); "lung cancr" as typed is the term to suggest.
    code, out, err = invoke("find", "lung", "cancr")
    assert code == 1 and out == ""
    assert "did you mean: lung cancer?" in err


def test_a_question_of_set_aside_words_only_is_a_usage_error(invoke):
    code, out, err = invoke("find", "where", "can", "I", "get")
    assert code == 2 and out == ""
    assert "carry no criterion" in err


def test_whole_words_only(invoke):
    # "doctor" is a word people put in questions; it never matches "doctoral" by prefix.
    code, _, _err = invoke("find", "doctoral", "--format", "json")
    texts = [json.dumps(r).casefold() for r in REAL_RECORDS]
    whole = [t for t in texts if "doctoral" in t]
    assert (code == 0) == bool(whole)


# --- ranking ----------------------------------------------------------------------------------


def test_a_hospital_first_for_its_own_name_then_its_departments(invoke):
    ids = _ids(invoke, ["Beijing Cancer Hospital"])
    assert ids[0] == BCH
    assert all(i.startswith(f"{BCH}/") for i in ids[1:])


def test_exact_match_before_the_compound_that_covers_it(invoke):
    _code, out, _ = invoke("find", "colon cancer", "--format", "json")
    hits = json.loads(out)
    kinds = [max(m["match"] == "exact" for m in h["matched"]) for h in hits if h["kind"] == "department"]
    assert kinds == sorted(kinds, reverse=True)  # every exact department before any part-only one
    part = next(h for h in hits if h["id"] == SCRC)
    assert part["matched"][0]["match"] == "part" and part["matched"][0]["term"] == "colorectal cancer"


def test_departments_before_hospital_wide_statements(invoke):
    _code, out, _ = invoke("find", "melanoma", "--format", "json")
    kinds = [h["kind"] for h in json.loads(out)]
    assert kinds == sorted(kinds, key=lambda k: k != "department")


# --- true messages ----------------------------------------------------------------------------


def test_a_term_in_the_other_field_says_which_field(invoke):
    code, out, err = invoke("find", "--treatment", "melanoma")
    assert code == 1 and out == ""
    assert "melanoma is a cancer type" in err and "--cancer" in err
    assert "no department or hospital in the directory lists" not in err


def test_distance_says_how_far_the_nearest_is(invoke):
    code, out, err = invoke("find", "HIPEC", "--near", "Guangzhou", "--within", "300")
    assert code == 1 and out == ""
    line = stderr_lines(err)[0]
    assert "2 records list HIPEC; the nearest is" in line and "km from Guangzhou" in line


def test_a_place_filter_says_where_the_records_are(invoke):
    code, _out, err = invoke("find", "HIPEC", "--city", "Beijing")
    assert code == 1
    assert "2 records list HIPEC (in Hangzhou), none in Beijing" in err


def test_near_a_province_says_to_use_city(invoke):
    code, _out, err = invoke("find", "melanoma", "--near", "Zhejiang")
    assert code == 2
    assert "province" in err and "--city" in err


def test_a_misspelt_hospital_gets_suggestions(invoke):
    code, out, err = invoke("find", "melanoma", "--hospital", "SYSUC")
    assert code == 1 and out == ""
    assert "no hospital in the directory is named 'SYSUC'" in err
    assert "did you mean" in err


def test_a_typo_suggests_and_runs_nothing(invoke):
    code, out, err = invoke("find", "nasopharyngael", "cancer")
    assert code == 1 and out == ""
    assert "did you mean: nasopharyngeal cancer" in err


# --- show, list, TERM=dumb --------------------------------------------------------------------


def test_show_in_a_pipe_states_the_source_dates(invoke):
    code, out, _ = invoke("show", f"{SYSUCC}/traditional-chinese-medicine")
    assert code == 0
    assert "page retrieved 2026-11-27; the page's own date: 2016-06" in out
    code, out, _ = invoke("show", FUSCC)
    assert "page retrieved 2026-11-27; the page states no date" in out
    assert f"{FUSCC}/colorectal-surgery" in out


def test_list_cancer_singular_and_every_name(invoke):
    code, out, _ = invoke("list", "cancer", "--all", "--format", "json")
    assert code == 0
    rows = {r["term"]: r for r in json.loads(out)}
    assert "子宫癌" in rows["endometrial cancer"]["names"]


def test_term_dumb_gets_plain_stacked_output(invoke):
    code, out, _ = invoke("find", "melanoma", "--format", "table", env={"TERM": "dumb"})
    assert code == 0
    assert not (set(out) & BOX_CHARS)
    assert "sources dated" in out.replace("Sources dated", "sources dated")


def test_the_start_of_a_longer_term_suggests_the_term(invoke):
    code, out, err = invoke("find", "non-small", "cell")
    assert code == 1 and out == ""
    assert "did you mean: non-small cell lung cancer?" in err
    # the twin: a whole term finds its departments
    code, out, err = invoke("find", "non", "small", "cell", "lung", "cancer")
    assert code == 0 and "beijing-cancer-hospital/respiratory-oncology" in out
