"""The county-level cities GeoNames does not name, added to the gazetteer by their pinyin where its reading is
certain (data/pinyin_names.py) and placed at the division list's point for their seat (data/county_cities.csv)."""

from __future__ import annotations

import csv
import importlib.util

import pytest
from helpers import CITIES, DATA

from oncodir.geo import Gazetteer, row_problems

GAZ = Gazetteer.from_rows(CITIES)
ROWS = {c["division_zh"]: c for c in CITIES}
with open(DATA / "county_cities.csv", encoding="utf-8", newline="") as _fh:
    POINTS = {r["zh"]: r for r in csv.DictReader(_fh)}


@pytest.mark.parametrize(
    ("division_zh", "name", "province", "prefecture"),
    [
        ("丹阳市", "Danyang", "Jiangsu", "Zhenjiang"),
        ("乐清市", "Yueqing", "Zhejiang", "Wenzhou"),  # 乐 read yuè: the phrase dictionary has 乐清
        ("都江堰市", "Dujiangyan", "Sichuan", "Chengdu"),  # 都 read dū, not dōu
        ("峨眉山市", "Emeishan", "Sichuan", "Leshan"),
        ("永康市", "Yongkang", "Zhejiang", "Jinhua"),  # 康 kāng/kàng: letters certain, tones not
        ("大安市", "Da'an", "Jilin", "Baicheng"),
        ("天门市", "Tianmen", "Hubei", ""),  # governed by its province: no prefecture
    ],
)
def test_a_county_level_city_geonames_does_not_name_is_there_at_the_division_lists_point(
    division_zh, name, province, prefecture
):
    row = ROWS[division_zh]
    assert (row["name"], row["province"], row["prefecture"]) == (name, province, prefecture)
    assert (row["coordinates"], row["geonameid"]) == ("division list", None)
    point = POINTS[division_zh]
    assert (row["latitude"], row["longitude"]) == (float(point["latitude"]), float(point["longitude"]))
    assert row_problems(row) == []
    found = GAZ.city(name)
    assert found is not None and found.zh == division_zh.removesuffix("市")


def test_a_city_geonames_names_keeps_its_coordinates_from_geonames():
    yiwu = ROWS["义乌市"]
    assert yiwu["coordinates"] == "GeoNames" and isinstance(yiwu["geonameid"], int)
    assert all(c["coordinates"] == "GeoNames" for c in CITIES if c["geonameid"] is not None)


@pytest.mark.parametrize(
    "division_zh",
    # a character with readings of other letters and no phrase for the name: pypinyin would guess
    ["常熟市", "海宁市", "登封市", "胶州市", "如皋市", "瓦房店市"],
)
def test_a_name_whose_reading_is_not_certain_is_left_out(division_zh):
    assert division_zh in POINTS and division_zh not in ROWS


def test_a_new_name_shared_with_a_seat_or_another_county_level_city_follows_the_lookup_rules():
    # 凭祥 (Guangxi) and 萍乡 (a prefecture seat, Jiangxi) are both "Pingxiang": the seat unless the province says
    seat = GAZ.city("Pingxiang")
    assert seat is not None and seat.zh == "萍乡"
    county = GAZ.locate("Pingxiang", "Guangxi")
    assert county is not None and county.zh == "凭祥"
    # 开原 (Liaoning) and 开远 (Yunnan), both county-level: not told apart without the province
    assert GAZ.city("Kaiyuan") is None
    found = GAZ.locate("Kaiyuan", "Liaoning")
    assert found is not None and found.zh == "开原"


def test_certain_pinyin_reads_only_what_it_is_sure_of():
    pytest.importorskip("pypinyin", reason="a build-time tool (the build extra)")
    spec = importlib.util.spec_from_file_location("pinyin_names", DATA / "pinyin_names.py")
    assert spec is not None and spec.loader is not None
    pinyin_names = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pinyin_names)
    assert pinyin_names.certain_pinyin("丹阳") == ("Danyang", "Dānyáng")
    assert pinyin_names.certain_pinyin("乐清") == ("Yueqing", "Yuèqīng")
    assert pinyin_names.certain_pinyin("都江堰") == ("Dujiangyan", "Dūjiāngyàn")
    assert pinyin_names.certain_pinyin("高安") == ("Gao'an", "Gao'an")  # 高 gāo/gào: no tones
    # twins: pypinyin would guess these, rightly or not; the rule does not
    assert pinyin_names.certain_pinyin("长葛") is None  # cháng/zhǎng
    assert pinyin_names.certain_pinyin("乐陵") is None  # lè/yuè
    assert pinyin_names.certain_pinyin("常熟") is None  # shú/shóu


@pytest.mark.parametrize(
    ("division_zh", "pinyin"),
    [
        ("长治市", "Chángzhì"),  # pypinyin guesses Zhǎngzhì: the one reading that spells "Changzhi" is meant
        ("天长市", "Tiāncháng"),
        ("漯河市", "Luòhé"),
        ("长葛市", "Changge"),  # readings of two tones spell it (gé, gě): no tones
        ("杭州市", "Hángzhōu"),  # twin: pypinyin's guess spells the name and stands
    ],
)
def test_a_citys_pinyin_is_the_reading_that_spells_its_english_name(division_zh, pinyin):
    assert ROWS[division_zh]["pinyin"] == pinyin
