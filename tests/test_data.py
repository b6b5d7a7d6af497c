"""The bundled directory: well-formed, consistent with its vocabulary, and traceable to its sources."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest
from conftest import CITIES, DATA, RECORDS, ROOT, SEEDS, VOCABULARY, closure

from oncodir.storage import paths, read
from oncodir.text import normalise

TERMS = {c["term"]: c for c in VOCABULARY}
NUMBER_WORDS = dict(
    enumerate(
        [
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
            *("nineteen", "twenty"),
        ]
    )
)


@pytest.fixture(scope="module")
def bundled():
    """The records as the installed tool reads them (the TinyDB file, not records.json)."""
    return read.read_tables(paths.bundled_path())


def seed_text(document: str) -> str:
    return (SEEDS / document).read_text(encoding="utf-8")


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source documents not present at {SEEDS}")


# --- the built file -------------------------------------------------------------------------


def test_build_check_passes():
    proc = subprocess.run(
        [sys.executable, str(DATA / "build.py"), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


def test_bundled_file_has_the_sources(bundled):
    assert set(bundled) == {"records", "vocabulary", "cities", "meta"}
    assert bundled["records"] == RECORDS
    assert bundled["vocabulary"] == VOCABULARY
    assert bundled["cities"] == CITIES
    assert "GeoNames" in bundled["meta"][0]["credits"]


# --- records --------------------------------------------------------------------------------


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_required_fields(record):
    assert record["kind"] in ("hospital", "department")
    assert isinstance(record["id"], str)
    assert re.fullmatch(r"[a-z0-9-]+(/[a-z0-9-]+)?", record["id"])
    assert isinstance(record["name"], str)
    assert record["name"].strip() == record["name"] != ""
    assert isinstance(record["source"], dict)
    assert record["source"]["document"]
    for field in ("cancers", "treatments", "aliases"):
        assert isinstance(record.get(field, []), list)


def test_ids_are_unique(bundled):
    counts = Counter(r["id"] for r in bundled["records"])
    assert [rid for rid, n in counts.items() if n > 1] == []
    assert len(counts) == len(RECORDS)


def test_departments_belong_to_existing_hospitals():
    hospitals = {r["id"]: r for r in RECORDS if r["kind"] == "hospital"}
    for rec in RECORDS:
        if rec["kind"] != "department":
            assert "hospital_id" not in rec or rec["hospital_id"] is None
            assert "/" not in rec["id"]
            continue
        hid = rec["hospital_id"]
        if hid is None:
            assert rec["hospital"] is None, rec["id"]
            continue
        assert hid in hospitals, rec["id"]
        assert rec["id"].startswith(hid + "/"), rec["id"]
        assert rec["hospital"] == hospitals[hid]["name"], rec["id"]
        assert rec["city"] == hospitals[hid]["city"], rec["id"]


def test_unnamed_hangzhou_department():
    rec = next(r for r in RECORDS if r["id"] == "hangzhou/gastrointestinal-and-anal-surgery")
    assert rec["kind"] == "department"
    assert rec["hospital"] is None
    assert rec["hospital_id"] is None
    assert rec["city"] == "Hangzhou"
    assert [r["id"] for r in RECORDS if r["kind"] == "department" and r["hospital_id"] is None] == [rec["id"]]


def test_term_fields_use_vocabulary_of_the_right_kind():
    for rec in RECORDS:
        for field, kind in (("cancers", "cancer"), ("treatments", "treatment")):
            terms = rec.get(field) or []
            assert len(terms) == len(set(terms)), (rec["id"], field)
            for term in terms:
                assert term in TERMS, (rec["id"], term)
                assert TERMS[term]["kind"] == kind, (rec["id"], term)
        for term in rec.get("wording") or {}:
            assert term in (rec.get("cancers") or []) + (rec.get("treatments") or []), (rec["id"], term)


def test_cities_are_in_the_gazetteer():
    cities = {c["name"]: c for c in CITIES}
    for rec in RECORDS:
        assert rec["city"] in cities, rec["id"]
        assert rec.get("province") == cities[rec["city"]]["province"], rec["id"]
        assert rec.get("country") == "China"


def _is_quantity(q):
    return isinstance(q, dict) and isinstance(q.get("value"), int) and not isinstance(q.get("value"), bool)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_quantities_have_int_values(record):
    if record.get("beds") is not None:
        assert _is_quantity(record["beds"])
    for field in ("staff", "annual_patients"):
        counts = record.get(field)
        if counts is None:
            continue
        assert isinstance(counts, dict)
        for key, q in counts.items():
            assert _is_quantity(q), (field, key)
            assert set(q) <= {"value", "qualifier", "note"}


def test_source_dates_look_like_dates():
    for rec in RECORDS:
        updated = rec["source"].get("updated")
        assert updated is None or re.fullmatch(r"\d{4}(-\d{2}){0,2}", updated), rec["id"]


# --- traceable to the seeds -----------------------------------------------------------------


@needs_seeds
def test_every_source_document_exists():
    for rec in RECORDS:
        assert (SEEDS / rec["source"]["document"]).is_file(), rec["id"]


@needs_seeds
@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_quantities_appear_in_their_source(record):
    """Never invent: each count is written in its document (as digits, or a word up to twenty)."""
    text = seed_text(record["source"]["document"])
    plain = text.replace(",", "")
    quantities = [record["beds"]] if record.get("beds") else []
    for field in ("staff", "annual_patients"):
        quantities += list((record.get(field) or {}).values())
    for q in quantities:
        value = q["value"]
        as_digits = re.search(rf"(?<![\d.]){value}(?!\d)", plain)
        as_word = value in NUMBER_WORDS and re.search(rf"\b{NUMBER_WORDS[value]}\b", text, re.I)
        assert as_digits or as_word, (record["id"], q)


@needs_seeds
@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_names_and_established_years_appear_in_their_source(record):
    text = normalise(seed_text(record["source"]["document"]))
    if record.get("established"):
        assert str(record["established"])[:4] in text
    if record.get("source", {}).get("title"):
        # The page title (or the article's subject) is in the document.
        words = [w for w in normalise(record["source"]["title"]).split() if w not in ("article",)]
        assert all(w in text for w in words), record["source"]["title"]


# --- vocabulary -----------------------------------------------------------------------------


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


def test_every_synonym_resolves_through_the_product():
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
