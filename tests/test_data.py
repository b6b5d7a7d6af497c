"""The bundled directory: well-formed, consistent with its vocabulary, and traceable to its sources."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest
from helpers import CITIES, DATA, RECORDS, ROOT, VOCABULARY, shared_dir

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
    return (shared_dir("seeds") / document).read_text(encoding="utf-8")


needs_seeds = pytest.mark.requires_shared("seeds")


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


def test_missing_shared_documents_fail_under_ci_and_skip_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("ONCODIR_REQUIRE_SHARED", "1")
    with pytest.raises(pytest.fail.Exception, match="ONCODIR_REQUIRE_SHARED=1 requires it"):
        shared_dir("seeds", root=tmp_path / "shared")
    monkeypatch.delenv("ONCODIR_REQUIRE_SHARED")
    with pytest.raises(pytest.skip.Exception, match="is not present"):
        shared_dir("seeds", root=tmp_path / "shared")
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    assert shared_dir("seeds", root=tmp_path / "shared") == tmp_path / "shared" / "seeds"


@needs_seeds
def test_every_source_document_exists():
    for rec in RECORDS:
        assert (shared_dir("seeds") / rec["source"]["document"]).is_file(), rec["id"]


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
