"""Pure modules, tested directly: text, vocabulary, output, models, geo."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import CITIES, VOCABULARY, tsv_unescape
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir.checks import record_findings
from oncodir.geo import Gazetteer, distance_km
from oncodir.models import field_text, quantity_text, reason_text, validate
from oncodir.output import Format, choose, parse_fields, tsv_cell, write_csv, write_tsv
from oncodir.text import clean, clean_line, contains_words, normalise
from oncodir.vocabulary import Vocabulary, variants

VOCAB = Vocabulary.from_rows(VOCABULARY)
GAZ = Gazetteer.from_rows(CITIES)

# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Bone & Soft-Tissue  Tumour", "bone and soft tissue tumour"),
        ("  MELANOMA ", "melanoma"),
        ("non-small cell lung cancer", "non small cell lung cancer"),
        ("Ｍｅｌａｎｏｍａ", "melanoma"),  # full-width letters fold under NFKC
        ("Hepatic, Biliary & Pancreatic", "hepatic biliary and pancreatic"),
        ("浙江省肿瘤医院", "浙江省肿瘤医院"),
        ("", ""),
    ],
)
def test_normalise(raw, key):
    assert normalise(raw) == key


def test_clean_replaces_controls_but_keeps_tab_and_newline():
    assert clean("a\x1b[31mb\x07c\td\ne\x9bf\x7f") == "a\ufffd[31mb\ufffdc\td\ne\ufffdf\ufffd"
    assert clean("plain 中文 text") == "plain 中文 text"


def test_clean_line_folds_line_breaks():
    # A carriage return is a C0 control like the others (DESIGN §5): replaced, not kept.
    assert clean_line("one\ntwo\tthree\r\x1b") == "one two three\ufffd\ufffd"


@given(st.text())
def test_clean_leaves_no_control_characters(text):
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert all(ch in "\t\n" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in cleaned)


def test_contains_words():
    assert contains_words("renal cancer and melanoma", "melanoma")
    assert not contains_words("renal cancer and melanoma", "noma")  # not at a word start
    assert contains_words("浙江省肿瘤医院", "肿瘤")  # no spaces in Chinese
    assert not contains_words("anything", "")


# --- vocabulary -----------------------------------------------------------------------------


def test_variants_spelling_and_plural():
    keys = variants("Bone Tumours")
    assert keys[0] == "bone tumours"
    assert {"bone tumors", "bone tumour", "bone tumor"} <= set(keys)
    assert "oesophageal cancer" in variants("esophageal cancer")
    assert "therapy" in variants("therapies")
    assert variants("gas") == ["gas"]  # too short to strip a plural


@pytest.mark.parametrize(
    ("name", "term"),
    [
        ("bone tumor", "bone tumour"),
        ("Bone Tumours", "bone tumour"),
        ("brain tumors", "brain tumour"),
        ("oesophageal cancer", "esophageal cancer"),
        ("gynaecological cancer", "gynecologic cancer"),
        ("Stomach Cancers", "gastric cancer"),
        ("胃癌", "gastric cancer"),
        ("HIPEC", "HIPEC"),
        ("hipec", "HIPEC"),
        ("bio-immunotherapy", "immunotherapy"),
        ("radiosensitisers", "radiosensitizers"),
        ("MDT", "multidisciplinary care"),
    ],
)
def test_resolve(name, term):
    assert VOCAB.resolve(name) == [term]
    assert VOCAB.canonical(name) == term


def test_resolve_by_kind_and_unknown():
    assert VOCAB.resolve("melanoma", "cancer") == ["melanoma"]
    assert VOCAB.resolve("melanoma", "treatment") == []
    assert VOCAB.resolve("no such thing") == []
    assert VOCAB.canonical("no such thing") is None


def test_narrower_depths():
    assert VOCAB.narrower("skin cancer") == {
        "skin cancer": 0,
        "melanoma": 1,
        "cutaneous squamous cell carcinoma": 1,
        "basal cell carcinoma": 1,
        "Merkel cell carcinoma": 1,
    }
    radio = VOCAB.narrower("radiotherapy")
    assert radio["brachytherapy"] == 1
    assert radio["neoadjuvant chemoradiotherapy"] == 2
    assert VOCAB.narrower("melanoma") == {"melanoma": 0}


# --- output ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cell"),
    [
        ("plain", "plain"),
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("back\\slash", "back\\\\slash"),
        ("\\t literally", "\\\\t literally"),
    ],
)
def test_tsv_cell(raw, cell):
    assert tsv_cell(raw) == cell
    assert tsv_unescape(cell) == raw


@given(st.text())
def test_tsv_cell_round_trips_and_stays_on_one_line(text):
    cell = tsv_cell(text)
    assert "\t" not in cell
    assert "\n" not in cell
    assert "\r" not in cell
    assert tsv_unescape(cell) == text


def test_choose_format():
    assert choose(None, True) is Format.table
    assert choose(None, False) is Format.tsv
    assert choose(Format.json, True) is Format.json
    assert choose(Format.table, False) is Format.table


def test_parse_fields():
    assert parse_fields(None, ("id", "name")) == ["id", "name"]
    assert parse_fields(" id , city ", ("id",)) == ["id", "city"]
    with pytest.raises(Exception, match="unknown field 'colour'"):
        parse_fields("id,colour", ("id",))


def test_writers_round_trip():
    rows = [{"id": "a/b", "name": 'Tab\there "q"', "cancers": ["melanoma", "skin cancer"]}]
    out = io.StringIO()
    write_tsv(out, rows, ["id", "name", "cancers"])
    assert out.getvalue() == 'a/b\tTab\\there "q"\tmelanoma; skin cancer\n'
    out = io.StringIO()
    write_csv(out, rows, ["id", "name", "cancers"])
    assert list(csv.DictReader(io.StringIO(out.getvalue()))) == [
        {"id": "a/b", "name": 'Tab\there "q"', "cancers": "melanoma; skin cancer"}
    ]


# --- models ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "text"),
    [
        ({"value": 40, "qualifier": "more than"}, "more than 40"),
        ({"value": 10000, "qualifier": "more than"}, "more than 10,000"),
        ({"value": 30, "note": "verified beds"}, "30 (verified beds)"),
        ({"value": 90, "qualifier": "about", "note": "postgraduate"}, "about 90 (postgraduate)"),
        ({"value": 65}, "65"),
        (None, "not stated"),
        (12, "12"),
    ],
)
def test_quantity_text(q, text):
    assert quantity_text(q) == text


def test_field_text():
    record = {
        "beds": {"value": 40, "qualifier": "more than"},
        "staff": {"surgeons": {"value": 8}, "nurses": {"value": 17}},
        "people": [{"name": "A. B.", "role": "Director", "title": "M.D."}],
        "source": {"document": "x.txt", "updated": "2020-03"},
        "cancers": [],
        "hospital": None,
    }
    assert field_text(record, "beds") == "more than 40"
    assert field_text(record, "staff") == "surgeons: 8; nurses: 17"
    assert field_text(record, "people") == "A. B. (Director, M.D.)"
    assert field_text(record, "source") == "x.txt, updated 2020-03"
    assert field_text(record, "cancers") == ""
    assert field_text(record, "hospital") == ""
    assert field_text({"source": {"document": "y.txt"}}, "source") == "y.txt, updated date not stated"


def test_reason_text():
    assert reason_text({"field": "cancers", "term": "melanoma", "query": "melanoma", "match": "exact"}) == "melanoma"
    assert (
        reason_text({"field": "cancers", "term": "melanoma", "query": "skin cancer", "match": "narrower"})
        == "melanoma (via skin cancer)"
    )
    assert reason_text({"field": "aliases", "query": "CHUCAS", "match": "text"}) == 'aliases: "CHUCAS"'


def test_validate_checks_shape_and_required_fields():
    good = {
        "kind": "department",
        "id": "h/d",
        "name": "D",
        "hospital_id": "h",
        "cancers": ["melanoma"],
        "source": {"document": "x.txt"},
    }
    assert validate(good) == []
    problems = validate({**good, "id": "other/d", "beds": 40})
    assert any(p.startswith("id:") for p in problems)
    assert any(p.startswith("beds:") for p in problems)
    assert validate({"kind": "clinic"}) == [
        "name: required",  # before id: an import makes a missing id from the name
        "id: required",
        "source: required",
        "kind: must be 'hospital' or 'department', not 'clinic'",
    ]
    assert validate([]) == ["not a JSON object"]


def test_checks_report_terms_of_the_wrong_kind_and_unknown_hospitals():
    good = {
        "kind": "department",
        "id": "h/d",
        "name": "D",
        "hospital_id": "h",
        "cancers": ["melanoma"],
        "source": {"document": "x.txt"},
    }
    assert record_findings(good, VOCAB, {"h"}, strict=True).problems == []
    problems = record_findings({**good, "cancers": ["HIPEC"]}, VOCAB, {"h"}, strict=True).problems
    assert [p for p in problems if p.startswith("cancers:")] == [
        "cancers: 'HIPEC' is a treatment in the vocabulary, not a cancer"
    ]
    assert record_findings(good, VOCAB, {"other"}).problems == ["hospital_id: no hospital has the id 'h'"]


# --- geo ------------------------------------------------------------------------------------


def test_gazetteer_names():
    assert GAZ.city("杭州").name == "Hangzhou"
    assert GAZ.city("杭州市").name == "Hangzhou"
    assert GAZ.city("Hángzhōu").name == "Hangzhou"
    assert GAZ.city("HANGZHOU").name == "Hangzhou"
    assert GAZ.city("Shanghai").zh == "上海"  # the full gazetteer (issue 3); was absent before
    assert GAZ.city("Atlantis") is None
    assert GAZ.province("Zhejiang Province") == "Zhejiang"
    assert GAZ.province("浙江省") == "Zhejiang"


def test_distance_km():
    hangzhou, beijing = GAZ.city("Hangzhou"), GAZ.city("Beijing")
    assert distance_km(hangzhou, hangzhou) == 0
    # About 1,120 km as the crow flies.
    assert distance_km(hangzhou, beijing) == pytest.approx(1122, abs=5)
    assert distance_km(hangzhou, beijing) == pytest.approx(distance_km(beijing, hangzhou))


def _normalise_by_regex(text: str) -> str:
    import unicodedata

    from oncodir.text import _SEPARATORS

    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return _SEPARATORS.sub(" ", text).strip()


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(), st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000-_/,;:.()'\u2019\"&")
        )
    )
)
def test_normalise_equals_the_regex_definition(text):
    from oncodir.text import normalise

    assert normalise(text) == _normalise_by_regex(text)


def test_normalise_equals_the_regex_definition_for_every_code_point():
    from oncodir.text import normalise

    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        text = f"a{chr(cp)} b{chr(cp)}"
        assert normalise(text) == _normalise_by_regex(text), hex(cp)
