"""The vocabulary: every name reaches its one concept, the hierarchy holds, people's words resolve.

These run on the real vocabulary (data/vocabulary.json) and the real bundled directory.
"""

from __future__ import annotations

from collections import Counter

import helpers
import pytest
from helpers import REAL_RECORDS as RECORDS
from helpers import load_json

from oncodir.storage import read
from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

pytestmark = pytest.mark.real_directory

VOCABULARY = load_json("vocabulary.json")
VOCAB = Vocabulary.from_rows(VOCABULARY)
TERMS = {c["term"]: c for c in VOCABULARY}


def closure(term: str) -> set[str]:
    return helpers.closure(term, VOCABULARY)


def names_of(concept):
    return (concept["term"], *concept["synonyms"], *concept["abbreviations"], *concept["zh"])


# --- the vocabulary as data ----------------------------------------------------------------


def test_vocabulary_terms_unique_and_kinds_valid():
    counts = Counter(c["term"] for c in VOCABULARY)
    assert [t for t, n in counts.items() if n > 1] == []
    assert {c["kind"] for c in VOCABULARY} == {"cancer", "treatment"}


def test_every_name_resolves_to_exactly_one_concept():
    owners: dict[str, set[str]] = {}
    for c in VOCABULARY:
        for name in (c["term"], *c.get("synonyms", []), *c.get("abbreviations", []), *c.get("zh", [])):
            owners.setdefault(normalise(name), set()).add(c["term"])
    shared = {name: terms for name, terms in owners.items() if len(terms) > 1}
    assert shared == {}


def test_every_name_resolves_to_its_concept_in_the_bundled_database():
    vocab = read.load(None).vocabulary
    for c in VOCABULARY:
        for name in (c["term"], *c.get("synonyms", []), *c.get("abbreviations", []), *c.get("zh", [])):
            assert vocab.resolve(name) == [c["term"]], name


def test_broader_terms_exist_same_kind_no_cycles():
    for c in VOCABULARY:
        for parent in c.get("broader") or []:
            assert parent in TERMS, (c["term"], parent)
            assert TERMS[parent]["kind"] == c["kind"], (c["term"], parent)
            assert parent != c["term"]
    # No cycles: nothing is narrower than itself through a chain.
    parents = {c["term"]: set(c.get("broader") or []) for c in VOCABULARY}
    for term in parents:
        seen, frontier = set(), set(parents[term])
        while frontier:
            assert term not in frontier, f"cycle through {term}"
            seen |= frontier
            frontier = {p for f in frontier for p in parents[f]} - seen


def test_documented_hierarchy():
    assert {"melanoma", "basal cell carcinoma"} <= closure("skin cancer")
    assert "HIPEC" in closure("hyperthermia")
    assert "HIPEC" in closure("chemotherapy")
    assert "brachytherapy" in closure("radiotherapy")


def test_skin_cancer_covers_melanoma_and_three_skin_carcinomas():
    assert closure("skin cancer") == {
        "skin cancer",
        "melanoma",
        "cutaneous squamous cell carcinoma",
        "basal cell carcinoma",
        "Merkel cell carcinoma",
    }


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


# --- resolving names -----------------------------------------------------------------------


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


def test_variants_spelling_and_plural():
    keys = variants("Bone Tumours")
    assert keys[0] == "bone tumours"
    assert {"bone tumors", "bone tumour", "bone tumor"} <= set(keys)
    assert "oesophageal cancer" in variants("esophageal cancer")
    assert "therapy" in variants("therapies")
    assert variants("gas") == ["gas"]  # too short to strip a plural
