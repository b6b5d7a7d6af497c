"""Questions a patient or coordinator asks of the real, grown directory (not the frozen one).

Expected answers are worked out here from data/records (REAL_RECORDS) and data/cities.json,
independently of the search code.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import CITIES, REAL_RECORDS, haversine, tsv_rows

pytestmark = pytest.mark.real_directory

HOSPITALS = {r["id"]: r for r in REAL_RECORDS if r["kind"] == "hospital"}


def _city(name: str, province: str) -> dict[str, Any]:
    return next(c for c in CITIES if c["name"] == name and c["province"] == province)


def test_list_cities_shows_sixteen_cities_each_with_its_chinese_name(invoke):
    code, out, _ = invoke("list", "cities")
    assert code == 0
    rows = tsv_rows(out)
    assert len(rows) == len({(r["city"], r["province"]) for r in REAL_RECORDS}) >= 16
    suzhou = next(row for row in rows if row[0] == "Suzhou")
    assert suzhou[1:3] == ["苏州", "Jiangsu"]  # a shared name, told apart by the record's province
    assert all(row[1] for row in rows)


def test_lung_cancer_near_guangzhou_starts_in_guangzhou(invoke):
    code, out, _ = invoke("find", "lung cancer", "--near", "Guangzhou", "--format", "json")
    assert code == 0
    hits = json.loads(out)
    guangzhou = _city("Guangzhou", "Guangdong")
    expected_first = {
        r["id"] for r in REAL_RECORDS if r["city"] == "Guangzhou" and "lung cancer" in (r.get("cancers") or [])
    }
    assert expected_first, "the data should hold a Guangzhou department for lung cancer"
    assert {h["id"] for h in hits[: len(expected_first)]} == expected_first
    distances = [h["distance_km"] for h in hits]
    assert distances == sorted(distances)
    far = max(hits, key=lambda h: h["distance_km"])
    assert far["distance_km"] == pytest.approx(haversine(guangzhou, _city(far["city"], far["province"])), abs=1)


def test_nasopharyngeal_carcinoma_finds_the_departments_that_list_it(invoke):
    code, out, _ = invoke("find", "nasopharyngeal carcinoma", "--format", "ids")
    assert code == 0
    expected = {r["id"] for r in REAL_RECORDS if "nasopharyngeal cancer" in (r.get("cancers") or [])}
    assert len(expected) >= 3
    assert set(out.split()) == expected


def test_hipec_in_hangzhou_names_both_departments(invoke):
    code, out, _ = invoke("find", "hipec", "--city", "hangzhou", "--format", "ids")
    assert code == 0
    expected = {r["id"] for r in REAL_RECORDS if r["city"] == "Hangzhou" and "HIPEC" in (r.get("treatments") or [])}
    assert "hangzhou-first-peoples-hospital/gastrointestinal-and-anal-surgery" in expected
    assert set(out.split()) == expected


def test_every_hospital_shows_its_departments(invoke):
    for hid, hospital in HOSPITALS.items():
        code, out, _ = invoke("show", hid, "--format", "json")
        assert code == 0, hid
        [shown] = json.loads(out)
        assert shown["name"] == hospital["name"]
    code, out, _ = invoke("list", "hospitals")
    counts = {row[0]: int(row[-1]) for row in tsv_rows(out)}
    for hid in HOSPITALS:
        assert counts[hid] == sum(r.get("hospital_id") == hid for r in REAL_RECORDS)
