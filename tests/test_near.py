"""``find --near CITY``: nearest first with the distance in km, ``--within``, and unknown or shared city names."""

from __future__ import annotations

import json

import pytest
from helpers import (
    BY_ID,
    CITIES,
    assert_one_line_error,
    haversine,
    stderr_lines,
    with_term,
)
from helpers import MELANOMA_IDS as MELANOMA


def ids(hits):
    return [h["id"] for h in hits]


def test_near_sorts_by_distance(find_json):
    cities = {c["name"]: c for c in CITIES}
    km = haversine(cities["Hangzhou"], cities["Beijing"])
    assert 1000 < km < 1250
    hits = find_json("melanoma", "--near", "hangzhou")
    assert {h["id"] for h in hits} == set(MELANOMA)
    assert [h["city"] for h in hits] == ["Hangzhou"] * 2 + ["Beijing"] * 3
    for hit in hits:
        expected = 0 if hit["city"] == "Hangzhou" else km
        assert hit["distance_km"] == pytest.approx(expected, abs=1)


def test_near_within(find_json):
    hits = find_json("melanoma", "--near", "beijing", "--within", "100")
    assert {h["id"] for h in hits} == {i for i in MELANOMA if BY_ID[i]["city"] == "Beijing"}


def test_near_unknown_city_is_error(invoke):
    code, out, err = invoke("find", "melanoma", "--near", "Atlantis")
    assert code == 2
    assert out == ""
    assert "Atlantis" in assert_one_line_error(err)


def test_within_without_near_is_usage_error(invoke):
    code, out, err = invoke("find", "melanoma", "--within", "50")
    assert code == 2
    assert out == ""
    assert "--near" in assert_one_line_error(err)


@pytest.mark.parametrize("place", ["shanghai", "上海", "Shànghǎi"])
def test_near_shanghai_nearest_first_with_distance(find_json, place):
    cities = {c["name"]: c for c in CITIES}
    to_hangzhou = haversine(cities["Shanghai"], cities["Hangzhou"])
    to_beijing = haversine(cities["Shanghai"], cities["Beijing"])
    assert 150 < to_hangzhou < 200 and 1000 < to_beijing < 1150
    hits = find_json("chemotherapy", "--near", place)
    assert {h["id"] for h in hits} == {r["id"] for r in with_term("treatments", "chemotherapy")}
    assert [h["city"] for h in hits] == sorted((h["city"] for h in hits), key=lambda c: c != "Hangzhou")
    for hit in hits:
        expected = to_hangzhou if hit["city"] == "Hangzhou" else to_beijing
        assert hit["distance_km"] == pytest.approx(expected, abs=0.1)
    assert [h["distance_km"] for h in hits] == sorted(h["distance_km"] for h in hits)


def test_near_within_filters(find_json, invoke):
    hits = find_json("melanoma", "--near", "上海", "--within", "300")
    assert {h["city"] for h in hits} == {"Hangzhou"}
    code, out, _ = invoke("find", "melanoma", "--near", "Lhasa", "--within", "300")
    assert code == 1 and out == ""


def test_near_table_has_a_km_column_and_tsv_fields_take_distance(invoke):
    code, out, _ = invoke("find", "melanoma", "--near", "shanghai", "--format", "table")
    assert code == 0
    assert "km" in out.splitlines()[1]
    code, out, _ = invoke("find", "melanoma", "--near", "shanghai", "--fields", "id,city,distance_km")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[1] for r in rows] == ["Hangzhou"] * 2 + ["Beijing"] * 3
    assert all(float(r[2]) > 0 for r in rows)


def test_near_unknown_city_suggests(invoke):
    code, out, err = invoke("find", "melanoma", "--near", "hangzou")
    assert code == 2
    assert out == ""
    (line,) = stderr_lines(err)
    assert line == "oncodir: unknown city 'hangzou' for --near; did you mean Hangzhou?"


def test_near_shared_name_asks_which(invoke, find_json):
    code, out, err = invoke("find", "melanoma", "--near", "Suzhou")
    assert code == 2 and out == ""
    (line,) = stderr_lines(err)
    assert "Suzhou (Anhui, 宿州)" in line and "Suzhou (Jiangsu, 苏州)" in line
    assert find_json("melanoma", "--near", "Suzhou, Jiangsu")[0]["city"] == "Hangzhou"


def test_near_keeps_records_with_no_known_place_last(invoke, make_db):
    unplaced = {"id": "nowhere/melanoma-clinic", "kind": "department", "name": "Melanoma Clinic",
                "cancers": ["melanoma"], "source": {"document": "notes.txt"}}  # fmt: skip
    db = make_db([unplaced])
    code, out, err = invoke("--db", str(db), "find", "melanoma", "--near", "hangzhou", "--format", "json")
    assert code == 0, err
    hits = json.loads(out)
    assert {h["id"] for h in hits} == {*MELANOMA, "nowhere/melanoma-clinic"}
    assert hits[-1]["id"] == "nowhere/melanoma-clinic" and "distance_km" not in hits[-1]
    # the twin: --within asks for a distance, which an unknown place cannot be within
    code, out, err = invoke("--db", str(db), "find", "melanoma", "--near", "hangzhou", "--within", "20000",
                            "--format", "json")  # fmt: skip
    assert code == 0, err
    assert "nowhere/melanoma-clinic" not in {h["id"] for h in json.loads(out)}
