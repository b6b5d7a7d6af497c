"""Places: the gazetteer's cities and provinces in English, Chinese and pinyin, and distances."""

from __future__ import annotations

import csv

import pytest
from helpers import (
    CITIES,
    DATA,
)

from oncodir.geo import City, Gazetteer, distance_km
from oncodir.storage import read

GAZ = Gazetteer.from_rows(CITIES)


def test_gazetteer_has_every_prefecture_level_seat_and_the_municipalities():
    with open(DATA / "prefectures.csv", encoding="utf-8") as fh:
        divisions = list(csv.DictReader(fh))
    kinds = [d["kind"] for d in divisions]
    # 293 prefecture-level cities, 7 prefectures, 30 autonomous prefectures, 3 leagues = 333.
    assert len([k for k in kinds if k != "municipality"]) == 333
    assert kinds.count("municipality") == 4
    seats = [c for c in CITIES if c["division"] != "county-level-city"]  # county-level ones: test_gazetteer_county
    assert len(seats) == len(divisions)
    assert {c["division_zh"] for c in seats} == {d["division_zh"] for d in divisions}
    assert all(isinstance(c["geonameid"], int) for c in seats)
    ids = [c["geonameid"] for c in CITIES if c["geonameid"] is not None]  # none for a city GeoNames does not name
    assert len(set(ids)) == len(ids)
    with open(DATA / "provinces.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 31
    assert len({c["province"] for c in CITIES}) == 31
    for city in CITIES:
        assert city["name"] and city["zh"] and city["pinyin"] and city["province_zh"], city
        assert 15 < city["latitude"] < 54 and 73 < city["longitude"] < 135, city  # inside China (Sansha is at 16.8°N)


def test_hangzhou_and_beijing_keep_their_geonames_values():
    by_name = {c["name"]: c for c in CITIES}
    for name, values in (
        ("Hangzhou", ("杭州", "Hángzhōu", "Zhejiang", "浙江", 30.29365, 120.16142, 1808926)),
        ("Beijing", ("北京", "Běijīng", "Beijing", "北京", 39.9075, 116.39723, 1816670)),
    ):
        c = by_name[name]
        keys = ("zh", "pinyin", "province", "province_zh", "latitude", "longitude", "geonameid")
        assert tuple(c[k] for k in keys) == values


@pytest.mark.parametrize(
    ("typed", "zh"),
    [
        ("Shanghai", "上海"),
        ("上海市", "上海"),
        ("Guǎngzhōu", "广州"),
        ("xian", "西安"),
        ("Xi'an", "西安"),
        ("urumqi", "乌鲁木齐"),
        ("Lhasa", "拉萨"),
        ("suzhou jiangsu", "苏州"),
        ("Suzhou, Anhui", "宿州"),
        ("宿州", "宿州"),
        ("延边朝鲜族自治州", "延吉"),
    ],
)
def test_city_names_in_english_chinese_and_pinyin(typed, zh):
    found = GAZ.city(typed)
    assert found is not None and found.zh == zh


def test_shared_english_names_are_not_guessed():
    assert {c.zh for c in GAZ.lookup("Suzhou")} == {"苏州", "宿州"}
    assert GAZ.city("Suzhou") is None
    found = GAZ.locate("Suzhou", "Jiangsu")
    assert found is not None and found.zh == "苏州"


@pytest.mark.parametrize(
    ("typed", "province"),
    [
        ("浙江省", "Zhejiang"),
        ("Xizang", "Tibet"),
        ("西藏自治区", "Tibet"),
        ("广西壮族自治区", "Guangxi"),
        ("Shanxi", "Shanxi"),
        ("Shaanxi", "Shaanxi"),
        ("陕西", "Shaanxi"),
        ("Inner Mongolia", "Inner Mongolia"),
    ],
)
def test_province_names(typed, province):
    assert GAZ.province(typed) == province


@pytest.mark.real_directory
def test_the_loaded_directory_has_every_city_in_cities_json():
    assert len(read.load(None).gazetteer.cities) == len(CITIES)


def city(name: str) -> City:
    found = GAZ.city(name)
    assert found is not None, name
    return found


def test_gazetteer_names():
    assert city("杭州").name == "Hangzhou"
    assert city("杭州市").name == "Hangzhou"
    assert city("Hángzhōu").name == "Hangzhou"
    assert city("HANGZHOU").name == "Hangzhou"
    assert city("Shanghai").zh == "上海"  # the full gazetteer, not only the cities records name
    assert GAZ.city("Atlantis") is None
    assert GAZ.province("Zhejiang Province") == "Zhejiang"
    assert GAZ.province("浙江省") == "Zhejiang"


def test_distance_km():
    hangzhou, beijing = city("Hangzhou"), city("Beijing")
    assert distance_km(hangzhou, hangzhou) == 0
    # About 1,120 km as the crow flies.
    assert distance_km(hangzhou, beijing) == pytest.approx(1122, abs=5)
    assert distance_km(hangzhou, beijing) == pytest.approx(distance_km(beijing, hangzhou))
