"""The bundled directory: well-formed, consistent with its vocabulary, and traceable to its sources.

These tests read the real directory (data/records, data/vocabulary.json and the built file),
not the frozen test directory most other tests use. Provenance is proven by data/provenance.py,
the same code ``data/build.py`` runs, against the page copies in ../shared.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from types import ModuleType

import helpers
import pytest
from helpers import CITIES, DATA, REAL_RECORDS, ROOT, load_json, shared_dir

from oncodir.storage import paths, read

pytestmark = pytest.mark.real_directory

RECORDS = REAL_RECORDS
VOCABULARY = load_json("vocabulary.json")
TERMS = {c["term"]: c for c in VOCABULARY}
HOSPITALS = {r["id"]: r for r in RECORDS if r["kind"] == "hospital"}


def _provenance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("provenance", DATA / "provenance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PROVENANCE = _provenance()
# Missing page copies fail under CI (ONCODIR_REQUIRE_SHARED=1) and skip elsewhere, saying why.
needs_shared = pytest.mark.requires_shared("pages")


def closure(term: str) -> set[str]:
    return helpers.closure(term, VOCABULARY)


@pytest.fixture(scope="module")
def bundled():
    """The records as the installed tool reads them (the TinyDB file, not data/records)."""
    return read.read_tables(paths.bundled_path())


# --- the built file -------------------------------------------------------------------------


@needs_shared
def test_build_check_passes():
    proc = subprocess.run(
        [sys.executable, str(DATA / "build.py"), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


def test_bundled_file_has_the_sources(bundled):
    assert set(bundled) == {"records", "vocabulary", "cities", "stopwords", "meta"}
    assert bundled["records"] == RECORDS
    # parts.json adds each compound's parts to its vocabulary row; stopwords.json is its own table.
    parts = load_json("parts.json")["parts"]
    assert bundled["vocabulary"] == [{**r, "parts": parts[r["term"]]} if r["term"] in parts else r for r in VOCABULARY]
    stop = load_json("stopwords.json")
    assert {r["word"] for r in bundled["stopwords"]} == {*stop["en"], *stop["zh"]}
    assert bundled["cities"] == CITIES
    assert "GeoNames" in bundled["meta"][0]["credits"]


# --- the size of the directory --------------------------------------------------------------


def test_directory_covers_the_pages_hospitals_and_cities():
    departments = [r for r in RECORDS if r["kind"] == "department"]
    assert len(HOSPITALS) >= 30
    assert len(departments) >= 90
    assert len({r["city"] for r in RECORDS}) >= 16


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
        assert hid in hospitals, rec["id"]
        assert rec["id"].startswith(hid + "/"), rec["id"]
        assert rec["hospital"] == hospitals[hid]["name"], rec["id"]
        assert rec["city"] == hospitals[hid]["city"], rec["id"]


def test_seed_003_is_linked_to_the_hospital_whose_site_published_it():
    rec = next(r for r in RECORDS if r["source"]["document"].startswith("003_"))
    assert rec["hospital_id"] == "hangzhou-first-peoples-hospital"
    assert rec["id"] == "hangzhou-first-peoples-hospital/gastrointestinal-and-anal-surgery"
    evidence = [ref for ref in rec["references"] if "hospital_id" in ref.get("fields", [])]
    assert evidence and "website" in evidence[0]["name"]


def test_beijing_cancer_hospital_cites_its_own_page_and_the_article():
    rec = HOSPITALS["beijing-cancer-hospital"]
    assert rec["source"]["document"] == "bjch--hospital.txt"
    assert any(ref.get("document", "").startswith("004_") for ref in rec["references"])
    friendship = HOSPITALS["beijing-friendship-hospital"]
    assert friendship["cancers"] == [] and friendship["treatments"] == []


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


# --- traceable to the pages ---------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_every_fact_is_in_the_text_the_record_cites(record):
    """Counts, founding year, wording phrases and names are in the cited text; URLs are MANIFEST's."""
    assert PROVENANCE.record_problems(record) == []


@needs_shared
def test_every_page_is_used_or_listed_as_unused_with_a_reason():
    assert PROVENANCE.coverage_problems(RECORDS) == []
    with open(DATA / "unused_pages.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert all(len(row["reason"]) > 20 for row in rows)


@needs_shared
def test_pages_records_cite_retrieval_and_only_stated_dates():
    for rec in RECORDS:
        source = rec["source"]
        if source["document"] in PROVENANCE.manifest():
            assert source["retrieved"] == "2026-11-27", rec["id"]
            assert source["url"] == PROVENANCE.manifest()[source["document"]]["url"], rec["id"]


def test_missing_shared_documents_fail_under_ci_and_skip_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("ONCODIR_REQUIRE_SHARED", "1")
    with pytest.raises(pytest.fail.Exception, match="ONCODIR_REQUIRE_SHARED=1 requires it"):
        shared_dir("seeds", root=tmp_path / "shared")
    monkeypatch.delenv("ONCODIR_REQUIRE_SHARED")
    with pytest.raises(pytest.skip.Exception, match="is not present"):
        shared_dir("seeds", root=tmp_path / "shared")
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    assert shared_dir("seeds", root=tmp_path / "shared") == tmp_path / "shared" / "seeds"


@needs_shared
def test_provenance_check_catches_an_invented_count():
    rec = next(r for r in RECORDS if r.get("beds"))
    forged = {**rec, "beds": {"value": rec["beds"]["value"] + 7919}}
    assert any(p.startswith("beds:") for p in PROVENANCE.record_problems(forged))
    forged_name = {**rec, "people": [{"name": "Nobody Invented-Here", "role": None}]}
    assert any(p.startswith("people:") for p in PROVENANCE.record_problems(forged_name))


def test_number_forms_the_provenance_check_accepts():
    assert PROVENANCE.number_found(1800, "Over 1, 800 operations")
    assert PROVENANCE.number_found(1850, "1,850 beds")
    assert PROVENANCE.number_found(12, "twelve wards")
    assert not PROVENANCE.number_found(800, "18000 visits")
