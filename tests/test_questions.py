"""Questions the way people ask them, and the records each must and must not return.

Each row is a command line (English or Chinese; lay words, abbreviations, spellings), the
records its answer must contain, and records it must not contain because their source does
not support them. The "why" column names the source wording (shared/seeds) behind the row.
A result the sources do not support never appears; a result they support is never missed
because of wording.
"""

from __future__ import annotations

import json

import pytest
from helpers import BY_ID, stderr_lines

ZCH = "zhejiang-cancer-hospital"
RARE = f"{ZCH}/rare-cancer-head-and-neck-medical-oncology"
ABD = f"{ZCH}/abdominal-medical-oncology"
BONE = f"{ZCH}/bone-soft-tissue-surgery"
HZGI = "hangzhou/gastrointestinal-and-anal-surgery"
BCH = "beijing-cancer-hospital"
BREAST = f"{BCH}/breast-cancer-center"
GISURG = f"{BCH}/gastrointestinal-surgery"
HBP = f"{BCH}/hepatic-biliary-pancreatic-surgery"
THOR = f"{BCH}/thoracic-surgery"
RESP = f"{BCH}/respiratory-oncology"
GIONC = f"{BCH}/gastrointestinal-oncology"
LYMPH = f"{BCH}/lymphoma-hematologic-oncology"
RENAL = f"{BCH}/renal-cancer-melanoma"
RADIO = f"{BCH}/radiotherapy"
TCM = f"{BCH}/integrated-traditional-chinese-and-western-medicine"
IMAGING = f"{BCH}/medical-imaging"
US = f"{BCH}/ultrasound"
HOSPICE = f"{BCH}/hospice"
BFH = "beijing-friendship-hospital"
CAMS = "cancer-hospital-chinese-academy-of-medical-sciences"

MELANOMA = {BONE, RARE, RENAL, BCH, CAMS}
GASTRIC = {ABD, GIONC, GISURG, THOR, BCH, CAMS}
HANGZHOU_CHEMO = {ABD, RARE, BONE, HZGI}

# (command line, must appear, must not appear, why)
QUESTIONS: list[tuple[list[str], set[str], set[str], str]] = [
    (["blood cancer"], {LYMPH, BCH, CAMS}, {RENAL, BONE, ABD}, "lymphoma is a blood cancer; 'malignant lymphoma'"),
    (["blood", "cancer"], {LYMPH, BCH, CAMS}, {RENAL}, "words typed apart form one term"),
    (["血癌"], {LYMPH, BCH, CAMS}, {RENAL}, "Chinese lay word for blood cancer"),
    (["bowel cancer"], {ABD, GIONC, GISURG, HBP, BCH, CAMS}, {HZGI, BONE}, "colorectal, rectal, colon carcinoma"),
    (["肠癌"], {ABD, GIONC, GISURG, HBP}, {HZGI}, "Chinese lay word for bowel cancer"),
    (["stomach cancer"], GASTRIC, {HZGI, RESP}, "gastric cancer; 'carcinoma of gastric cardia'"),
    (["胃癌"], GASTRIC, {HZGI, RESP}, "Chinese for gastric cancer"),
    (["黑色素瘤"], MELANOMA, {ABD, LYMPH}, "Chinese for melanoma"),
    (["malignant melanomas"], MELANOMA, {ABD}, "plural synonym"),
    (["皮肤癌"], MELANOMA, {ABD, LYMPH}, "skin cancer covers melanoma; 'cutaneous tumors'"),
    (["skin cancer"], MELANOMA, {ABD}, "skin cancer covers melanoma"),
    (["sarcoma"], {BONE}, {RARE, CAMS, BCH}, "'soft tissue sarcoma', 'osteosarcoma'; not the broader term"),
    (["Sarcomas"], {BONE}, {RARE, CAMS}, "plural, any case"),
    (["bone cancer"], {BONE, BCH, RARE, CAMS}, {ABD, LYMPH}, "'bone tumor'; 'bone and soft tissue tumours' covers it"),
    (["IMRT"], {RADIO, CAMS}, {BONE}, "'dynamic intensity modulated radiation therapy (DIMRT)'"),
    (["intensity modulated radiotherapy"], {RADIO, CAMS}, {BONE}, "spelled out"),
    (["调强放疗"], {RADIO, CAMS}, {BONE}, "Chinese for IMRT"),
    (["brachytherapy"], {BONE}, {RADIO, CAMS}, "'intraoperative high dose brachytherapy'"),
    (["radiotherapy"], {RADIO, CAMS, BONE, GISURG}, {ABD, RENAL}, "covers brachytherapy, IMRT, chemoradiotherapy"),
    (["radiation therapy"], {RADIO, CAMS, BONE}, {ABD}, "American wording"),
    (["放疗"], {RADIO, CAMS, BONE}, {ABD}, "Chinese for radiotherapy"),
    (["GIST"], {ABD}, {BONE, GIONC}, "'advanced gastrointestinal stromal tumor'"),
    (["NSCLC"], {RESP}, {THOR, CAMS, BCH}, "'NSCLC and SCLC'; lung cancer alone is broader"),
    (["non small cell lung cancer"], {RESP}, {THOR}, "hyphen left out"),
    (["lung cancer"], {RESP, THOR, BCH, CAMS}, {BREAST}, "lung cancer covers NSCLC and SCLC"),
    (["HIPEC in Hangzhou"], {ABD, HZGI}, {BCH, BONE}, "one phrase: a treatment, a little word, a city"),
    (["hipec", "in", "hangzhou"], {ABD, HZGI}, {BONE}, "the same, typed as words"),
    (["杭州", "化疗"], HANGZHOU_CHEMO, {RESP, GIONC}, "chemotherapy covers HIPEC, neoadjuvant chemotherapy, ILI"),
    (["杭州化疗"], HANGZHOU_CHEMO, {RESP, GIONC}, "Chinese written without a space"),
    (["chemo", "浙江"], HANGZHOU_CHEMO, {RESP}, "a province in Chinese"),
    (["lymphoma"], {LYMPH, BCH, CAMS}, {RENAL}, "'malignant lymphoma'"),
    (["淋巴瘤"], {LYMPH, BCH, CAMS}, {RENAL}, "Chinese for lymphoma"),
    (["kidney cancer"], {RENAL}, {RARE, BCH}, "'renal cancer'; urological tumours are broader"),
    (["肾癌"], {RENAL}, {RARE}, "Chinese for kidney cancer"),
    (["womb cancer"], {CAMS}, {BCH, RENAL}, "'endometrial cancer'; gynecological cancer is broader"),
    (["gynaecological cancer"], {BCH, CAMS}, {RENAL}, "British spelling; covers cervical, ovarian, endometrial"),
    (["breast cancer"], {BREAST, BCH, CAMS}, {RESP}, "'breast cancer'"),
    (["乳腺癌"], {BREAST, BCH, CAMS}, {RESP}, "Chinese for breast cancer"),
    (["liver cancer"], {ABD, US, BCH, CAMS}, {HBP}, "liver metastases are not liver cancer"),
    (["liver metastases"], {HBP}, {US, ABD}, "'liver metastasis of colon carcinoma'"),
    (["colon cancer"], {HBP}, {GISURG}, "'colon carcinoma'; rectal cancer is not colon cancer"),
    (["rectal cancer"], {GISURG}, {HBP}, "'radiochemical therapy for rectal cancer'"),
    (["CRC"], {ABD, GIONC, GISURG, HBP}, {HZGI}, "abbreviation of colorectal cancer"),
    (["gastrointestinal cancer"], {HZGI, ABD, GIONC, GISURG}, {LYMPH}, "GI cancer covers gastric and colorectal"),
    (["head and neck cancer"], {RARE, BCH, CAMS}, {BONE}, "'head & neck cancer'"),
    (["throat cancer"], {CAMS}, {RARE, BCH}, "pharyngeal and laryngeal cancers; head and neck is broader"),
    (["鼻咽癌"], {CAMS}, {RARE}, "Chinese for nasopharyngeal cancer"),
    (["brain tumor"], {CAMS}, {BCH}, "'craniocerebral tumor'"),
    (["脑瘤"], {CAMS}, {BCH}, "Chinese lay word for brain tumour"),
    (["prostate cancer"], {CAMS}, {RARE, BCH}, "urological tumours are broader"),
    (["immunotherapy"], {RARE, ABD, BONE, RENAL}, {RADIO}, "'bio-immunotherapy'"),
    (["免疫治疗"], {RARE, ABD, BONE, RENAL}, {RADIO}, "Chinese for immunotherapy"),
    (["palliative care"], {RARE, HOSPICE, TCM}, {RADIO}, "covers hospice care and cancer pain management"),
    (["hospice"], {HOSPICE}, {RARE}, "'The hospice'"),
    (["pain relief"], {RARE, TCM, HOSPICE}, {RADIO}, "'cancer pain', 'analgesic drugs'"),
    (["keyhole surgery"], {THOR, CAMS, HZGI}, {BONE}, "minimally invasive and laparoscopic surgery"),
    (["TCM"], {TCM}, {BFH}, "the Friendship Hospital's page mentions Chinese medicine but claims no service"),
    (["中医"], {TCM}, {BFH}, "Chinese for TCM"),
    (["ultrasound"], {US, IMAGING}, {RADIO}, "'ultrasound diagnosis', imaging"),
    (["ablation"], {US}, {RADIO}, "'ultrasound-guided radiofrequency ablation'"),
    (["消融"], {US}, {RADIO}, "Chinese for ablation"),
    (["oesophageal cancer"], {THOR, BCH, CAMS}, {GIONC}, "'esophageal carcinoma', British spelling"),
    (["食管癌"], {THOR, BCH, CAMS}, {GIONC}, "Chinese for esophageal cancer"),
    (["peritoneal metastases"], {ABD, HZGI}, {GIONC}, "'peritoneal metastases'"),
    (["MDT"], {RARE, ABD, BONE, HZGI, BCH, CAMS}, {RESP}, "'multidisciplinary diagnosis and treatment (MDT)'"),
    (["cervical cancer"], {CAMS}, {BCH}, "gynecological cancer is broader"),
    (["melanoma", "beijing"], {RENAL, BCH, CAMS}, {BONE, RARE}, "a city as a term"),
    (["melanoma", "--city", "北京"], {RENAL, BCH, CAMS}, {BONE}, "a city in Chinese"),
    (["melanoma", "--city", "Běijīng"], {RENAL, BCH, CAMS}, {BONE}, "a city in pinyin"),
    (["skin cancer", "--near", "上海"], MELANOMA, set(), "every skin cancer record is in a city of the gazetteer"),
    (["CHUCAS"], {ZCH}, {BCH}, "an alias, found by the text search"),
    (["tumour", "board"], {RARE, ABD, BONE, HZGI, BCH, CAMS}, set(), "a synonym of MDT"),
]

# Questions the sources cannot answer: nothing comes back, and nothing else is run instead.
EMPTY = [
    (["leukaemia"], "the article's leukemia patient story names no hospital"),
    (["CAR-T"], "'CAR-T ... is available in China' names no hospital"),
    (["proton therapy"], "'Proton therapy is available in China' names no hospital"),
    (["lung cancer", "Zhejiang"], "no Zhejiang page mentions lung cancer"),
    (["hipec", "--city", "北京"], "HIPEC is only on Hangzhou pages"),
]

# Misspellings: nothing matches (exit 1) and stderr suggests the right thing.
TYPOS = [
    ("melanomma", "melanoma"),
    ("hipek", "HIPEC"),
    ("limphoma", "lymphoma"),
    ("sarcomma", "sarcoma"),
    ("hangzou", "Hangzhou"),
    ("beijng", "Beijing"),
    ("brest cancer", "breast cancer"),
    ("chemotherapie", "chemotherapy"),
    ("黑色素", "melanoma"),
]


def _run(invoke, args):
    code, out, err = invoke("find", *args, "--format", "json")
    return code, (json.loads(out) if code == 0 else []), err


@pytest.mark.parametrize(("args", "must", "must_not", "why"), QUESTIONS, ids=[" ".join(q[0]) for q in QUESTIONS])
def test_question(invoke, args, must, must_not, why):
    code, hits, err = _run(invoke, args)
    assert code == 0, err
    got = {h["id"] for h in hits}
    assert must <= got, f"missing {must - got} ({why})"
    assert not (must_not & got), f"unsupported {must_not & got} ({why})"
    for hit in hits:
        assert hit["matched"], hit["id"]
        for reason in hit["matched"]:
            # A vocabulary reason names a term the record itself lists: nothing is inferred.
            if reason["match"] in ("exact", "narrower"):
                assert reason["term"] in BY_ID[hit["id"]][reason["field"]], (hit["id"], reason)


def test_question_table_is_big_enough():
    assert len(QUESTIONS) + len(EMPTY) + len(TYPOS) >= 40
    assert any(not "".join(q[0]).isascii() for q in QUESTIONS)


@pytest.mark.parametrize(("args", "why"), EMPTY, ids=[" ".join(q[0]) for q in EMPTY])
def test_unsupported_question_finds_nothing(invoke, args, why):
    code, out, err = invoke("find", *args)
    assert code == 1, why
    assert out == ""
    # Known terms, spelt right: the message says no record lists them, and suggests nothing.
    first = stderr_lines(err)[0]
    assert first.startswith(("oncodir: nothing matches", "oncodir: no department or hospital in the directory lists"))
    assert "did you mean" not in err


@pytest.mark.parametrize(("typo", "meant"), TYPOS)
def test_typo_suggests_and_runs_nothing(invoke, typo, meant):
    code, out, err = invoke("find", typo)
    assert code == 1
    assert out == ""  # never a different query, silently
    lines = stderr_lines(err)
    assert lines[0].startswith("oncodir: nothing matches")
    assert lines[-1].startswith("oncodir: did you mean: ")
    suggested = lines[-1].removeprefix("oncodir: did you mean: ").rstrip("?").split(", ")
    assert suggested[0] == meant
    assert len(suggested) <= 3


@pytest.mark.parametrize("word", ["can", "the", "a", "cancer", "tumours", "zzzqqq", "xyzzy cancer"])
def test_short_or_generic_words_suggest_nothing(invoke, word):
    code, _, err = invoke("find", word, "--city", "Lhasa")  # nothing in Lhasa: every query is empty
    assert code == 1
    assert "did you mean" not in err
