"""The gazetteer's county-level cities (县级市): the kept division list, the rows built from it, lookups, and the
commands that read the gazetteer (``find --city``, ``--near``, ``list cities``) on a record in one."""

from __future__ import annotations

import csv
import json

import pytest
from helpers import CITIES, DATA, department, haversine

from oncodir.geo import COUNTY_LEVEL, Gazetteer

GAZ = Gazetteer.from_rows(CITIES)


def _csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


COUNTY = _csv("county_cities.csv")
PREFECTURES = {r["adcode"]: r for r in _csv("prefectures.csv")}
SEATS = {c["division_zh"]: c for c in CITIES if c["division"] != COUNTY_LEVEL}


def test_the_kept_list_holds_county_level_cities_under_known_prefectures():
    assert 340 < len(COUNTY) < 400
    provinces = {r["adcode"] for r in _csv("provinces.csv")}
    for row in COUNTY:
        code, zh = row["adcode"], row["zh"]
        assert len(code) == 6 and code.isdigit() and code[4:6] != "00" and zh.endswith("市"), row
        assert code[:2] in provinces, row
        assert code[2:4] == "90" or code[:4] + "00" in PREFECTURES, row
    # made districts since the source's date: Fuzhou's 长乐区, Hangzhou's 临安区
    assert not {"长乐市", "临安市"} & {r["zh"] for r in COUNTY}


def test_each_county_level_row_is_at_its_seat_and_under_its_prefecture():
    rows = [c for c in CITIES if c["division"] == COUNTY_LEVEL]
    kept = {r["zh"]: r["adcode"] for r in COUNTY}
    point = {r["zh"]: r for r in COUNTY if r["longitude"]}
    assert len(rows) > 150
    for c in rows:
        code = kept[c["division_zh"]]
        if c["division_zh"] in point:  # GeoNames' place must be the division list's seat, or be its point
            seat_point = {k: float(point[c["division_zh"]][k]) for k in ("latitude", "longitude")}
            assert haversine(c, seat_point) < 35, c
        if code[2:4] == "90":  # governed by the province directly
            assert c["prefecture"] == "", c
            continue
        seat = SEATS[PREFECTURES[code[:4] + "00"]["division_zh"]]
        assert (c["prefecture"], c["province"]) == (seat["name"], seat["province"]), c
        assert haversine(c, seat) < 500, c  # Dunhuang is 330 km from Jiuquan
    ids = [c["geonameid"] for c in CITIES if c["geonameid"] is not None]  # none for a city GeoNames does not name
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("typed", "zh", "prefecture"),
    [
        ("Yiwu", "义乌", "Jinhua"),
        ("义乌市", "义乌", "Jinhua"),
        ("kunshan", "昆山", "Suzhou"),
        ("Ruian", "瑞安", "Wenzhou"),
    ],
)
def test_a_county_level_city_is_looked_up_by_its_names(typed, zh, prefecture):
    found = GAZ.city(typed)
    assert found is not None and found.county_level
    assert (found.zh, found.prefecture) == (zh, prefecture)


def test_a_name_a_seat_shares_with_a_county_level_city_means_the_seat_unless_the_province_is_given():
    seat = GAZ.city("Ji'an")
    assert seat is not None and (seat.zh, seat.county_level) == ("吉安", False)
    county = GAZ.locate("Ji'an", "Jilin")
    assert county is not None and county.zh == "集安"
    assert GAZ.locate("Ji'an", "Jiangxi") == seat
    assert {c.zh for c in GAZ.lookup("Ji'an, Jilin")} == {"集安"}
    # twin: two county-level cities of one name are not told apart without their province
    assert GAZ.city("Xinyi") is None
    found = GAZ.locate("Xinyi", "Guangdong")
    assert found is not None and found.zh == "信宜"


def test_prefecture_seats_are_unchanged_by_the_county_level_cities():
    assert len(SEATS) == len(PREFECTURES)
    hangzhou = GAZ.city("Hangzhou")
    assert hangzhou is not None and not hangzhou.county_level and hangzhou.prefecture == ""


@pytest.mark.real_directory
def test_find_city_near_and_list_cities_on_a_record_in_a_county_level_city(invoke, make_db):
    yiwu = department("yiwu-central/oncology", "Oncology", cancers=["melanoma"], city="Yiwu", province="Zhejiang")
    db = make_db([yiwu])
    code, out, _ = invoke("--db", str(db), "find", "--city", "Yiwu", "--format", "json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["yiwu-central/oncology"]
    code, out, _ = invoke("--db", str(db), "find", "melanoma", "--near", "Jinhua", "--within", "60", "--format", "json")
    near = [r for r in json.loads(out) if r["id"] == "yiwu-central/oncology"]
    assert code == 0 and near and 40 < near[0]["distance_km"] < 60  # Yiwu is about 50 km from Jinhua
    code, out, _ = invoke("--db", str(db), "list", "cities")
    assert code == 0 and any(line.startswith("Yiwu\t义乌\tZhejiang\t") for line in out.splitlines())
    code, _, _ = invoke("--db", str(db), "validate")
    assert code == 0
