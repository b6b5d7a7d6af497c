"""Text: normalising for comparison, cleaning for terminals, and how each field reads as text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir.models import field_text, quantity_text, reason_text
from oncodir.text import clean, clean_line, contains_words, normalise


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
    # A carriage return is a C0 control like the others: replaced, not kept.
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


# --- field text ----------------------------------------------------------------------------


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


def _normalise_by_regex(text: str) -> str:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return re.sub(r"[\s\-_/,;:.()'\u2019\"]+", " ", text).strip()


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
